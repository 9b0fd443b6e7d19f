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

export interface Claim {
  /** The sentence as it reads on the page. */
  text: string;
  /** Which text block (see `scanBlocks`) the sentence is in, and its offsets in that block's text. */
  block: number;
  start: number;
  end: number;
  verdict: Verdict;
  /** One line saying why (for example "Sources say 2030, not 2032"). */
  reason: string;
  facts: MatchedFact[];
  evidence: SourceEvidence[];
  /** Parts of the sentence (clauses) no bundled source speaks to, where the rest is confirmed. */
  unverifiedDetails?: string[];
  /** The page is this bundled source (its id): the claim is judged by the other sources only. */
  pageSource?: string;
}
