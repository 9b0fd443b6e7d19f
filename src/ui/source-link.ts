/**
 * A source's link as the reader may follow it: http(s) only. Imported fact packs are checked as URLs,
 * and `javascript:` or `data:` are URLs too; such a link would run or show whatever the pack wrote.
 */
export function sourceHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
