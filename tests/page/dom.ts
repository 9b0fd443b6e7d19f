import { afterEach } from 'vitest';

/** What a test left on the page (its content, its sessions), taken away after it, last first. */
const left: (() => void)[] = [];
afterEach(() => {
  while (left.length) left.pop()!();
  CSS.highlights.clear();
});

/** Takes something a test put on the page away again after the test (after what it put there later). */
export function afterTest(takeAway: () => void): void {
  left.push(takeAway);
}

/** Builds test content in the real document of a page-layer test, and takes it away again after the test. */
export function mount(build: (root: HTMLElement) => void): HTMLElement {
  const root = document.createElement('div');
  build(root);
  document.body.append(root);
  afterTest(() => root.remove());
  return root;
}

/** A paragraph made of plain text and inline elements: `['Microsoft ', ['strong', 'will'], ' pay.']`. */
export function paragraph(parts: (string | [string, string])[]): HTMLParagraphElement {
  const p = document.createElement('p');
  for (const part of parts) {
    if (typeof part === 'string') p.append(part);
    else {
      const el = document.createElement(part[0]);
      el.textContent = part[1];
      p.append(el);
    }
  }
  return p;
}
