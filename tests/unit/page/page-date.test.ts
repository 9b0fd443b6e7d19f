import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { normaliseDate, readPageDate } from '../../../src/page/page-date';

const doc = (head: string, body = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('readPageDate', () => {
  it('reads article:published_time', () => {
    expect(readPageDate(doc('<meta property="article:published_time" content="2023-01-23T09:00:00Z">'))).toBe('2023-01-23');
  });
  it('prefers the meta tag to a <time> in the byline', () => {
    expect(
      readPageDate(doc('<meta property="article:published_time" content="2025-05-07T00:00:00Z">', '<time datetime="2026-01-01">x</time>')),
    ).toBe('2025-05-07');
  });
  it('reads JSON-LD datePublished, inside an @graph too', () => {
    const ld =
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2019-07-22T12:00:00-07:00"}]}</script>';
    expect(readPageDate(doc(ld))).toBe('2019-07-22');
  });
  it('skips unreadable JSON-LD and falls back to <time datetime>', () => {
    expect(
      readPageDate(doc('<script type="application/ld+json">{not json</script>', '<p>By A · <time datetime="2024-10-02">Oct 2</time></p>')),
    ).toBe('2024-10-02');
  });
  it('reads a date in the address', () => {
    expect(readPageDate(doc(''), 'https://www.latimes.com/business/story/2023-01-23/microsoft-invests')).toBe('2023-01-23');
    expect(readPageDate(doc(''), 'https://ypyl.github.io/news/2026/04/28/openai-microsoft.html')).toBe('2026-04-28');
    expect(readPageDate(doc(''), 'https://example.com/2025/05/some-story/')).toBe('2025-05');
  });
  it('is null when the page gives no date (judged as today)', () => {
    expect(readPageDate(doc('<meta name="description" content="2023-01-23">', '<p>Posted 2023</p>'), 'https://example.com/a/b')).toBeNull();
  });
  it('ignores dates out of range or malformed', () => {
    expect(
      readPageDate(doc('<meta property="article:published_time" content="0001-01-01">', '<time datetime="yesterday">y</time>')),
    ).toBeNull();
    expect(normaliseDate('2023-13-01')).toBeNull();
  });
});
