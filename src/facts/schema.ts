/**
 * The fact-pack format: the sources ClaimLens knows and the facts they state.
 *
 * A pack is plain JSON. Adding a source or a fact is data only: append to `sources` or `facts`
 * in `src/facts/pack.json` (or import an extra pack from the options page); the schema below
 * is checked in the unit tests, at build time and on import.
 */
import * as v from 'valibot';
import { VocabularyAdditionsSchema } from './vocabulary-schema';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'));
/** A date as precise as the source gives it: `2026`, `2026-02` or `2026-02-27`. */
const PartialDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));

export const SourceSchema = v.object({
  /** Stable id, used by facts' evidence. */
  id: Id,
  title: v.pipe(v.string(), v.minLength(1)),
  /** The outlet as the text names it; null where the text names none. */
  publisher: v.nullable(v.string()),
  /** Author or editor where named. */
  author: v.nullable(v.string()),
  /** Publication date as far as the text gives it. */
  date: v.nullable(PartialDate),
  /** Only http(s): the card and popup make it a link (valibot's url() alone lets `javascript:` through). */
  url: v.nullable(v.pipe(v.string(), v.url(), v.regex(/^https?:\/\//i, 'must be an http(s) URL'))),
  /** True where the text is a translation (for example from Chinese). */
  translated: v.boolean(),
  /** Provenance: the seed file the source was read from. */
  file: v.string(),
  /** Anything a reader should know about the source (what it does not name, how dates were read). */
  note: v.optional(v.string()),
});

export const TOPICS = [
  'investment',
  'equity',
  'valuation',
  'revenue-share',
  'ip-licence',
  'cloud',
  'products',
  'amazon',
  'chips',
  'people',
  'lawsuit',
  'market',
  'old-agreement',
  'strategy',
] as const;

/** A hedge on a figure: "over $13 billion", "nearly $228.3 billion", "up to", "approximately 27%". */
export const HEDGES = ['exact', 'over', 'at-least', 'nearly', 'about', 'up-to'] as const;

export const ValueSchema = v.variant('kind', [
  v.object({
    kind: v.literal('money'),
    /** Amount in whole currency units: 13e9 for "$13 billion". */
    amount: v.number(),
    currency: v.literal('USD'),
    hedge: v.picklist(HEDGES),
    /** What the figure is, in a word or two ("initial tranche", "cumulative"), when a fact has several. */
    role: v.optional(v.string()),
  }),
  v.object({
    kind: v.literal('percent'),
    value: v.number(),
    hedge: v.picklist(HEDGES),
    role: v.optional(v.string()),
    /** For a change ("shares fell nearly 1%"): which way it went. Absent for levels (a 27% stake). */
    direction: v.optional(v.picklist(['up', 'down'])),
  }),
  v.object({
    kind: v.literal('year'),
    value: v.number(),
    /** How the year bounds the fact: it happened in it, holds until it, since it, or is a goal by it. */
    relation: v.picklist(['in', 'until', 'since', 'by']),
    role: v.optional(v.string()),
  }),
  v.object({
    kind: v.literal('month'),
    /** `YYYY-MM` */
    value: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}$/)),
    role: v.optional(v.string()),
  }),
]);

export const EvidenceSchema = v.object({
  source: Id,
  /** The source's own words, verbatim (whitespace aside): a test finds each quote in its seed file. */
  quote: v.pipe(v.string(), v.minLength(8)),
  /** `supports`: the source states the fact. `disputes`: the source states something incompatible. */
  stance: v.picklist(['supports', 'disputes']),
  /** Where the source words it differently from the fact, what it says instead (shown to the reader). */
  note: v.optional(v.string()),
});

export const FactSchema = v.object({
  id: Id,
  /** One proposition, in plain words. */
  statement: v.pipe(v.string(), v.minLength(10)),
  topic: v.picklist(TOPICS),
  /**
   * When the fact holds: under the `original` agreement (2019 until the revision), under the `revised`
   * one, or `any` time (events, people, figures that are true whenever read).
   */
  era: v.picklist(['original', 'revised', 'any']),
  /** Who does what to whom, where the fact has a direction (who pays whom, who licenses to whom). */
  actor: v.optional(v.string()),
  target: v.optional(v.string()),
  /** `negative` for "will no longer", "non-exclusive", "prohibited"; `positive` otherwise. */
  polarity: v.picklist(['positive', 'negative']),
  /** The typed figures a page claim is compared against. */
  values: v.array(ValueSchema),
  /**
   * Keyword groups for matching: a sentence speaks to the fact only if it contains a term from every
   * group (terms are lower-case words or stems; the engine normalises the sentence first).
   */
  keywords: v.array(v.pipe(v.array(v.string()), v.minLength(1))),
  /** Other wordings journalists use for the same thing, for fuzzy matching. */
  paraphrases: v.array(v.string()),
  evidence: v.pipe(v.array(EvidenceSchema), v.minLength(1)),
  /** What a reader or maintainer should know about the fact as a whole (ambiguities, how sources differ). */
  note: v.optional(v.string()),
});

export const FactPackSchema = v.object({
  /** Format version of the pack. */
  version: v.literal(1),
  name: v.string(),
  sources: v.array(SourceSchema),
  facts: v.array(FactSchema),
  /** Words the pack adds to the bundled vocabulary (src/facts/vocabulary.json) when the engine is built: additions only. */
  vocabulary: v.optional(VocabularyAdditionsSchema),
});

export type Source = v.InferOutput<typeof SourceSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
export type FactValue = v.InferOutput<typeof ValueSchema>;
export type FactPack = v.InferOutput<typeof FactPackSchema>;
export type Topic = (typeof TOPICS)[number];
export type Hedge = (typeof HEDGES)[number];
