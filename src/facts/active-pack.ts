/**
 * The fact pack a scan uses: the bundled pack merged with the packs imported on the options page.
 * Called by the content script before each scan, so an import applies on the next scan.
 */
import { extraPacksItem } from '../settings';
import { bundledPack } from './bundled';
import { mergePacks } from './pack-io';
import type { FactPack } from './schema';

export async function loadActivePack(): Promise<FactPack> {
  let extra: FactPack[] = [];
  try {
    extra = await extraPacksItem.getValue();
  } catch {
    // Storage unreadable: scan with the bundled facts rather than not at all.
  }
  return extra.length === 0 ? bundledPack : mergePacks(bundledPack, ...extra);
}

/** Calls `onChange` whenever the imported packs change (the content script rescans). Returns unwatch. */
export function watchExtraPacks(onChange: () => void): () => void {
  return extraPacksItem.watch(() => onChange());
}
