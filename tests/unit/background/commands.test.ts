import { describe, expect, it } from 'vitest';
import { stepMessageFor } from '../../../src/background/commands';

describe('keyboard commands', () => {
  it('turn next-claim and previous-claim into steps forward and back, and nothing else', () => {
    expect(stepMessageFor('next-claim')).toEqual({ type: 'step-claim', direction: 1 });
    expect(stepMessageFor('previous-claim')).toEqual({ type: 'step-claim', direction: -1 });
    expect(stepMessageFor('_execute_action')).toBeNull();
  });

  it("turn toggle-highlights into hiding or showing the page's highlights", () => {
    expect(stepMessageFor('toggle-highlights')).toEqual({ type: 'toggle-highlights' });
  });
});
