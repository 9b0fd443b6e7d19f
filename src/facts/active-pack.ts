/**
 * The fact pack a scan uses: the bundled pack merged with the packs imported on the options page.
 * Called by the content script before each scan, so an import applies on the next scan.
 *
 * Imported packs are checked again whenever they are read back: a stored pack that no longer passes
 * `parsePack` (written by an older version, edited by hand, corrupted) is left out, the valid ones are
 * kept, and the bundled facts are always there.
 */
import { debug } from '../page/debug';
import { extraPacksItem } from '../settings';
import { bundledPack } from './bundled';
import { mergePacks, parsePack } from './pack-io';
import type { FactPack } from './schema';

/**
 * The stored packs that pass `parsePack` against the bundled pack and the other valid ones, in stored
 * order. A pack may cite another imported pack's sources whatever their order, so packs are checked
 * again until no more pass; a pack reusing an id already taken is left out.
 */
export function validExtraPacks(stored: unknown, bundled: FactPack = bundledPack): FactPack[] {
  if (!Array.isArray(stored)) {
    if (stored != null) debug('imported packs dropped: stored value is not a list');
    return [];
  }
  const valid = new Map<number, FactPack>();
  const errors = new Map<number, string>();
  for (let progress = true; progress; ) {
    progress = false;
    for (const [i, raw] of stored.entries()) {
      if (valid.has(i)) continue;
      const parsed = parsePack(raw, { base: mergePacks(bundled, ...valid.values()) });
      if (parsed.ok) {
        valid.set(i, parsed.pack);
        errors.delete(i);
        progress = true;
      } else errors.set(i, parsed.error);
    }
  }
  for (const [i, error] of errors) debug(`imported pack ${i} dropped: ${error}`);
  return [...valid.entries()].sort(([a], [b]) => a - b).map(([, pack]) => pack);
}

/** The imported packs that are still valid (see `validExtraPacks`); none when storage is unreadable. */
export async function readExtraPacks(): Promise<FactPack[]> {
  try {
    return validExtraPacks(await extraPacksItem.getValue());
  } catch (e) {
    // Storage unreadable: scan with the bundled facts rather than not at all.
    debug('imported packs unreadable', e);
    return [];
  }
}

export async function loadActivePack(): Promise<FactPack> {
  const extra = await readExtraPacks();
  return extra.length === 0 ? bundledPack : mergePacks(bundledPack, ...extra);
}

/** Calls `onChange` whenever the imported packs change (the content script rescans). Returns unwatch. */
export function watchExtraPacks(onChange: () => void): () => void {
  return extraPacksItem.watch(() => onChange());
}
