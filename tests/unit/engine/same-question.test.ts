import { describe, expect, it } from 'vitest';
import { detect, emptyContext } from '../../../src/engine/detect';
import { AnsweredQuestions, questionKey } from '../../../src/engine/same-question';

describe('the same question asked of the facts', () => {
  const text = 'Microsoft and OpenAI revised their deal';
  const d = detect(text, emptyContext());

  it('is the same question for the same text, reading and era', () => {
    const again = detect(text, emptyContext());
    expect(questionKey(text, again, undefined, again, '', true, new Set())).toBe(questionKey(text, d, undefined, d, '', true, new Set()));
  });

  it('is another question where the era, the year, the figures, the topics met by figure or the reading differ', () => {
    const key = questionKey(text, d, undefined, d, '', true, new Set());
    const others = [
      questionKey(text, d, 'original', d, '', true, new Set()),
      questionKey(text, d, null, d, '', true, new Set()),
      questionKey(text, d, 'original', d, '2019', true, new Set()),
      questionKey(text, d, undefined, d, '', false, new Set()),
      questionKey(text, d, undefined, d, '', true, new Set(['stake'])),
      questionKey(text, { ...d, implicit: !d.implicit }, undefined, d, '', true, new Set()),
      questionKey(text, { ...d, partnership: !d.partnership }, undefined, d, '', true, new Set()),
      questionKey(text, { ...d, carried: ['openai'] }, undefined, d, '', true, new Set()),
      questionKey(text, { ...d, topic: 'licence' }, undefined, d, '', true, new Set()),
      questionKey(text, d, undefined, { ...d, parties: new Set(['microsoft' as const]) }, '', true, new Set()),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });

  it('is answered once while remembered, null answers included, and again once the memory is full', () => {
    let judged = 0;
    const answered = new AnsweredQuestions<string | null>(2);
    const ask = (k: string) => answered.answer(k, () => (judged++, k === 'none' ? null : k.toUpperCase()));
    expect([ask('a'), ask('a'), ask('none'), ask('none')]).toEqual(['A', 'A', null, null]);
    expect(judged).toBe(2);
    ask('b'); // full: forgets
    ask('a');
    expect(judged).toBe(4);
  });
});
