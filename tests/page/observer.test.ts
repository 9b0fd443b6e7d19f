import { describe, expect, it } from 'vitest';
import { ChangeObserver, type PageChanges } from '../../src/page/observer';
import { mount, paragraph } from './dom';

const controller = new AbortController();

/** Starts an observer on `root` and resolves with the first batch it reports. */
function nextBatch(target: HTMLElement, options: { floodLimit?: number; signal?: AbortSignal } = {}) {
  return new Promise<PageChanges | 'all'>((resolve) => {
    const observer = new ChangeObserver(
      target,
      {
        isOwn: (n) => !!(n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest('[data-claimlens-ui]'),
        onChange: resolve,
        maxDelayMs: 50,
        floodLimit: options.floodLimit,
      },
      options.signal ?? controller.signal,
    );
    observer.start();
  });
}

describe('watching a real page change', () => {
  it('reports, in one later batch, the elements whose text changed', async () => {
    const root = mount((r) => r.append(paragraph(['First.']), paragraph(['Second.'])));
    const [first, second] = root.querySelectorAll('p');
    const batch = nextBatch(root);
    first!.firstChild!.textContent = 'First, edited.';
    second!.append(' More.');
    first!.firstChild!.textContent = 'First, edited twice.';
    const changed = await batch;
    expect(changed).not.toBe('all');
    expect([...(changed as PageChanges).nodes]).toEqual([first, second]);
  });

  it("does not count changes inside ClaimLens's own UI as page changes", async () => {
    const root = mount((r) => {
      const own = document.createElement('span');
      own.dataset.claimlensUi = '';
      r.append(own, paragraph(['Page text.']));
    });
    const batch = nextBatch(root);
    root.querySelector('[data-claimlens-ui]')!.textContent = 'Card text';
    root.querySelector('p')!.textContent = 'Page text, edited.';
    const changed = (await batch) as PageChanges;
    expect([...changed.nodes]).toEqual([root.querySelector('p')]);
  });

  it('collapses a flood of changes into one re-read of everything', async () => {
    const root = mount((r) => {
      for (let i = 0; i < 50; i++) r.append(paragraph([`Item ${i}.`]));
    });
    const batch = nextBatch(root, { floodLimit: 10 });
    for (const p of root.querySelectorAll('p')) p.append(' changed');
    expect(await batch).toBe('all');
  });

  it('stops watching when its signal is aborted', async () => {
    const root = mount((r) => r.append(paragraph(['Text.'])));
    const stop = new AbortController();
    let reported = false;
    const observer = new ChangeObserver(root, { isOwn: () => false, onChange: () => (reported = true), maxDelayMs: 20 }, stop.signal);
    observer.start();
    stop.abort();
    root.querySelector('p')!.append(' more');
    await new Promise((r) => setTimeout(r, 100));
    expect(reported).toBe(false);
  });
});
