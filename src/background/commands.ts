/**
 * Keyboard commands (manifest `commands`): next-claim / previous-claim / toggle-highlights. The background
 * only relays them to the active tab's top frame, whose content script steps through its claims or hides
 * and shows its highlights.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Message } from '../messages';
import { sendToTab } from '../messaging';

export const CLAIM_COMMANDS = {
  'next-claim': 1,
  'previous-claim': -1,
} as const;

export const TOGGLE_COMMAND = 'toggle-highlights';

/** The message for a command name, or null if it isn't one of ours. */
export function stepMessageFor(command: string): Message | null {
  if (command === TOGGLE_COMMAND) return { type: 'toggle-highlights' };
  const direction = CLAIM_COMMANDS[command as keyof typeof CLAIM_COMMANDS];
  return direction ? { type: 'step-claim', direction } : null;
}

async function relay(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  const message = stepMessageFor(command);
  if (!message) return;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined || tabId < 0) return;
  // Stepping is the top frame's (it holds the card); hiding highlights is every frame's.
  const to = message.type === 'toggle-highlights' ? {} : { frameId: 0 };
  await sendToTab(tabId, message, to).catch(() => {
    // No content script there (a browser page, a site turned off before load): nothing to step through.
  });
}

/** Register the listener; call synchronously at background start-up. */
export function registerClaimCommands(): void {
  browser.commands?.onCommand.addListener((command, tab) => {
    void relay(command, tab);
  });
}
