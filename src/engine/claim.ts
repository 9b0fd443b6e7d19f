/**
 * What the engine says about one page sentence: the contract between the engine (pure), the page
 * (highlights, card), the background (per-tab results), the popup and the command-line scanner.
 */
import type { Evidence, Source } from '../facts/schema';

/**
 * `outdated`: true when its page was written, but the sources say the terms have changed since (the
 * April 2026 revision).
 */
export const VERDICTS = ['corroborated', 'conflicting', 'mixed', 'outdated', 'unverified'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One source's word on a claim: does it corroborate or conflict with what the page says? */
export interface SourceEvidence {
  source: Source;
  /** `corroborates`: the source says what the page says. `conflicts`: the source says otherwise. */
  stance: 'corroborates' | 'conflicts';
  quote: Evidence['quote'];
  note?: string;
  /** The fact this quote is evidence for. */
  fact: string;
}

export interface MatchedFact {
  id: string;
  statement: string;
  topic: string;
}

/**
 * What differs between the page and the sources, one kind of thing at a time. `claimed` is what the page
 * says and `sources` what the sources say, each as the engine writes a figure ("$20 billion", "until 2030",
 * "about 27%", "first on Azure", "Microsoft pays OpenAI"); the UI puts them into its own words. A polarity or
 * a denial is no difference but an `otherwise` explanation (the sources' statement says it best).
 */
export const DIFFERENCE_KINDS = ['amount', 'share', 'year', 'date', 'direction', 'first', 'party'] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];
export interface Difference {
  what: DifferenceKind;
  claimed: string;
  sources: string;
}

/**
 * Who says what where the sources disagree: the sources by name (`named`: outlets, or the one source's
 * title) and how many `others` beside them, and what they say (a figure, or a quote in quotation marks);
 * no `says`: they state the fact. src/ui/why.ts words it ("GogoAI News and 1 other: over $300 billion").
 */
export interface Said {
  named: string[];
  others: number;
  says?: string;
}

/**
 * Why the verdict, as data: src/ui/why.ts words it from the extension's messages (the card, the popup,
 * "Copy", the command-line scanner, the demo and the verdict reports all read it there).
 * - `differs`: the sources give other figures, another direction or another party (each difference named);
 * - `otherwise`: the sources state the opposite (a polarity or a denial): `fact` is what they state;
 * - `agrees`: `sources` bundled sources state `fact`;
 * - `disagree`: the sources disagree among themselves on `fact` (`denied`: the page denies it; `said`: who says what);
 * - `silent`: no bundled source speaks to the claim;
 * - `outdated`: true when written (`written`, the page's date, when known), but `now` says what changed.
 * `clause`: the clause of the sentence that conflicts, when the sentence has several.
 */
export const EXPLANATION_KINDS = ['differs', 'otherwise', 'agrees', 'disagree', 'silent', 'outdated'] as const;
export type Explanation =
  | { kind: 'differs'; differences: Difference[]; fact?: string; clause?: string }
  | { kind: 'otherwise'; fact: string; clause?: string }
  | { kind: 'agrees'; sources: number; fact: string }
  | { kind: 'disagree'; fact: string; denied?: boolean; said?: Said[] }
  | { kind: 'silent' }
  | { kind: 'outdated'; written?: string; now: Explanation };
export type ExplanationKind = Explanation['kind'];

export interface Claim {
  /** The sentence as it reads on the page. */
  text: string;
  /** Which text block (see `scanBlocks`) the sentence is in, and its offsets in that block's text. */
  block: number;
  start: number;
  end: number;
  verdict: Verdict;
  /** Why, as data: src/ui/why.ts words it from the extension's messages for every reader (card, popup, scanner, demo). */
  explanation: Explanation;
  facts: MatchedFact[];
  evidence: SourceEvidence[];
  /** Parts of the sentence (figures or clauses) no bundled source speaks to, where the rest is confirmed. */
  unverifiedDetails?: string[];
  /** The page is this bundled source (its id): the claim is judged by the other sources only. */
  pageSource?: string;
  /** That source's outlet (or title), as the engine names it. */
  pageSourceName?: string;
}
