/** The five seed articles the bundled pack was read from (shared, read-only, next to the repository). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
export const seedsDir = resolve(repoRoot, '../shared/seeds');

/** Whitespace-normalised, as quotes are compared. */
export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function readSeed(file: string): string {
  const path = resolve(seedsDir, file);
  if (!existsSync(path)) throw new Error(`seed file missing: ${path}`);
  return normalise(readFileSync(path, 'utf8'));
}
