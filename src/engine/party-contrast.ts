/**
 * Two names set against each other ("Google, not Microsoft, remains OpenAI's main cloud partner", "it was AWS
 * rather than Azure that…", "Amazon instead of Microsoft", "not Microsoft but Amazon"): the claim is the kept
 * name's; the name set aside is what the sentence denies. The names are any party's or another company's (the
 * vocabulary's `parties` and `otherCompanies`); the contrast words and the cleft around them ("it was … that")
 * are the vocabulary's `cues.partyContrasts`. The grammar is here: the two names side by side with only the
 * contrast between them (a comma and "and" allowed), "not B but A", and the cleft's parts just around them.
 */
import { alternatives, compiledFor, wordsPattern } from '../facts/vocabulary';
import { findParties, type Party } from './parties';

export interface PartyContrast {
  /** The sentence with the kept name alone in the pair's place ("Google remains OpenAI's main cloud partner"). */
  kept: string;
  /** The sentence with the name set aside in the pair's place ("Microsoft remains OpenAI's main cloud partner"). */
  aside: string;
  /** The kept name's party (null: another company) and its words; the party set aside and its words. */
  keptParty: Party | null;
  keptName: string;
  asideParty: Party;
  asideName: string;
}

export interface Name {
  party: Party | null;
  start: number;
  end: number;
}

const words = compiledFor(({ cues: { partyContrasts: c }, otherCompanies }) => ({
  /** A quick first test: a contrast word, or the "not" of "not B but A", anywhere. */
  ANY: new RegExp(`\\b${alternatives(['not', ...c.words])}\\b`, 'iu'),
  ASIDE: new RegExp(`^\\s*,?\\s*(?:and\\s+)?${alternatives(c.words)}\\s+$`, 'iu'),
  NOT_BUT: /^\s*,?\s*but\s+$/iu,
  NOT_BEFORE: /\bnot\s+$/iu,
  OTHERS: wordsPattern(otherCompanies, [], 'giu'),
  CLEFT: new RegExp(`\\b${alternatives(c.clefts)}\\s+$`, 'iu'),
  CLEFT_END: new RegExp(`^\\s*,?\\s*${alternatives(c.cleftRelatives)}\\b\\s*`, 'iu'),
}));

/** The names a text holds, parties' and other companies', in order (a party's name inside another's is the party's). */
export function namesIn(text: string): Name[] {
  const out: Name[] = findParties(text).map((m) => ({ party: m.party, start: m.start, end: m.end }));
  const { OTHERS } = words();
  OTHERS.lastIndex = 0;
  for (let m = OTHERS.exec(text); m; m = OTHERS.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!out.some((n) => n.start < end && start < n.end)) out.push({ party: null, start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first pair of names a sentence sets against each other, the name set aside being a party's; else null. */
export function partyContrast(text: string): PartyContrast | null {
  const { ANY, ASIDE, NOT_BUT, NOT_BEFORE, CLEFT, CLEFT_END } = words();
  if (!ANY.test(text)) return null;
  const names = namesIn(text);
  for (let i = 0; i + 1 < names.length; i++) {
    const a = names[i]!;
    const b = names[i + 1]!;
    const gap = text.slice(a.end, b.start);
    // A possessive after the second ("Microsoft rather than OpenAI's") is no pair of names.
    if (/^['\u2019]s\b/u.test(text.slice(b.end))) continue;
    let kept: Name;
    let aside: Name;
    let from = a.start;
    if (ASIDE.test(gap)) [kept, aside] = [a, b];
    else if (NOT_BUT.test(gap) && NOT_BEFORE.test(text.slice(Math.max(0, a.start - 6), a.start))) {
      [kept, aside] = [b, a];
      from = text.slice(0, a.start).search(/\bnot\s+$/iu);
    } else continue;
    if (!aside.party || kept.party === aside.party) continue;
    let to = b.end;
    // "It was AWS rather than Azure that …": the cleft goes too.
    const before = CLEFT.exec(text.slice(0, from));
    const after = CLEFT_END.exec(text.slice(to));
    if (before && after) {
      from = before.index;
      to += after[0].length;
    } else {
      // "Google, not Microsoft, remains…": the comma closing the aside goes with it.
      const comma = /^\s*,/u.exec(text.slice(to));
      if (comma && /,/u.test(gap)) to += comma[0].length;
    }
    const keptName = text.slice(kept.start, kept.end);
    const asideName = text.slice(aside.start, aside.end);
    const put = (name: string) => `${text.slice(0, from)}${name}${after && before ? ' ' : ''}${text.slice(to)}`.replace(/\s{2,}/gu, ' ');
    return { kept: put(keptName), aside: put(asideName), keptParty: kept.party, keptName, asideParty: aside.party, asideName };
  }
  return null;
}
