/**
 * Compares what a sentence says with the facts it matched, and gives the verdict.
 *
 * Each fact is compared dimension by dimension (money, percentages, years, months, the polarity
 * axes, who pays whom). The fuzzy match score plays no part here. A sentence is conflicting only
 * when no matched fact agrees with it and a fact clearly about the same thing disagrees; when in
 * doubt it is corroborated by what agrees, or left unverified.
 */
import type { Fact, FactPack, Hedge, Source } from '../facts/schema';
import type { MatchedFact, SourceEvidence, Verdict } from './claim';
import type { Candidate } from './match';
import { findParties, partyOf, type Party } from './parties';
import { readDirection, readPolarity, type Direction, type Polarity, type SentenceReading, type Era } from './values';

export interface FactReading {
  fact: Fact;
  polarity: Polarity;
  direction: Direction | null;
  /** Percentages in this fact are rises and falls rather than shares and stakes. */
  changeFact: boolean;
  /** The parties the fact is about: named in its statement, or its actor and target. */
  parties: Set<Party>;
  /** The fact's actor and target, where they are parties. */
  actors: Set<Party>;
}

const CHANGE = /\b(?:r[io]se|rising|fell|fall(?:s|ing)?|drop\w*|declin\w*|jump\w*|gain\w*|climb\w*|slid\w*|grew|grow\w*|surg\w*|soar\w*|plung\w*|tumbl\w*)\b/iu;

export function readFact(fact: Fact): FactReading {
  let direction = readDirection(fact.statement);
  if (!direction) {
    for (const p of fact.paraphrases) {
      direction = readDirection(p);
      if (direction) break;
    }
  }
  if (!direction) {
    const actor = partyOf(fact.actor);
    const target = partyOf(fact.target);
    const family = /\b(?:pay|paid|payment|revenue[- ]shar|shar(?:e|es|ing) (?:its )?revenue)/iu.test(fact.statement)
      ? 'pay'
      : /\binvest/iu.test(fact.statement)
        ? 'invest'
        : null;
    if (actor && target && actor !== target && family) direction = { family, actor, target };
  }
  const parties = new Set<Party>(findParties(fact.statement).map((m) => m.party));
  const actors = new Set<Party>();
  for (const p of [partyOf(fact.actor), partyOf(fact.target)]) if (p) actors.add(p);
  for (const p of actors) parties.add(p);
  const polarity = readPolarity(fact.statement);
  const moves = fact.values.flatMap((v) => (v.kind === 'percent' && v.direction ? [v.direction] : []));
  if (moves.length) polarity.movement = moves[0] === 'up' ? 1 : -1;
  return { fact, polarity, direction, changeFact: moves.length > 0 || CHANGE.test(fact.statement), parties, actors };
}

type Interval = [number, number];

function interval(v: number, hedge: Hedge, kind: 'money' | 'percent'): Interval {
  const exact: Interval = kind === 'money' ? [v * 0.975, v * 1.025] : [v - 0.5, v + 0.5];
  switch (hedge) {
    case 'exact':
      return exact;
    case 'about':
      return kind === 'money' ? [v * 0.93, v * 1.07] : [v - 1.5, v + 1.5];
    case 'nearly':
      return kind === 'money' ? [v * 0.88, v * 1.001] : [Math.max(0, v - 3.5), v + 0.01];
    case 'over':
    case 'at-least':
      return kind === 'money' ? [v * 0.999, v * 1.6] : [v - 0.01, v + 15];
    case 'up-to':
      return [0, kind === 'money' ? v * 1.001 : v + 0.01];
  }
}

const overlaps = (a: Interval, b: Interval) => a[0] <= b[1] && b[0] <= a[1];

interface Comparison {
  reading: FactReading;
  candidate: Candidate;
  agree: string[];
  disagree: { dim: string; numeric: boolean; says: string; pageSays: string }[];
}

const fmtMoney = (n: number) =>
  n >= 1e12 ? `$${+(n / 1e12).toFixed(2)} trillion` : n >= 1e9 ? `$${+(n / 1e9).toFixed(2)} billion` : n >= 1e6 ? `$${+(n / 1e6).toFixed(2)} million` : `$${n}`;
const HEDGE_WORD: Record<Hedge, string> = { exact: '', over: 'over ', 'at-least': 'at least ', nearly: 'nearly ', about: 'about ', 'up-to': 'up to ' };
const AXIS_WORDS: Record<keyof Polarity, [string, string]> = {
  continuation: ['continues', 'no longer holds'],
  exclusivity: ['exclusive', 'non-exclusive'],
  cap: ['capped', 'uncapped'],
  movement: ['rose', 'fell'],
};
const PARTY_NAME = { microsoft: 'Microsoft', openai: 'OpenAI', amazon: 'Amazon' } as const;

function compare(s: SentenceReading, reading: FactReading, candidate: Candidate): Comparison {
  const fact = reading.fact;
  const out: Comparison = { reading, candidate, agree: [], disagree: [] };
  const fv = fact.values;
  for (const v of s.values) {
    if (v.kind === 'money') {
      const fm = fv.filter((x) => x.kind === 'money');
      if (!fm.length) continue;
      const mine = interval(v.amount, v.hedge, 'money');
      const hit = fm.some((x) => overlaps(mine, interval(x.amount, x.hedge, 'money')));
      if (hit) out.agree.push(`money:${v.amount}`);
      else out.disagree.push({ dim: `money:${v.amount}`, numeric: true, says: fm.map((x) => HEDGE_WORD[x.hedge] + fmtMoney(x.amount)).join(' / '), pageSays: HEDGE_WORD[v.hedge] + fmtMoney(v.amount) });
    } else if (v.kind === 'percent') {
      if ((v.role === 'change') !== reading.changeFact) continue;
      const fp = fv.filter((x) => x.kind === 'percent');
      if (!fp.length) continue;
      const mine = interval(v.value, v.hedge, 'percent');
      const hit = fp.some((x) => overlaps(mine, interval(x.value, x.hedge, 'percent')));
      if (hit) out.agree.push(`percent:${v.value}`);
      else out.disagree.push({ dim: `percent:${v.value}`, numeric: true, says: fp.map((x) => `${HEDGE_WORD[x.hedge]}${+x.value.toFixed(1)}%`).join(' / '), pageSays: `${HEDGE_WORD[v.hedge]}${+v.value.toFixed(1)}%` });
    } else if (v.kind === 'year') {
      const group = (r: string) => (r === 'until' || r === 'by' ? 'deadline' : r);
      const fy = [
        ...fv.filter((x) => x.kind === 'year').map((x) => ({ value: x.value, relation: x.relation as string })),
        ...fv.filter((x) => x.kind === 'month').map((x) => ({ value: Number(x.value.slice(0, 4)), relation: 'in' })),
      ].filter((x) => group(x.relation) === group(v.relation));
      if (!fy.length) continue;
      if (fy.some((x) => x.value === v.value)) out.agree.push(`year:${v.value}`);
      else out.disagree.push({ dim: `year:${v.value}`, numeric: true, says: fy.map((x) => `${x.relation === 'in' ? 'in' : x.relation} ${x.value}`).join(' / '), pageSays: `${v.relation} ${v.value}` });
    } else if (v.kind === 'month') {
      const fm = fv.filter((x) => x.kind === 'month');
      if (!fm.length) continue;
      if (fm.some((x) => x.value === v.value)) out.agree.push(`month:${v.value}`);
      else out.disagree.push({ dim: `month:${v.value}`, numeric: true, says: fm.map((x) => monthName(x.value)).join(' / '), pageSays: monthName(v.value) });
    }
  }
  for (const axis of Object.keys(AXIS_WORDS) as (keyof Polarity)[]) {
    const mine = s.polarity[axis];
    const theirs = reading.polarity[axis];
    if (!mine || !theirs) continue;
    if (mine === theirs) out.agree.push(`axis:${axis}`);
    else {
      const [pos, neg] = AXIS_WORDS[axis];
      out.disagree.push({ dim: `axis:${axis}`, numeric: false, says: theirs > 0 ? pos : neg, pageSays: mine > 0 ? pos : neg });
    }
  }
  const d = s.direction;
  const fd = reading.direction;
  if (d && fd && d.family === fd.family) {
    if (d.actor === fd.actor && d.target === fd.target) out.agree.push('direction');
    else
      out.disagree.push({
        dim: 'direction',
        numeric: false,
        says: `${PARTY_NAME[fd.actor]} → ${PARTY_NAME[fd.target]}`,
        pageSays: `${PARTY_NAME[d.actor]} → ${PARTY_NAME[d.target]}`,
      });
  }
  return out;
}

function monthName(ym: string): string {
  const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${names[Number(ym.slice(5, 7)) - 1] ?? ''} ${ym.slice(0, 4)}`;
}

function eraFits(sentence: Era, fact: Fact['era']): boolean {
  if (!sentence || fact === 'any') return true;
  return sentence === fact;
}

export interface Judgement {
  verdict: Verdict;
  reason: string;
  facts: MatchedFact[];
  evidence: SourceEvidence[];
}

export function judge(
  sentence: SentenceReading,
  candidates: Candidate[],
  readings: Map<string, FactReading>,
  sources: Map<string, Source>,
): Judgement | null {
  const comps = candidates
    .filter((c) => eraFits(sentence.era, c.fact.era))
    .map((c) => compare(sentence, readings.get(c.fact.id) ?? readFact(c.fact), c))
    // Two or more figures that all differ and none that agrees: a different event, not a conflict.
    .filter((c) => !(c.agree.length === 0 && c.disagree.filter((d) => d.numeric).length >= 2));
  if (comps.length === 0) return null;
  const supporting = comps.filter((c) => c.disagree.length === 0);
  const contradicting = comps.filter((c) => c.disagree.length > 0);

  if (supporting.length > 0) {
    // A figure one fact contradicts and no supporting fact confirms still makes the claim wrong,
    // provided the contradicting fact is anchored (it agrees on something else).
    const agreed = new Set(supporting.flatMap((c) => c.agree));
    const decisive = contradicting.filter((c) => c.agree.length > 0 && c.disagree.some((d) => d.numeric && !agreed.has(d.dim)));
    if (decisive.length === 0) return support(supporting, sources);
    return conflict(decisive, sources);
  }
  // Nothing agrees fully. Conflict only with a fact clearly about the same thing: one that agrees
  // on something, or the best-ranked candidate that the keywords picked out.
  const best = contradicting[0]!;
  const anchored = contradicting.filter((c) => c.agree.length > 0);
  if (anchored.length > 0) return conflict(anchored, sources);
  if (best.candidate.rank <= 0.6 || contradicting.length === 1) return conflict([best], sources);
  return null;
}

function toEvidence(fact: Fact, sources: Map<string, Source>, flip: boolean): SourceEvidence[] {
  const out: SourceEvidence[] = [];
  for (const e of fact.evidence) {
    const source = sources.get(e.source);
    if (!source) continue;
    const agrees = (e.stance === 'supports') !== flip;
    out.push({ source, stance: agrees ? 'corroborates' : 'conflicts', quote: e.quote, ...(e.note ? { note: e.note } : {}), fact: fact.id });
  }
  return out;
}

const matched = (f: Fact): MatchedFact => ({ id: f.id, statement: f.statement, topic: f.topic });

function support(supporting: Comparison[], sources: Map<string, Source>): Judgement {
  // The fact that agrees on the most, then the best-ranked.
  const ordered = [...supporting].sort((a, b) => b.agree.length - a.agree.length || a.candidate.rank - b.candidate.rank);
  const primary = ordered[0]!.reading.fact;
  const shown = ordered.slice(0, 3).map((c) => c.reading.fact);
  const evidence = dedupe(shown.flatMap((f) => toEvidence(f, sources, false)));
  const disputed = primary.evidence.some((e) => e.stance === 'disputes');
  const n = new Set(primary.evidence.filter((e) => e.stance === 'supports').map((e) => e.source)).size;
  return disputed
    ? { verdict: 'mixed', reason: `Sources disagree: ${primary.statement}`, facts: shown.map(matched), evidence }
    : { verdict: 'corroborated', reason: `${n} source${n === 1 ? '' : 's'}: ${primary.statement}`, facts: shown.map(matched), evidence };
}

function conflict(contradicting: Comparison[], sources: Map<string, Source>): Judgement {
  const ordered = [...contradicting].sort((a, b) => b.agree.length - a.agree.length || a.candidate.rank - b.candidate.rank);
  const primary = ordered[0]!;
  const d = primary.disagree.find((x) => x.numeric) ?? primary.disagree[0]!;
  const reason = d.dim === 'direction' ? `Sources say ${d.says}, not ${d.pageSays}` : `Sources say ${d.says}, not ${d.pageSays}`;
  const shown = ordered.slice(0, 2).map((c) => c.reading.fact);
  return { verdict: 'conflicting', reason, facts: shown.map(matched), evidence: dedupe(shown.flatMap((f) => toEvidence(f, sources, true))) };
}

function dedupe(list: SourceEvidence[]): SourceEvidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const k = `${e.source.id}\u0000${e.quote}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function unverified(): Judgement {
  return { verdict: 'unverified', reason: 'No bundled source speaks to this claim.', facts: [], evidence: [] };
}

export function sourceMap(pack: FactPack): Map<string, Source> {
  return new Map(pack.sources.map((s) => [s.id, s]));
}

