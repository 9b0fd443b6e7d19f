import { describe, expect, it } from 'vitest';
import { detect, emptyContext, nextContext, type PartyContext } from '../../../src/engine/detect';
import { findParties } from '../../../src/engine/parties';

const after = (first: string): PartyContext => nextContext(first, detect(first, emptyContext()), emptyContext());

describe('parties', () => {
  it('knows the parties by their other names', () => {
    const names = (t: string) => [...new Set(findParties(t).map((m) => m.party))];
    expect(names('Redmond and the ChatGPT maker')).toEqual(['microsoft', 'openai']);
    expect(names('Satya Nadella met Sam Altman')).toEqual(['microsoft', 'openai']);
    expect(names('AWS will distribute GPT-5')).toEqual(['amazon', 'openai']);
    expect(names('Azure hosts the models')).toEqual(['microsoft']);
  });
});

describe('detect', () => {
  it('sees a pair and partnership vocabulary', () => {
    const d = detect('Microsoft will no longer pay OpenAI a share of revenue.', emptyContext());
    expect(d).toMatchObject({ pair: true, vocabulary: true, partnership: true, otherDeal: false });
  });

  it('does not count Amazon alone, or OpenAI with another company, as the partnership', () => {
    expect(detect('Amazon invested $4 billion in Anthropic.', emptyContext()).pair).toBe(false);
    expect(detect('Nvidia will invest $100 billion in OpenAI.', emptyContext()).otherDeal).toBe(true);
    expect(detect('OpenAI can sell on rival platforms like AWS and Google Cloud.', emptyContext()).otherDeal).toBe(false);
  });

  it('resolves "It" and "The company" to the party named before', () => {
    const ctx = after('Microsoft described the revision as a simplification.');
    const d = detect('It will no longer pay revenue share to OpenAI.', ctx);
    expect(d.pair).toBe(true);
    expect(d.resolved).toBe('Microsoft will no longer pay revenue share to OpenAI.');
    expect(detect('The company will stop paying OpenAI.', ctx).resolved).toBe('Microsoft will stop paying OpenAI.');
  });

  it('resolves "It" to the other side when the sentence names the first', () => {
    const ctx = after('Microsoft and OpenAI updated their deal.');
    expect(detect('It will keep paying Microsoft until 2030.', ctx).resolved).toBe('OpenAI will keep paying Microsoft until 2030.');
  });

  it('brings both parties back for "The two companies" and "Both sides"', () => {
    const ctx = after('Microsoft and OpenAI updated their deal.');
    expect(detect('The two companies said the revision simplifies their cooperation.', ctx).pair).toBe(true);
  });

  it('names a described party and its partner ("The tech giant will pay its partner")', () => {
    const ctx = after('OpenAI and Microsoft signed new terms on Tuesday.');
    const sentence = 'The tech giant will pay its partner a cut of revenue.';
    const d = detect(sentence, ctx);
    expect(d.pair).toBe(true);
    expect(d.named.replace(/ +/g, ' ')).toBe('Microsoft will pay OpenAI a cut of revenue.');
    // The next sentence's lead comes from names on the page: none here, so it stays the one named before.
    expect(nextContext(sentence, d, ctx).lead).toBe('openai');
  });

  it('does not treat a pronoun after a named party as a reference', () => {
    const ctx = after('Microsoft said so.');
    expect(detect('OpenAI said it would comment later.', ctx).carried).toEqual([]);
  });
});
