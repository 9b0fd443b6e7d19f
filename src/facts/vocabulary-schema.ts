/**
 * The vocabulary format: the words the engine reasons with, as data (src/facts/vocabulary.json).
 * A newcomer adds a way of naming a party, another company, or a word form in one place; the
 * schema below is checked when the vocabulary loads (src/facts/vocabulary.ts), so a broken file
 * fails the build, the unit tests and the command-line tools.
 */
import * as v from 'valibot';

/** A lower-case phrase, matched as whole words ("the software giant"). */
const Phrase = v.pipe(v.string(), v.minLength(2), v.regex(/^[^A-Z]*$/u, 'must be lower-case'));
/** A regular-expression source for the few names a phrase list cannot spell ("gpt-4o"): must compile. */
const Pattern = v.pipe(
  v.string(),
  v.minLength(2),
  v.check((s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  }, 'must be a valid regular expression'),
);

export const PartySchema = v.object({
  /** The party's id, as facts name it in `actor` and `target`. */
  id: v.picklist(['microsoft', 'openai', 'amazon']),
  /** How a reason names it ("Sources say Microsoft, not Oracle"). */
  name: v.pipe(v.string(), v.minLength(2)),
  /** Every way text names the party: the company, its people, its products, fixed descriptions. */
  names: v.pipe(v.array(Phrase), v.minLength(1)),
  /** Names with variable parts, as regular expressions matched as whole words. */
  patterns: v.array(Pattern),
});

export const VocabularySchema = v.pipe(
  v.object({
    version: v.literal(1),
    about: v.optional(v.string()),
    revision: v.object({
      /** The day the revised agreement was announced (YYYY-MM-DD). */
      date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/u, 'must be YYYY-MM-DD')),
      about: v.optional(v.string()),
    }),
    parties: v.pipe(v.array(PartySchema), v.minLength(1)),
    /** Companies whose own deals with the parties are not the partnership. */
    otherCompanies: v.array(Phrase),
    /** A word and the keyword terms it reaches ("owning" → own, stake; "azure" → cloud). */
    wordForms: v.record(v.pipe(v.string(), v.regex(/^[\p{Ll}\p{N}'-]+$/u, 'must be one lower-case word')), v.array(v.pipe(v.string(), v.minLength(1)))),
  }),
  v.check((o) => new Set(o.parties.map((p) => p.id)).size === o.parties.length, 'party ids must be unique'),
);

export type Vocabulary = v.InferOutput<typeof VocabularySchema>;
export type VocabularyParty = v.InferOutput<typeof PartySchema>;

export function parseVocabulary(json: unknown): { ok: true; vocabulary: Vocabulary } | { ok: false; error: string } {
  const result = v.safeParse(VocabularySchema, json);
  if (result.success) return { ok: true, vocabulary: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `${path ? `${path}: ` : ''}${issue.message}` };
}
