/** Where the source articles the bundled pack quotes live in the repository (Node-only: CLI, tests, demo). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const sourcesDir = fileURLToPath(new URL('../facts/sources/', import.meta.url));

/** The article files, in name order (`000_….txt` …). */
export function sourceArticleFiles(): string[] {
  return readdirSync(sourcesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
}

export function readSourceArticle(file: string): string {
  const path = resolve(sourcesDir, file);
  if (!existsSync(path)) throw new Error(`source article missing: ${path}`);
  return readFileSync(path, 'utf8');
}
