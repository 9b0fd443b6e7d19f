/** The five source articles the bundled pack was read from (in the repository: src/facts/sources/). */
import { fileURLToPath } from 'node:url';
import { readSourceArticle } from '../../../src/cli/source-articles';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

/** Whitespace-normalised, as quotes are compared. */
export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function readSeed(file: string): string {
  return normalise(readSourceArticle(file));
}
