/**
 * The content script's answers to the extension's messages: `handler` gives a promise of the reply to a
 * message it takes (undefined for one it leaves to other listeners), sent back through `sendResponse` — the
 * form every version of both browsers takes (the content script has no polyfill, ./page-browser.ts, and
 * Chromium's own API took a listener's promise only lately). Returns a function that removes the listener.
 */
import { browser } from 'wxt/browser';

export function onMessage(handler: (message: unknown) => Promise<unknown> | undefined): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
    const reply = handler(message);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
