/**
 * The popup component rendered into a DOM (linkedom) without a browser: what a reader sees for a tab's
 * claims, and that page text reaches the screen only as text.
 */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/settings';
import { Popup, type PopupProps } from '../../../src/ui/popup/Popup';
import { claim } from './claims-fixture';

let document: Document;
beforeAll(() => {
  ({ document } = parseHTML('<!doctype html><html><body></body></html>') as unknown as { document: Document });
  (globalThis as { document?: Document }).document = document;
});

function show(props: Partial<PopupProps>): HTMLElement {
  const root = document.createElement('div');
  render(
    <Popup
      tab={{ id: 1, url: 'https://news.test/a', status: 'complete' }}
      settings={DEFAULT_SETTINGS}
      state={{ kind: 'empty' }}
      factsUrl="facts.html"
      optionsUrl="options.html"
      onReveal={() => {}}
      onSetSiteEnabled={() => {}}
      onEnableGlobally={() => {}}
      {...props}
    />,
    root,
  );
  return root;
}

describe('popup rendering', () => {
  it('says when the page had more claims than the tab keeps', () => {
    const claims = [claim('conflicting'), claim('corroborated')];
    const root = show({
      state: { kind: 'claims', scanning: false, view: { url: 'https://news.test/a', status: 'done', claims, origins: [], more: 1500 } },
    });
    expect(root.querySelector('[data-more]')?.textContent).toBe('This page has 1500 more claims than ClaimLens keeps for a tab: the first 2 are listed and counted.');
  });

  it('lists claims in order with the verdict in words and symbols, and counts them', () => {
    const claims = [claim('conflicting'), claim('corroborated'), claim('conflicting')];
    const root = show({
      state: { kind: 'claims', scanning: false, view: { url: 'https://news.test/a', status: 'done', claims, origins: [] } },
    });
    const items = [...root.querySelectorAll('[data-claim]')];
    expect(items.map((el) => el.getAttribute('data-verdict'))).toEqual(['conflicting', 'corroborated', 'conflicting']);
    expect(items[0]!.querySelector('.verdict')!.textContent).toBe('✗ Conflicting');
    expect(root.querySelector('[data-count="conflicting"]')!.textContent).toBe('2');
    expect(root.querySelector('[data-count="mixed"]')!.textContent).toBe('0');
  });

  it('a first render limited to a screenful lists the first claims but counts them all', () => {
    const claims = Array.from({ length: 30 }, (_, i) => claim(i % 3 === 0 ? 'conflicting' : 'corroborated'));
    const root = show({
      state: { kind: 'claims', scanning: false, view: { url: 'https://news.test/a', status: 'done', claims, origins: [] } },
      listLimit: 12,
    });
    expect([...root.querySelectorAll('[data-claim]')].map((el) => el.getAttribute('data-claim'))).toEqual(
      Array.from({ length: 12 }, (_, i) => String(i)),
    );
    expect(root.querySelector('[data-count="conflicting"]')!.textContent).toBe('10');
    expect(root.querySelector('[data-count="corroborated"]')!.textContent).toBe('20');
  });

  it('shows page text as text, never as markup', () => {
    const hostile = claim('unverified', '<img src=x onerror="alert(1)"> Microsoft pays OpenAI');
    const root = show({
      state: { kind: 'claims', scanning: false, view: { url: 'https://news.test/a', status: 'done', claims: [hostile], origins: [] } },
    });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.claim-text')!.textContent).toBe(hostile.text);
  });

  it('a site turned off shows the switch, off, inside the message', () => {
    const root = show({ state: { kind: 'disabled', scope: 'site', site: 'news.test' } });
    const message = root.querySelector('[data-state="disabled"]')!;
    expect(message.textContent).toContain('news.test');
    expect(message.querySelector('[data-site-switch]')!.getAttribute('aria-checked')).toBe('false');
  });
});
