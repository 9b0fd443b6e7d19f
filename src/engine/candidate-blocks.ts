/**
 * The page's gate: which text blocks can hold a claim at all, decided in the page with one precompiled
 * pattern, so that only those blocks travel to the engine (in the background) and a page naming no party
 * costs this one pass. Pure, and built from the engine's own data (the parties of src/facts/vocabulary.json),
 * so the gate and the engine never disagree about what names a party: a name added there is gated here.
 *
 * A claim needs a party: named in its sentence, or carried from a sentence shortly before (the engine keeps
 * a named party in context for CONTEXT_SPAN sentences without a new name). So a block can hold a claim only
 * if it names a party or follows, within CONTEXT_SPAN + 1 blocks that have words, one that does; a run of
 * such blocks read on its own gives the engine the same context it has reading the whole page.
 */
// The vocabulary's data itself, not src/facts/vocabulary.ts: the page needs the names, not their validation
// (the engine, in the background, validates the same file when it loads).
import { parties } from '../facts/vocabulary.json';
import { INVISIBLE } from './normalise';

/** How many sentences a named party stays in context without being named again (the engine's rule). */
export const CONTEXT_SPAN = 2;

/**
 * Every party's names and patterns (the vocabulary's, as the engine reads them) in one pattern, tested, never
 * matched for positions (the engine does that). One word boundary up front and none after only widens it:
 * the gate may let a block through that the engine then finds nothing in, never the other way round. No `u`
 * flag: the names are ASCII, and V8 runs this case-insensitive alternation many times faster without it
 * (10,000 sentences: 42 -> 2-3 ms).
 */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * The alternatives the test needs: every pattern, and each name in which no other alternative is found from
 * a word boundary ("satya nadella": "nadella", "the redmond giant": "redmond"). A name left out never changes
 * the answer (where it is found, what is found in it is too), and is one fewer to try wherever text has a
 * word like its first ("the …" is on every line of English: the whole list makes the test on a neutral
 * 10,000-sentence page ~5x slower).
 */
export function gateAlternatives(patterns: readonly string[], names: readonly string[]): string[] {
  const all = [...patterns, ...names.map(escape)];
  const finds = all.map((a) => new RegExp(`\\b(?:${a})`, 'i'));
  const kept = names.filter((name, n) => {
    const i = patterns.length + n;
    // Of two names that find each other (the same name twice), the first is kept.
    return !all.some(
      (_, j) => j !== i && finds[j]!.test(name) && (j < i || j < patterns.length || !finds[i]!.test(names[j - patterns.length]!)),
    );
  });
  return [...patterns, ...kept.sort((a, b) => b.length - a.length).map(escape)];
}

/** The gate's pattern, as source: every party's alternatives after one word boundary. */
export function gateSource(): string {
  return `\\b(?:${gateAlternatives(
    parties.flatMap((p) => p.patterns),
    parties.flatMap((p) => p.names),
  ).join('|')})`;
}

/**
 * The extension's build writes the gate's source in (wxt.config.ts: `__CLAIMLENS_GATE__`, from `gateSource`
 * over the same vocabulary), so a page does not pay for `gateAlternatives` (a hundred patterns compiled and
 * tried against each other: 2-7 ms of the content script's start on every page, Chromium) and the content
 * script carries no vocabulary; elsewhere (tests, the command line) it is built here.
 */
declare const __CLAIMLENS_GATE__: string | undefined;
const GATE = new RegExp(typeof __CLAIMLENS_GATE__ === 'string' ? __CLAIMLENS_GATE__ : gateSource(), 'i');
const WORDS = /\p{L}/u;

/**
 * The names imported packs add (their `vocabulary.parties`) that the bundled names do not find, as one pattern's
 * source, or null when they add none: a pack's name ("contoso") gates a block as a bundled one does. Built in the
 * background when the packs change, stored (src/facts/pack-names.ts), and read by the content script only when
 * the packs add names, so a page costs nothing more while they add none. A name in which a bundled name is
 * found ("microsoft research") is left out (the bundled test finds it); patterns are all kept.
 */
export function addedNamesSource(names: readonly string[], patterns: readonly string[]): string | null {
  const added = [...new Set(names)].filter((name) => !GATE.test(name));
  if (added.length === 0 && patterns.length === 0) return null;
  return `\\b(?:${[...patterns, ...added.sort((a, b) => b.length - a.length).map(escape)].join('|')})`;
}

/** The packs' added names in force in this page (none until `useAddedNames` is given some), and their source. */
let addedNames: RegExp | null = null;
let addedSource: string | null = null;

/**
 * Put the packs' added names (`addedNamesSource`'s pattern, as stored) in force for `namesParty`; null: none.
 * Says whether that changed anything. A pattern that does not compile is taken as none: the page never sees an error.
 */
export function useAddedNames(source: string | null): boolean {
  if (source === addedSource) return false;
  addedSource = source;
  try {
    addedNames = source ? new RegExp(source, 'iu') : null;
  } catch {
    addedNames = null;
  }
  return true;
}

const named = (text: string) => GATE.test(text) || (addedNames !== null && addedNames.test(text));

/** Does this text name a party of the partnership (or a word that stands for one)? A name with an invisible
 * character inside ("Open\u200BAI", a soft hyphen in "Micro\u00ADsoft") still names it, as the engine reads it. */
export function namesParty(text: string): boolean {
  if (named(text)) return true;
  INVISIBLE.lastIndex = 0;
  return INVISIBLE.test(text) && named(text.replace(INVISIBLE, ''));
}

/** Does this block have words (the engine reads nothing in a block without a letter)? */
export function hasWords(text: string): boolean {
  return WORDS.test(text);
}

/**
 * The runs of blocks to send to the engine, as lists of block indices in page order: each block that names
 * a party, with the blocks after it that its context reaches (CONTEXT_SPAN + 1 blocks with words: each such
 * block has at least one sentence). Runs that touch are one run. `names[i]` says whether block i names a
 * party, `words[i]` whether it has words.
 */
export function candidateRuns(names: readonly boolean[], words: readonly boolean[]): number[][] {
  const runs: number[][] = [];
  let run: number[] | null = null;
  let reach = 0;
  for (let i = 0; i < names.length; i++) {
    if (names[i]) {
      run ??= [];
      run.push(i);
      reach = CONTEXT_SPAN + 1;
    } else if (run && reach > 0) {
      run.push(i);
      if (words[i]) reach--;
    }
    if (run && reach === 0) {
      runs.push(run);
      run = null;
    }
  }
  if (run) runs.push(run);
  return runs;
}
