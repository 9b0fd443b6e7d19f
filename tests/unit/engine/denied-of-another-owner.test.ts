/** A denial whose subject is one party's thing ("Microsoft's board did not…") where the fact gives that thing to the
 * other party ("OpenAI's board briefly ousted Sam Altman") denies something of another owner: the fact neither
 * confirms nor disputes it (src/engine/judge.ts deniedOfOtherOwner). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('a denial of another owner’s thing', () => {
  it('is not disputed by the fact giving that thing to the other party', () => {
    for (const text of ["Microsoft's board did not oust Altman; OpenAI's did, in November.", "Microsoft's board never ousted Sam Altman."])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });

  it('is disputed where the sentence denies the fact’s own owner', () => {
    expect(verdictOf("OpenAI's board did not oust Altman in November 2023.")).toBe('conflicting');
  });
});
