/**
 * A source as a reader sees it, named the same way in the card, the popup and the Facts page: its outlet
 * (the publisher; the title where the text names none), its date in words, and what it lacks (date,
 * link) said once, quietly.
 */
import type { Source } from '../facts/schema';
import { t } from './i18n';
import { sourceHref } from './source-link';

/** "Cailian Press"; the title where no outlet is named; "source not named" where neither is. */
export function outletName(source: Pick<Source, 'publisher' | 'title'>): string {
  return source.publisher?.trim() || source.title?.trim() || t('sourceUnnamed');
}

// In the reader's language (the browser's): "27 April 2026", "April 27, 2026", "27. April 2026"…
// Made when first needed: a formatter loads the locale's data (~10 ms on every page the content script runs on).
let monthYear: Intl.DateTimeFormat | undefined;
let dayMonthYear: Intl.DateTimeFormat | undefined;

/** "2026-04-27" → "27 April 2026", "2026-04" → "April 2026", "2026" → "2026"; null when not given. */
export function dateInWords(date: string | null | undefined): string | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const at = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  const format = d
    ? (dayMonthYear ??= new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }))
    : (monthYear ??= new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' }));
  return format.format(at);
}

/** What the source doesn't give, in one quiet phrase ("date and link not given"), or null. */
export function missingParts(source: Pick<Source, 'date' | 'url'>): string | null {
  const noDate = !source.date;
  const noLink = !sourceHref(source.url);
  if (noDate && noLink) return t('sourceMissing', t('missingDateLink'));
  if (noDate) return t('sourceMissing', t('missingDate'));
  if (noLink) return t('sourceMissing', t('missingLink'));
  return null;
}

/** "Cailian Press, 27 April 2026" (just the outlet when undated). */
export function outletAndDate(source: Pick<Source, 'publisher' | 'title' | 'date'>): string {
  const date = dateInWords(source.date);
  return date ? `${outletName(source)}, ${date}` : outletName(source);
}
