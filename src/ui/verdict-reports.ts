/**
 * "This verdict looks wrong": a reader's report on one claim's verdict, with an optional note. Kept only in
 * this browser (`storage.local` → `verdictReports`), listed on the options page and exported from there
 * as a JSON file the reader may hand to a maintainer. Nothing is sent anywhere.
 */
import { storage } from 'wxt/utils/storage';
import type { Claim } from '../engine/claim';
import { claimWhy } from './why';

export interface VerdictReport {
  /** ISO time the reader marked it. */
  at: string;
  /** The page (without its #fragment). */
  url: string;
  claim: string;
  /** The verdict's data name (`conflicting`, not the word a reader sees). */
  verdict: Claim['verdict'];
  /** Why, as the card and the popup said it to the reader. */
  reason: string;
  /** The matched facts' ids and the quoted sources' ids, for the maintainer to find them. */
  facts: string[];
  sources: string[];
  note: string;
}

/** At most this many kept: the oldest go first. */
export const MAX_REPORTS = 500;

export const verdictReportsItem = storage.defineItem<VerdictReport[]>('local:verdictReports', {
  fallback: [],
  version: 1,
  migrations: {},
});

/** The report for a claim (pure). */
export function reportFor(claim: Claim, url: string, note: string, at: Date = new Date()): VerdictReport {
  return {
    at: at.toISOString(),
    url: url.replace(/#.*$/, ''),
    claim: claim.text,
    verdict: claim.verdict,
    reason: claimWhy(claim),
    facts: claim.facts.map((f) => f.id),
    sources: [...new Set(claim.evidence.map((e) => e.source.id))],
    note: note.trim(),
  };
}

/** Stored reports, anything malformed left out (the store is the reader's, and hand-editable). */
export function validReports(raw: unknown): VerdictReport[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (r): r is VerdictReport =>
      !!r && typeof r === 'object' && typeof r.claim === 'string' && typeof r.verdict === 'string' && typeof r.at === 'string',
  );
}

export async function addVerdictReport(report: VerdictReport): Promise<void> {
  const list = validReports(await verdictReportsItem.getValue());
  // The same claim on the same page marked again: the newer note replaces the older.
  const rest = list.filter((r) => !(r.url === report.url && r.claim === report.claim));
  await verdictReportsItem.setValue([...rest, report].slice(-MAX_REPORTS));
}

/** The export file's text: the reports with what made them, for a maintainer. */
export function reportsAsJson(reports: readonly VerdictReport[]): string {
  return `${JSON.stringify({ claimlensVerdictReports: 1, reports }, null, 2)}\n`;
}
