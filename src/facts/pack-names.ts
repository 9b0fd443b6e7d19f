/**
 * The names imported packs add to the parties (their `vocabulary.parties`), as one pattern for the page's gate
 * (`addedNamesSource` in src/engine/candidate-blocks.ts), kept in `storage.local` (`packNames`). The background
 * writes it whenever the imported packs change; the content script reads it when it starts, so a pack's name
 * ("contoso") gates a block as a bundled one does. Absent (null) while no pack adds a name: the gate stays the
 * bundled one.
 */
import { defineStoredItem } from '../stored-item';
import { addedNamesSource } from '../engine/candidate-blocks';
import type { FactPack } from './schema';

export const packNamesItem = defineStoredItem<string | null>('packNames', {
  fallback: null,
  version: 1,
  accept: (raw) => (typeof raw === 'string' ? raw : null),
});

/** The gate's pattern for the names these packs add to the parties, or null when they add none. */
export function packNamesSource(packs: readonly FactPack[]): string | null {
  const parties = packs.flatMap((p) => p.vocabulary?.parties ?? []);
  return addedNamesSource(
    parties.flatMap((p) => p.names ?? []),
    parties.flatMap((p) => p.patterns ?? []),
  );
}
