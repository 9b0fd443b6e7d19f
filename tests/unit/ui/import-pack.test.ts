import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack } from '../../../src/facts/bundled';
import { checkedExtraPacks, loadActivePack, readStoredPacks, type PacksChecked } from '../../../src/facts/active-pack';
import type { FactPack } from '../../../src/facts/schema';
import { extraPacksItem } from '../../../src/facts/imported-packs';
import { MAX_PACK_CHARS, importPack, importPackIntoStorage, removePack } from '../../../src/ui/options/import-pack';
import { importedFact } from '../facts/pack-fixture';

const extra: FactPack = {
  version: 1,
  name: 'Extra',
  sources: [],
  facts: [importedFact('extra-fact', bundledPack.sources[0]!.id)],
};

describe('importing a fact pack', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds a valid pack (citing bundled sources is allowed) and the next scan uses it', async () => {
    const outcome = await importPackIntoStorage(JSON.stringify(extra));
    expect(outcome.ok).toBe(true);
    const active = await loadActivePack();
    expect(active.facts.map((f) => f.id)).toContain('extra-fact');
    expect(active.facts).toHaveLength(bundledPack.facts.length + 1);
  });

  it('refuses an invalid pack with the field and the problem, leaving stored packs as they were', async () => {
    await importPackIntoStorage(JSON.stringify(extra));
    const before = await extraPacksItem.getValue();
    const broken = { ...extra, name: 'Broken', facts: [{ ...extra.facts[0], id: 'Not An Id' }] };
    const outcome = await importPackIntoStorage(JSON.stringify(broken));
    expect(outcome).toMatchObject({ ok: false });
    expect(!outcome.ok && outcome.error).toMatch(/^facts\[0\]\.id: /);
    expect(await extraPacksItem.getValue()).toEqual(before);
  });

  it('refuses text that is not JSON', () => {
    expect(importPack('{ nope', [])).toMatchObject({ ok: false, error: expect.stringMatching(/^not JSON/) });
  });

  it('refuses a pack that reuses a bundled fact id', () => {
    const clash = { ...extra, facts: [{ ...extra.facts[0]!, id: bundledPack.facts[0]!.id }] };
    expect(importPack(JSON.stringify(clash), [])).toMatchObject({ ok: false });
  });

  it('importing a pack of the same name again replaces it', () => {
    const first = importPack(JSON.stringify(extra), []);
    if (!first.ok) throw new Error(first.error);
    const again = importPack(JSON.stringify(extra), first.packs);
    expect(again).toMatchObject({ ok: true, replaced: true });
    expect(again.ok && again.packs).toHaveLength(1);
  });
});

describe('importing next to what is stored, and refusing clearly', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a stored pack that no longer passes when another is imported or removed: only the reader drops one', async () => {
    const broken = { ...extra, name: 'Broken', facts: [{ ...extra.facts[0], id: 'Not An Id' }] };
    await fakeBrowser.storage.local.set({ extraPacks: [broken], extraPacks$: { v: 1 } });
    expect((await importPackIntoStorage(JSON.stringify(extra))).ok).toBe(true);
    expect(await extraPacksItem.getValue()).toEqual([broken, extra]);
    await removePack('Extra');
    expect(await extraPacksItem.getValue()).toEqual([broken]);
  });

  it('leaves packs written by a newer ClaimLens stored, unused, and says so', async () => {
    const newer = { extraPacks: [{ format: 'v9' }], extraPacks$: { v: 9 } };
    await fakeBrowser.storage.local.set(newer);
    expect(await readStoredPacks()).toEqual({ stored: [], valid: [], problem: 'newer' });
    expect(await fakeBrowser.storage.local.get(['extraPacks', 'extraPacks$'])).toEqual(newer);
  });

  it('refuses a file over the size limit before reading it, saying how large it is and what the limit is', async () => {
    const big = new Blob(['x'.repeat(MAX_PACK_CHARS + 1)]);
    const outcome = await importPackIntoStorage(big);
    expect(outcome).toEqual({ ok: false, error: 'the file is 2.0 MB; a fact pack can be at most 2.0 MB' });
    expect(importPack(`"${'x'.repeat(20_000_000)}"`, [])).toEqual({
      ok: false,
      error: 'the file is 20.0 MB; a fact pack can be at most 2.0 MB',
    });
    expect(await fakeBrowser.storage.local.get('extraPacks')).toEqual({});
  });

  it('says so when the pack cannot be stored (storage full) instead of failing silently', async () => {
    const set = fakeBrowser.storage.local.set;
    fakeBrowser.storage.local.set = () => Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    try {
      expect(await importPackIntoStorage(JSON.stringify(extra))).toEqual({
        ok: false,
        error: 'it could not be stored: QUOTA_BYTES quota exceeded',
      });
    } finally {
      fakeBrowser.storage.local.set = set;
    }
  });

  it('quotes at most a short prefix of a bad value', () => {
    const url = `https://exa mple.com/${'a'.repeat(1_900_000)}`;
    const pack = { ...extra, sources: [{ ...bundledPack.sources[0]!, id: 'mine', url }] };
    const outcome = importPack(JSON.stringify(pack), []);
    expect(outcome.ok).toBe(false);
    const error = outcome.ok ? '' : outcome.error;
    expect(error).toMatch(/^sources\[0\]\.url: /);
    expect(error.length).toBeLessThan(200);
    const longId = 'x'.repeat(5000);
    const clash = importPack(
      JSON.stringify({
        ...extra,
        facts: [
          { ...extra.facts[0]!, id: longId },
          { ...extra.facts[0]!, id: longId },
        ],
      }),
      [],
    );
    expect(clash.ok ? '' : clash.error).toBe(`facts[1].id: duplicate fact id "${'x'.repeat(60)}…"`);
  });

  it('names the imported pack an id clashes with (not the bundled pack)', () => {
    const first = importPack(JSON.stringify(extra), []);
    if (!first.ok) throw new Error(first.error);
    const other = { ...extra, name: 'Other' };
    expect(importPack(JSON.stringify(other), first.packs)).toEqual({
      ok: false,
      error: 'facts[0].id: "extra-fact" is already a fact of the imported pack "Extra"',
    });
    const bundledClash = { ...extra, name: 'Other', facts: [{ ...extra.facts[0]!, id: bundledPack.facts[0]!.id }] };
    expect(importPack(JSON.stringify(bundledClash), first.packs)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/is already a fact of the bundled pack$/),
    });
  });

  it('checks stored packs once, at import: readers trust the mark while the stored list is the one it was made for', async () => {
    await importPackIntoStorage(JSON.stringify(extra));
    const { extraPacks$: meta } = (await fakeBrowser.storage.local.get('extraPacks$')) as { extraPacks$: { checked: PacksChecked } };
    expect(meta.checked).toEqual({ names: ['Extra'], valid: [0] });
    // A mark that says a pack passed is believed (no second check)…
    const unchecked = { ...extra, facts: [{ ...extra.facts[0]!, id: 'Not An Id' }] };
    expect(checkedExtraPacks([unchecked], meta.checked)).toEqual([unchecked]);
    // …only for the list it was made for: another list is checked again.
    expect(checkedExtraPacks([unchecked, extra], meta.checked)).toEqual([extra]);
    expect(checkedExtraPacks([{ ...unchecked, name: 'Renamed' }], meta.checked)).toEqual([]);
    expect(checkedExtraPacks([unchecked], null)).toEqual([]);
  });
});
