/**
 * Keeps the page gate's pattern for the names imported packs add (src/facts/pack-names.ts) in step with the
 * packs: written when they change and when ClaimLens is installed or updated (packs imported by an older
 * build), only when it differs from what is stored (a write wakes every open page's content script).
 */
import { browser } from 'wxt/browser';
import { debug } from '../debug';
import { readStoredPacks } from '../facts/active-pack';
import { extraPacksItem } from '../facts/imported-packs';
import { packNamesItem, packNamesSource } from '../facts/pack-names';

export async function storePackNames(): Promise<void> {
  const { valid } = await readStoredPacks();
  const source = packNamesSource(valid);
  if ((await packNamesItem.getValue()) !== source) await packNamesItem.setValue(source);
}

/** Listeners registered synchronously, as event pages and service workers require. */
export function followPackNames(): void {
  const store = () => void storePackNames().catch((e: unknown) => debug('pack names not stored', e));
  extraPacksItem.watch(store);
  browser.runtime.onInstalled.addListener(store);
}
