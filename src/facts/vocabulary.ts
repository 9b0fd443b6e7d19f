/**
 * The bundled vocabulary (src/facts/vocabulary.json), checked when this module loads, and what the
 * engine builds from it once: the parties' name patterns, the other companies' pattern, word forms,
 * the polarity axes' cue patterns, the eras' words.
 */
import vocabularyJson from './vocabulary.json';
import { parseVocabulary, type AxisId, type Vocabulary, type VocabularyAxis } from './vocabulary-schema';

function load(json: unknown): Vocabulary {
  const result = parseVocabulary(json);
  if (!result.ok) throw new Error(`src/facts/vocabulary.json is invalid: ${result.error}`);
  return result.vocabulary;
}

export const vocabulary: Vocabulary = load(vocabularyJson);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** One whole-word alternation of phrases (longest first, so "satya nadella" wins over "nadella") and patterns. */
export function wordsPattern(phrases: readonly string[], patterns: readonly string[] = [], flags = 'giu'): RegExp {
  const alternatives = [...patterns, ...[...phrases].sort((a, b) => b.length - a.length).map(escape)];
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, flags);
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
  const side = (cues: readonly string[]) => `\\b(?:${cues.join('|')})${end}`;
  const neg = side(a.against.cues);
  const topic = a.topicStems ? `^(?:${a.topicStems.join('|')})` : `^(?:${(a.topicWords ?? []).join('|')})$`;
  return {
    pos: new RegExp(side(a.for.cues), 'u'),
    neg: new RegExp(neg, 'u'),
    negAll: new RegExp(neg, 'giu'),
    requires: a.requires ? new RegExp(a.requires, 'u') : null,
    says: [a.for.says, a.against.says],
    topic: new RegExp(topic, 'u'),
  };
}

/** The polarity axes, compiled once, by id, in the vocabulary's order (the order claims report them). */
export const AXES = new Map<AxisId, CompiledAxis>(vocabulary.axes.map((a) => [a.id, compileAxis(a)]));

/** An era's words compiled once, each list as one whole-word pattern. */
function compileEra(e: Vocabulary['eras']['original']) {
  const words = (alternatives: readonly string[]) => new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'u');
  return { words: words(e.words), strong: words(e.strong), decisive: words(e.decisive) };
}

/** The words of the original and the revised terms (the vocabulary's `eras`), compiled once. */
export const ERAS = { original: compileEra(vocabulary.eras.original), revised: compileEra(vocabulary.eras.revised) };
