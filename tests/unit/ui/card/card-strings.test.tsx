/**
 * The hover card speaks the reader's language: every word of its own comes from the extension's
 * messages (assets/_locales), so a translation is data only. Checked with a pseudo-locale: each message
 * comes back marked, and what is left of the card once the marked words and the page's and sources'
 * own text are taken out holds no words.
 */
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../../../assets/_locales/en/messages.json';
import { Card } from '../../../../src/ui/card/Card';
import { dateInWords } from '../../../../src/ui/source-name';
import { claim, source } from '../claims-fixture';
import { renderRoot } from '../render-root';

const messages = en as Record<string, { message: string }>;
const original = fakeBrowser.i18n.getMessage;

beforeAll(() => {
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const message = messages[key]?.message ?? '';
    return `⟦${message.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '')}⟧`;
  }) as typeof fakeBrowser.i18n.getMessage;
});
afterAll(() => {
  fakeBrowser.i18n.getMessage = original;
});

function show(verdict: 'mixed' | 'unverified', withSource = source): HTMLElement {
  const root = renderRoot();
  const c = claim(verdict);
  const card = {
    ...c,
    evidence: c.evidence.map((e) => ({
      ...e,
      source: { ...withSource, id: e.source.id, publisher: e.source.id === 'ft' ? null : withSource.publisher },
    })),
  };
  render(<Card claim={card} position={2} total={5} idPrefix="t" onClose={() => {}} />, root);
  return root;
}

/** The card's text and labels, less the marked messages and the claim's, facts' and sources' own words. */
function ownWords(root: HTMLElement, data: string[]): string {
  let text = root.textContent ?? '';
  for (const el of root.querySelectorAll('[aria-label], [title]')) {
    text += ` ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`;
  }
  text = text.replace(/⟦[^⟧]*⟧/g, ' ');
  for (const d of data) text = text.split(d).join(' ');
  return text.replace(/[^\p{L}]+/gu, ' ').trim();
}

describe('the hover card’s own words', () => {
  it('all come from the extension’s messages, for a card with sources, an unnamed outlet and an untitled link', () => {
    const root = show('mixed', { ...source, title: '', translated: true });
    const c = claim('mixed');
    const data = [c.text, ...c.facts.map((f) => f.statement), ...c.evidence.map((e) => e.quote), 'Reuters', dateInWords('2025-10-28')!];
    expect(ownWords(root, data)).toBe('');
    // The pseudo-locale did reach the card: headings, the close button and the footer are marked.
    expect(root.querySelector('button')?.getAttribute('aria-label')).toBe('⟦Close⟧');
    expect(root.textContent).toContain('⟦Claim 2 of 5⟧');
    expect(root.textContent).toContain('⟦Sources that agree (1)⟧');
    expect(root.textContent).toContain('⟦This verdict looks wrong⟧');
  });

  it('all come from the extension’s messages for an unverified claim too', () => {
    const root = show('unverified');
    const c = claim('unverified');
    const data = [
      c.text,
      ...c.facts.map((f) => f.statement),
      ...c.evidence.map((e) => e.quote),
      'Reuters',
      dateInWords('2025-10-28')!,
      source.title,
    ];
    expect(ownWords(root, data)).toBe('');
  });
});
