/**
 * Makes sure Debian's Chromium and Firefox ESR are installed, for the demo and the end-to-end tests.
 * As root it installs them with apt-get; otherwise it says exactly what to run, and fails.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
export const FIREFOX = '/usr/bin/firefox-esr';

export function ensureBrowsers(needed: { chromium?: boolean; firefox?: boolean } = { chromium: true, firefox: true }): void {
  const missing: string[] = [];
  if (needed.chromium && !existsSync(CHROMIUM)) missing.push('chromium');
  if (needed.firefox && !existsSync(FIREFOX)) missing.push('firefox-esr');
  if (missing.length === 0) return;
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `ClaimLens needs ${missing.map((m) => `/usr/bin/${m}`).join(' and ')} (Debian's ${missing.join(' and ')} packages). Run:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\nthen run this command again.`,
    );
    process.exit(1);
  }
  console.log(`Installing ${missing.join(' and ')} from Debian (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) ensureBrowsers();
