/**
 * The vocabulary format: the words the engine reasons with, as data (src/facts/vocabulary.json).
 * A newcomer adds a way of naming a party, another company, or a word form in one place; the
 * schema below is checked when the vocabulary loads (src/facts/vocabulary.ts), so a broken file
 * fails the build, the unit tests and the command-line tools.
 */
import * as v from 'valibot';

/** A lower-case phrase, matched as whole words ("the software giant"). */
const Phrase = v.pipe(v.string(), v.minLength(2), v.regex(/^[^A-Z]*$/u, 'must be lower-case'));
/**
 * A regular-expression source for the few names a phrase list cannot spell ("gpt-4o"): must compile,
 * alone and joined with others (no named groups, no back-references: lists are joined into one pattern).
 */
const pattern = (min: number) =>
  v.pipe(
    v.string(),
    v.minLength(min),
    v.check((s) => {
      try {
        new RegExp(s, 'u');
        new RegExp(`(?:${s})|x`, 'u');
        return true;
      } catch {
        return false;
      }
    }, 'must be a valid regular expression'),
    v.check((s) => !/\(\?<[A-Za-z]|\\k<|\\[1-9]/u.test(s), 'must not use named groups or back-references'),
  );
const Pattern = pattern(2);
/** A cue word of a cue record: a pattern, one character at least ("~" before a figure). */
const Cue = pattern(1);

export const PartySchema = v.object({
  /** The party's id, as facts name it in `actor` and `target`. */
  id: v.picklist(['microsoft', 'openai', 'amazon']),
  /** How a reason names it ("Sources say Microsoft, not Oracle"). */
  name: v.pipe(v.string(), v.minLength(2)),
  /** Every way text names the party: the company, its people, its products, fixed descriptions. */
  names: v.pipe(v.array(Phrase), v.minLength(1)),
  /** Names with variable parts, as regular expressions matched as whole words. */
  patterns: v.array(Pattern),
  /** Names as pages capitalise them ("OpenAI", "AWS"), whose possessive may come without its apostrophe ("OpenAIs"): text is normalised to "OpenAI's". */
  capitalised: v.optional(v.array(v.pipe(v.string(), v.regex(/^\p{Lu}[\p{L}\p{N}]*$/u, 'must be one capitalised word')))),
});

/** The polarity axes, in the order the engine reads and reports them. */
export const AXIS_IDS = ['continuation', 'exclusivity', 'cap', 'movement', 'permission', 'ratio'] as const;

/** One side of a polarity axis: how a reason says it, and the cues that read as it. */
const AxisSide = v.object({
  /** How a reason says this side ("exclusive", "no longer holds"). */
  says: v.pipe(v.string(), v.minLength(2)),
  /** The cue phrases, each a lower-case regular-expression alternative ("continu\w*", "carry on"). */
  cues: v.pipe(v.array(Pattern), v.minLength(1)),
});

export const AxisSchema = v.object({
  id: v.picklist(AXIS_IDS),
  /** Cues for the +1 side ("continue", "exclusive", "capped"…). */
  for: AxisSide,
  /** Cues for the -1 side ("no longer", "non-exclusive", "uncapped"…); where both appear, the -1 cue is blanked out before the +1 side is looked for. */
  against: AxisSide,
  /** false: a cue is matched from a word's start only, not to its end ("up 5%"); default true. */
  wholeWords: v.optional(v.boolean()),
  /** The axis is read only in a text this pattern finds ("\d": a share move needs a figure). */
  requires: v.optional(Pattern),
  /** A fact whose keywords start with one of these stems is about the axis. */
  topicStems: v.optional(v.array(Pattern)),
  /** A fact whose keywords are one of these words is about the axis. */
  topicWords: v.optional(v.array(Phrase)),
});

/** The words that place a sentence in one era of the partnership, as lower-case regular-expression alternatives. */
const EraWords = v.object({
  /** Any word of the era, tenses included ("was", "had" / "will", "is"): one era's words alone place the sentence. */
  words: v.pipe(v.array(Pattern), v.minLength(1)),
  /** Strong markers ("previously", "used to" / "no longer", "going forward"): both eras' in a sentence make it a contrast, and they decide its main clause. */
  strong: v.pipe(v.array(Pattern), v.minLength(1)),
  /** The markers that decide a sentence with both eras' words when its main clause does not. */
  decisive: v.pipe(v.array(Pattern), v.minLength(1)),
});

/** Descriptions that stand for a party once it is in play ("the lab", "the San Francisco-based AI startup"). */
const DescriptionSchema = v.object({
  party: v.picklist(['microsoft', 'openai', 'amazon']),
  /** Lower-case regular-expression alternatives, matched as whole words, case aside. */
  patterns: v.pipe(v.array(Pattern), v.minLength(1)),
});

/** Subjects that open a sentence and refer back to a party named before, as regular-expression alternatives. */
const ReferringSubjects = v.object({
  /** Words that may come before the subject ("but", "meanwhile", "under the new deal,"). */
  openers: v.array(Pattern),
  /** The subjects ("it", "the (?:company|firm|lab)", "the two (?:companies|firms)"). */
  subjects: v.pipe(v.array(Pattern), v.minLength(1)),
});

/**
 * The cue lists: one record per concept the engine reasons with ("results", "hearsay"…), each with what it
 * is for (`about`) and its word lists (its slots), each word a regular-expression alternative. Where a
 * rule has grammar (word order, optional words) the grammar stays in code and the words are here: a
 * record with several slots fills the rule's places ("openers", then "nouns"). Adding a record: name it
 * here with its slots, write it in vocabulary.json, read it in the engine with `compiledFor`.
 */
export const CUE_RECORDS = {
  otherSubjects: ['openers', 'nouns'],
  flowVerbs: ['words'],
  results: ['words'],
  moveTimes: ['words'],
  rivalRoles: ['amazon', 'microsoft', 'deals', 'setAside'],
  things: ['words'],
  partnershipVocabulary: ['words'],
  partnershipWords: ['words'],
  alongside: ['words'],
  bothParties: ['words'],
  ownDeal: ['openers', 'changed', 'nouns'],
  occasions: ['words'],
  factChanges: ['words'],
  totals: ['words'],
  relativeDates: ['words'],
  hearsay: ['words'],
  values: ['before', 'facts', 'events', 'today'],
  directions: ['pay', 'receive', 'holds', 'heldShares', 'withCounterpart', 'invest', 'investors'],
  holdings: ['verbs', 'stakes', 'otherBodies'],
  asides: ['openers', 'atTheTime'],
  completions: ['words'],
  bansOfAlternatives: ['lifted', 'bans', 'alternatives', 'names', 'means', 'blocking'],
  hedges: ['over', 'atLeast', 'nearly', 'approximately', 'upTo'],
  changes: ['words'],
  denials: ['words'],
  reversals: ['verbs', 'holdings', 'firstLook', 'partial'],
  uncertainty: ['words', 'firstLook'],
  notDenials: ['words'],
  moves: ['words', 'directions', 'before'],
  disposals: ['verbs', 'giving', 'holdings'],
  stopWords: ['words'],
  otherNames: ['words'],
  partyContrasts: ['words', 'clefts', 'cleftRelatives'],
  firstPlaces: ['azure', 'aws', 'googleCloud', 'others', 'first', 'afterPlace', 'arrivals', 'before'],
  payments: ['paying', 'verbs', 'parts', 'denied', 'nothingPaid', 'claims', 'qualifiers', 'shares'],
  yearRelations: ['backTo', 'until', 'since', 'sinceSubjects', 'by', 'byGoal'],
  eraReports: ['reportVerbs', 'revisedNow', 'pastVerbs', 'today', 'runsUntil', 'present', 'increments', 'incrementHedges'],
  clauseCuts: [
    'contrasts',
    'subjects',
    'then',
    'relative',
    'companies',
    'verbs',
    'fronted',
    'finite',
    'notInSubject',
    'linking',
    'adverbs',
    'joining',
    'afterComma',
  ],
  nonAssertions: [
    'speakers',
    'verbs',
    'firstPerson',
    'modals',
    'topicHeads',
    'possibility',
    'futureTimes',
    'conditionals',
    'permissions',
    'topicLabels',
    'frames',
    'questions',
  ],
  quotedSpeech: ['verbs', 'selves', 'possessives'],
  eventDates: ['starts', 'increments', 'order', 'later', 'revision', 'monthLeads', 'relatives', 'milestones', 'otherEvents'],
  announcements: ['joint', 'separate', 'announcing'],
  flows: ['things', 'money', 'verbs', 'oneWay'],
  exclusiveQualifiers: ['words'],
  exceptions: ['any', 'except'],
  lumpSums: ['atOnce'],
  deadlines: ['after', 'stops'],
  orderExceptions: ['words', 'conditions'],
  makers: ['things'],
  belongings: ['own', 'determiners', 'ends', 'spellings'],
  valueMoves: ['holdings', 'values', 'falls', 'rises'],
  shareMoves: ['subjects', 'preMarket', 'open'],
  frontedPhrases: ['leads'],
  weekdays: ['words'],
  roles: ['ceo', 'cfo', 'cto', 'cro', 'coo', 'cmo', 'cso', 'former'],
  timeBounds: ['asOf', 'atLeast', 'before', 'openStarts'],
  clauseEnds: ['conjunctions', 'joining', 'relatives', 'questions', 'prepositions', 'afterComma', 'appositives'],
  factFamilies: ['pay', 'invest'],
} as const satisfies Record<string, readonly string[]>;

type CueRecords = { [K in keyof typeof CUE_RECORDS]: { about: string } & { [S in (typeof CUE_RECORDS)[K][number]]: string[] } };

const About = v.pipe(v.string(), v.minLength(10));
const CuesSchema = v.strictObject(
  Object.fromEntries(
    Object.entries(CUE_RECORDS as Record<string, readonly string[]>).map(([k, slots]) => [
      k,
      v.strictObject({ about: About, ...Object.fromEntries(slots.map((slot) => [slot, v.array(Cue)])) }),
    ]),
  ),
);
const CuesAdditionsSchema = v.strictObject(
  Object.fromEntries(
    Object.entries(CUE_RECORDS as Record<string, readonly string[]>).map(([k, slots]) => [
      k,
      v.optional(v.strictObject(Object.fromEntries(slots.map((slot) => [slot, v.optional(v.array(Cue))])))),
    ]),
  ),
);

/** One lower-case word ("billion", "sept"). */
const Word = v.pipe(v.string(), v.regex(/^\p{Ll}+$/u, 'must be one lower-case word'));
const Positive = v.pipe(v.number(), v.finite(), v.minValue(1));
const Hedges = v.picklist(['over', 'up-to']);

/** How figures are written in words (src/engine/values.ts, readMoney; src/engine/match.ts, tokens). */
const NumbersSchema = v.pipe(
  v.object({
    about: About,
    /** A scale word after a figure and what it multiplies by; the first word of each value is its name, the others short forms read as it. */
    scales: v.record(Word, Positive),
    /** The scale words read before "dollars" ("13 billion dollars"). */
    beforeDollars: v.array(Word),
    /** The scale words of "a billion-dollar …". */
    ofDollars: v.array(Word),
    /** Numbers written out before a scale ("ten billion dollars"). */
    words: v.record(Word, Positive),
    /** The words of a percentage after a number ("percent", "per cent", "pct"), as regular-expression alternatives. */
    percents: v.array(Pattern),
  }),
  v.check((n) => [...n.beforeDollars, ...n.ofDollars].every((w) => w in n.scales), 'beforeDollars and ofDollars must be scales'),
);

/** A fraction read as a share: its patterns, what it is (numerator, denominator), a bound. */
const FractionSchema = v.object({
  of: v.tuple([Positive, Positive]),
  /** A bound rather than a figure: a majority stake is over 50%, a minority one up to 50%. */
  bound: v.optional(Hedges),
  patterns: v.pipe(v.array(Pattern), v.minLength(1)),
});
const FractionsSchema = v.object({
  about: About,
  /** The words that count a fraction ("a tenth", "two thirds"). */
  counts: v.array(Word),
  /** The fractions as single words ("third", "thirds"): one of them is in every fraction a pattern finds. */
  words: v.array(Word),
  list: v.array(FractionSchema),
});

/** The twelve months in order, each its name then its short forms. */
const MonthsSchema = v.object({
  about: About,
  list: v.pipe(v.array(v.pipe(v.array(Word), v.minLength(1))), v.length(12)),
});

/** An abbreviation as written before its full stop: lower-case letters, inner full stops included ("e.g", "u.s.a"). */
const Abbreviation = v.pipe(v.string(), v.regex(/^\p{Ll}+(?:\.\p{Ll}+)*$/u, 'must be lower-case letters, with inner full stops only'));

/** Abbreviations after which a full stop does not end a sentence (src/engine/sentences.ts): literal words, not patterns. */
const AbbreviationsSchema = v.object({
  about: About,
  /** Never end a sentence ("mr", "jan", "approx"). */
  always: v.array(Abbreviation),
  /** Do not end a sentence before a digit ("no. 1"), and end one elsewhere ("said no."). */
  beforeNumbers: v.array(Abbreviation),
  /** End a sentence only when one of `openers` follows ("inc", "corp", "u.s"). */
  weak: v.array(Abbreviation),
  /** The words that start a sentence after a weak abbreviation ("the", "but"). */
  openers: v.array(Word),
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
    wordForms: v.record(
      v.pipe(v.string(), v.regex(/^[\p{Ll}\p{N}'-]+$/u, 'must be one lower-case word')),
      v.array(v.pipe(v.string(), v.minLength(1))),
    ),
    /** The polarity axes with their cue words, one record per axis, every axis once and in AXIS_IDS order. */
    axes: v.array(AxisSchema),
    /** The words of the original terms (before the revision) and of the revised ones. */
    eras: v.object({ original: EraWords, revised: EraWords }),
    /** Descriptions of the parties, tried in this order (a description replaced by its party's name can bring the next party into play). */
    descriptions: v.array(DescriptionSchema),
    /** The nouns for a party's partner: "its partner", "their backer" stand for the side the sentence does not name. */
    partnerWords: v.array(Phrase),
    /** Subjects that refer back to one company ("it", "the company") or to both parties ("they", "the two firms"); both are tried first. */
    referringSubjects: v.object({ one: ReferringSubjects, both: ReferringSubjects }),
    /** How figures are written in words: scales, number words. */
    numbers: NumbersSchema,
    /** Fractions read as a share or a stake. */
    fractions: FractionsSchema,
    /** The months and the forms dates write them in. */
    months: MonthsSchema,
    /** Where a full stop does not end a sentence. */
    abbreviations: AbbreviationsSchema,
    /** The cue lists, one record per concept (CUE_RECORDS). */
    cues: CuesSchema,
  }),
  v.check((o) => new Set(o.parties.map((p) => p.id)).size === o.parties.length, 'party ids must be unique'),
  v.check((o) => o.axes.map((a) => a.id).join() === AXIS_IDS.join(), `axes must be ${AXIS_IDS.join(', ')}, each once, in that order`),
);

export type Vocabulary = Omit<v.InferOutput<typeof VocabularySchema>, 'cues'> & { cues: CueRecords };

/** Optional lists, additions only: no entry is replaced or removed, and no field outside the lists is accepted. */
const Adds = <T extends v.GenericSchema>(item: T) => v.optional(v.array(item));
const SideAdds = v.strictObject({ cues: Adds(Pattern) });
const EraAdds = v.strictObject({ words: Adds(Pattern), strong: Adds(Pattern), decisive: Adds(Pattern) });
const SubjectAdds = v.strictObject({ openers: Adds(Pattern), subjects: Adds(Pattern) });

/**
 * A fact pack's `vocabulary` part: words added to the bundled vocabulary when the engine is built (new
 * names for a party, new cue words for an axis, new descriptions, other companies, word forms). The same
 * fields as the vocabulary, every one optional, lists only: a pack never changes a party's id or name,
 * an axis's sides, the revision's date.
 */
export const VocabularyAdditionsSchema = v.strictObject({
  parties: Adds(
    v.strictObject({
      id: v.picklist(['microsoft', 'openai', 'amazon']),
      names: Adds(Phrase),
      patterns: Adds(Pattern),
      capitalised: Adds(v.pipe(v.string(), v.regex(/^\p{Lu}[\p{L}\p{N}]*$/u, 'must be one capitalised word'))),
    }),
  ),
  otherCompanies: Adds(Phrase),
  wordForms: v.optional(
    v.record(
      v.pipe(v.string(), v.regex(/^[\p{Ll}\p{N}'-]+$/u, 'must be one lower-case word')),
      v.array(v.pipe(v.string(), v.minLength(1))),
    ),
  ),
  axes: Adds(
    v.strictObject({
      id: v.picklist(AXIS_IDS),
      for: v.optional(SideAdds),
      against: v.optional(SideAdds),
      topicStems: Adds(Pattern),
      topicWords: Adds(Phrase),
    }),
  ),
  eras: v.optional(v.strictObject({ original: v.optional(EraAdds), revised: v.optional(EraAdds) })),
  descriptions: Adds(DescriptionSchema),
  partnerWords: Adds(Phrase),
  referringSubjects: v.optional(v.strictObject({ one: v.optional(SubjectAdds), both: v.optional(SubjectAdds) })),
  numbers: v.optional(
    v.strictObject({
      scales: v.optional(v.record(Word, Positive)),
      beforeDollars: Adds(Word),
      ofDollars: Adds(Word),
      words: v.optional(v.record(Word, Positive)),
      percents: Adds(Pattern),
    }),
  ),
  fractions: v.optional(v.strictObject({ counts: Adds(Word), words: Adds(Word), list: Adds(FractionSchema) })),
  abbreviations: v.optional(
    v.strictObject({ always: Adds(Abbreviation), beforeNumbers: Adds(Abbreviation), weak: Adds(Abbreviation), openers: Adds(Word) }),
  ),
  cues: v.optional(CuesAdditionsSchema),
});

export type VocabularyAdditions = v.InferOutput<typeof VocabularyAdditionsSchema>;

type Json = string | number | boolean | null | undefined | Json[] | { [key: string]: Json };

/**
 * Adds `more` onto `base` (a vocabulary or additions): lists are joined (a word already there is not
 * repeated), objects merged field by field, entries with an `id` (parties, axes) merged into the entry
 * of that id, other entries (descriptions) appended. Neither argument is changed.
 */
export function addWords<T>(base: T, more: unknown): T {
  return add(base as Json, more as Json) as T;
}

function add(base: Json, more: Json): Json {
  if (more === undefined) return base;
  if (Array.isArray(base) && Array.isArray(more)) {
    const out = [...base];
    for (const item of more) {
      if (typeof item === 'string') {
        if (!out.includes(item)) out.push(item);
        continue;
      }
      const id = item && typeof item === 'object' && !Array.isArray(item) ? item.id : undefined;
      const at = id === undefined ? -1 : out.findIndex((o) => o && typeof o === 'object' && !Array.isArray(o) && o.id === id);
      if (at >= 0) out[at] = add(out[at], item);
      else out.push(item);
    }
    return out;
  }
  if (base && more && typeof base === 'object' && typeof more === 'object' && !Array.isArray(base) && !Array.isArray(more)) {
    const out: { [key: string]: Json } = { ...base };
    for (const [k, value] of Object.entries(more)) out[k] = k in out ? add(out[k], value) : value;
    return out;
  }
  return base === undefined ? more : base;
}
export type VocabularyParty = v.InferOutput<typeof PartySchema>;
export type VocabularyAxis = v.InferOutput<typeof AxisSchema>;
export type AxisId = (typeof AXIS_IDS)[number];

export function parseVocabulary(json: unknown): { ok: true; vocabulary: Vocabulary } | { ok: false; error: string } {
  const result = v.safeParse(VocabularySchema, json);
  if (result.success) return { ok: true, vocabulary: result.output as Vocabulary };
  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `${path ? `${path}: ` : ''}${issue.message}` };
}
