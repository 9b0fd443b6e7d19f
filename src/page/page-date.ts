/**
 * When the page says it was written: the article's published date from its metadata (Open Graph /
 * schema.org / Dublin Core meta tags, or the first <time datetime> in an <article>), as YYYY-MM-DD, or null.
 * Read only, never changes the page. Shown on the card beside the sources' dates.
 */
const META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dcterms.created"]',
  'meta[name="pubdate"]',
];

export function pageDate(doc: Document): string | null {
  for (const selector of META) {
    const value = doc.querySelector(selector)?.getAttribute('content');
    const date = isoDay(value);
    if (date) return date;
  }
  return isoDay(doc.querySelector('article time[datetime], time[itemprop="datePublished"]')?.getAttribute('datetime'));
}

function isoDay(value: string | null | undefined): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
