import type { Verdict } from '../engine/claim';
import { VERDICT_SYMBOL, verdictLabel } from './verdict-display';

/** A verdict as symbol + word (never colour alone). */
export function VerdictTag({ verdict }: { verdict: Verdict }) {
  return (
    <span class="verdict" data-v={verdict}>
      <span aria-hidden="true">{VERDICT_SYMBOL[verdict]} </span>
      {verdictLabel(verdict)}
    </span>
  );
}
