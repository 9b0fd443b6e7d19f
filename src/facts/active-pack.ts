/**
 * The fact pack a scan uses: the bundled pack merged with the packs imported on the options page.
 * Called by the content script before each scan, so an import applies on the next scan.
 *
 * Imported packs are checked again when they are read back: a stored pack that no longer passes
 * `parsePack` (written by an older version, edited by hand, corrupted) is left out (never deleted: only
 * the reader removes a pack), the valid ones are kept, and the bundled facts are always there. The options
 * page stores, beside the packs, which of them passed: while the stored list is the one it wrote, the
 * check is not run again (a large pack costs its validation once, at import).
 */
import { debug } from '../debug';
import { extraPacksItem } from './imported-packs';
import type { ReadProblem } from '../stored-item';
import { bundledPack } from './bundled';
import { mergePacks, parsePack } from './pack-io';
import type { FactPack } from './schema';

/**
 * The stored packs that pass `parsePack` against the bundled pack and the other valid ones, in stored
 * order. A pack may cite another imported pack's sources whatever their order, so packs are checked
 * again until no more pass; a pack reusing an id already taken is left out.
 */
export function validExtraPacks(stored: unknown, bundled: FactPack = bundledPack): FactPack[] {
  return validEntries(stored, bundled).map(([, pack]) => pack);
}

/** The valid stored packs (see `validExtraPacks`) with their places in the stored list. */
function validEntries(stored: unknown, bundled: FactPack): [number, FactPack][] {
  if (!Array.isArray(stored)) {
    if (stored != null) debug('imported packs dropped: stored value is not a list');
    return [];
  }
  const valid = new Map<number, FactPack>();
  const errors = new Map<number, string>();
  for (let progress = true; progress;) {
    progress = false;
    for (const [i, raw] of stored.entries()) {
      if (valid.has(i)) continue;
      const parsed = parsePack(raw, { base: bundled, others: [...valid.values()] });
      if (parsed.ok) {
        valid.set(i, parsed.pack);
        errors.delete(i);
        progress = true;
      } else errors.set(i, parsed.error);
    }
  }
  for (const [i, error] of errors) debug(`imported pack ${i} left out: ${error}`);
  return [...valid.entries()].sort(([a], [b]) => a - b);
}

/**
 * What the options page stores beside the packs it wrote (in the same write, so the two always go
 * together): how many entries there were, each one's name, and which of them passed.
 */
export interface PacksChecked {
  names: (string | null)[];
  valid: number[];
}

const nameOf = (p: unknown): string | null => {
  const name = p && typeof p === 'object' ? (p as { name?: unknown }).name : undefined;
  return typeof name === 'string' ? name : null;
};

/** The mark that says `stored` was checked and which of its entries passed (see `validExtraPacks`). */
export function checkedMark(stored: readonly unknown[], bundled: FactPack = bundledPack): PacksChecked {
  return { names: stored.map(nameOf), valid: validEntries(stored, bundled).map(([i]) => i) };
}

/**
 * The stored packs that are valid: those the mark names while the stored list is still the one it was
 * made for (same entries, same names: no second check, which for a 2 MB pack costs more than reading
 * the mark: ~13 ms against ~0 in Node; hashing the packs to be sure would cost more than checking them),
 * else those that pass `validExtraPacks` now. Only ClaimLens writes the packs, always with their mark.
 */
export function checkedExtraPacks(stored: readonly unknown[], checked: unknown, bundled: FactPack = bundledPack): FactPack[] {
  const mark = checked as Partial<PacksChecked> | null | undefined;
  const same =
    !!mark &&
    Array.isArray(mark.names) &&
    Array.isArray(mark.valid) &&
    mark.names.length === stored.length &&
    mark.names.every((name, i) => name === nameOf(stored[i]));
  if (same) return mark.valid!.flatMap((i) => (typeof i === 'number' && i in stored ? [stored[i] as FactPack] : []));
  return validExtraPacks(stored, bundled);
}

/** The imported packs as stored (valid or not), and which of them are valid; none when storage is unreadable. */
export async function readStoredPacks(): Promise<{ stored: unknown[]; valid: FactPack[]; problem: ReadProblem | null }> {
  try {
    const read = await extraPacksItem.read();
    return { stored: read.value, valid: checkedExtraPacks(read.value, read.meta?.checked), problem: read.problem };
  } catch (e) {
    // Storage unreadable: scan with the bundled facts rather than not at all.
    debug('imported packs unreadable', e);
    return { stored: [], valid: [], problem: 'unreadable' };
  }
}

/** The imported packs that are still valid (see `validExtraPacks`); none when storage is unreadable. */
export async function readExtraPacks(): Promise<FactPack[]> {
  return (await readStoredPacks()).valid;
}

export async function loadActivePack(): Promise<FactPack> {
  const extra = await readExtraPacks();
  return extra.length === 0 ? bundledPack : mergePacks(bundledPack, ...extra);
}

/** Calls `onChange` whenever the imported packs change (the content script rescans). Returns unwatch. */
export function watchExtraPacks(onChange: () => void): () => void {
  return extraPacksItem.watch(() => onChange());
}
