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
  /** `text` is the label as drawn: shortened with "…" where the row has no room for all of it. */
  events: (TimelineEvent & { x: number; y: number; anchor: 'start' | 'end'; text: string })[];
}

/**
 * Years along a horizontal axis; each event a dot on the axis and its label on its own row below,
 * with a leader line down to it. A label runs right of its dot where it fits, else to the side
 * with more room, shortened to fit (the full text is in the list under the picture).
 */
export function layoutTimeline(
  events: TimelineEvent[],
  { width = 960, from = TIMELINE_FROM, to = TIMELINE_TO, margin = 24, row = 26, axisY = 40, charWidth = 6.4 } = {},
): TimelineLayout {
  const span = to + 1 - from;
  const x = (at: number) => margin + ((at - from) / span) * (width - 2 * margin);
  const years = Array.from({ length: span + 1 }, (_, i) => ({ year: from + i, x: x(from + i) }));
  const laid = events.map((e, i) => {
    const ex = x(e.at);
    const full = `${e.date} ${e.label}`;
    const right = width - margin - ex - 8;
    const left = ex - margin - 8;
    const anchor: 'start' | 'end' = full.length * charWidth <= right || right >= left ? 'start' : 'end';
    const room = Math.floor((anchor === 'start' ? right : left) / charWidth);
    const label = full.length <= room ? e.label : `${e.label.slice(0, Math.max(0, room - e.date.length - 2)).trimEnd()}…`;
    return { ...e, x: ex, y: axisY + 30 + i * row, anchor, text: label };
  });
  return { width, height: axisY + 30 + events.length * row + 8, axisY, years, events: laid };
}
