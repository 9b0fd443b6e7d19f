/**
 * The engine in the background: built once for a sensitivity and the imported packs stored, shared by every
 * page's scan, built again when either changes; each run of blocks is scanned on its own and its claims come
 * back with their blocks counted across the runs sent.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { engineFor, scanRuns, warmEngine } from '../../../src/background/engine-host';
import { expandClaims } from '../../../src/compact-claims';
import { bundledPack } from '../../../src/facts/bundled';
import type { FactPack } from '../../../src/facts/schema';
import { importedFact } from '../facts/pack-fixture';

const CLAIM = 'Microsoft has invested more than $13 billion in OpenAI since 2019.';
const NEUTRAL = 'The county fair drew a crowd on Tuesday.';

describe('the engine in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is built once for the same sensitivity and packs', async () => {
    const a = await engineFor('balanced');
    expect(await engineFor('balanced')).toBe(a);
    expect(await engineFor('strict')).not.toBe(a);
  });

  it('is built ahead of a scan for the stored sensitivity when a page says it will ask', async () => {
    await fakeBrowser.storage.local.set({ settings: { sensitivity: 'strict' }, settings$: { v: 3 } });
    const warmed = await warmEngine();
    expect(warmed).not.toBeNull();
    expect(await engineFor('strict')).toBe(warmed);
  });

  it('is built again with an imported pack once one is stored', async () => {
    const before = await engineFor('balanced');
    const pack: FactPack = { version: 1, name: 'Extra', sources: [], facts: [importedFact('extra-fact', bundledPack.sources[0]!.id)] };
    await fakeBrowser.storage.local.set({ extraPacks: [pack], extraPacks$: { v: 1 } });
    expect(await engineFor('balanced')).not.toBe(before);
  });

  it('scans each run on its own and counts blocks across the runs', async () => {
    const answer = await scanRuns({ runs: [[NEUTRAL, CLAIM], [CLAIM]], sensitivity: 'balanced' });
    const claims = expandClaims(answer);
    expect(claims.map((c) => [c.block, c.text])).toEqual([
      [1, CLAIM],
      [2, CLAIM],
    ]);
  });

  it('finds nothing in runs that name no party', async () => {
    expect(expandClaims(await scanRuns({ runs: [[NEUTRAL]], sensitivity: 'broad' }))).toEqual([]);
  });
});
