/**
 * The partnership's timeline: events are facts dated by a month (`2023-01`) or happening in a year
 * (`year` value with relation `in`), between the first and last year shown. Pure: the Facts page
 * draws what `layoutTimeline` computes.
 */
import type { Fact, FactPack } from '../../facts/schema';

export const TIMELINE_FROM = 2019;
export const TIMELINE_TO = 2026;

export interface TimelineEvent {
  /** `YYYY` or `YYYY-MM`, as precise as the fact. */
  date: string;
  /** Position in years: 2023-01 → 2023 + 0.5/12; a bare year → its middle. */
  at: number;
  factId: string;
  label: string;
}

function eventDate(fact: Fact): string | null {
  const month = fact.values.find((v) => v.kind === 'month');
  if (month?.kind === 'month') return month.value;
  const year = fact.values.find((v) => v.kind === 'year' && v.relation === 'in');
  return year?.kind === 'year' ? String(year.value) : null;
}

function position(date: string): number {
  const [y, m] = date.split('-').map(Number);
  return m ? (y ?? 0) + (m - 0.5) / 12 : (y ?? 0) + 0.5;
}

/** The pack's dated events within the timeline's years, in time order (ties: pack order). */
export function timelineEvents(pack: FactPack, from = TIMELINE_FROM, to = TIMELINE_TO): TimelineEvent[] {
  return pack.facts
    .flatMap((fact) => {
      const date = eventDate(fact);
      if (!date) return [];
      const at = position(date);
      return at >= from && at < to + 1 ? [{ date, at, factId: fact.id, label: fact.statement }] : [];
    })
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.at - b.e.at || a.i - b.i)
    .map(({ e }) => e);
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  years: { year: number; x: number }[];
  /**
   * `lines`: the label as drawn, wrapped where its side has no room for all of it (never cut: the date
   * first, then the statement); `text` is the whole label. `y` is the baseline of the first line.
   */
  events: (TimelineEvent & { x: number; y: number; anchor: 'start' | 'end'; text: string; lines: string[] })[];
}

/** Words into lines of at most `max` characters (a longer word keeps its own line). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Years along a horizontal axis; each event a dot on the axis and its label on its own row below, with a
 * leader line down to it. Events are in time order, so the lines of later events lie right of a dot and
 * reach further down: a label to the left of its dot crosses none of them, and one to its right only
 * fits before the next later event's line. A label goes left where it fits, else right where it fits,
 * else to the side with more room, wrapped over as many lines as it needs (never cut).
 */
export function layoutTimeline(
  events: TimelineEvent[],
  { width = 960, from = TIMELINE_FROM, to = TIMELINE_TO, margin = 24, row = 26, lineHeight = 15, axisY = 40, charWidth = 6.4 } = {},
): TimelineLayout {
  const span = to + 1 - from;
  const x = (at: number) => margin + ((at - from) / span) * (width - 2 * margin);
  const years = Array.from({ length: span + 1 }, (_, i) => ({ year: from + i, x: x(from + i) }));
  let y = axisY + 30;
  const laid = events.map((e, i) => {
    const ex = x(e.at);
    const full = `${e.date} ${e.label}`;
    const nextX =
      events
        .slice(i + 1)
        .map((n) => x(n.at))
        .find((nx) => nx > ex) ?? width - margin;
    const right = nextX - ex - 8;
    const left = ex - margin - 8;
    const need = full.length * charWidth;
    const anchor: 'start' | 'end' = need <= left ? 'end' : need <= right ? 'start' : right > left ? 'start' : 'end';
    const room = Math.max(12, Math.floor((anchor === 'start' ? right : left) / charWidth));
    const lines = wrap(full, room);
    const at = y;
    y += row + (lines.length - 1) * lineHeight;
    return { ...e, x: ex, y: at, anchor, text: full, lines };
  });
  return { width, height: y + 8, axisY, years, events: laid };
}
