/**
 * Importing an extra fact pack: the file's text is parsed and validated; a valid pack is added to
 * the imported ones (replacing an earlier pack of the same name), an invalid one is refused with
 * the field and the problem, and what is stored is left exactly as it was. A file larger than
 * MAX_PACK_CHARS, or one that would take the stored packs over MAX_PACKS_CHARS, is refused before it is
 * read. Stored packs that do not pass (any more) are kept as they are: only the reader removes a pack.
 */
import { checkedMark, readStoredPacks, validExtraPacks } from '../../facts/active-pack';
import { bundledPack } from '../../facts/bundled';
import { shortenAtWord } from '../../engine/shorten';
import { parsePack } from '../../facts/pack-io';
import type { FactPack } from '../../facts/schema';
import { extraPacksItem } from '../../facts/imported-packs';

/** The largest pack file accepted, in characters (about bytes for the JSON of a pack): 2 MB. */
export const MAX_PACK_CHARS = 2_000_000;
/** All imported packs together, as stored (`storage.local` holds 10 MB in Chrome, shared with the settings). */
export const MAX_PACKS_CHARS = 5_000_000;

export type ImportOutcome = { ok: true; pack: FactPack; packs: unknown[]; replaced: boolean } | { ok: false; error: string };

const megabytes = (n: number) => `${(n / 1_000_000).toFixed(1)} MB`;

/** The refusal of a file of `size` characters (or bytes), or null when it is small enough. */
export function sizeProblem(size: number): string | null {
  return size > MAX_PACK_CHARS ? `the file is ${megabytes(size)}; a fact pack can be at most ${megabytes(MAX_PACK_CHARS)}` : null;
}

const nameOf = (p: unknown) => (p && typeof p === 'object' ? (p as { name?: unknown }).name : undefined);

/**
 * The packs after importing `text` into `existing` (pure; `existing` as stored, valid or not). The pack
 * may cite the bundled pack's and the other valid imported packs' sources but may not reuse their ids; a
 * pack of the same name is replaced; every other stored entry is kept as it is.
 */
export function importPack(
  text: string,
  existing: readonly unknown[],
  bundled: FactPack = bundledPack,
  valid: readonly FactPack[] = validExtraPacks(existing, bundled),
): ImportOutcome {
  const tooBig = sizeProblem(text.length);
  if (tooBig) return { ok: false, error: tooBig };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: shortenAtWord(`not JSON: ${error instanceof Error ? error.message : String(error)}`, 200) };
  }
  const name = nameOf(json);
  const others = valid.filter((p) => p.name !== name);
  const parsed = parsePack(json, { base: bundled, others });
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const pack = parsed.pack;
  const kept = existing.filter((p) => nameOf(p) !== pack.name);
  const packs = [...kept, pack];
  const size = JSON.stringify(packs).length;
  if (size > MAX_PACKS_CHARS) {
    return {
      ok: false,
      error: `with it the imported packs would take ${megabytes(size)}; together they can take at most ${megabytes(MAX_PACKS_CHARS)}: remove one first`,
    };
  }
  return { ok: true, pack, packs, replaced: kept.length < existing.length };
}

/** Store the packs, with the mark that says which of them passed (so readers need not check them again). */
async function storePacks(packs: unknown[]): Promise<void> {
  await extraPacksItem.setValue(packs, { checked: checkedMark(packs) });
}

/** Import into storage (a file is measured before it is read); nothing is written unless the pack is valid. */
export async function importPackIntoStorage(file: string | Blob): Promise<ImportOutcome> {
  if (typeof file !== 'string') {
    const tooBig = sizeProblem(file.size);
    if (tooBig) return { ok: false, error: tooBig };
  }
  const text = typeof file === 'string' ? file : await file.text();
  const { stored, valid } = await readStoredPacks();
  const outcome = importPack(text, stored, bundledPack, valid);
  if (!outcome.ok) return outcome;
  try {
    await storePacks(outcome.packs);
  } catch (error) {
    return { ok: false, error: shortenAtWord(`it could not be stored: ${error instanceof Error ? error.message : String(error)}`, 200) };
  }
  return outcome;
}

/** Remove an imported pack (the reader's choice; the only way a stored pack goes). */
export async function removePack(name: string): Promise<void> {
  const { stored } = await readStoredPacks();
  await storePacks(stored.filter((p) => nameOf(p) !== name));
}
