/**
 * How a verdict is shown: a word and a symbol, so colour is never the only signal. Its colours: on
 * ClaimLens's own pages and card the palette's (src/ui/palette.css, light and dark, contrast measured
 * there); over a page's text the highlight colours in src/page/highlight-style.ts.
 */
import type { Verdict } from '../engine/claim';
import { t, type MessageKey } from './i18n';

export const VERDICT_SYMBOL: Record<Verdict, string> = {
  corroborated: '✓',
  conflicting: '✗',
  mixed: '±',
  outdated: '⧗',
  unverified: '?',
};

const LABEL: Record<Verdict, MessageKey> = {
  corroborated: 'verdictCorroborated',
  conflicting: 'verdictConflicting',
  mixed: 'verdictMixed',
  outdated: 'verdictOutdated',
  unverified: 'verdictUnverified',
};

const EXPLAIN: Record<Verdict, MessageKey> = {
  corroborated: 'verdictCorroboratedExplain',
  conflicting: 'verdictConflictingExplain',
  mixed: 'verdictMixedExplain',
  outdated: 'verdictOutdatedExplain',
  unverified: 'verdictUnverifiedExplain',
};

/** The verdict's word in the reader's language ("Conflicting"). */
export function verdictLabel(verdict: Verdict): string {
  return t(LABEL[verdict]);
}

/** One line on what the verdict means. */
export function verdictExplanation(verdict: Verdict): string {
  return t(EXPLAIN[verdict]);
}
