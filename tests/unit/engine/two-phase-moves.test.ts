/** A sentence telling a share move in two trading phases ("fell 1% at the open, after dropping 4% in pre-market
 * trading") is read phase by phase (src/engine/details.ts phaseMoves), never by its first figure against the phase
 * read first. */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('share moves told in two phases', () => {
  it('never disputes the sources’ two figures told open first', () => {
    for (const text of [
      'Microsoft shares fell nearly 1% at the open on Monday, after dropping nearly 4% in pre-market trading.',
      'Microsoft shares fell nearly 1% at the open on Monday after dropping nearly 4% in pre-market trading.',
      'Microsoft shares fell nearly 1% at the open on Monday, having dropped nearly 4% in pre-market trading.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });

  it('still disputes a phase’s wrong figure', () => {
    expect(verdictOf('Microsoft shares fell nearly 6% at the open on Monday, after dropping nearly 4% in pre-market trading.')).toBe(
      'conflicting',
    );
    expect(verdictOf('Microsoft shares fell nearly 1% at the open on Monday, after dropping nearly 9% in pre-market trading.')).toBe(
      'conflicting',
    );
  });
});
