import { describe, expect, it } from 'vitest';
import type { Fact, FactPack } from '../../../src/facts/schema';
import { layoutTimeline, timelineEvents } from '../../../src/ui/facts/timeline';

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
        fact('mid', [{ kind: 'month', value: '2023-01' }, { kind: 'year', value: 2030, relation: 'by' }]),
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

  it('places events by date along the axis, one row each, and shortens a label only where its row has no room', () => {
    const long = 'A very long statement '.repeat(10);
    const layout = layoutTimeline(
      timelineEvents(pack([fact('a', [{ kind: 'month', value: '2019-01' }]), fact('b', [{ kind: 'month', value: '2023-01' }], long)])),
      { width: 960 },
    );
    const [a, b] = layout.events;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(layout.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(a!.text).toBe(a!.label);
    expect(b!.text.endsWith('…')).toBe(true);
    expect(b!.text.length).toBeLessThan(long.length);
  });
});
