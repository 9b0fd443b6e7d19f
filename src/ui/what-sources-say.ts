/**
 * What the sources say about one claim, as the card's and the popup's first lines put it: who disputes
 * it and who agrees, each with their date and first quote; which quotes are the page's own words (the
 * page being read is one of the bundled sources); and the claim as plain text for the clipboard.
 * Pure: no DOM, no browser.
 */
import type { Claim, SourceEvidence } from '../engine/claim';
import { shortenAtWord } from '../engine/shorten';
import type { Source } from '../facts/schema';
import { outletAndDate, outletName, dateInWords } from './source-name';
import { verdictExplanation, verdictLabel } from './verdict-display';
import { claimWhy } from './why';

/**
 * A claim on the page. The engine sets `pageSource` (the id of the bundled source this page is) when it
 * recognises the page, and then judges it by the other sources only; where it doesn't, the page is
 * recognised here from its quotes (below).
 */
export type ClaimOnPage = Claim;

/**
 * The reader's first line: why the verdict, in the reader's language (src/ui/why.ts), failing that what
 * the verdict means. That the page is itself a source is said on its own line.
 */
export function readerReason(claim: ClaimOnPage): string {
  return claimWhy(claim) || verdictExplanation(claim.verdict);
}

/** The name of the bundled source this page is, when the engine says so, or a quote is the page's own words. */
export function selfSourceName(claim: ClaimOnPage): string | null {
  if (claim.pageSource) {
    const quoted = claim.evidence.find((e) => e.source.id === claim.pageSource)?.source;
    return claim.pageSourceName ?? (quoted ? outletName(quoted) : claim.pageSource);
  }
  const self = claim.evidence.find((e) => isSelfQuote(claim, e));
  return self ? outletName(self.source) : null;
}

const wordsOf = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
/**
 * A quote is the page's own words when the two share a run of at least `SELF_RUN` words in a row (two
 * outlets may word one fact alike, rarely ten words on end), or when a run of at least `SELF_MIN_WORDS`
 * makes up nearly all of the page's sentence. Measured on the five seed articles (each is a bundled
 * source; 6–25 of each one's claims recognised) and the test fixtures (which are none: at most one claim each).
 */
const SELF_RUN = 10;
const SELF_MIN_WORDS = 6;
const SELF_SHARE = 0.8;

/** The longest run of words the two share in a row (word-level longest common substring; both are short). */
function longestSharedRun(a: string[], b: string[]): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev[j - 1]! + 1;
        if (row[j]! > best) best = row[j]!;
      }
    }
    prev = row;
  }
  return best;
}

/** Is this quote the page's own sentence (or most of it)? Then its source is the page being read. */
export function isSelfQuote(claim: ClaimOnPage, e: SourceEvidence): boolean {
  if (claim.pageSource) return e.source.id === claim.pageSource;
  const c = wordsOf(claim.text);
  const q = wordsOf(e.quote);
  if (Math.min(c.length, q.length) < SELF_MIN_WORDS) return false;
  const run = longestSharedRun(c, q);
  return run >= SELF_RUN || (run >= SELF_MIN_WORDS && run >= SELF_SHARE * c.length);
}

/**
 * The bundled source this page is (its id and name): as the engine says, else when its claims quote one
 * source back to themselves (two claims or more, or the only one).
 */
export function pageSourceOf(claims: readonly ClaimOnPage[]): { id: string; name: string } | null {
  const marked = claims.find((c) => c.pageSource);
  if (marked) return { id: marked.pageSource!, name: selfSourceName(marked)! };
  const counts = new Map<string, { source: Source; n: number }>();
  for (const claim of claims) {
    const self = claim.evidence.find((e) => isSelfQuote(claim, e));
    if (!self) continue;
    const entry = counts.get(self.source.id) ?? { source: self.source, n: 0 };
    entry.n++;
    counts.set(self.source.id, entry);
  }
  let best: { source: Source; n: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best && (best.n >= 2 || claims.length === 1) ? { id: best.source.id, name: outletName(best.source) } : null;
}

/** One side of what the sources say: the sources (each named once), and the first of their quotes. */
export interface SourceSide {
  stance: SourceEvidence['stance'];
  sources: Source[];
  quote: string;
  /** "Cailian Press, 27 April 2026", or "GogoAI News · Cascade Daily, 2 more" style names. */
  names: string;
}

const MAX_NAMED = 2;
const QUOTE_CHARS = 160;

function side(stance: SourceEvidence['stance'], evidence: SourceEvidence[]): SourceSide | null {
  if (evidence.length === 0) return null;
  const sources: Source[] = [];
  for (const e of evidence) if (!sources.some((s) => s.id === e.source.id)) sources.push(e.source);
  // The newest dated source first: a reader weighs the latest word most.
  sources.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  const named = sources.slice(0, MAX_NAMED).map(outletAndDate);
  const more = sources.length - named.length;
  const first = evidence.find((e) => e.source.id === sources[0]!.id)!;
  return {
    stance,
    sources,
    quote: shortenAtWord(first.quote.trim(), QUOTE_CHARS),
    names: more > 0 ? `${named.join(' · ')} +${more}` : named.join(' · '),
  };
}

/**
 * Who disputes the claim and who agrees (the page's own words left out), the disputing side first: the
 * card's and the popup's "what do the sources say?" lines.
 */
export function whatSourcesSay(claim: ClaimOnPage): SourceSide[] {
  const others = claim.evidence.filter((e) => !isSelfQuote(claim, e));
  return [
    side(
      'conflicts',
      others.filter((e) => e.stance === 'conflicts'),
    ),
    side(
      'corroborates',
      others.filter((e) => e.stance === 'corroborates'),
    ),
  ].filter((s): s is SourceSide => s !== null);
}

/** The claim, its verdict, the reason and the sources' quotes, as plain text (the "Copy" button). */
export function claimAsText(claim: ClaimOnPage, pageUrl?: string): string {
  const lines = [`“${claim.text.trim()}”`];
  if (pageUrl) lines.push(pageUrl);
  lines.push(`ClaimLens: ${verdictLabel(claim.verdict)}. ${claimWhy(claim)}`);
  for (const e of claim.evidence) {
    const stance = e.stance === 'conflicts' ? 'disputes' : 'agrees';
    const date = dateInWords(e.source.date);
    const url = e.source.url ? ` <${e.source.url}>` : '';
    lines.push(
      `- ${outletName(e.source)}${date ? `, ${date}` : ''} (${stance}${isSelfQuote(claim, e) ? ', this page' : ''}): “${e.quote.trim()}”${url}`,
    );
  }
  return lines.join('\n');
}
