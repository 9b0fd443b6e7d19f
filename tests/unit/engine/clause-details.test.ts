/** A detail of one clause asked of that clause: a date, a day or a move's figure the facts that speak to it give
 * otherwise disputes the sentence, naming that clause, however true another clause is (src/engine/engine.ts
 * judgeClauses, src/engine/details.ts). */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';

const stake =
  "When OpenAI overhauled its structure in October 2025, Microsoft's holding in the for-profit entity was put at roughly 27 per cent";
const amazon = (month: string) =>
  `Amazon said at the end of ${month} it would invest 50 billion dollars in OpenAI, beginning with a 15 billion dollar tranche and releasing the remainder once certain conditions are met.`;
const shares = 'Microsoft shares dropped almost 4% in premarket trading before paring losses to about 1% at the open';

describe('a detail of one clause beside a true clause', () => {
  it("disputes the clause's date or move the facts give otherwise, naming that clause", () => {
    const text = `${stake}, while ${amazon('June')}`;
    expect(verdictOf(text)).toBe('conflicting');
    const [claim] = bundledEngine.scan([text]);
    expect(claim?.explanation).toMatchObject({ clause: expect.stringMatching(/^Amazon said at the end of June/) });
    expect(verdictOf(`${shares}, while Amazon stock also slipped nearly 3% after the opening bell on Monday.`)).toBe('conflicting');
  });

  it('leaves both clauses confirmed where each detail is the sources’', () => {
    expect(verdictOf(`${stake}, while ${amazon('February')}`)).toBe('corroborated');
    expect(verdictOf(`${shares}, while Amazon stock also slipped nearly 1% after the opening bell on Monday.`)).toBe('corroborated');
  });
});
