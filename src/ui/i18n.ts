/**
 * UI strings come from `assets/_locales/<lang>/messages.json` through `browser.i18n`, so a
 * translation is data only. Where the API is absent (Node: unit tests, the benchmark) the English
 * file is read directly.
 */
import { browser } from 'wxt/browser';
import en from '../../assets/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

type Sub = string | number;

function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

/** Strings without substitutions, once looked up (the popup asks for the same few per claim, 100 claims a page). */
const plain = new Map<MessageKey, string>();

function lookUp(key: MessageKey, list: string[]): string {
  try {
    const found = browser?.i18n?.getMessage?.(key, list);
    if (found) return found;
  } catch {
    // No extension context: fall back to English.
  }
  // (The extension's bundles leave the English file out: there `browser.i18n` always answers.)
  return substitute((en as Partial<typeof en>)[key]?.message ?? key, list);
}

/** The UI string `key` in the browser's language, with `$1`… replaced by `subs`. */
export function t(key: MessageKey, subs?: Sub | Sub[]): string {
  if (subs === undefined) {
    let found = plain.get(key);
    if (found === undefined) plain.set(key, (found = lookUp(key, [])));
    return found;
  }
  return lookUp(key, (Array.isArray(subs) ? subs : [subs]).map(String));
}

/** The page's language and title in the reader's language (the HTML files carry the English ones). */
export function localizeDocument(titleKey: MessageKey): void {
  try {
    const lang = browser.i18n.getUILanguage?.();
    if (lang) document.documentElement.lang = lang;
  } catch {
    // No extension context: keep the HTML's.
  }
  document.title = t(titleKey);
}
