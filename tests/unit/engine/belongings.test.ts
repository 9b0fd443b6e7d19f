/** A thing the sentence gives one partner that the facts confirming it give only to the other is the roles turned
 * round (src/engine/belongings.ts, vocabulary cues.belongings). */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';
import { belongingsOf, wrongOwner } from '../../../src/engine/belongings';
import { bundledPack } from '../../../src/facts/bundled';

const fact = (id: string) => bundledPack.facts.find((f) => f.id === id)!;
const names = { microsoft: 'Microsoft', openai: 'OpenAI', amazon: 'Amazon' };

describe("a partner's own things", () => {
  it('reads a possessive or a determiner before the name, the thing by its first two words', () => {
    expect(belongingsOf("OpenAI's license to Microsoft's IP").map((b) => [b.party, b.thing])).toEqual([
      ['openai', 'licence'],
      ['microsoft', 'ip'],
    ]);
    expect(belongingsOf('A Microsoft spokesperson pointedly said so.').map((b) => b.thing)).toEqual(['spokesperson']);
    expect(belongingsOf("Microsoft's IP licence still runs.").map((b) => b.thing)).toEqual(['ip licence']);
    // No determiner: "Microsoft invested" is no thing of Microsoft's.
    expect(belongingsOf('Microsoft invested in OpenAI.')).toEqual([]);
    // Things both partners have are never one's.
    expect(belongingsOf("OpenAI's partnership with Microsoft")).toEqual([]);
  });

  it('disputes a thing given to the other partner than the confirming facts give it, naming both', () => {
    for (const text of [
      "OpenAI's license to Microsoft's intellectual property becomes non-exclusive and remains valid until 2032.",
      'OpenAI remains Microsoft’s primary cloud partner.',
      'A OpenAI spokesperson said the company was confident Microsoft understands the importance of fulfilling its legal obligations.',
      "Denise Dresser, Microsoft's chief revenue officer, wrote that the OpenAI partnership limited Microsoft's ability to serve customers.",
    ])
      expect(verdictOf(text), text).toBe('conflicting');
    const [claim] = bundledEngine.scan(['OpenAI remains Microsoft’s primary cloud partner.']);
    expect(claim?.explanation).toMatchObject({
      differences: [
        { what: 'party', claimed: expect.stringMatching(/^Microsoft.s primary cloud partner$/), sources: 'OpenAI’s primary cloud partner' },
      ],
    });
  });

  it('keeps the true sentences corroborated', () => {
    for (const text of [
      "Microsoft's license to OpenAI's intellectual property becomes non-exclusive and remains valid until 2032.",
      'Microsoft remains OpenAI’s primary cloud partner.',
      "Microsoft's IP licence still runs until 2032, though it is no longer exclusive.",
      "OpenAI's chief revenue officer Denise Dresser wrote that the Microsoft partnership limited OpenAI's ability to serve customers where they are.",
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('is silent where the facts give the thing to no one, or to both', () => {
    const licence = [fact('ip-licence-valid-until-2032')];
    expect(wrongOwner("OpenAI's board agreed that the licence runs until 2032.", licence, names)).toBeNull();
    expect(wrongOwner("Microsoft's licence and OpenAI's licence run until 2032.", licence, names)).toBeNull();
  });
});
