/**
 * Imported packs read back from storage: a stored pack that no longer passes the schema (an older
 * version's, a hand edit, corruption) is left out, the valid ones are used, and scanning never breaks.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadActivePack, readExtraPacks } from '../../../src/facts/active-pack';
import { bundledPack } from '../../../src/facts/bundled';
import type { FactPack } from '../../../src/facts/schema';
import { importedFact } from './pack-fixture';

const source = (id: string): FactPack['sources'][number] => ({
  id,
  title: 'A source of an imported pack',
  publisher: null,
  author: null,
  date: '2026-05-02',
  url: null,
  translated: false,
  file: 'imported',
});

const good: FactPack = { version: 1, name: 'Good', sources: [], facts: [importedFact('good-fact', bundledPack.sources[0]!.id)] };

const store = (value: unknown) => fakeBrowser.storage.local.set({ extraPacks: value, extraPacks$: { v: 1 } });
const factIds = (pack: FactPack) => pack.facts.map((f) => f.id);

describe('imported packs read back from storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the valid packs and leaves out one that no longer passes the schema, with the bundled facts', async () => {
    const older = { ...good, name: 'Older', facts: [{ ...importedFact('older-fact', bundledPack.sources[0]!.id), evidence: undefined }] };
    const notAPack = 'corrupted';
    await store([older, good, notAPack, null]);
    expect((await readExtraPacks()).map((p) => p.name)).toEqual(['Good']);
    const active = await loadActivePack();
    expect(factIds(active)).toEqual([...factIds(bundledPack), 'good-fact']);
  });

  it('scans with the bundled facts alone when the stored value is not a list', async () => {
    await store({ name: 'Good' });
    expect(await readExtraPacks()).toEqual([]);
    expect(await loadActivePack()).toBe(bundledPack);
  });

  it('leaves out a stored pack that reuses a bundled id, even though it parses', async () => {
    await store([{ ...good, facts: [importedFact(bundledPack.facts[0]!.id, bundledPack.sources[0]!.id)] }, good]);
    const active = await loadActivePack();
    expect(active.facts.filter((f) => f.id === bundledPack.facts[0]!.id)).toEqual([bundledPack.facts[0]]);
    expect((await readExtraPacks()).map((p) => p.name)).toEqual(['Good']);
  });

  it('keeps a pack citing another imported pack stored after it (re-importing moves a pack last)', async () => {
    const cited: FactPack = { version: 1, name: 'Cited', sources: [source('gazette')], facts: [importedFact('gazette-fact', 'gazette')] };
    const citing: FactPack = { version: 1, name: 'Citing', sources: [], facts: [importedFact('citing-fact', 'gazette')] };
    await store([citing, cited]);
    expect((await readExtraPacks()).map((p) => p.name)).toEqual(['Citing', 'Cited']);
    expect(factIds(await loadActivePack())).toEqual(expect.arrayContaining(['citing-fact', 'gazette-fact']));
  });
});
