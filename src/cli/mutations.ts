/**
 * Single-detail mutations of a true sentence (the mutation harness, `npm run eval:mutate`; Node-only dev tool).
 *
 * Each mutation changes one detail of a sentence the engine corroborates into a value the sources contradict, and
 * only where a fact the sentence matched states that detail: a figure the fact gives, a year or month it dates, a
 * weekday its quotes name, the two parties of a fact with an actor and a target, a rival for a party a fact names in
 * its role, one polarity word, a person's office. A mutation the sources do not speak to would only make the sentence
 * unverifiable, so the harness does not make it. The "outdated" family turns the sources' statements of the terms
 * before the April 2026 revision into the present tense of an old page.
 */
import type { Fact } from '../facts/schema';

export type MutationKind = 'figure' | 'year' | 'month' | 'weekday' | 'parties' | 'rival' | 'polarity' | 'office';

export interface Mutant {
  kind: MutationKind;
  text: string;
  /** What was changed, e.g. "27% → 40%". */
  change: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SCALE: Record<string, number> = { trillion: 1e12, billion: 1e9, bn: 1e9, b: 1e9, million: 1e6, m: 1e6 };

/** Every figure of one kind the pack states anywhere (a mutant's new figure is none of them). */
function packFigures(facts: readonly Fact[], kind: 'money' | 'percent'): number[] {
  const out: number[] = [];
  for (const f of facts)
    for (const v of f.values) {
      if (kind === 'money' && v.kind === 'money') out.push(v.amount);
      if (kind === 'percent' && v.kind === 'percent') out.push(v.value);
    }
  return out;
}

function packYears(facts: readonly Fact[]): Set<number> {
  const out = new Set<number>();
  for (const f of facts)
    for (const v of f.values) {
      if (v.kind === 'year') out.add(v.value);
      if (v.kind === 'month') out.add(Number(v.value.slice(0, 4)));
    }
  return out;
}

const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(Math.abs(b) * 0.01, 1e-9);

/**
 * A figure no fact of the pack comes near (15% either side): the value moved by steps until it is none of them,
 * downwards first where the matched fact gives a floor ("more than $13 billion": a larger figure would still fit it).
 */
function otherFigure(value: number, taken: number[], step: number, down: boolean): number {
  const far = (c: number) => taken.every((t) => Math.abs(t - c) > Math.abs(t) * 0.15);
  const steps = Array.from({ length: 19 }, (_, i) => (i + 1) * step);
  const below = steps.map((d) => value - d);
  const above = steps.map((d) => value + d);
  // Downwards (every step below first) where a larger figure would still fit; otherwise either way, nearest first.
  const order = down ? [...below, ...above] : steps.flatMap((_, i) => [above[i]!, below[i]!]);
  return order.find((c) => c > 0 && far(c)) ?? value * 3;
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : String(Math.round(n * 10) / 10));

/** The text with the span [start, end) replaced. */
const splice = (text: string, start: number, end: number, by: string) => text.slice(0, start) + by + text.slice(end);

/** Figures (money, percent) the matched facts state, changed to a figure no fact states. */
export function figureMutants(text: string, matched: readonly Fact[], pack: readonly Fact[]): Mutant[] {
  const out: Mutant[] = [];
  const money = matched.flatMap((f) => f.values.flatMap((v) => (v.kind === 'money' ? [v] : [])));
  const percent = matched.flatMap((f) => f.values.flatMap((v) => (v.kind === 'percent' ? [v] : [])));
  const moneyRe = /(?:US)?\$\s?(\d+(?:\.\d+)?)\s?(trillion|billion|bn|b|million|m)\b/gi;
  for (const m of text.matchAll(moneyRe)) {
    const n = Number(m[1]);
    const amount = n * SCALE[m[2]!.toLowerCase()]!;
    const stated = money.find((a) => near(a.amount, amount));
    if (!stated) continue;
    const scale = SCALE[m[2]!.toLowerCase()]!;
    const taken = packFigures(pack, 'money').map((a) => a / scale);
    // A floor in the sentence ("more than $13 billion", "tops $13bn"): a smaller one is still true, a larger one
    // unknown; no mutant. A ceiling ("up to $50 billion", "as much as"): a larger one would still fit, so downwards.
    const before = text.slice(0, m.index);
    if (/\b(?:more than|over|above|exceed(?:s|ed|ing)?|tops?|topped|past|at least|north of)\s*$/i.test(before)) continue;
    const ceiling = /\b(?:up to|as much as|as high as)\s*$/i.test(before);
    const down = stated.hedge === 'over' || ceiling;
    const other = otherFigure(n, taken, Math.max(1, Math.round(n / (down ? 6 : 3))), down);
    const start = m.index! + m[0].indexOf(m[1]!);
    out.push({ kind: 'figure', text: splice(text, start, start + m[1]!.length, fmt(other)), change: `${m[0]} → ${fmt(other)}` });
  }
  const percentRe = /(\d+(?:\.\d+)?)\s?(%|percent\b|per cent\b)/gi;
  for (const m of text.matchAll(percentRe)) {
    const n = Number(m[1]);
    const stated = percent.find((p) => near(p.value, n));
    if (!stated || n >= 100) continue;
    const other = otherFigure(n, packFigures(pack, 'percent'), n < 10 ? 2 : 7, stated.hedge === 'over');
    const start = m.index!;
    out.push({ kind: 'figure', text: splice(text, start, start + m[1]!.length, fmt(other)), change: `${m[0]} → ${fmt(other)}%` });
  }
  return out;
}

/** Years the matched facts state (a year value, a month's year), changed to a year no fact of the pack states. */
export function yearMutants(text: string, matched: readonly Fact[], pack: readonly Fact[]): Mutant[] {
  const stated = packYears(matched);
  const taken = packYears(pack);
  const out: Mutant[] = [];
  for (const m of text.matchAll(/\b(?:19|20)\d\d\b/g)) {
    const y = Number(m[0]);
    if (!stated.has(y)) continue;
    const other = [y + 3, y - 3, y + 4, y - 4, y + 5].find((c) => !taken.has(c))!;
    out.push({ kind: 'year', text: splice(text, m.index!, m.index! + 4, String(other)), change: `${y} → ${other}` });
  }
  return out;
}

/** Month names the matched facts date (a month value), moved four months on. */
export function monthMutants(text: string, matched: readonly Fact[]): Mutant[] {
  const months = new Set(matched.flatMap((f) => f.values.flatMap((v) => (v.kind === 'month' ? [Number(v.value.slice(5, 7)) - 1] : []))));
  const out: Mutant[] = [];
  for (const m of text.matchAll(new RegExp(`\\b(${MONTHS.join('|')})\\b`, 'g'))) {
    const i = MONTHS.indexOf(m[1]!);
    if (!months.has(i)) continue;
    const other = MONTHS[(i + 4) % 12]!;
    out.push({ kind: 'month', text: splice(text, m.index!, m.index! + m[1]!.length, other), change: `${m[1]} → ${other}` });
  }
  return out;
}

/** Weekdays the matched facts' statements or quotes name, moved two days on. */
export function weekdayMutants(text: string, matched: readonly Fact[]): Mutant[] {
  const said = matched.map((f) => [f.statement, ...f.evidence.map((e) => e.quote)].join(' ')).join(' ');
  const out: Mutant[] = [];
  for (const m of text.matchAll(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'))) {
    if (!new RegExp(`\\b${m[1]}\\b`).test(said)) continue;
    const other = WEEKDAYS[(WEEKDAYS.indexOf(m[1]!) + 2) % 7]!;
    out.push({ kind: 'weekday', text: splice(text, m.index!, m.index! + m[1]!.length, other), change: `${m[1]} → ${other}` });
  }
  return out;
}

/**
 * Microsoft and OpenAI swapped, where a matched fact has one as actor and the other as target (who pays, invests,
 * holds, licenses) and the sentence names both plainly, no other way.
 */
export function partyMutants(text: string, matched: readonly Fact[]): Mutant[] {
  const roles = matched.some(
    (f) => (f.actor === 'microsoft' && f.target === 'openai') || (f.actor === 'openai' && f.target === 'microsoft'),
  );
  if (!roles || !/\bMicrosoft\b/.test(text) || !/\bOpenAI\b/.test(text)) return [];
  if (
    /\b(?:Redmond|ChatGPT|Altman|Nadella|Azure|MSFT)\b|Microsoft[–-]OpenAI|OpenAI[–-]Microsoft|Microsoft and OpenAI|OpenAI and Microsoft/.test(
      text,
    )
  )
    return [];
  const swapped = text.replace(/\b(Microsoft|OpenAI)\b/g, (w) => (w === 'Microsoft' ? 'OpenAI' : 'Microsoft'));
  return [{ kind: 'parties', text: swapped, change: 'Microsoft ↔ OpenAI' }];
}

/** A rival for Amazon where a matched fact names Amazon in its role (its investor, cloud partner, chip maker). */
export function rivalMutants(text: string, matched: readonly Fact[]): Mutant[] {
  if (!matched.some((f) => f.actor === 'amazon' || f.target === 'amazon')) return [];
  if (/\bGoogle\b/.test(text)) return [];
  const out: Mutant[] = [];
  const m = /\b(Amazon Web Services|AWS|Amazon)\b/.exec(text);
  if (m) {
    const by = m[1] === 'Amazon' ? 'Google' : 'Google Cloud';
    const mutated = text.replace(/\bAmazon Web Services\b|\bAWS\b|\bAmazon\b/g, (w) => (w === 'Amazon' ? 'Google' : 'Google Cloud'));
    out.push({ kind: 'rival', text: mutated, change: `${m[1]} → ${by}` });
  }
  const chips = /\bTrainium\b/.exec(text);
  if (chips) out.push({ kind: 'rival', text: text.replace(/\bTrainium\b/g, 'Nvidia'), change: 'Trainium → Nvidia' });
  return out;
}

/** One polarity word turned round (each a mutant of its own). */
const POLARITY: [RegExp, string][] = [
  [/\bnon[-‑ ]?exclusive(ly)?\b/i, 'exclusive$1'],
  [/\bno longer\b/i, 'still'],
  [/\bwill continue to\b/i, 'will stop'],
  [/\bcontinues to\b/i, 'no longer continues to'],
  [/\bkeeps paying\b/i, 'stops paying'],
  [/\bcannot\b/i, 'can'],
  [/\bcan(?! not)\b/i, 'cannot'],
  [/\buncapped\b/i, 'capped'],
  [/\bcapped\b/i, 'uncapped'],
  [/\bends\b/i, 'keeps'],
  [/\bended\b/i, 'kept'],
  [/\bwill stop\b/i, 'will keep'],
  [/\bstopped\b/i, 'kept'],
  [/\bremains\b/i, 'no longer remains'],
  [/\bsurged\b/i, 'shrunk'],
  [/\bfell\b/i, 'rose'],
  [/\bdropped\b/i, 'rose'],
];

export function polarityMutants(text: string): Mutant[] {
  const out: Mutant[] = [];
  for (const [re, by] of POLARITY) {
    const m = re.exec(text);
    if (!m) continue;
    const replaced = m[0].replace(re, by);
    const cased = /^[A-Z]/.test(m[0]) ? replaced[0]!.toUpperCase() + replaced.slice(1) : replaced;
    out.push({ kind: 'polarity', text: splice(text, m.index, m.index + m[0].length, cased), change: `${m[0]} → ${cased}` });
  }
  return out;
}

/** A person's office the matched facts give, another office. */
const OFFICES: [RegExp, string][] = [
  [/\bchief revenue officer\b/i, 'chief technology officer'],
  [/\bchief executive(?: officer)?\b/i, 'chief financial officer'],
  [/\bCEO\b/, 'CFO'],
  [/\bCRO\b/, 'CTO'],
];

export function officeMutants(text: string, matched: readonly Fact[]): Mutant[] {
  if (!matched.some((f) => f.topic === 'people')) return [];
  const out: Mutant[] = [];
  for (const [re, by] of OFFICES) {
    const m = re.exec(text);
    if (m) out.push({ kind: 'office', text: splice(text, m.index, m.index + m[0].length, by), change: `${m[0]} → ${by}` });
  }
  return out;
}

/** Every single-detail mutant of a sentence whose claim matched these facts. */
export function mutants(text: string, matched: readonly Fact[], pack: readonly Fact[]): Mutant[] {
  const all = [
    ...figureMutants(text, matched, pack),
    ...yearMutants(text, matched, pack),
    ...monthMutants(text, matched),
    ...weekdayMutants(text, matched),
    ...partyMutants(text, matched),
    ...rivalMutants(text, matched),
    ...polarityMutants(text),
    ...officeMutants(text, matched),
  ];
  const seen = new Set<string>([text]);
  return all.filter((m) => !seen.has(m.text) && (seen.add(m.text), true));
}

/** The past tense of the sources' statements of the old terms, told in the present (an old page's own day). */
const PRESENT: [RegExp, string][] = [
  [
    /^(?:Under the (?:original|previous|old|earlier) (?:agreement|deal|terms)|Before the revision|Previously|Originally|Until the revision),?\s*/i,
    '',
  ],
  [/\bhad\b/g, 'has'],
  [/\bwas\b/g, 'is'],
  [/\bwere\b/g, 'are'],
  [/\bpaid\b/g, 'pays'],
  [/\breceived\b/g, 'receives'],
  [/\bran\b/g, 'runs'],
  [/\bprohibited\b/g, 'prohibits'],
  [/\bbarred\b/g, 'bars'],
  [/\bprovided\b/g, 'provides'],
  [/\brequired\b/g, 'requires'],
  [/\bgave\b/g, 'gives'],
  [/\bowned\b/g, 'owns'],
  [/\bheld\b/g, 'holds'],
];

/**
 * A statement of the old terms as an old page tells it, or null where it tells no term in the present: nothing of it
 * was in the past tense (a paraphrase already told as history: "used to pay", "served as"), or it names terms
 * later than the old page (the October 2025 terms).
 */
export function presentTense(statement: string): string | null {
  if (/\bOctober 2025\b|\bused to\b/i.test(statement)) return null;
  let s = statement.replace(PRESENT[0]![0], PRESENT[0]![1]);
  const framed = s;
  for (const [re, by] of PRESENT.slice(1)) s = s.replace(re, by);
  s = s.trim();
  if (!s || s === framed.trim()) return null;
  return s[0]!.toUpperCase() + s.slice(1);
}
