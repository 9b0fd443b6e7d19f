/**
 * The popup component rendered into a DOM (linkedom) without a browser: what a reader sees for a tab's
 * claims, and that page text reaches the screen only as text.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/settings';
import { Popup, type PopupProps } from '../../../src/ui/popup/Popup';
import { claim } from './claims-fixture';
import { renderRoot } from './render-root';

function show(props: Partial<PopupProps>): HTMLElement {
  const root = renderRoot();
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
    expect(root.querySelector('[data-more]')?.textContent).toBe(
      'This page has 1,500 more claims than ClaimLens keeps for a tab: the first 2 are listed and counted.',
    );
  });

  it('opens on the page verdict, lists disputed and mixed claims first with the verdict in words and symbols and the reason in view, and counts them', () => {
    const claims = [claim('corroborated'), claim('conflicting'), claim('unverified'), claim('mixed'), claim('conflicting')];
    const root = show({
      state: { kind: 'claims', scanning: false, view: { url: 'https://news.test/a', status: 'done', claims, origins: [] } },
    });
    expect(root.querySelector('main')!.firstElementChild!.querySelector('h2')!.textContent).toBe(
      '2 claims disputed by the sources · sources disagree on 1 · 1 agrees with the sources · 1 not in the sources',
    );
    const items = [...root.querySelectorAll('[data-claim]')];
    expect(items.map((el) => el.getAttribute('data-claim'))).toEqual(['1', '3', '4', '0', '2']);
    expect(items[0]!.querySelector('.verdict')!.textContent).toBe('≠ Disputed by sources');
    expect(items[0]!.querySelector('.reason')!.textContent).toBe('Sources say about 27%, not 32%');
    expect(root.querySelector('[data-count="conflicting"]')!.textContent).toBe('2');
    expect(root.querySelector('[data-count="mixed"]')!.textContent).toBe('1');
    // One Tab stop for the whole list.
    expect(items.map((el) => el.querySelector('.claim-row')!.getAttribute('tabIndex'))).toEqual(['0', '-1', '-1', '-1', '-1']);
  });

  it('shows the keys the browser gives the commands, and a dash for one it left without a key (as the options page does)', () => {
    const claims = [claim('conflicting')];
    const state: PopupProps['state'] = {
      kind: 'claims',
      scanning: false,
      view: { url: 'https://news.test/a', status: 'done', claims, origins: [] },
    };
    const keys = (root: HTMLElement) => [...root.querySelectorAll('[data-keys] kbd')].map((k) => k.textContent);
    expect(
      keys(show({ state, keys: { 'next-claim': 'Alt+Shift+J', 'previous-claim': 'Ctrl+K', 'toggle-highlights': 'Alt+Shift+H' } })),
    ).toEqual(['Alt+Shift+J', 'Ctrl+K', 'Alt+Shift+H']);
    expect(keys(show({ state, keys: { 'next-claim': '', 'previous-claim': 'Alt+Shift+K', 'toggle-highlights': 'Alt+Shift+H' } }))).toEqual([
      '—',
      'Alt+Shift+K',
      'Alt+Shift+H',
    ]);
  });

  it("says when the page is one of ClaimLens's own sources", () => {
    const own = (text: string) => {
      const c = claim('corroborated', text);
      return { ...c, evidence: [{ ...c.evidence[0]!, quote: text.slice(0, -1) }] };
    };
    const claims = [
      own('Microsoft will hold a stake of about 27 percent in OpenAI.'),
      own('OpenAI will pay Microsoft a revenue share until 2030.'),
    ];
    const root = show({
      state: { kind: 'claims', scanning: false, view: { url: 'https://news.test/a', status: 'done', claims, origins: [] } },
    });
    expect(root.querySelector('[data-page-source]')!.textContent).toBe(
      "This page is one of ClaimLens's sources (Reuters): the other sources judge its claims.",
    );
  });

  it('a first render limited to a screenful lists the first claims but counts them all', () => {
    const claims = Array.from({ length: 30 }, (_, i) => claim(i % 3 === 0 ? 'conflicting' : 'corroborated'));
    const root = show({
      state: { kind: 'claims', scanning: false, view: { url: 'https://news.test/a', status: 'done', claims, origins: [] } },
      listLimit: 12,
    });
    // Those needing attention first (the disputed ones: every third), then the rest in page order.
    expect([...root.querySelectorAll('[data-claim]')].map((el) => el.getAttribute('data-claim'))).toEqual([
      ...Array.from({ length: 10 }, (_, i) => String(i * 3)),
      '1',
      '2',
    ]);
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
