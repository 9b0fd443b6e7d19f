import type { ComponentChildren } from 'preact';

/** An on/off switch: a real button (keyboard: Tab, Space/Enter) with role="switch" and aria-checked. */
export function Switch(props: {
  on: boolean;
  onChange: (on: boolean) => void;
  children: ComponentChildren;
  [data: `data-${string}`]: unknown;
}) {
  const { on, onChange, children, ...rest } = props;
  return (
    <button type="button" role="switch" class="switch" aria-checked={on} onClick={() => onChange(!on)} {...rest}>
      <span class="track" aria-hidden="true" />
      <span>{children}</span>
    </button>
  );
}
