/**
 * A frame's claims leave the tab's results, and the badge, when the frame's document goes away (its port
 * closes, or it says so on pagehide); after a restart, frames that no longer answer are forgotten.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkFrames,
  followFramePort,
  followResultsWithBadge,
  handleMessage,
  isStale,
  restoreBadges,
  type FramePort,
} from '../../../src/background/main';
import { getTabView, removeFrameResult, setFrameResult } from '../../../src/tab-results';
import { FRAME_PORT } from '../../../src/messages';
import { claim } from '../ui/claims-fixture';

/** A port as the background sees one a content script opened, which the test can close. */
function port(name: string, tabId: number, frameId: number): FramePort & { close(): void } {
  const listeners: (() => void)[] = [];
  return {
    name,
    sender: { tab: { id: tabId }, frameId },
    onDisconnect: { addListener: (listener) => listeners.push(listener) },
    close: () => listeners.forEach((listener) => listener()),
  };
}

/** Resolves once the tab's stored results satisfy `ok` (the port's listener does not return its work). */
async function until(tabId: number, ok: (verdicts: string[] | null) => boolean): Promise<string[] | null> {
  for (let i = 0; i < 50; i++) {
    const verdicts = (await getTabView(tabId))?.claims.map((c) => c.verdict) ?? null;
    if (ok(verdicts)) return verdicts;
    await new Promise((r) => setTimeout(r, 0));
  }
  return (await getTabView(tabId))?.claims.map((c) => c.verdict) ?? null;
}

describe('when a frame goes away', () => {
  let tabId: number;
  beforeEach(async () => {
    fakeBrowser.reset();
    followResultsWithBadge();
    tabId = (await fakeBrowser.tabs.create({ url: 'https://a.test/' })).id!;
    // Every claim needs attention (disputed, sources disagree): the badge counts those.
    await setFrameResult(tabId, 0, { url: 'https://a.test/', status: 'done', claims: [claim('mixed')] });
    await setFrameResult(tabId, 7, { url: 'https://b.test/', status: 'done', claims: [claim('conflicting'), claim('mixed')] });
    await setFrameResult(tabId, 9, { url: 'https://c.test/', status: 'scanning', claims: [claim('conflicting')] });
  });
  const badge = () => fakeBrowser.action.getBadgeText({ tabId });

  it("removing one frame's result keeps the others, and the badge counts what is left", async () => {
    expect(await badge()).toBe('4');
    const view = await removeFrameResult(tabId, 7);
    expect(view?.claims.map((c) => c.verdict)).toEqual(['mixed', 'conflicting']);
    expect(view?.origins).toEqual([
      { frameId: 0, index: 0 },
      { frameId: 9, index: 0 },
    ]);
    expect(await badge()).toBe('2');
    // A frame that was still scanning no longer keeps the tab "still scanning".
    expect(view?.status).toBe('scanning');
    expect((await removeFrameResult(tabId, 9))?.status).toBe('done');
    // A frame without a result: nothing changes.
    expect((await removeFrameResult(tabId, 42))?.claims).toHaveLength(1);
  });

  it("a sub-frame saying it goes (pagehide) takes only its claims; the top frame's takes the tab's", async () => {
    expect(await handleMessage({ type: 'frame-gone' }, { tab: { id: tabId }, frameId: 7 })).toBe(true);
    expect((await getTabView(tabId))?.claims.map((c) => c.verdict)).toEqual(['mixed', 'conflicting']);
    expect(await badge()).toBe('2');
    await handleMessage({ type: 'frame-gone' }, { tab: { id: tabId }, frameId: 0 });
    expect(await getTabView(tabId)).toBeNull();
    expect(await badge()).toBe('');
  });

  it("a frame's port closing takes its claims; other ports are not ours", async () => {
    const other = port('something-else', tabId, 9);
    followFramePort(other);
    other.close();
    const frame = port(FRAME_PORT, tabId, 7);
    followFramePort(frame);
    expect(await until(tabId, (v) => v?.length === 4)).toHaveLength(4);
    frame.close();
    expect(await until(tabId, (v) => v?.length === 2)).toEqual(['mixed', 'conflicting']);
    const top = port(FRAME_PORT, tabId, 0);
    followFramePort(top);
    top.close();
    expect(await until(tabId, (v) => v === null)).toBeNull();
  });

  it('a port closed with an error (the page went into the back/forward cache) has its error read', async () => {
    // Chrome logs "Unchecked runtime.lastError" in the background unless the listener reads it.
    let read = 0;
    const runtime = fakeBrowser.runtime as unknown as object;
    const before = Object.getOwnPropertyDescriptor(runtime, 'lastError');
    Object.defineProperty(runtime, 'lastError', { configurable: true, get: () => (read++, { message: 'moved into back/forward cache' }) });
    try {
      const frame = port(FRAME_PORT, tabId, 7);
      followFramePort(frame);
      frame.close();
      expect(read).toBeGreaterThan(0);
    } finally {
      if (before) Object.defineProperty(runtime, 'lastError', before);
      else delete (runtime as { lastError?: unknown }).lastError;
    }
  });

  it('after a restart, frames that no longer answer are forgotten and those that answer stay', async () => {
    const asked: number[] = [];
    await checkFrames(tabId, async (_tab, frameId) => {
      asked.push(frameId);
      return frameId !== 9;
    });
    expect(asked.sort((a, b) => a - b)).toEqual([0, 7, 9]);
    expect((await getTabView(tabId))?.claims.map((c) => c.verdict)).toEqual(['mixed', 'conflicting', 'mixed']);
    expect(await badge()).toBe('3');
    // The top frame gone: the tab's results go.
    await checkFrames(tabId, async (_tab, frameId) => frameId !== 0);
    expect(await getTabView(tabId)).toBeNull();
  });

  it("a new page's report that comes while its frame is asked is kept, though the old page did not answer", async () => {
    // Restarted in the middle of a navigation: the old document is gone (no answer), and the new page's
    // content script reports before the answer is in. Its report is what the tab shows, not nothing (the old
    // page's frames went with it).
    await checkFrames(tabId, async (_tab, frameId) => {
      if (frameId === 0) await setFrameResult(tabId, 0, { url: 'https://a.test/next', status: 'done', claims: [] });
      return false;
    });
    const view = await getTabView(tabId);
    expect(view?.url).toBe('https://a.test/next');
    expect(view?.claims).toEqual([]);
    expect(await badge()).toBe('');
  });

  it('a restarted background asks the frames of the open tabs it holds, and forgets those gone', async () => {
    fakeBrowser.action.resetState();
    await restoreBadges(async (_tab, frameId) => frameId !== 7);
    expect((await getTabView(tabId))?.claims.map((c) => c.verdict)).toEqual(['mixed', 'conflicting']);
    expect(await badge()).toBe('2');
  });

  it('a tab update without a new URL keeps them (Chromium says "loading" when a sub-frame navigates)', () => {
    expect(isStale({ status: 'loading' }, 'https://a.test/')).toBe(false);
  });
});
