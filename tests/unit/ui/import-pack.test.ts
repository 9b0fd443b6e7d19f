import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledPack } from '../../../src/facts/bundled';
import { loadActivePack } from '../../../src/facts/active-pack';
import type { FactPack } from '../../../src/facts/schema';
import { extraPacksItem } from '../../../src/settings';
import { importPack, importPackIntoStorage } from '../../../src/ui/options/import-pack';
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
