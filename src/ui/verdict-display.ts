/**
 * How a verdict is shown, in one table: its symbol and words, whether it needs the reader's attention,
 * and where it sorts. Every view (card, popup, badge, options, highlights) is built from `VERDICTS`
 * (src/engine/claim.ts) through this table, so a new verdict is one entry here plus its words in
 * assets/_locales/en/messages.json and its colours (src/ui/palette.css, src/page/highlight-style.ts).
 *
 * The words are the reader's, not the data's: the verdict `conflicting` reads "Disputed by sources" (a
 * dispute, never "false"); the scanner's JSON and the stored results keep the data names.
 * Colours: on ClaimLens's own pages and card the palette's (src/ui/palette.css, light and dark, contrast
 * measured there); over a page's text the highlight colours in src/page/highlight-style.ts.
 */
import type { Claim, Verdict } from '../engine/claim';
import { NEEDS_ATTENTION } from '../attention';
import { t, tn, type MessageKey, type PluralKey } from './i18n';

export interface VerdictLook {
  /** Shown beside the word, so colour is never the only signal. */
  symbol: string;
  /** "Disputed by sources". */
  label: MessageKey;
  /** One line on what the verdict means. */
  explain: MessageKey;
  /** The page summary's phrase for n claims, in plural forms: "1 claim disputed by the sources". */
  summary: PluralKey;
}

export const VERDICT_LOOK: Record<Verdict, VerdictLook> = {
  corroborated: {
    symbol: '✓',
    label: 'verdictCorroborated',
    explain: 'verdictCorroboratedExplain',
    summary: 'summaryCorroborated',
  },
  conflicting: {
    symbol: '≠',
    label: 'verdictConflicting',
    explain: 'verdictConflictingExplain',
    summary: 'summaryConflicting',
  },
  mixed: {
    symbol: '±',
    label: 'verdictMixed',
    explain: 'verdictMixedExplain',
    summary: 'summaryMixed',
  },
  outdated: {
    symbol: '↺',
    label: 'verdictOutdated',
    explain: 'verdictOutdatedExplain',
    summary: 'summaryOutdated',
  },
  unverified: {
    symbol: '?',
    label: 'verdictUnverified',
    explain: 'verdictUnverifiedExplain',
    summary: 'summaryUnverified',
  },
};

/** Kept for the callers that only need the symbol. */
export const VERDICT_SYMBOL = Object.fromEntries(Object.entries(VERDICT_LOOK).map(([v, look]) => [v, look.symbol])) as Record<
  Verdict,
  string
>;

/** The verdict's word in the reader's language ("Disputed by sources"). */
export function verdictLabel(verdict: Verdict): string {
  return t(VERDICT_LOOK[verdict].label);
}

/** One line on what the verdict means. */
export function verdictExplanation(verdict: Verdict): string {
  return t(VERDICT_LOOK[verdict].explain);
}

/** "1 claim disputed by the sources", "21 agree with the sources". */
export function verdictSummary(verdict: Verdict, count: number): string {
  const look = VERDICT_LOOK[verdict];
  return tn(look.summary, count);
}

/** The verdicts in the order a reader needs them: those needing attention first, then `VERDICTS` order. */
export const VERDICTS_BY_ATTENTION = <V extends Verdict>(verdicts: readonly V[]): V[] => [
  ...verdicts.filter((v) => NEEDS_ATTENTION.includes(v)),
  ...verdicts.filter((v) => !NEEDS_ATTENTION.includes(v)),
];

/** Claims (with their page index) grouped: needing attention first, each group in page order. */
export function claimsByAttention(claims: readonly Claim[]): { claim: Claim; index: number }[] {
  const rank = (v: Verdict) => (NEEDS_ATTENTION.includes(v) ? 0 : 1);
  return claims
    .map((claim, index) => ({ claim, index }))
    .sort((a, b) => rank(a.claim.verdict) - rank(b.claim.verdict) || a.index - b.index);
}
