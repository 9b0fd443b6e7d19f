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

/** The message, or null when no messages.json of the extension has it. */
function find(key: string, list: string[]): string | null {
  try {
    // (Typed loosely: WXT's generated list of keys lags the file until `wxt prepare` runs again.)
    const getMessage = browser?.i18n?.getMessage as ((name: string, subs: string[]) => string) | undefined;
    const found = getMessage?.(key, list);
    if (found) return found;
  } catch {
    // No extension context: fall back to English.
  }
  // (The extension's bundles leave the English file out: there `browser.i18n` always answers.)
  const english = (en as Partial<Record<string, { message: string }>>)[key]?.message;
  return english === undefined ? null : substitute(english, list);
}

function lookUp(key: MessageKey, list: string[]): string {
  return find(key, list) ?? key;
}

/** Message keys that come in plural forms: `<base>_one`, `<base>_other` (and `_zero`, `_two`, `_few`, `_many` where a language needs them). */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_other` ? Base : never;
}[MessageKey];

let language: { locale: string; rules: Intl.PluralRules; lists: Map<Intl.ListFormatType, Intl.ListFormat> } | undefined;
/**
 * The rules of the language the messages are in (its messages.json says which, `pluralLocale`): English
 * plurals and lists for English words, even when the browser's language has no translation.
 */
function messagesLanguage(): NonNullable<typeof language> {
  if (!language) {
    const locale = find('pluralLocale', []) ?? 'en';
    try {
      language = { locale, rules: new Intl.PluralRules(locale), lists: new Map() };
    } catch {
      language = { locale: 'en', rules: new Intl.PluralRules('en'), lists: new Map() };
    }
  }
  return language;
}

/** `items` as one list the way the messages' language writes it ("a, b, or c" for a disjunction). */
export function listOf(items: string[], type: Intl.ListFormatType): string {
  const { locale, lists } = messagesLanguage();
  let format = lists.get(type);
  if (!format) lists.set(type, (format = new Intl.ListFormat(locale, { type })));
  return format.format(items);
}

/**
 * The form of `base` for `count` ("1 fact", "2 facts"): `<base>_<category>` by Intl.PluralRules, else
 * `<base>_other`. `$1` is the count (written as the language writes numbers), `$2`… are `subs`.
 */
export function tn(base: PluralKey, count: number, subs: Sub[] = []): string {
  const { locale, rules } = messagesLanguage();
  const list = [count.toLocaleString(locale), ...subs.map(String)];
  return find(`${base}_${rules.select(count)}`, list) ?? find(`${base}_other`, list) ?? base;
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
