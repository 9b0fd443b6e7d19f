/**
 * The keyboard commands and their suggested keys (the manifest's `commands`, wxt.config.ts). Readers may
 * change the keys in the browser; the popup and options show the keys the browser reports, the card
 * (which can't ask) these defaults. Each must be one both browsers give the extension: Chromium 156 leaves
 * Alt+Shift+N and Alt+Shift+P unassigned (commands.getAll() reports no key), so next and previous are
 * J and K, as in mail and feed readers.
 */
export const COMMAND_KEYS = {
  'next-claim': 'Alt+Shift+J',
  'previous-claim': 'Alt+Shift+K',
  'toggle-highlights': 'Alt+Shift+H',
} as const;

export type CommandName = keyof typeof COMMAND_KEYS;
