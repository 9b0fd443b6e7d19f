import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  MAX_CLAIMS_PER_FRAME,
  MAX_TAB_CHARS,
  clearTab,
  clearTabIf,
  getTabView,
  lastReportOf,
  removeFrameResult,
  setFrameResult,
  storedTabIds,
} from '../../src/tab-results';
import { compactClaims } from '../../src/compact-claims';
import { claim } from './ui/claims-fixture';

describe('per-tab results', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps results in session storage, so a restarted background still has them', async () => {
    await setFrameResult(7, 0, { url: 'https://a.test/', status: 'done', claims: [claim('conflicting')] });
    expect(await fakeBrowser.storage.session.get('tab-7')).toHaveProperty('tab-7');
    const view = await getTabView(7);
    expect(view?.claims.map((c) => c.verdict)).toEqual(['conflicting']);
    expect(await storedTabIds()).toEqual([7]);
  });

  it("merges a tab's frames, top frame first, and remembers each claim's frame and index", async () => {
    await Promise.all([
      setFrameResult(3, 5, { url: 'https://ads.test/', status: 'done', claims: [claim('mixed')] }),
      setFrameResult(3, 0, { url: 'https://a.test/', status: 'done', claims: [claim('corroborated'), claim('unverified')] }),
    ]);
    const view = await getTabView(3);
    expect(view?.url).toBe('https://a.test/');
    expect(view?.claims.map((c) => c.verdict)).toEqual(['corroborated', 'unverified', 'mixed']);
    expect(view?.origins).toEqual([
      { frameId: 0, index: 0 },
      { frameId: 0, index: 1 },
      { frameId: 5, index: 0 },
    ]);
    expect(view?.status).toBe('done');
  });

  it("a frame's new result replaces its old one; the tab is scanning while any frame is", async () => {
    await setFrameResult(3, 0, { url: 'https://a.test/', status: 'done', claims: [claim('corroborated')] });
    await setFrameResult(3, 2, { url: 'https://b.test/', status: 'scanning', claims: [] });
    expect((await getTabView(3))?.status).toBe('scanning');
    await setFrameResult(3, 0, { url: 'https://a.test/', status: 'done', claims: [] });
    await setFrameResult(3, 2, { url: 'https://b.test/', status: 'done', claims: [claim('mixed')] });
    const view = await getTabView(3);
    expect(view?.status).toBe('done');
    expect(view?.claims.map((c) => c.verdict)).toEqual(['mixed']);
  });

  it('forgets a cleared tab and leaves other tabs alone', async () => {
    await setFrameResult(1, 0, { url: 'https://a.test/', status: 'done', claims: [claim('corroborated')] });
    await setFrameResult(2, 0, { url: 'https://b.test/', status: 'done', claims: [claim('mixed')] });
    await clearTab(1);
    expect(await getTabView(1)).toBeNull();
    expect((await getTabView(2))?.claims).toHaveLength(1);
  });

  it("forgets which report a tab's frames made last when its results go (closed, navigated, frame gone)", async () => {
    const done = () => ({ url: 'https://a.test/', status: 'done' as const, claims: [] });
    await setFrameResult(11, 0, done());
    await setFrameResult(11, 4, done());
    await setFrameResult(1, 0, done());
    await removeFrameResult(11, 4);
    expect(lastReportOf(11, 4)).toBe(0);
    expect(lastReportOf(11, 0)).toBeGreaterThan(0);
    await clearTab(11);
    expect(lastReportOf(11, 0)).toBe(0);
    expect(lastReportOf(1, 0)).toBeGreaterThan(0);
    expect(await clearTabIf(1, () => true)).toBe(true);
    expect(lastReportOf(1, 0)).toBe(0);
  });

  it('keeps the report number of a new document that reported after its tab was cleared', async () => {
    await setFrameResult(12, 0, { url: 'https://a.test/', status: 'done', claims: [] });
    const cleared = clearTab(12);
    const report = setFrameResult(12, 0, { url: 'https://b.test/', status: 'scanning', claims: [] });
    await Promise.all([cleared, report]);
    expect(lastReportOf(12, 0)).toBeGreaterThan(0);
    expect((await getTabView(12))?.url).toBe('https://b.test/');
  });
});

describe('per-tab results, bounded and read safely', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps at most MAX_CLAIMS_PER_FRAME claims of a page, and says how many more it had', async () => {
    const claims = Array.from({ length: 2000 }, (_, i) => claim('unverified', `Microsoft and OpenAI sentence number ${i}.`));
    const view = await setFrameResult(4, 0, { url: 'https://a.test/', status: 'done', claims });
    expect(view?.claims).toHaveLength(MAX_CLAIMS_PER_FRAME);
    expect(view?.claims[0]?.text).toBe('Microsoft and OpenAI sentence number 0.');
    expect(view?.more).toBe(2000 - MAX_CLAIMS_PER_FRAME);
  });

  it('keeps a tab within MAX_TAB_CHARS however long its claims, so other tabs keep room', async () => {
    // One page with 6 MB of claims (a few hundred very long sentences).
    const long = 'Microsoft and OpenAI '.repeat(1000);
    const claims = Array.from({ length: 300 }, (_, i) => claim('unverified', `${long}${i}.`));
    const view = await setFrameResult(5, 0, { url: 'https://big.test/', status: 'done', claims });
    const stored = JSON.stringify(await fakeBrowser.storage.session.get('tab-5'));
    expect(stored.length).toBeLessThanOrEqual(MAX_TAB_CHARS + 1000);
    expect(view!.claims.length + view!.more!).toBe(300);
    expect(view!.claims.length).toBeGreaterThan(0);
    // A second frame of the same tab shares the same room.
    await setFrameResult(5, 3, { url: 'https://big.test/ad', status: 'done', claims });
    expect(JSON.stringify(await fakeBrowser.storage.session.get('tab-5')).length).toBeLessThanOrEqual(MAX_TAB_CHARS + 1000);
  });

  it('reads a corrupt entry without throwing: unreadable frames count as none, claims pointing at nothing are left out', async () => {
    const good = compactClaims([claim('corroborated')]);
    const dangling = { ...good, claims: [{ ...good.claims[0]!, facts: [5], evidence: [7] }] };
    await fakeBrowser.storage.session.set({
      'tab-6': {
        frames: {
          0: { url: 'https://a.test/', status: 'done', claims: JSON.stringify(good) },
          2: { url: 'https://a.test/ad', status: 'done', claims: '{not json' },
          3: { url: 'https://a.test/x', status: 'done', claims: JSON.stringify(dangling) },
          4: 'garbage',
          5: { status: 'done', claims: JSON.stringify({ ...good, claims: [{ ...good.claims[0]!, verdict: 'bogus' }] }) },
        },
      },
      'tab-8': 'not a tab',
      'tab-9': { frames: null },
    });
    const view = await getTabView(6);
    expect(view?.claims.map((c) => c.verdict)).toEqual(['corroborated']);
    expect(view?.claims[0]?.evidence[0]?.stance).toBe('corroborates');
    expect(await getTabView(8)).toBeNull();
    expect(await getTabView(9)).toBeNull();
    // …and a frame's new report replaces the broken entry.
    expect((await setFrameResult(9, 0, { url: 'https://b.test/', status: 'done', claims: [claim('mixed')] }))?.claims).toHaveLength(1);
    expect(await removeFrameResult(8, 2)).toBeNull();
  });
});
