import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearTab, getTabView, setFrameResult, storedTabIds } from '../../../src/background/tab-results';
import { claim } from '../ui/claims-fixture';

describe('per-tab results', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps results in session storage, so a restarted background still has them', async () => {
    await setFrameResult(7, 0, { url: 'https://a.test/', status: 'done', claims: [claim('conflicting')] });
    expect(await fakeBrowser.storage.session.get('tab-7')).toHaveProperty('tab-7');
    const view = await getTabView(7);
    expect(view?.claims.map((c) => c.verdict)).toEqual(['conflicting']);
    expect(await storedTabIds()).toEqual([7]);
  });

  it('merges a tab\'s frames, top frame first, and remembers each claim\'s frame and index', async () => {
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

  it('a frame\'s new result replaces its old one; the tab is scanning while any frame is', async () => {
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
});
