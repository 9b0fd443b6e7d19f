/**
 * Two true sentences joined into one the way journalists join them (the mutation harness's compound family,
 * `npm run eval:mutate`; Node-only dev tool): ", while", "; meanwhile,", ", and", a relative clause ("Microsoft,
 * which holds 27% of OpenAI, …") and a fronted "Besides …ing …, Microsoft …". Joined unchanged, the sentence stays
 * true; with one detail of ONE clause mutated (a single-detail mutant the engine disputes on its own), the
 * sentence is disputed, naming that clause.
 */

export type Joint = 'while' | 'meanwhile' | 'and' | 'which' | 'besides';

export const JOINTS: readonly Joint[] = ['while', 'meanwhile', 'and', 'which', 'besides'];

/** A sentence fit to be one clause of another: one sentence, standing on its own (no pronoun to resolve). */
export function joinable(text: string): boolean {
  const t = text.trim();
  if (
    t.length > 220 ||
    /[?!"“”]/u.test(t) ||
    /^(?:It|Its|They|Their|This|That|These|Those|He|She|The (?:company|firm|deal|move|two))\b/.test(t)
  )
    return false;
  // One sentence: no full stop before its last character (except in figures or abbreviations such as "U.S.").
  return !/(?:[a-z]{2}|[%\d])\.\s+\p{Lu}/u.test(t.slice(0, -1));
}

/** A name keeps its capital inside a sentence: a known name, a word with a capital inside, or two capitalised words. */
const NAME =
  /^(?:Microsoft|Amazon|Azure|Google|Nvidia|ChatGPT|SoftBank|Redmond|Windows|Frontier|Wall|Satya|Sam|Denise|Mustafa|Altman|Nadella|Suleyman|Dresser|Musk|Elon|Trainium)\b|^\p{Lu}\S*\p{Lu}|^(?!(?:On|In|At|By|For|With|Under|After|As|Since|When|Once|Even|Late|Early|The|A|An|All|Both|Until|Before|From|Over|During|Despite)\s)\p{Lu}\S*\s+\p{Lu}/u;

const bare = (t: string) => t.trim().replace(/[.;,\s]+$/u, '');
const inner = (t: string) => {
  const s = bare(t);
  return NAME.test(s) ? s : s[0]!.toLowerCase() + s.slice(1);
};

/** A party as a sentence's subject, and the rest of the sentence from its verb ("Microsoft holds …"). */
const SUBJECT =
  /^(Microsoft|OpenAI|Amazon)\s+(?!and\b|or\b|to\b|shares\b|stock\b|is\b|are\b|was\b|were\b|will\b|would\b|may\b|could\b|can\b)([a-z]+)\b(.*)$/su;

/** Plural nouns after a party's name, read as its people or stock rather than its verb. */
const NOUNS =
  /^(?:executives|shares|investors|officials|leaders|employees|engineers|researchers|stakes|customers|users|models|products|services|chips|servers|ties|deals|terms|rights|profits|revenues|sales|plans)$/;

/** A verb in the present or the past, turned into its -ing form ("holds" → "holding", "invested" → "having invested"). */
function gerund(verb: string): string | null {
  if (verb === 'has') return 'having';
  if (/(?:ss|sh|ch|x|z)es$/.test(verb)) return `${verb.slice(0, -2)}ing`;
  if (/[^aeiou]ies$/.test(verb)) return `${verb.slice(0, -3)}ying`;
  if (/[^aeiou]es$/.test(verb) && !/(?:ee|ye|oe)s$/.test(verb)) return `${verb.slice(0, -2)}ing`;
  if (/[^su]s$/.test(verb)) return `${verb.slice(0, -1)}ing`;
  if (/[^e]ed$/.test(verb)) return `having ${verb}`;
  return null;
}

/**
 * Two sentences joined as one, with the span the second clause (`b`) takes in it, or null where this joint does
 * not fit them (a relative or fronted clause needs both sentences to open with the same party and a verb).
 */
export function joinClauses(a: string, b: string, joint: Joint): { text: string; b: [number, number]; a: [number, number] } | null {
  const A = bare(a);
  switch (joint) {
    case 'while':
    case 'meanwhile':
    case 'and': {
      const glue = joint === 'while' ? ', while ' : joint === 'meanwhile' ? '; meanwhile, ' : ', and ';
      const B = inner(b);
      const text = `${A}${glue}${B}.`;
      return { text, a: [0, A.length], b: [A.length + glue.length, A.length + glue.length + B.length] };
    }
    case 'which':
    case 'besides': {
      const ma = SUBJECT.exec(A);
      const mb = SUBJECT.exec(bare(b));
      // (The word after the party a verb: "Microsoft executives had…", "Microsoft shares fell…" are no such clause.)
      if (!ma || !mb || ma[1] !== mb[1] || !gerund(mb[2]!) || NOUNS.test(mb[2]!)) return null;
      const party = ma[1]!;
      const restA = `${ma[2]}${ma[3]}`;
      if (joint === 'which') {
        const B = `which ${mb[2]}${mb[3]}`;
        const text = `${party}, ${B}, ${restA}.`;
        const at = party.length + 2;
        return { text, b: [at, at + B.length], a: [at + B.length + 2, text.length - 1] };
      }
      const g = gerund(mb[2]!);
      if (!g) return null;
      const B = `Besides ${g}${mb[3]}`;
      const text = `${B}, ${party} ${restA}.`;
      return { text, b: [0, B.length], a: [B.length + 2, text.length - 1] };
    }
  }
}
