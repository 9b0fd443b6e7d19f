/**
 * Per-tab results: what each tab's content scripts (one per frame) found, kept in `storage.session`
 * so they outlive the background being stopped and restarted, and dropped on navigation and close.
 */
import { storage } from 'wxt/utils/storage';
import { compactClaims, expandClaims, type CompactClaims } from './compact-claims';
import { VERDICTS, type Claim } from './engine/claim';
import type { TabResult } from './messages';

/**
 * One frame's result as stored: its claims in compact form (see `src/compact-claims.ts`), as JSON text.
 * Text because storage copies a value object by object: in Firefox 100 claims' ~1,000 small objects took
 * the popup's read ~30 ms, one string of the same size ~0 ms (and JSON.parse well under 1 ms).
 */
export interface StoredFrame extends Omit<TabResult, 'claims'> {
  claims: string;
  /** How many of the frame's claims were not kept (see MAX_CLAIMS_PER_FRAME, MAX_TAB_CHARS). */
  more?: number;
}

/**
 * Bounds on what one tab keeps, so that one huge page never fills `storage.session` (10 MB, shared by every
 * tab) and leaves later tabs without a badge or a popup: the first claims of each frame, in page order, up
 * to these; the popup says how many more the page had.
 */
export const MAX_CLAIMS_PER_FRAME = 500;
/** What one tab's stored results may take, in characters of JSON (about bytes). 100 claims take ~45 kB. */
export const MAX_TAB_CHARS = 250_000;

/** What is stored for one tab: each frame's latest result, by frame id (0 = the top frame). */
export interface StoredTab {
  frames: Record<string, StoredFrame>;
}

/** A tab's frames merged, plus where each claim came from (so the popup can reveal it in its frame). */
export interface TabView extends TabResult {
  /** For each claim of `claims` (same order): its frame and its index in that frame's own list. */
  origins: { frameId: number; index: number }[];
  /** How many claims the tab's pages had beyond those kept (0 when all were). */
  more?: number;
}

const key = (tabId: number) => `session:tab-${tabId}` as const;

/**
 * Merge a tab's frames: the top frame first, then sub-frames by frame id. The URL is the top
 * frame's; the status is `disabled` when the top frame is disabled, `scanning` while any frame is.
 */
export function mergeFrames(stored: StoredTab | null): TabView | null {
  // What is stored may be anything (a hand edit, an older build, corruption): a frame that cannot be read
  // counts as having no claims, a claim that points at missing facts or evidence is left out.
  if (!stored || typeof stored !== 'object' || !stored.frames || typeof stored.frames !== 'object') return null;
  const ids = Object.keys(stored.frames)
    .map(Number)
    .sort((a, b) => a - b);
  if (ids.length === 0) return null;
  const top = stored.frames['0'];
  const claims: Claim[] = [];
  const origins: TabView['origins'] = [];
  let scanning = false;
  let more = 0;
  for (const frameId of ids) {
    const frame = stored.frames[String(frameId)];
    if (!frame || typeof frame !== 'object') continue;
    if (frame.status === 'scanning') scanning = true;
    if (typeof frame.more === 'number' && frame.more > 0) more += frame.more;
    readClaims(frame.claims).forEach((claim, index) => {
      claims.push(claim);
      origins.push({ frameId, index });
    });
  }
  const status: TabResult['status'] = top?.status === 'disabled' ? 'disabled' : scanning || !top ? 'scanning' : 'done';
  return { url: typeof top?.url === 'string' ? top.url : '', status, claims, origins, ...(more > 0 ? { more } : {}) };
}

/** A frame's stored claims; none when they cannot be read, and without any that point at nothing. */
function readClaims(text: unknown): Claim[] {
  try {
    const compact = JSON.parse(String(text)) as CompactClaims;
    if (
      !compact ||
      !Array.isArray(compact.claims) ||
      !Array.isArray(compact.facts) ||
      !Array.isArray(compact.evidence) ||
      !Array.isArray(compact.sources)
    )
      return [];
    const evidenceOk = compact.evidence.map(
      (e) => !!e && typeof e === 'object' && !!compact.sources[e.source] && typeof compact.sources[e.source] === 'object',
    );
    const sound = compact.claims.filter(
      (c) =>
        !!c &&
        typeof c === 'object' &&
        typeof c.text === 'string' &&
        VERDICTS.includes(c.verdict) &&
        Array.isArray(c.facts) &&
        Array.isArray(c.evidence) &&
        c.facts.every((i) => !!compact.facts[i] && typeof compact.facts[i] === 'object') &&
        c.evidence.every((i) => evidenceOk[i] === true),
    );
    return expandClaims({ ...compact, claims: sound });
  } catch {
    return [];
  }
}

type ChangeListener = (tabId: number, view: TabView | null) => Promise<void> | void;
let onChange: ChangeListener | null = null;

/**
 * Called with a tab's merged results after each change (the badge follows them), in turn with the
 * changes themselves, so the last call always shows what is stored.
 */
export function onTabResultChange(listener: ChangeListener | null): void {
  onChange = listener;
}

/** Runs tasks for one tab one after another (frames report concurrently; each update reads then writes). */
const queues = new Map<number, Promise<unknown>>();
function serial<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  const tail = run.catch(() => undefined);
  queues.set(tabId, tail);
  void tail.then(() => {
    if (queues.get(tabId) === tail) queues.delete(tabId);
  });
  return run;
}

/** The last report of each frame (`tab:frame`), numbered in the order reports came since the background started. */
const lastReports = new Map<string, number>();
let reports = 0;

/**
 * Which report a frame made last (0: none since the background started): a frame that reported after it
 * was asked whether it is still there is there, whatever the answer said (it was asked between documents).
 */
export function lastReportOf(tabId: number, frameId: number): number {
  return lastReports.get(`${tabId}:${frameId}`) ?? 0;
}

/**
 * Forget the report numbers of a tab's frames (or of one frame) whose results were just dropped, up to
 * report `upTo` (the last one made when the drop was asked for): a report made after that is of a new
 * document, still on its way to storage, and its number stands. Without this the map grows with every tab
 * and frame the browser ever showed.
 */
function forgetReports(tabId: number, upTo: number, frameId?: number): void {
  const prefix = `${tabId}:`;
  for (const [frame, report] of lastReports) {
    if (!frame.startsWith(prefix) || report > upTo) continue;
    if (frameId === undefined || frame === `${prefix}${frameId}`) lastReports.delete(frame);
  }
}

/** Record one frame's result (replacing its earlier one); resolves to the tab's merged view. */
export function setFrameResult(tabId: number, frameId: number, result: TabResult): Promise<TabView | null> {
  lastReports.set(`${tabId}:${frameId}`, ++reports);
  return serial(tabId, async () => {
    const stored = (await storage.getItem<StoredTab>(key(tabId))) ?? { frames: {} };
    const others = { ...(stored.frames && typeof stored.frames === 'object' ? stored.frames : {}) };
    delete others[String(frameId)];
    const frame = boundedFrame(result, MAX_TAB_CHARS - JSON.stringify(others).length);
    const next: StoredTab = { frames: { ...others, [String(frameId)]: frame } };
    try {
      await storage.setItem(key(tabId), next);
    } catch {
      // Storage full all the same (other tabs hold the rest): keep that the page had claims, not which.
      const more = (frame.more ?? 0) + storedCount(frame.claims);
      const none: StoredFrame = { ...frame, claims: JSON.stringify(compactClaims([])), more };
      next.frames[String(frameId)] = none;
      await storage.setItem(key(tabId), next);
    }
    const view = mergeFrames(next);
    await onChange?.(tabId, view);
    return view;
  });
}

/**
 * A frame's result as stored: its first claims, as many as MAX_CLAIMS_PER_FRAME and `room` characters
 * allow (halving the count until they fit), and how many more there were.
 */
export function boundedFrame(result: TabResult, room: number): StoredFrame {
  let count = Math.min(result.claims.length, MAX_CLAIMS_PER_FRAME);
  let claims = JSON.stringify(compactClaims(result.claims.slice(0, count)));
  while (count > 0 && claims.length > room) {
    count = Math.floor(count / 2);
    claims = JSON.stringify(compactClaims(result.claims.slice(0, count)));
  }
  const more = result.claims.length - count;
  return { url: result.url, status: result.status, claims, ...(more > 0 ? { more } : {}) };
}

/** How many claims a stored frame's `claims` text holds. */
function storedCount(text: string): number {
  try {
    return (JSON.parse(text) as CompactClaims).claims.length;
  } catch {
    return 0;
  }
}

/**
 * Forget one frame's result (its document went away: the iframe was removed or navigated elsewhere);
 * resolves to the tab's merged view. Nothing changes if the frame has none.
 */
export function removeFrameResult(tabId: number, frameId: number): Promise<TabView | null> {
  const upTo = reports;
  return serial(tabId, async () => {
    forgetReports(tabId, upTo, frameId);
    const stored = await storage.getItem<StoredTab>(key(tabId));
    if (!stored?.frames?.[String(frameId)]) return mergeFrames(stored);
    const frames = { ...stored.frames };
    delete frames[String(frameId)];
    const next: StoredTab = { frames };
    if (Object.keys(frames).length === 0) await storage.removeItem(key(tabId));
    else await storage.setItem(key(tabId), next);
    const view = mergeFrames(next);
    await onChange?.(tabId, view);
    return view;
  });
}

/** The tab's merged results, or null when no content script has reported since the last navigation. */
export async function getTabView(tabId: number): Promise<TabView | null> {
  return mergeFrames(await storage.getItem<StoredTab>(key(tabId)));
}

/** Forget a tab (close). */
export function clearTab(tabId: number): Promise<void> {
  const upTo = reports;
  return serial(tabId, async () => {
    forgetReports(tabId, upTo);
    await storage.removeItem(key(tabId));
    await onChange?.(tabId, null);
  });
}

/** Tell the change listener what is stored for a tab now (after a restart). */
export function announceTab(tabId: number): Promise<void> {
  return serial(tabId, async () => {
    await onChange?.(tabId, mergeFrames(await storage.getItem<StoredTab>(key(tabId))));
  });
}

/**
 * Forget a tab's results if `stale(view)` says so, deciding on what is stored at that moment (in turn
 * with the frames' reports, so a report of the new page that arrived first is judged, not an older read).
 * Resolves to whether they were forgotten.
 */
export function clearTabIf(tabId: number, stale: (view: TabView) => boolean): Promise<boolean> {
  const upTo = reports;
  return serial(tabId, async () => {
    const view = mergeFrames(await storage.getItem<StoredTab>(key(tabId)));
    if (!view || !stale(view)) return false;
    forgetReports(tabId, upTo);
    await storage.removeItem(key(tabId));
    await onChange?.(tabId, null);
    return true;
  });
}

/** Every tab with stored results (to restore badges when the background starts again). */
export async function storedTabIds(): Promise<number[]> {
  const all = await storage.snapshot('session');
  return Object.keys(all).flatMap((k) => {
    const m = /^tab-(\d+)$/.exec(k);
    return m ? [Number(m[1])] : [];
  });
}

/** The storage key a popup watches for live updates of one tab. */
export const tabResultKey = key;
