/**
 * Turns a seed article (plain text as copied from a news site) into a local HTML article page for the demo:
 * title as <h1>, a byline/date where the text gives one, section headings as <h2>, paragraphs as <p>,
 * list-like lines as <li>. Site furniture (ads, comment boxes, language menus) is left out.
 * Every piece of text is escaped; the HTML around it is fixed.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type ArticleBlock = { kind: 'h2' | 'p'; text: string } | { kind: 'ul'; items: string[] };

export interface Article {
  title: string;
  byline: string | null;
  blocks: ArticleBlock[];
}

/** Lines that are the website around the article, not the article. */
const FURNITURE = [
  /^📑\s*Table of Contents$/u,
  /^(Live|EC)$/,
  /^Advertisement/,
  /^Discussion \(\d+\)$/,
  /^Be the first to comment\.?$/,
  /^Leave a comment$/,
  /^(Español|English|Français|Português|Deutsch|Italiano)$/,
];

/** Mis-decoded UTF-8 seen in the seeds (an em dash read as Windows-1253). */
const MOJIBAKE: [string, string][] = [['β€”', '—']];

/** A by-line: outlet/author, date and reading-time furniture separated by middle dots. */
const BYLINE = /·.*\b(views?|min read|ago)\b/;
/** A dateline opening the first paragraph: "Cailian Press, April 27 (Editor Shi Zhengzhi) …". */
const DATELINE =
  /^([A-Z][\w&.' -]{2,40}), ((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2})(?: \(([^)]{2,60})\))? /;
const BULLET = /^\s*[•*·]\s+/u;
const CIRCLED = /[①-⑳]/u;

export function parseSeed(raw: string, fallbackTitle: string): Article {
  let text = raw.replace(/\r\n?/g, '\n');
  for (const [bad, good] of MOJIBAKE) text = text.split(bad).join(good);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !FURNITURE.some((re) => re.test(line)));

  let title: string | null = null;
  let byline: string | null = null;
  const blocks: ArticleBlock[] = [];
  let listNext = false;

  const pushItem = (item: string) => {
    const last = blocks.at(-1);
    if (last?.kind === 'ul') last.items.push(item);
    else blocks.push({ kind: 'ul', items: [item] });
  };

  lines.forEach((line, i) => {
    if (line === '-') {
      listNext = true; // "-" alone on a line marks the next line as a list item.
      return;
    }
    if (listNext || BULLET.test(line)) {
      listNext = false;
      pushItem(line.replace(BULLET, ''));
      return;
    }
    if (title === null && i < 3 && isHeading(line)) {
      title = line;
      return;
    }
    if (byline === null && blocks.length === 0 && BYLINE.test(line)) {
      byline = line
        .split('·')
        .map((part) => part.replace(/^[^\p{L}\p{N}]+/u, '').trim())
        .filter(Boolean)
        .join(' · ');
      return;
    }
    const dateline = byline === null ? DATELINE.exec(line) : null;
    if (dateline) {
      byline = [dateline[1], dateline[2], dateline[3]].filter(Boolean).join(' · ');
      line = line.slice(dateline[0].length);
    }
    if (CIRCLED.test(line.charAt(0))) {
      // "① first point; ② second point; …" — a summary list on one line.
      for (const item of line.split(CIRCLED)) {
        const clean = item.replace(/[;；]\s*$/u, '').trim();
        if (clean) pushItem(clean);
      }
      return;
    }
    const next = lines[i + 1];
    if (isHeading(line) && next !== undefined && !isHeading(next)) {
      blocks.push({ kind: 'h2', text: line });
      return;
    }
    blocks.push({ kind: 'p', text: line.replace(/^💡\s*/u, '') });
  });

  // No headline in the text: name it by its outlet and date, else by its opening words.
  const bylineTitle = byline ? (byline as string).split(' · ').slice(0, 2).join(', ') : null;
  return { title: title ?? bylineTitle ?? leadClause(blocks) ?? fallbackTitle, byline, blocks };
}

/** Where the text has no headline: the opening clause of its first sentence, if short enough. */
function leadClause(blocks: ArticleBlock[]): string | null {
  const first = blocks[0];
  const text = first?.kind === 'ul' ? first.items[0] : first?.text;
  const clause = text?.split(/[:;.]/)[0]?.trim();
  return clause && clause.length <= 110 ? clause : null;
}

/** A short line that does not end a sentence: a title or section heading. */
function isHeading(line: string): boolean {
  return line.length <= 110 && !/[.!:;,)"”']$/.test(line) && !BYLINE.test(line) && !/^[📌🔗⚠]/u.test(line);
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

const STYLE = `
  body { font: 18px/1.6 Georgia, 'DejaVu Serif', serif; color: #1d1d1f; background: #fbfaf7; margin: 0; }
  header.site { background: #20232a; color: #fff; padding: .6em 1.2em; font: 600 15px/1.4 system-ui, sans-serif; }
  header.site a { color: #fff; text-decoration: none; }
  main { max-width: 42em; margin: 2em auto 4em; padding: 0 1.2em; }
  h1 { font-size: 2em; line-height: 1.2; margin: .2em 0 .4em; }
  h2 { font-size: 1.3em; margin: 1.6em 0 .4em; }
  .byline { color: #5f6368; font: 14px/1.4 system-ui, sans-serif; margin-bottom: 2em; }
  ul.articles li { margin: .6em 0; }
`;

export function renderArticle(article: Article, nav: { index: string; label: string }): string {
  const body = article.blocks.map((block) =>
    block.kind === 'ul'
      ? `<ul>\n${block.items.map((item) => `  <li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`
      : `<${block.kind}>${escapeHtml(block.text)}</${block.kind}>`,
  );
  return page(article.title, [
    `<header class="site"><a href="${escapeHtml(nav.index)}">${escapeHtml(nav.label)}</a></header>`,
    '<main>',
    '<article>',
    `<h1>${escapeHtml(article.title)}</h1>`,
    article.byline ? `<p class="byline">${escapeHtml(article.byline)}</p>` : '',
    ...body,
    '</article>',
    '</main>',
  ]);
}

export function renderIndex(title: string, intro: string, links: { href: string; title: string }[]): string {
  return page(title, [
    `<header class="site">${escapeHtml(title)}</header>`,
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(intro)}</p>`,
    '<ul class="articles">',
    ...links.map((link) => `  <li><a href="${escapeHtml(link.href)}">${escapeHtml(link.title)}</a></li>`),
    '</ul>',
    '</main>',
  ]);
}

function page(title: string, body: string[]): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    ...body.filter(Boolean),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export interface DemoPage {
  /** File name in the site folder, e.g. `article-1.html`. */
  file: string;
  title: string;
}

const SITE_TITLE = 'ClaimLens demo: five articles on the Microsoft–OpenAI partnership';

/** Writes every seed article (`*.txt` in `seedsDir`) as a page in `siteDir` (emptied first), plus index.html. */
export function writeDemoSite(seedsDir: string, siteDir: string): DemoPage[] {
  rmSync(siteDir, { recursive: true, force: true });
  mkdirSync(siteDir, { recursive: true });
  const seeds = readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const pages = seeds.map((seed, i): DemoPage => {
    const article = parseSeed(readFileSync(join(seedsDir, seed), 'utf8'), `Article ${i + 1}`);
    const file = `article-${i + 1}.html`;
    writeFileSync(join(siteDir, file), renderArticle(article, { index: 'index.html', label: '← ClaimLens demo articles' }));
    return { file, title: article.title };
  });
  const intro =
    'Local copies of five news articles. Open one: ClaimLens highlights what it says about the partnership; ' +
    'rest the pointer on a highlight to see what the sources say.';
  const links = pages.map((p) => ({ href: p.file, title: p.title }));
  writeFileSync(join(siteDir, 'index.html'), renderIndex(SITE_TITLE, intro, links));
  return pages;
}
