/**
 * Why a claim has its verdict, in the reader's language: the engine's explanation (src/engine/claim.ts)
 * worded from messages.json, with plurals. The card's first line, the popup's reason line, "Copy", the
 * verdict reports, the command-line scanner and the demo's printout all come from here (in Node, where
 * there is no `browser.i18n`, the English messages.json the extension ships: src/ui/i18n.ts). Pure: no DOM.
 */
import type { Claim, Difference, DifferenceKind, Explanation, ExplanationKind, Said } from '../engine/claim';
import type { Topic } from '../facts/schema';
import { listOf, t, tn, type MessageKey } from './i18n';
import { dateInWords } from './source-name';

/** Each difference's words: "$1, not $2" (the sources' value, the page's). */
export const DIFFERENCE_MESSAGE: Record<DifferenceKind, MessageKey> = {
  amount: 'whyAmount',
  share: 'whyShare',
  year: 'whyYear',
  date: 'whyDate',
  direction: 'whyDirection',
  first: 'whyFirst',
  party: 'whyParty',
};

/** Each explanation's message (`agrees` is plural: `whyAgrees_one`, `whyAgrees_other`). */
export const EXPLANATION_MESSAGE: Record<ExplanationKind, MessageKey> = {
  differs: 'whyDiffers',
  otherwise: 'whyOtherwise',
  agrees: 'whyAgrees_other',
  disagree: 'whyDisagree',
  silent: 'whySilent',
  outdated: 'whyOutdated',
};

function difference(d: Difference): string {
  return t(DIFFERENCE_MESSAGE[d.what], [d.sources, d.claimed]);
}

/** "a, and b, and c" in the reader's language (`whyAnd` joins two). */
function joined(items: string[], pair: MessageKey): string {
  return items.reduce((all, item) => (all ? t(pair, [all, item]) : item), '');
}

/** Sources as a reason names them: "GogoAI News and 1 other", "A, B, and 2 others", "2 sources". */
function sourcesNamed(p: Said): string {
  if (p.named.length === 0) return tn('countSources', p.others);
  return listOf(p.others ? [...p.named, tn('countOthers', p.others)] : p.named, 'conjunction');
}

/** The explanation as one line ("Sources say 20%, not 50%, and until 2030, not until 2040"). */
export function explanationText(e: Explanation): string {
  switch (e.kind) {
    case 'differs': {
      const said = joined(e.differences.map(difference), 'whyAnd');
      const line = e.fact ? t('whyDiffersFact', [said, e.fact]) : t('whyDiffers', said);
      return e.clause ? t('whyInClause', [line, e.clause]) : line;
    }
    case 'otherwise': {
      const line = t('whyOtherwise', e.fact);
      return e.clause ? t('whyInClause', [line, e.clause]) : line;
    }
    case 'agrees':
      return tn('whyAgrees', e.sources, [e.fact]);
    case 'disagree': {
      const line = t(e.denied ? 'whyDisagreeDenied' : 'whyDisagree', e.fact);
      if (!e.said?.length) return line;
      // Who says what: "GogoAI News and 1 other: over $300 billion; Cailian Press: $850 billion".
      const who = e.said.map((p) =>
        p.says ? t('whySaid', [sourcesNamed(p), p.says]) : tn('whySaidSo', p.named.length + p.others, [sourcesNamed(p)]),
      );
      return t('whyWhoSaid', [line, joined(who, 'whySaidNext')]);
    }
    case 'silent':
      return t('whySilent');
    case 'outdated': {
      const now = explanationText(e.now);
      return e.written ? t('whyOutdatedDated', [dateInWords(e.written) ?? e.written, now]) : t('whyOutdated', now);
    }
  }
}

/** The reader's first line on a claim: why, then what of the sentence no source speaks to. */
export function claimWhy(claim: Pick<Claim, 'explanation' | 'unverifiedDetails'>): string {
  const line = explanationText(claim.explanation);
  const details = claim.unverifiedDetails ?? [];
  if (details.length === 0) return line;
  return t('whyWithDetails', [
    line,
    listOf(
      details.map((d) => t('whyQuoted', d)),
      'disjunction',
    ),
  ]);
}

/** A topic's name ("Revenue share"); a topic with no string of its own reads as its id, never throws. */
export function topicName(topic: Topic | string): string {
  const key = `topic_${topic.replace(/-/g, '_')}`;
  const name = t(key as MessageKey);
  return name && name !== key ? name : topic.charAt(0).toUpperCase() + topic.slice(1).replace(/-/g, ' ');
}
