/**
 * The typed messages between content script, background and popup.
 * Only plain data crosses: claims as the engine made them (see `src/engine/claim.ts`).
 */
import type { TabView } from './tab-results';
import type { CompactClaims } from './compact-claims';
import type { Claim } from './engine/claim';
import type { Sensitivity } from './engine/engine';

/** What a tab's content script found, as kept by the background per tab. */
export interface TabResult {
  url: string;
  /** `scanning` until the first scan of the page finished. */
  status: 'scanning' | 'done' | 'disabled';
  claims: Claim[];
}

export type Message =
  /**
   * content → background: find the claims in these runs of text blocks (the blocks the page's gate let
   * through, see `src/engine/candidate-blocks.ts`); answered with `ScanAnswer` (src/background/engine-host.ts).
   */
  | { type: 'scan'; runs: string[][]; sensitivity: Sensitivity; pageDate: string | null }
  /** content → background: the page's current claims (replaces earlier ones for the tab and frame). */
  | {
      type: 'claims';
      url: string;
      status: TabResult['status'];
      /** Compact from the page (a message is serialised in the page's thread: 100 claims ~345 kB as they are, ~45 kB compact). */
      claims: Claim[] | CompactClaims;
    }
  /** popup → background: the results of a tab. */
  | { type: 'get-result'; tabId: number }
  /** popup → content (via tabs.sendMessage): scroll to a claim and mark it briefly. */
  | { type: 'reveal-claim'; index: number }
  /** background → content (top frame), from the keyboard commands: go to the next (1) or previous (-1) claim. */
  | { type: 'step-claim'; direction: 1 | -1 }
  /** background → content (top frame), from the keyboard command: hide all highlights on the page, or show them again. */
  | { type: 'toggle-highlights' }
  /** content → background, on `pagehide`: this frame's document is going away; drop its claims. */
  | { type: 'frame-gone' }
  /** background → content (a frame) after the background started again: still there? Answers true and opens a new `FRAME_PORT`. */
  | { type: 'frame-ping' };

/** What each message is answered with: one place, so no sender casts an answer and no handler returns another. */
export interface Replies {
  /** The claims of the runs, compact (see `src/compact-claims.ts`). */
  scan: CompactClaims;
  /** Stored. */
  claims: boolean;
  'get-result': TabView | null;
  /** Whether the claim was there to reveal. */
  'reveal-claim': boolean;
  'step-claim': boolean;
  /** Whether the highlights now show. */
  'toggle-highlights': boolean;
  'frame-gone': boolean;
  'frame-ping': boolean;
}
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;
export type Reply<M extends Message> = Replies[M['type']];

/** The messages the background answers; its listener leaves every other one to the listeners it is for. */
export const BACKGROUND_MESSAGES = ['scan', 'claims', 'get-result', 'frame-gone'] as const satisfies readonly MessageType[];
export type BackgroundMessage = MessageOf<(typeof BACKGROUND_MESSAGES)[number]>;

/** Is this a message of one of these types? (Anything may arrive: other extensions' pages cannot, but be safe.) */
export function isMessageOf<T extends MessageType>(message: unknown, types: readonly T[]): message is MessageOf<T> {
  const type = message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && (types as readonly string[]).includes(type);
}

/**
 * The name of the port each frame's content script keeps open to the background. The browser closes it
 * when the frame's document goes away (the iframe removed, the frame or the tab navigated elsewhere, a
 * reload), and the background then drops that frame's claims (the top frame's: the tab's).
 */
export const FRAME_PORT = 'claimlens-frame';
