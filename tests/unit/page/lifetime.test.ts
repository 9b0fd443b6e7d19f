/**
 * The content script's lifetime ends when the extension goes away (its runtime id is gone), and only then.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PageLifetime } from '../../../src/page/lifetime';

describe("the content script's lifetime", () => {
  const id = fakeBrowser.runtime.id;
  afterEach(() => {
    (fakeBrowser.runtime as { id?: string }).id = id;
  });

  it('goes on while the extension is there, and ends (once, calling every listener) when its id is gone', () => {
    const life = new PageLifetime();
    let ended = 0;
    life.onInvalidated(() => ended++);
    expect(life.isInvalid).toBe(false);
    expect(life.isInvalid).toBe(false);
    expect(ended).toBe(0);
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    expect(life.isInvalid).toBe(true);
    expect(life.isInvalid).toBe(true);
    expect(life.signal.aborted).toBe(true);
    expect(ended).toBe(1);
    // A listener added afterwards runs at once.
    life.onInvalidated(() => ended++);
    expect(ended).toBe(2);
  });

  it("listens for nothing a page can send: WXT's stand-in context is inert", async () => {
    const { ContentScriptContext } = await import('../../../src/page/wxt-context');
    const ctx = new ContentScriptContext('content', {}) as unknown as Record<string, unknown>;
    expect(Object.keys(ctx).sort()).toEqual(['contentScriptName', 'options']);
  });

  it('a timer set through it does not fire once it has ended', async () => {
    const life = new PageLifetime();
    let fired = false;
    life.setTimeout(() => (fired = true), 5);
    life.end();
    await new Promise((r) => setTimeout(r, 20));
    expect(fired).toBe(false);
  });
});
