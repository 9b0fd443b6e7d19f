/**
 * Sending the typed messages of `src/messages.ts`: the answer's type follows from the message's, so no caller
 * casts it. Used by the content script, the popup and the background.
 */
import { browser } from 'wxt/browser';
import type { Message, Reply } from './messages';

/** To the background (from a content script or an extension page). */
export function sendToBackground<M extends Message>(message: M): Promise<Reply<M>> {
  return browser.runtime.sendMessage(message) as Promise<Reply<M>>;
}

/** To a tab's content scripts (every frame's, or one frame's). */
export function sendToTab<M extends Message>(tabId: number, message: M, options: { frameId?: number } = {}): Promise<Reply<M>> {
  return browser.tabs.sendMessage(tabId, message, options) as Promise<Reply<M>>;
}
