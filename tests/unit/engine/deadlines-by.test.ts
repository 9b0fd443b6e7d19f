/** An end dated by its year is a deadline (src/engine/values.ts DEADLINE): besides "stop paying in 2030", a verb of
 * ending before "by" the year ("will stop paying … by 2030") and a sentence opened by "In 2030," or "By 2030" before that
 * verb say the payments go on until then; another year is still set against the sources' end (a year opening the
 * sentence after one word, "Until 2028 OpenAI…", dates its main clause: judge.ts dateClause). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('an end by or in a year', () => {
  it('is the payments’ end, confirmed by it', () => {
    for (const text of [
      'OpenAI will stop paying Microsoft a revenue share by 2030.',
      "OpenAI's revenue-share payments to Microsoft will end by 2030.",
      "In 2030, OpenAI's revenue-share payments to Microsoft will end.",
      'In 2030 OpenAI will stop sharing revenue with Microsoft.',
      'By 2030 OpenAI will have stopped paying Microsoft a revenue share.',
      'OpenAI pays Microsoft 20% of its revenue, a rate that will hold until 2030 when the payments stop.',
    ])
      expect(verdictOf(text), text).toBe('corroborated');
  });

  it('is disputed with an earlier year', () => {
    for (const text of [
      'OpenAI will stop paying Microsoft a revenue share by 2027.',
      "OpenAI's revenue-share payments to Microsoft will end by 2028.",
      "In 2028, OpenAI's revenue-share payments to Microsoft will end.",
      'By 2028 OpenAI will have stopped paying Microsoft a revenue share.',
      'Until 2028 OpenAI will keep paying Microsoft a revenue share.',
    ])
      expect(verdictOf(text), text).toBe('conflicting');
  });
});
