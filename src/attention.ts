/**
 * Which verdicts need a reader's attention: the sources dispute the claim, or disagree among themselves.
 * The badge counts these, the popup lists them first, and by default only these are highlighted on pages.
 * Pure data (no browser, no DOM): the background, the page and the popup all read it.
 */
import type { Verdict } from './engine/claim';

export const NEEDS_ATTENTION: readonly Verdict[] = ['conflicting', 'mixed'];

/** How many of these claims need attention. */
export function attentionCount(claims: readonly { verdict: Verdict }[]): number {
  let n = 0;
  for (const c of claims) if (NEEDS_ATTENTION.includes(c.verdict)) n++;
  return n;
}
