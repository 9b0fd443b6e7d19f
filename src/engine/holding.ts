/**
 * Who holds a stake in whom, where a sentence says so: the holder is the subject of a holding verb
 * ("owns", "holds", "has … a stake") whose words within the clause reach a stake ("27% of", "a stake",
 * "equity"), and the held party is the first named after that stake ("OpenAI owns 27% of Microsoft": OpenAI
 * holds, Microsoft is held). A passive ("is 27% owned by OpenAI") turns it round. A holder named as another
 * body bearing a party's name ("the OpenAI Foundation", "OpenAI's nonprofit parent") is `other`: a fact
 * about a party's own stake speaks to neither of them. The words are the vocabulary's `holdings`
 * (src/facts/vocabulary.json); the grammar is here.
 */
import { alternatives, compiledFor } from '../facts/vocabulary';
import { withoutFrontedPhrase } from './fronted-phrase';
import { findParties, type Party, type PartyMention } from './parties';

export interface Holding {
  holder: Party | 'other';
  /** The party held; null where another body holds and the text names no party after the stake. */
  held: Party | null;
}

const cues = compiledFor(({ cues: { holdings: h } }) => ({
  /** A holding verb, then within six words (no stop, no clause break) a stake. */
  HOLDS: new RegExp(
    `\\b(${alternatives(h.verbs)})\\b((?:[\\s,-]+(?:[\\w.%'\\u2019-]+)){0,6}?[\\s,-]+)(${alternatives(h.stakes)})(?![\\w-])`,
    'giu',
  ),
  /** A party's stake in another ("Microsoft's 27% stake in OpenAI"): the possessive, up to three words, the stake, "in". */
  POSSESSIVE: new RegExp(`^['\\u2019]s\\s+(?:[\\w.%-]+\\s+){0,3}?${alternatives(h.stakes)}\\s+in\\s+(?:the\\s+)?$`, 'iu'),
  /** A stake held by the party after ("is 27% owned by", "is partly held by"): the party before is held. */
  PASSIVE: new RegExp(`^\\s+(?:is|are|was|were)\\s+(?:[\\w.%-]+\\s+){0,3}?${alternatives(h.verbs)}\\s+by\\s+(?:the\\s+)?$`, 'iu'),
  STAKE: new RegExp(`(?:^|\\W)${alternatives(h.stakes)}(?![\\w-])`, 'iu'),
  /** A passive before the verb ("is 27% owned by", "are held by"). */
  PASSIVE_BEFORE: new RegExp(`\\b(?:is|are|was|were|be|been|being)\\s+(?:\\S+\\s+){0,3}?$`, 'iu'),
  /** Words right after a party's name that make it another body ("Foundation", "nonprofit parent"). */
  OTHER_BODY: new RegExp(`^(?:['\\u2019]s)?\\s+${alternatives(h.otherBodies)}\\b`, 'iu'),
}));

/** Who holds a stake in whom, if the text says it (null: no holding, or not both sides read). */
export function readHolding(sentence: string): Holding | null {
  // "At OpenAI's new price tag, Redmond's stake…": a party named before the clause's subject holds nothing.
  const text = withoutFrontedPhrase(sentence);
  const mentions = findParties(text);
  if (!mentions.length) return null;
  const { HOLDS, PASSIVE_BEFORE, OTHER_BODY, POSSESSIVE, PASSIVE, STAKE } = cues();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.party === b.party) continue;
    const gap = text.slice(a.end, b.start);
    if (POSSESSIVE.test(gap)) return { holder: a.party, held: b.party };
    if (PASSIVE.test(gap) && STAKE.test(gap)) return { holder: holderOf(b, text, OTHER_BODY), held: a.party };
  }
  HOLDS.lastIndex = 0;
  for (let m = HOLDS.exec(text); m; m = HOLDS.exec(text)) {
    const verbEnd = m.index + m[1]!.length;
    const stakeEnd = m.index + m[0].length;
    // A party named between the verb and its stake is the object of another verb ("has told OpenAI its stake").
    if (mentions.some((x) => x.start >= verbEnd && x.end <= stakeEnd - m[3]!.length)) continue;
    const before = text.slice(0, m.index);
    const subject = lastBefore(mentions, m.index, text);
    const rest = text.slice(stakeEnd);
    const stop = rest.search(/[.;:]|,\s|\s(?:and|but|while|whereas|which|who)\s/iu);
    const clauseEnd = stakeEnd + (stop < 0 ? rest.length : stop);
    const after = mentions.find((x) => x.start >= stakeEnd && x.end <= clauseEnd);
    if (PASSIVE_BEFORE.test(before)) {
      // "Microsoft is 27% owned by OpenAI": the party after "by" holds the subject.
      const by = /\bby\s+(?:the\s+)?$/iu;
      const holder = mentions.find((x) => x.start >= verbEnd && by.test(text.slice(verbEnd, x.start)));
      if (holder && subject && holder.party !== subject.party) return { holder: holderOf(holder, text, OTHER_BODY), held: subject.party };
      continue;
    }
    if (!subject) continue;
    const holder = holderOf(subject, text, OTHER_BODY);
    if (holder === 'other' && !after) return { holder, held: null };
    if (!after || holder === after.party) continue;
    return { holder, held: after.party };
  }
  return null;
}

/** The party named last before `at`, within its sentence. */
function lastBefore(mentions: PartyMention[], at: number, text: string): PartyMention | undefined {
  let found: PartyMention | undefined;
  for (const x of mentions) if (x.end <= at) found = x;
  return found && !/[.;]/u.test(text.slice(found.end, at)) ? found : undefined;
}

function holderOf(mention: PartyMention, text: string, otherBody: RegExp): Party | 'other' {
  return otherBody.test(text.slice(mention.end, mention.end + 40)) ? 'other' : mention.party;
}
