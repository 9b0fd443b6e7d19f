/** A thing the sentence gives one partner that the facts confirming it give only to the other is the roles turned
 * round (src/engine/belongings.ts, vocabulary cues.belongings). */
import { describe, expect, it } from 'vitest';
import { bundledEngine, verdictOf } from './bundled-engine';
import { belongingsOf, wrongOwner } from '../../../src/engine/belongings';
import { bundledPack } from '../../../src/facts/bundled';

const fact = (id: string) => bundledPack.facts.find((f) => f.id === id)!;
const names = { microsoft: 'Microsoft', openai: 'OpenAI', amazon: 'Amazon' };

describe("a partner's own things", () => {
  it('reads a possessive or a determiner before the name, then a thing one party alone has (a person, an office)', () => {
    expect(belongingsOf("OpenAI's chief revenue officer Denise Dresser wrote to Microsoft's CEO.").map((b) => [b.party, b.thing])).toEqual([
      ['openai', 'chief revenue'],
      ['microsoft', 'ceo'],
    ]);
    expect(belongingsOf('A Microsoft spokesperson pointedly said so.').map((b) => b.thing)).toEqual(['spokesperson']);
    // No determiner: "Microsoft invested" is no thing of Microsoft's.
    expect(belongingsOf('Microsoft invested in OpenAI.')).toEqual([]);
    // Things either partner may be said to have are never one's.
    expect(belongingsOf("OpenAI's partnership with Microsoft")).toEqual([]);
    expect(belongingsOf("OpenAI's license to Microsoft's IP")).toEqual([]);
  });

  it('disputes a thing given to the other partner than the confirming facts give it, naming both', () => {
    for (const text of [
      'A OpenAI spokesperson said the company was confident Microsoft understands the importance of fulfilling its legal obligations.',
      "Denise Dresser, Microsoft's chief revenue officer, wrote that the OpenAI partnership limited Microsoft's ability to serve customers.",
    ])
      expect(verdictOf(text), text).toBe('conflicting');
    const [claim] = bundledEngine.scan([
      "Denise Dresser, Microsoft's chief revenue officer, wrote that the OpenAI partnership limited Microsoft's ability to serve customers.",
    ]);
    expect(claim?.explanation).toMatchObject({
      differences: [{ what: 'party', claimed: "Microsoft's chief revenue officer", sources: 'OpenAI’s chief revenue officer' }],
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

  it('never reads as one party’s a thing either partner may be said to have (an adjective before a joint thing, a share or payment, a licence told by the word after it)', () => {
    for (const text of [
      "OpenAI's exclusive pact with Microsoft dates from 2019.",
      "Microsoft's exclusive cloud arrangement with OpenAI has ended.",
      "Microsoft's financial ties with OpenAI turned OpenAI into a commercial arm of Microsoft, Musk argues.",
      "Microsoft's primary cloud partnership with OpenAI continues.",
      "Microsoft's primary cloud customer remains OpenAI.",
      "Microsoft's long-standing strategic relationship with OpenAI continues.",
      "OpenAI's share of revenue paid to Microsoft stays at 20% until 2030.",
      'The OpenAI share of revenue paid to Microsoft is 20%.',
      "Microsoft's payments from OpenAI are capped at an undisclosed total.",
      "Microsoft's revenue share from OpenAI stays at 20% until 2030.",
      "OpenAI's licence to Microsoft now runs non-exclusively until 2032.",
      'The OpenAI licence that Microsoft holds remains valid until 2032.',
      "OpenAI's IP licence granted to Microsoft remains valid until 2032.",
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });

  it('is silent where the facts give the thing to no one, or to both', () => {
    const licence = [fact('ip-licence-valid-until-2032')];
    expect(wrongOwner("OpenAI's board agreed that the licence runs until 2032.", licence, names)).toBeNull();
    expect(wrongOwner("Microsoft's licence and OpenAI's licence run until 2032.", licence, names)).toBeNull();
  });
});
