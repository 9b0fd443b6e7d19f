/**
 * The fact pack bundled with the extension. Checked when this module loads, so a broken pack.json fails
 * the build, the unit tests and the command-line tools instead of shipping.
 */
import packJson from './pack.json';
import { parsePack } from './pack-io';
import type { FactPack } from './schema';

function load(json: unknown): FactPack {
  const result = parsePack(json);
  if (!result.ok) throw new Error(`src/facts/pack.json is invalid: ${result.error}`);
  return result.pack;
}

export const bundledPack: FactPack = load(packJson);
