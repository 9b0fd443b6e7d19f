/**
 * When a page speaks from: the date it was written (from its metadata, read by the page) set against
 * the date of the revision that changed the partnership's terms. A page without a date is read as
 * written today.
 */
import { REVISION_DATE } from './values';

export interface PageTime {
  /** The page's date as given (YYYY-MM-DD, YYYY-MM or YYYY), or null for today. */
  date: string | null;
  /** Written before the revision: its present tense speaks of the terms then in force. */
  beforeRevision: boolean;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/u;

export function timeOf(pageDate: string | null | undefined): PageTime {
  const m = pageDate ? DATE.exec(pageDate.trim()) : null;
  if (!m) return { date: null, beforeRevision: false };
  const date = m[0];
  // A date only as precise as a month or a year is before the revision only if all of it is.
  const last = `${m[1]}-${m[2] ?? '12'}-${m[3] ?? '31'}`;
  return { date, beforeRevision: last < REVISION_DATE };
}
