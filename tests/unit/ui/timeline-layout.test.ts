import { describe, expect, it } from 'vitest';
import type { Fact, FactPack } from '../../../src/facts/schema';
import { layoutTimeline, timelineEvents } from '../../../src/ui/facts/timeline-layout';

const fact = (id: string, values: Fact['values'], statement = `Statement of ${id} about the deal.`): Fact => ({
  id,
  statement,
  topic: 'investment',
  era: 'any',
  polarity: 'positive',
  values,
  keywords: [['x']],
  paraphrases: [],
  evidence: [{ source: 's', quote: 'a quote long enough', stance: 'supports' }],
});
const pack = (facts: Fact[]): FactPack => ({ version: 1, name: 't', sources: [], facts });

describe('timeline', () => {
  it('takes facts dated by a month or happening in a year, in time order; not "until"/"by" years or years outside 2019–2026', () => {
    const events = timelineEvents(
      pack([
        fact('later', [{ kind: 'month', value: '2026-02' }]),
        fact('until', [{ kind: 'year', value: 2032, relation: 'until' }]),
        fact('first', [{ kind: 'year', value: 2019, relation: 'in' }]),
        fact('mid', [
          { kind: 'month', value: '2023-01' },
          { kind: 'year', value: 2030, relation: 'by' },
        ]),
        fact('old', [{ kind: 'month', value: '2015-06' }]),
        fact('none', [{ kind: 'percent', value: 27, hedge: 'about' }]),
      ]),
    );
    expect(events.map((e) => [e.factId, e.date])).toEqual([
      ['first', '2019'],
      ['mid', '2023-01'],
      ['later', '2026-02'],
    ]);
  });

  it('places events by date along the axis, one row each, and wraps a label where its side has no room, never cutting it', () => {
    const long = 'A very long statement '.repeat(10).trim();
    const layout = layoutTimeline(
      timelineEvents(pack([fact('a', [{ kind: 'month', value: '2019-01' }]), fact('b', [{ kind: 'month', value: '2023-01' }], long)])),
      { width: 960 },
    );
    const [a, b] = layout.events;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(layout.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(a!.lines).toEqual([`2019-01 ${a!.label}`]);
    expect(b!.lines.length).toBeGreaterThan(1);
    expect(b!.lines.join(' ')).toBe(`2023-01 ${long}`);
    expect(layout.height).toBeGreaterThan(b!.y + (b!.lines.length - 1) * 15);
  });

  it("never lays a label across a later event's leader line", () => {
    const events = timelineEvents(
      pack([
        fact('a', [{ kind: 'month', value: '2019-01' }], 'Microsoft invested $1 billion in OpenAI in 2019 and more later on.'),
        fact('b', [{ kind: 'month', value: '2020-06' }]),
        fact('c', [{ kind: 'month', value: '2023-01' }]),
      ]),
    );
    const layout = layoutTimeline(events, { width: 960 });
    for (const [i, e] of layout.events.entries()) {
      const longest = Math.max(...e.lines.map((l) => l.length)) * 6.4;
      const [from, to] = e.anchor === 'start' ? [e.x + 8, e.x + 8 + longest] : [e.x - 8 - longest, e.x - 8];
      for (const later of layout.events.slice(i + 1)) if (later.x > e.x) expect(later.x < from || later.x > to).toBe(true);
    }
  });
});
