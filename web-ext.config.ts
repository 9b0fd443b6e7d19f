import { defineWebExtConfig } from 'wxt';
import { CHROMIUM, FIREFOX } from './src/cli/browsers.ts';

// `npm run dev` / `npm run dev:firefox` open Debian's browsers with the extension loaded (and reloaded on save).
// Chromium will not start as root with its sandbox on (as on a fresh Debian machine's root shell).
export default defineWebExtConfig({
  binaries: { chrome: CHROMIUM, firefox: FIREFOX },
  chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
