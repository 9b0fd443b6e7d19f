/**
 * The claim engine, once per browser, in the background (Chrome's service worker, Firefox's event page):
 * pages send the runs of text blocks their gate let through (see src/engine/candidate-blocks.ts) and get each
 * run's claims back, as the answer to their own message, so every tab and frame gets its own results.
 *
 * The fact pack (bundled + the valid imported packs) is read and the engine built on the first scan, then
 * kept for every later scan with the same sensitivity and the same imported packs; a background that was
 * stopped builds it again on its next scan (the cold start, which `npm run bench:page` prints). Imported
 * packs are read from storage on each scan (a read, not a parse: they are parsed again only when changed),
 * so an import applies to the next scan without waiting for a storage event.
 */
import { compactClaims, type CompactClaims } from '../compact-claims';
import type { Claim } from '../engine/claim';
import { createClaimEngine, type ClaimEngine, type Sensitivity } from '../engine/engine';
import { findParties } from '../engine/parties';
import { bundledPack } from '../facts/bundled';
import { validExtraPacks } from '../facts/active-pack';
import { mergePacks } from '../facts/pack-io';
import { extraPacksItem } from '../facts/imported-packs';
import { readSettings } from '../settings';

/** What a page asks: its runs of block texts, scanned each on its own, and when the page was written. */
export interface ScanRequest {
  runs: string[][];
  sensitivity: Sensitivity;
  /** From the page's metadata (src/page/page-date.ts); null: unknown (the engine takes today). */
  pageDate?: string | null;
}

/** The runs' claims, compact (sources, facts, quotes once); a claim's `block` counts the runs' blocks in order. */
export type ScanAnswer = CompactClaims;

let built: { key: string; engine: Promise<ClaimEngine> } | null = null;

/** The stored imported packs, as a key (they change rarely) and the value. */
async function storedPacks(): Promise<{ key: string; value: unknown }> {
  try {
    const value: unknown = await extraPacksItem.getValue();
    return { key: Array.isArray(value) && value.length === 0 ? '' : JSON.stringify(value), value };
  } catch {
    return { key: '', value: [] };
  }
}

/** The engine for this sensitivity and the packs stored now; built once, then shared by every page. */
export async function engineFor(sensitivity: Sensitivity): Promise<ClaimEngine> {
  const packs = await storedPacks();
  const key = `${sensitivity}|${packs.key}`;
  if (built?.key !== key) {
    const started = performance.now();
    const engine = Promise.resolve().then(() => {
      const extra = validExtraPacks(packs.value);
      const pack = extra.length === 0 ? bundledPack : mergePacks(bundledPack, ...extra);
      const made = createClaimEngine(pack, { sensitivity });
      // For `npm run bench:page` (the background's own performance timeline; nothing leaves the browser).
      performance.clearMeasures('claimlens:engine-built');
      performance.measure('claimlens:engine-built', { start: started, end: performance.now() });
      return made;
    });
    built = { key, engine };
  }
  return built.engine;
}

/**
 * A page is about to ask (its gate let text through, and it is reading its blocks): build the engine for the
 * stored settings now, if it isn't built, so that a freshly started background's build (`npm run bench:page`:
 * ~90 ms) overlaps the page's reading instead of following its request. Never rejects.
 */
export function warmEngine(): Promise<ClaimEngine | null> {
  return readSettings()
    .then((settings) => engineFor(settings.sensitivity))
    .then((engine) => {
      // An engine's first scan builds what it keeps for later ones (in Node: the bench page's claims take
      // ~220 ms on a new engine, ~50 ms after this, ~5 ms after that): done now, in a task of its own (a
      // page's request that arrives first goes first), unless a page's scan has done it already.
      setTimeout(() => {
        if (scanned.has(engine)) return;
        scanned.add(engine);
        try {
          engine.scan(
            bundledPack.facts.map((f) => f.statement),
            { pageDate: null, pageSource: null },
          );
        } catch {
          // A warm-up only: the page's own scan says what went wrong, if anything does.
        }
      }, 0);
      return engine;
    })
    .catch(() => null);
}

/** Engines that have scanned once (a page's runs, or the warm-up's). */
const scanned = new WeakSet<ClaimEngine>();

/**
 * Scan each run on its own (a run carries its own context: see ../engine/candidate-blocks.ts). Whether the
 * page is itself a bundled source is read once over all the blocks that name a party (every such block is in
 * a run), as a scan of the whole page reads it.
 */
export async function scanRuns(request: ScanRequest): Promise<ScanAnswer> {
  const engine = await engineFor(request.sensitivity);
  scanned.add(engine);
  const started = performance.now();
  const naming = request.runs.flat().filter((text) => findParties(text).length > 0);
  const pageSource = naming.length ? engine.sourceOf(naming) : null;
  const options = { pageDate: request.pageDate ?? null, pageSource };
  const claims: Claim[] = [];
  let offset = 0;
  for (const run of request.runs) {
    for (const claim of engine.scan(run, options)) claims.push({ ...claim, block: claim.block + offset });
    offset += run.length;
  }
  const answer = compactClaims(claims);
  // The last scan's time, for `npm run bench:page` (one entry kept: a long-lived background collects none).
  performance.clearMeasures('claimlens:scan');
  performance.measure('claimlens:scan', { start: started, end: performance.now() });
  return answer;
}
