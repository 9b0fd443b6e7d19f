/**
 * The bundled vocabulary (src/facts/vocabulary.json), checked when this module loads, and what the
 * engine builds from it once: the parties' name patterns, the other companies' pattern, word forms.
 */
import vocabularyJson from './vocabulary.json';
import { parseVocabulary, type Vocabulary } from './vocabulary-schema';

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
