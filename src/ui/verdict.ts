/**
 * How a verdict is shown: a word, a symbol (so colour is never the only signal) and colours.
 *
 * The verdict colours of ClaimLens's own pages and card, light and dark, are in src/ui/palette.css (with
 * their contrast). VERDICT_COLOR is the light set, kept equal to the palette's by
 * tests/unit/ui/contrast.test.ts; page highlights draw with it over the page's own text whatever the
 * reader's scheme. Contrast, verdict colour as text on white / on the button hover #EAEEF2 / on its own tint:
 *   corroborated #1B6E2E: 6.33 / 5.43 / on #E8F3EA 5.56
 *   conflicting  #B3261E: 6.54 / 5.61 / on #FBEAE9 5.62
 *   mixed        #8A5300: 6.33 / 5.43 / on #FDF1DE 5.67
 *   unverified   #5F6368: 6.05 / 5.19 / on #EEF0F2 5.30
 * All above AA's 4.5 : 1 for normal text.
 */
import type { Verdict } from '../engine/claim';
import { t, type MessageKey } from './i18n';

export const VERDICT_SYMBOL: Record<Verdict, string> = {
  corroborated: '✓',
  conflicting: '✗',
  mixed: '±',
  unverified: '?',
};

export const VERDICT_COLOR: Record<Verdict, { fg: string; tint: string }> = {
  corroborated: { fg: '#1B6E2E', tint: '#E8F3EA' },
  conflicting: { fg: '#B3261E', tint: '#FBEAE9' },
  mixed: { fg: '#8A5300', tint: '#FDF1DE' },
  unverified: { fg: '#5F6368', tint: '#EEF0F2' },
};

const LABEL: Record<Verdict, MessageKey> = {
  corroborated: 'verdictCorroborated',
  conflicting: 'verdictConflicting',
  mixed: 'verdictMixed',
  unverified: 'verdictUnverified',
};

const EXPLAIN: Record<Verdict, MessageKey> = {
  corroborated: 'verdictCorroboratedExplain',
  conflicting: 'verdictConflictingExplain',
  mixed: 'verdictMixedExplain',
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
