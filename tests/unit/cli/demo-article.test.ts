import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { parseSeed, renderArticle } from '../../../src/cli/demo-article';

const NAV = { index: 'index.html', label: 'Back' };

describe('demo article pages', () => {
  it('keep markup in the article text as text', () => {
    const seed = 'A <b>bold</b> headline & more\n\nMicrosoft said "<script>alert(1)</script>" & left.\n';
    const html = renderArticle(parseSeed(seed, 'x'), NAV);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script, b')).toHaveLength(0);
    expect(document.querySelector('h1')?.textContent).toBe('A <b>bold</b> headline & more');
    expect(document.querySelector('p')?.textContent).toBe('Microsoft said "<script>alert(1)</script>" & left.');
  });

  it('give the title, the byline, section headings, paragraphs and list items their elements', () => {
    const seed = [
      'Live',
      'Microsoft and OpenAI Rewrite Their Deal',
      'Cascade Daily Editorial · · 14h ago · 11 views · 4 min read',
      'Advertisementcat_top',
      'The first paragraph ends with a full stop.',
      'The Costs of Closeness',
      'A second paragraph β€” with a repaired dash.',
      '-',
      'First point: one.',
      '  • Second point: two.',
    ].join('\n');
    const { document } = parseHTML(renderArticle(parseSeed(seed, 'x'), NAV));
    const texts = (selector: string) => [...document.querySelectorAll(selector)].map((el) => el.textContent);
    expect(texts('h1')).toEqual(['Microsoft and OpenAI Rewrite Their Deal']);
    expect(texts('.byline')).toEqual(['Cascade Daily Editorial · 14h ago · 11 views · 4 min read']);
    expect(texts('h2')).toEqual(['The Costs of Closeness']);
    expect(texts('article > p:not(.byline)')).toEqual([
      'The first paragraph ends with a full stop.',
      'A second paragraph — with a repaired dash.',
    ]);
    expect(texts('li')).toEqual(['First point: one.', 'Second point: two.']);
    expect(document.body.textContent).not.toMatch(/Advertisement|Live/);
  });

  it('take a dateline as the byline and title an article that has no headline by outlet and date', () => {
    const seed =
      '① Microsoft will no longer pay revenue sharing to OpenAI; ② OpenAI keeps paying.\nCailian Press, April 27 (Editor Shi Zhengzhi) Once regarded as a partnership, they parted.';
    const article = parseSeed(seed, 'x');
    expect(article.title).toBe('Cailian Press, April 27');
    expect(article.byline).toBe('Cailian Press · April 27 · Editor Shi Zhengzhi');
    expect(article.blocks).toEqual([
      { kind: 'ul', items: ['Microsoft will no longer pay revenue sharing to OpenAI', 'OpenAI keeps paying.'] },
      { kind: 'p', text: 'Once regarded as a partnership, they parted.' },
    ]);
  });
});
