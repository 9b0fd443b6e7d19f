/** An end year told through other verbs ("lapses in", "runs out in", "expires at the end of") is an end: compared with
 * the fact's "until" year (vocabulary yearRelations.until; the licence fact's keywords take expir/lapse/run out). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';
import { readYears } from '../../../src/engine/values';

describe('end years through other verbs', () => {
  it('reads the year as an end', () => {
    for (const s of ['The licence lapses in 2030.', 'The licence runs out in 2030.', 'The licence expires at the end of 2030.'])
      expect(readYears(s)[0]?.relation, s).toBe('until');
  });
  it('a wrong end is disputed, the sources’ end corroborated', () => {
    for (const verb of ['lapses in', 'runs out in', 'expires at the end of']) {
      expect(verdictOf(`Microsoft's licence to OpenAI's IP ${verb} 2030.`), verb).toBe('conflicting');
      expect(verdictOf(`Microsoft's licence to OpenAI's IP ${verb} 2032.`), verb).toBe('corroborated');
    }
  });
});
