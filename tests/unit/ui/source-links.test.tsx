/**
 * A source's link is followed only to a web page: a pack (imported by the reader) whose source URL is
 * `javascript:` or `data:` gets no link in the hover card or the popup, just the source's title.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Card } from '../../../src/ui/card/Card';
import { SourceLine } from '../../../src/ui/SourceLine';
import { claim, source } from './claims-fixture';
import { renderRoot } from './render-root';

function cardLinks(url: string): string[] {
  const root = renderRoot();
  const c = claim('corroborated');
  const withUrl = { ...c, evidence: c.evidence.map((e) => ({ ...e, source: { ...e.source, url } })) };
  render(<Card claim={withUrl} position={1} total={1} idPrefix="t" onClose={() => {}} />, root);
  return [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
}

function lineLinks(url: string): string[] {
  const root = renderRoot();
  render(<SourceLine source={{ ...source, url }} />, root);
  return [...root.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
}

describe('source links', () => {
  it('link to a web page', () => {
    expect(cardLinks('https://example.com/a')).toEqual(['https://example.com/a']);
    expect(lineLinks('https://example.com/a')).toEqual(['https://example.com/a']);
  });

  it('are left out when the URL would run script or show the pack’s own page', () => {
    for (const url of ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>']) {
      expect(cardLinks(url)).toEqual([]);
      expect(lineLinks(url)).toEqual([]);
    }
  });
});
