import { describe, expect, it } from 'vitest';
import { BACKGROUND_MESSAGES, isMessageOf } from '../../src/messages';

describe('messages', () => {
  it('the background takes only its own message types, and nothing that merely looks like a message', () => {
    expect(isMessageOf({ type: 'scan', runs: [], sensitivity: 'balanced', pageDate: null }, BACKGROUND_MESSAGES)).toBe(true);
    expect(isMessageOf({ type: 'get-result', tabId: 3 }, BACKGROUND_MESSAGES)).toBe(true);
    for (const other of [
      { type: 'reveal-claim', index: 0 },
      { type: 'frame-ping' },
      { type: 'constructor' },
      { type: 7 },
      {},
      null,
      'scan',
      undefined,
    ]) {
      expect(isMessageOf(other, BACKGROUND_MESSAGES)).toBe(false);
    }
  });

  it("a content script's listener takes only the types it names", () => {
    expect(isMessageOf({ type: 'frame-ping' }, ['frame-ping'])).toBe(true);
    expect(isMessageOf({ type: 'step-claim', direction: 1 }, ['frame-ping'])).toBe(false);
  });
});
