/**
 * The background keeps the gate's pattern for the names imported packs add (src/background/pack-names.ts) in
 * step with the stored packs: written when a pack adds a name, cleared when none does.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storePackNames } from '../../../src/background/pack-names';
import { extraPacksItem } from '../../../src/facts/imported-packs';
import { packNamesItem, packNamesSource } from '../../../src/facts/pack-names';
import type { FactPack } from '../../../src/facts/schema';

const pack = (name: string, vocabulary?: FactPack['vocabulary']): FactPack =>
  ({ version: 1, name, sources: [], facts: [], ...(vocabulary ? { vocabulary } : {}) }) as FactPack;

describe('pack names', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the names several packs add, as one pattern; none added: null', () => {
    expect(packNamesSource([pack('none'), pack('cues', { cues: { hearsay: { words: ['purportedly'] } } })])).toBeNull();
    expect(
      packNamesSource([
        pack('a', { parties: [{ id: 'microsoft', names: ['contoso'] }] }),
        pack('b', { parties: [{ id: 'openai', names: ['fabrikam'], patterns: ['fab-\\d+'] }] }),
      ]),
    ).toBe('\\b(?:fab-\\d+|fabrikam|contoso)');
  });

  it('stored when the packs add a name, cleared when they no longer do', async () => {
    await extraPacksItem.setValue([pack('More names', { parties: [{ id: 'microsoft', names: ['contoso'] }] })]);
    await storePackNames();
    expect(await packNamesItem.getValue()).toBe('\\b(?:contoso)');
    await extraPacksItem.setValue([]);
    await storePackNames();
    expect(await packNamesItem.getValue()).toBeNull();
  });
});
