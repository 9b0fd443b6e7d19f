/**
 * Does a sentence assert something the sources could check? A question does not ("Is Azure still
 * OpenAI's exclusive cloud?"), nor an observer's or one's own opinion or prediction ("Some analysts
 * believe Microsoft will sell its stake", "“…,” one analyst predicted", "I think…"), nor an observer's quoted
 * prediction ("“OpenAI will outgrow Microsoft,” said one investor"), nor a pure prediction ("Microsoft may sell its OpenAI stake next year"), nor a conditional whose consequence is only possible ("If OpenAI sells through AWS, Azure's growth could suffer"), nor a headline that only announces its topic ("Microsoft and OpenAI's new deal, explained", "Explainer: Microsoft, OpenAI and the new deal"). A headline that
 * states something ("Microsoft to stop paying OpenAI revenue share") is a claim like any sentence.
 * The words are the vocabulary's `nonAssertions` (src/facts/vocabulary.json); the grammar is here.
 */
import { alternatives, compiledFor, cuePattern } from '../facts/vocabulary';
import { quickPattern } from './quick-pattern';

const cues = compiledFor(({ cues: c }) => ({
  /** A speaker of opinions, then within three words a verb of opinion (not a passive: "are expected to"). */
  OPINION: quickPattern(
    new RegExp(
      `\\b${alternatives(c.nonAssertions.speakers)}\\b(?:[\\s,]+[\\w'\\u2019-]+){0,3}?\\s+(?<!\\b(?:is|are|was|were|be|been|being)\\s+)${alternatives([...c.nonAssertions.verbs, ...c.nonAssertions.questions])}\\b`,
      'iu',
    ),
  ),
  FIRST_PERSON: quickPattern(cuePattern(c.nonAssertions.firstPerson)),
  /** An opinion frame ("…is a reminder that", "shows why", "underscores how"): a lesson drawn, not a fact told. */
  FRAME: quickPattern(cuePattern(c.nonAssertions.frames)),
  /** A quote, then its speaker (up to four words, one of them an observer) and a reporting verb; or the other way round. */
  QUOTE_AFTER: new RegExp(
    `^\\s*["\\u201c]([^"\\u201c\\u201d]+)["\\u201d]\\s*,?\\s+(?:[\\w'\\u2019-]+\\s+){0,3}?${alternatives(c.nonAssertions.speakers)}\\s+(?:[\\w'\\u2019-]+\\s+){0,2}?(?:${alternatives(c.quotedSpeech.verbs)}|${alternatives(c.nonAssertions.verbs)})\\b|^\\s*["\\u201c]([^"\\u201c\\u201d]+)["\\u201d]\\s*,?\\s+(?:${alternatives(c.quotedSpeech.verbs)})\\s+(?:[\\w'\\u2019-]+\\s+){0,3}?${alternatives(c.nonAssertions.speakers)}\\b`,
    'iu',
  ),
  MODAL: cuePattern(c.nonAssertions.modals),
  TOPIC_HEAD: cuePattern(c.nonAssertions.topicHeads),
  /** A pure prediction: a word of possibility and a time to come ("may sell … next year", "could one day"). */
  POSSIBLE: cuePattern(c.nonAssertions.possibility),
  FUTURE_TIME: cuePattern(c.nonAssertions.futureTimes),
  /** A conditional opening the sentence, up to its first comma ("If OpenAI sells through AWS,"). */
  CONDITION: new RegExp(`^\\W*${alternatives(c.nonAssertions.conditionals)}\\b[^,;:]*,`, 'iu'),
  /** A label of a kind of article, then a colon, opening a headline ("Explainer: …"). */
  TOPIC_LABEL: new RegExp(`^\\W*${alternatives(c.nonAssertions.topicLabels)}\\s*:`, 'iu'),
  /** A possibility that is a permission ("may now offer"): the consequence then asserts. */
  PERMISSION: cuePattern(c.nonAssertions.permissions),
}));

/** A question: the sentence ends with a question mark (then perhaps a closing quote or bracket). */
const QUESTION = /\?[\s"'\u201d\u2019)\]]*$/u;

/** The sentence ends with a stop (then perhaps a closing quote or bracket): it is no headline. */
const HAS_STOP = /[.!:;][\s"'\u201d\u2019)\]]*$/u;

export function assertsNothing(text: string): boolean {
  if (QUESTION.test(text)) return true;
  const { OPINION, FIRST_PERSON, TOPIC_HEAD } = cues();
  if (OPINION.test(text) || FIRST_PERSON.test(text) || cues().FRAME.test(text)) return true;
  // An observer's quoted prediction ("“OpenAI will outgrow Microsoft,” said one investor").
  const quote = cues().QUOTE_AFTER.exec(text);
  if (quote && cues().MODAL.test(quote[1] ?? quote[2] ?? '')) return true;
  // A pure prediction ("Microsoft may sell its OpenAI stake next year", "OpenAI could one day stop paying").
  if (cues().FUTURE_TIME.test(text) && cues().POSSIBLE.test(text)) return true;
  // A conditional whose consequence is only possible ("If OpenAI sells through AWS, Azure's growth could suffer").
  const condition = cues().CONDITION.exec(text);
  if (condition) {
    const consequence = text.slice(condition[0].length);
    if (cues().POSSIBLE.test(consequence) && !cues().PERMISSION.test(consequence)) return true;
  }
  // A headline has no final stop: "Nadella explained that…" in a sentence is a report, not a topic.
  return !HAS_STOP.test(text) && (TOPIC_HEAD.test(text) || cues().TOPIC_LABEL.test(text));
}
