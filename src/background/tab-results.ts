/**
 * Per-tab results: what each tab's content scripts (one per frame) found, kept in `storage.session`
 * so they outlive the background being stopped and restarted, and dropped on navigation and close.
 */
import { storage } from 'wxt/utils/storage';
import { compactClaims, expandClaims, type CompactClaims } from '../compact-claims';
import type { Claim } from '../engine/claim';
import type { TabResult } from '../messages';

/**
 * One frame's result as stored: its claims in compact form (see `src/compact-claims.ts`), as JSON text.
 * Text because storage copies a value object by object: in Firefox 100 claims' ~1,000 small objects took
 * the popup's read ~30 ms, one string of the same size ~0 ms (and JSON.parse well under 1 ms).
 */
export interface StoredFrame extends Omit<TabResult, 'claims'> {
  claims: string;
}

/** What is stored for one tab: each frame's latest result, by frame id (0 = the top frame). */
export interface StoredTab {
  frames: Record<string, StoredFrame>;
}

/** A tab's frames merged, plus where each claim came from (so the popup can reveal it in its frame). */
export interface TabView extends TabResult {
  /** For each claim of `claims` (same order): its frame and its index in that frame's own list. */
  origins: { frameId: number; index: number }[];
}

const key = (tabId: number) => `session:tab-${tabId}` as const;

/**
 * Merge a tab's frames: the top frame first, then sub-frames by frame id. The URL is the top
 * frame's; the status is `disabled` when the top frame is disabled, `scanning` while any frame is.
 */
export function mergeFrames(stored: StoredTab | null): TabView | null {
  if (!stored) return null;
  const ids = Object.keys(stored.frames)
    .map(Number)
    .sort((a, b) => a - b);
  if (ids.length === 0) return null;
  const top = stored.frames['0'];
  const claims: Claim[] = [];
  const origins: TabView['origins'] = [];
  let scanning = false;
  for (const frameId of ids) {
    const frame = stored.frames[String(frameId)];
    if (!frame) continue;
    if (frame.status === 'scanning') scanning = true;
    expandClaims(JSON.parse(frame.claims) as CompactClaims).forEach((claim, index) => {
      claims.push(claim);
      origins.push({ frameId, index });
    });
  }
  const status: TabResult['status'] =
    top?.status === 'disabled' ? 'disabled' : scanning || !top ? 'scanning' : 'done';
  return { url: top?.url ?? '', status, claims, origins };
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

/** Record one frame's result (replacing its earlier one); resolves to the tab's merged view. */
export function setFrameResult(tabId: number, frameId: number, result: TabResult): Promise<TabView | null> {
  return serial(tabId, async () => {
    const stored = (await storage.getItem<StoredTab>(key(tabId))) ?? { frames: {} };
    const frame: StoredFrame = { url: result.url, status: result.status, claims: JSON.stringify(compactClaims(result.claims)) };
    const frames = { ...stored.frames, [String(frameId)]: frame };
    const next: StoredTab = { frames };
    await storage.setItem(key(tabId), next);
    const view = mergeFrames(next);
    await onChange?.(tabId, view);
    return view;
  });
}

/**
 * Forget one frame's result (its document went away: the iframe was removed or navigated elsewhere);
 * resolves to the tab's merged view. Nothing changes if the frame has none.
 */
export function removeFrameResult(tabId: number, frameId: number): Promise<TabView | null> {
  return serial(tabId, async () => {
    const stored = await storage.getItem<StoredTab>(key(tabId));
    if (!stored?.frames[String(frameId)]) return mergeFrames(stored);
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
  return serial(tabId, async () => {
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
  return serial(tabId, async () => {
    const view = mergeFrames(await storage.getItem<StoredTab>(key(tabId)));
    if (!view || !stale(view)) return false;
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
