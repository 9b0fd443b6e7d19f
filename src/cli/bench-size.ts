/**
 * Each bundle of the built extension, gzipped, against its budget: prints numbers, asserts nothing.
 *
 *   npm run bench:size [-- DIR]   (builds both browsers first; DIR: another build's output folder)
 *
 * A bundle is what one part of the extension loads before it runs: the content script (on every page the
 * reader opens), the background, and each extension page with the chunks and stylesheets its HTML names and
 * the chunks those import statically. Chunks loaded later (`import()`) are listed apart, as loaded on demand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');

/** Budgets in KB of gzip. The content script's is the issue's goal (#12); the rest keep today's size in check. */
const BUDGET_KB: Record<string, number> = {
  'content script': 30,
  'page session': 30,
  'card UI': 25,
  background: 120,
  popup: 40,
  options: 60,
  facts: 60,
};

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The files a module loads before it runs: itself and its static imports, transitively. */
function staticGraph(
  dir: string,
  file: string,
  seen = new Set<string>(),
  lazy = new Set<string>(),
): { files: Set<string>; lazy: Set<string> } {
  if (seen.has(file)) return { files: seen, lazy };
  seen.add(file);
  if (!file.endsWith('.js')) return { files: seen, lazy };
  const code = readFileSync(join(dir, file), 'utf8');
  const here = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const resolveRel = (spec: string) => (spec.startsWith('/') ? spec.slice(1) : join(here, spec).replace(/\\/g, '/'));
  for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w{}\s,*$]*from\s*)?["']([^"']+\.js)["']/g))
    staticGraph(dir, resolveRel(m[1]!), seen, lazy);
  for (const m of code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)) lazy.add(resolveRel(m[1]!));
  return { files: seen, lazy };
}

function pageBundle(dir: string, html: string): { files: Set<string>; lazy: Set<string> } {
  const text = readFileSync(join(dir, html), 'utf8');
  const files = new Set<string>([html]);
  const lazy = new Set<string>();
  for (const m of text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)) staticGraph(dir, m[1]!, files, lazy);
  return { files, lazy };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = resolve(process.argv[2] ?? resolve(ROOT, '.output'), target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.log(`${target}: not built (npm run build)`);
    continue;
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const bundles: [string, { files: Set<string>; lazy: Set<string> }][] = [];
  const content = { files: new Set<string>(), lazy: new Set<string>() };
  for (const cs of manifest.content_scripts ?? [])
    for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) staticGraph(dir, f, content.files, content.lazy);
  bundles.push(['content script', content]);
  // The page's session: imported by the content script when the page first names a party (src/page/session-loader.ts).
  if (existsSync(join(dir, 'page-session.js'))) bundles.push(['page session', staticGraph(dir, 'page-session.js')]);
  // The hover card's UI: imported by the content script when a card is first opened (src/page/card-ui-loader.ts).
  if (existsSync(join(dir, 'card-ui.js'))) bundles.push(['card UI', staticGraph(dir, 'card-ui.js')]);
  const background = { files: new Set<string>(), lazy: new Set<string>() };
  for (const f of [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])])
    if (f) staticGraph(dir, f, background.files, background.lazy);
  bundles.push(['background', background]);
  for (const page of ['popup', 'options', 'facts'])
    if (existsSync(join(dir, `${page}.html`))) bundles.push([page, pageBundle(dir, `${page}.html`)]);

  console.log(`\n${target} (gzip -9)`);
  for (const [name, { files, lazy }] of bundles) {
    const total = [...files].reduce((n, f) => n + gz(join(dir, f)), 0);
    const budget = BUDGET_KB[name];
    const verdict = budget === undefined ? '' : total <= budget * 1024 ? `  ≤ ${budget} KB  ok` : `  > ${budget} KB  OVER BUDGET`;
    console.log(
      `  ${name.padEnd(15)} ${kb(total).padStart(6)} KB${verdict}   (${[...files].map((f) => `${f} ${kb(gz(join(dir, f)))}`).join(', ')})`,
    );
    const later = [...lazy].filter((f) => !files.has(f));
    if (later.length) console.log(`  ${''.padEnd(15)} + on demand: ${later.map((f) => `${f} ${kb(gz(join(dir, f)))} KB`).join(', ')}`);
  }
}
