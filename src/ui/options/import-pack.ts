/**
 * Importing an extra fact pack: the file's text is parsed and validated; a valid pack is added to
 * the imported ones (replacing an earlier pack of the same name), an invalid one is refused with
 * the field and the problem, and what is stored is left exactly as it was.
 */
import { readExtraPacks } from '../../facts/active-pack';
import { bundledPack } from '../../facts/bundled';
import { mergePacks, parsePack } from '../../facts/pack-io';
import type { FactPack } from '../../facts/schema';
import { extraPacksItem } from '../../settings';

export type ImportOutcome =
  | { ok: true; pack: FactPack; packs: FactPack[]; replaced: boolean }
  | { ok: false; error: string };

/**
 * The packs after importing `text` into `existing` (pure). The pack may cite the bundled pack's and
 * the other imported packs' sources but may not reuse their ids; a pack of the same name is replaced.
 */
export function importPack(text: string, existing: FactPack[], bundled: FactPack = bundledPack): ImportOutcome {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `not JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const name = (json as { name?: unknown } | null)?.name;
  const others = existing.filter((p) => p.name !== name);
  const parsed = parsePack(json, { base: mergePacks(bundled, ...others) });
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const pack = parsed.pack;
  const replaced = existing.some((p) => p.name === pack.name);
  const packs = [...others, pack];
  return { ok: true, pack, packs, replaced };
}

/**
 * Import into storage; nothing is written unless the pack is valid. Stored packs that no longer pass
 * the schema are not carried over (they were not used anyway).
 */
export async function importPackIntoStorage(text: string): Promise<ImportOutcome> {
  const outcome = importPack(text, await readExtraPacks());
  if (outcome.ok) await extraPacksItem.setValue(outcome.packs);
  return outcome;
}

export async function removePack(name: string): Promise<void> {
  const packs = await readExtraPacks();
  await extraPacksItem.setValue(packs.filter((p) => p.name !== name));
}
