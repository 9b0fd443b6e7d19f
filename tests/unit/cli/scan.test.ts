import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderArticle, parseSeed } from '../../../src/cli/demo-article';
import { readableReport, scanHtml } from '../../../src/cli/scan';
import { readSourceArticle, sourceArticleFiles } from '../../../src/cli/source-articles';

const PAGE = `<!doctype html><html><head><title>t</title><script>var x = "Microsoft will no longer pay OpenAI";</script></head>
<body><nav><a href="#">Home</a></nav><article><h1>News</h1>
<p>Microsoft will   no longer pay OpenAI a share of its <a href="#">revenue</a> under the new agreement.</p>
<p>The weather was fine.</p>
<p>OpenAI will keep paying Microsoft a revenue share until 2032.</p></article></body></html>`;

describe('scan', () => {
  it('reports each claim with verdict, facts, sources and reason, text as it reads', () => {
    const out = scanHtml(PAGE);
    expect(out.claims.map((c) => [c.text, c.verdict])).toEqual([
      ['Microsoft will no longer pay OpenAI a share of its revenue under the new agreement.', 'corroborated'],
      ['OpenAI will keep paying Microsoft a revenue share until 2032.', 'conflicting'],
    ]);
    const [first] = out.claims;
    expect(first!.facts.length).toBeGreaterThan(0);
    expect(first!.sources[0]).toMatchObject({ stance: 'corroborates' });
    expect(Object.keys(first!.sources[0]!).sort()).toEqual(['date', 'id', 'publisher', 'quote', 'stance', 'title', 'url']);
    expect(out.claims[1]!.reason).toMatch(/2030/);
  });

  it('says why as the card does (src/ui/why.ts, English messages.json), with the explanation as data', () => {
    const out = scanHtml(PAGE);
    expect(out.claims[1]!.reason).toBe('Sources say until 2030, not until 2032');
    expect(out.claims[1]!.explanation).toEqual({
      kind: 'differs',
      differences: [{ what: 'year', claimed: 'until 2032', sources: 'until 2030' }],
    });
    expect(out.pageSource).toBeUndefined();
    const report = readableReport('page.html', out);
    expect(report).toContain(
      '[CONFLICTING] OpenAI will keep paying Microsoft a revenue share until 2032.\n  Sources say until 2030, not until 2032\n',
    );
  });

  it('says once that a page is one of the bundled sources, not on every claim', () => {
    const file = sourceArticleFiles()[0]!;
    const out = scanHtml(renderArticle(parseSeed(readSourceArticle(file), file), { index: 'index.html', label: 'Index' }));
    expect(out.pageSource?.id).toBeTruthy();
    const report = readableReport(file, out);
    expect(report.match(/one of ClaimLens's sources/g)).toHaveLength(1);
    expect(report).not.toMatch(/This page is a bundled source/);
    expect(out.claims.every((c) => !/bundled source \(/.test(c.reason))).toBe(true);
  });

  it('prints exactly one JSON object with --json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-test-'));
    const file = join(dir, 'page.html');
    writeFileSync(file, PAGE);
    const stdout = execFileSync('npx', ['tsx', 'src/cli/scan.ts', '--json', file], { encoding: 'utf8' });
    const parsed = JSON.parse(stdout) as { claims: unknown[] };
    expect(parsed.claims).toHaveLength(2);
  }, 30_000);

  it('fails with a message on stderr when the page cannot be read', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/scan.ts', '--json', '/nonexistent/page.html'], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/cannot read \/nonexistent\/page\.html/);
  }, 30_000);
});
