import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageDate } from '../../../src/page/page-date';

const doc = (head: string, body = '') => parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('the page\'s own date', () => {
  it('comes from the article metadata, as a day', () => {
    expect(pageDate(doc('<meta property="article:published_time" content="2025-03-12T08:00:00Z">'))).toBe('2025-03-12');
    expect(pageDate(doc('<meta itemprop="datePublished" content="2024-11-02">'))).toBe('2024-11-02');
  });
  it('or from the article\'s <time datetime>', () => {
    expect(pageDate(doc('', '<article><time datetime="2026-04-28T10:00">28 April</time></article>'))).toBe('2026-04-28');
  });
  it('is null when the page says nothing usable', () => {
    expect(pageDate(doc('<meta name="date" content="last Tuesday">', '<time datetime="2026-01-01">x</time>'))).toBeNull();
  });
});
