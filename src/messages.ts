/**
 * The typed messages between content script, background and popup.
 * Only plain data crosses: claims as the engine made them (see `src/engine/claim.ts`).
 */
import type { Claim } from './engine/claim';

/** What a tab's content script found, as kept by the background per tab. */
export interface TabResult {
  url: string;
  /** `scanning` until the first scan of the page finished. */
  status: 'scanning' | 'done' | 'disabled';
  claims: Claim[];
}

export type Message =
  /** content → background: the page's current claims (replaces earlier ones for the tab and frame). */
  | { type: 'claims'; url: string; status: TabResult['status']; claims: Claim[] }
  /** popup → background: the results of a tab. */
  | { type: 'get-result'; tabId: number }
  /** popup → content (via tabs.sendMessage): scroll to a claim and mark it briefly. */
  | { type: 'reveal-claim'; index: number }
  /** background → content (top frame), from the keyboard commands: go to the next (1) or previous (-1) claim. */
  | { type: 'step-claim'; direction: 1 | -1 };
