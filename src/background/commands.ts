/**
 * Keyboard commands (manifest `commands`): next-claim / previous-claim. The background only relays them
 * to the active tab's top frame, whose content script steps through its claims.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Message } from '../messages';

export const CLAIM_COMMANDS = {
  'next-claim': 1,
  'previous-claim': -1,
} as const;

/** The message for a command name, or null if it isn't one of ours. */
export function stepMessageFor(command: string): Message | null {
  const direction = CLAIM_COMMANDS[command as keyof typeof CLAIM_COMMANDS];
  return direction ? { type: 'step-claim', direction } : null;
}

async function relay(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  const message = stepMessageFor(command);
  if (!message) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || tabId < 0) return;
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => {
    // No content script there (a browser page, a site turned off before load): nothing to step through.
  });
}

/** Register the listener; call synchronously at background start-up. */
export function registerClaimCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    void relay(command, tab);
  });
}
