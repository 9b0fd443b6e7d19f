/**
 * The bundled vocabulary (src/facts/vocabulary.json), checked when this module loads, and what the
 * engine builds from it once: the parties' name patterns, the other companies' pattern, word forms,
 * the polarity axes' cue patterns, the eras' words, the cue lists.
 *
 * The vocabulary in force: an engine reads with the bundled vocabulary extended by its pack's
 * (`extendVocabulary`), and puts it in force while it reads (`withVocabulary`, around each scan: the
 * engine is synchronous). Each reader compiles its patterns once per vocabulary (`compiledFor`), never
 * per sentence; outside an engine (unit tests, tools) the bundled vocabulary is in force.
 */
import vocabularyJson from './vocabulary.json';
import {
  addWords,
  parseVocabulary,
  type AxisId,
  type Vocabulary,
  type VocabularyAdditions,
  type VocabularyAxis,
} from './vocabulary-schema';

export type { Vocabulary };

function load(json: unknown): Vocabulary {
  const result = parseVocabulary(json);
  if (!result.ok) throw new Error(`src/facts/vocabulary.json is invalid: ${result.error}`);
  return result.vocabulary;
}

export const vocabulary: Vocabulary = load(vocabularyJson);

const extended = new WeakMap<VocabularyAdditions, Vocabulary>();

/**
 * The bundled vocabulary with a fact pack's additions (its `vocabulary` part, checked by the pack's
 * schema): made once per additions, and the same object every time (its compiled patterns are reused).
 */
export function extendVocabulary(additions: VocabularyAdditions | undefined): Vocabulary {
  if (!additions) return vocabulary;
  let v = extended.get(additions);
  if (!v) extended.set(additions, (v = addWords(vocabulary, additions)));
  return v;
}

let inForce: Vocabulary = vocabulary;

/** The vocabulary the engine reads with now (the bundled one, unless an engine has put its own in force). */
export function vocabularyInForce(): Vocabulary {
  return inForce;
}

/** Runs `read` with `v` in force (synchronous reading only), then puts the one before back. */
export function withVocabulary<T>(v: Vocabulary, read: () => T): T {
  const before = inForce;
  inForce = v;
  try {
    return read();
  } finally {
    inForce = before;
  }
}

/**
 * What a reader builds from a vocabulary (its compiled patterns), built once per vocabulary and
 * handed back on every call while that vocabulary is in force (one comparison per call).
 */
export function compiledFor<T>(build: (v: Vocabulary) => T): () => T {
  const made = new WeakMap<Vocabulary, T>();
  let lastFor: Vocabulary | null = null;
  let last: T;
  return () => {
    if (inForce !== lastFor) {
      let value = made.get(inForce);
      if (value === undefined) made.set(inForce, (value = build(inForce)));
      lastFor = inForce;
      last = value;
    }
    return last;
  };
}

/** A literal word as a pattern matches it: its pattern characters escaped. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Alternatives as one group, `(?:a|b)`; none: a group that matches nothing (an emptied list reads no word). */
export function alternatives(list: readonly string[]): string {
  return list.length ? `(?:${list.join('|')})` : '(?!)';
}

/** One whole-word alternation of phrases (longest first, so "satya nadella" wins over "nadella") and patterns. */
export function wordsPattern(phrases: readonly string[], patterns: readonly string[] = [], flags = 'giu'): RegExp {
  return new RegExp(`\\b${alternatives([...patterns, ...[...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp)])}\\b`, flags);
}

/** A cue list as one whole-word pattern (`\b(?:a|b)\b`), case aside unless `flags` say otherwise. */
export function cuePattern(list: readonly string[], flags = 'iu'): RegExp {
  return new RegExp(`\\b${alternatives(list)}\\b`, flags);
}

/** The revision's date (YYYY-MM-DD) and year. */
export const REVISION = { date: vocabulary.revision.date, year: Number(vocabulary.revision.date.slice(0, 4)) };

/** A polarity axis compiled once: its cue patterns, what reasons call each side, and its topic. */
export interface CompiledAxis {
  /** The +1 cues and the -1 cues (the -1 cues also global, to blank them out before the +1 side is read). */
  pos: RegExp;
  neg: RegExp;
  negAll: RegExp;
  /** The axis is read only where this finds something (or always, when absent). */
  requires: RegExp | null;
  /** How a reason says the +1 side and the -1 side. */
  says: [string, string];
  /** Does a fact's keyword make the fact about this axis? */
  topic: RegExp;
}

function compileAxis(a: VocabularyAxis): CompiledAxis {
  const end = a.wholeWords === false ? '' : '\\b';
  const side = (cues: readonly string[]) => `\\b${alternatives(cues)}${end}`;
  const neg = side(a.against.cues);
  const topic = a.topicStems ? `^${alternatives(a.topicStems)}` : `^${alternatives(a.topicWords ?? [])}$`;
  return {
    pos: new RegExp(side(a.for.cues), 'u'),
    neg: new RegExp(neg, 'u'),
    negAll: new RegExp(neg, 'giu'),
    requires: a.requires ? new RegExp(a.requires, 'u') : null,
    says: [a.for.says, a.against.says],
    topic: new RegExp(topic, 'u'),
  };
}

/** The polarity axes of the vocabulary in force, compiled once per vocabulary, by id, in its order (the order claims report them). */
export const axesInForce = compiledFor((v) => new Map<AxisId, CompiledAxis>(v.axes.map((a) => [a.id, compileAxis(a)])));

/** An era's words compiled once, each list as one whole-word pattern. */
function compileEra(e: Vocabulary['eras']['original']) {
  const words = (list: readonly string[]) => cuePattern(list, 'u');
  return { words: words(e.words), strong: words(e.strong), decisive: words(e.decisive) };
}

/** The words of the original and the revised terms (the `eras` of the vocabulary in force), compiled once per vocabulary. */
export const erasInForce = compiledFor((v) => ({ original: compileEra(v.eras.original), revised: compileEra(v.eras.revised) }));

/** The bundled vocabulary's axes and eras (for tools and tests; the engine reads those in force). */
export const AXES = withVocabulary(vocabulary, axesInForce);
export const ERAS = withVocabulary(vocabulary, erasInForce);
