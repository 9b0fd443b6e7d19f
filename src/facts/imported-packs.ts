/**
 * The fact packs the reader imported on the options page, as stored in `storage.local` (`extraPacks`):
 * each is checked again by whoever reads it (`./active-pack.ts`), and one that does not pass is left out
 * there, never deleted here. Beside the list, its meta holds the mark of which entries passed at import.
 */
import { defineStoredItem } from '../stored-item';

export const extraPacksItem = defineStoredItem<unknown[]>('extraPacks', {
  fallback: [],
  version: 1,
  accept: (raw) => (Array.isArray(raw) ? raw : null),
});
