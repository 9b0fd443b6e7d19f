/**
 * The keyboard commands and their suggested keys (the manifest's `commands`, wxt.config.ts). Readers may
 * change the keys in the browser; the popup and options show the keys the browser reports, the card
 * (which can't ask) these defaults.
 */
export const COMMAND_KEYS = {
  'next-claim': 'Alt+Shift+N',
  'previous-claim': 'Alt+Shift+P',
  'toggle-highlights': 'Alt+Shift+H',
} as const;

export type CommandName = keyof typeof COMMAND_KEYS;
