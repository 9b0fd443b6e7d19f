import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockRootOf, outermost, restyledRootOf } from '../../../src/page/blocks';

const { document } = parseHTML(`<html><body>
  <main id="main">
    <p id="p">Microsoft has <a id="a" href="#">invested <b id="b">$13 billion</b></a> in OpenAI.</p>
    <div id="editor" contenteditable="true"><p id="typing">Draft about OpenAI</p></div>
    <div id="hidden" hidden><p id="secret">Hidden text</p></div>
    <span id="loose">loose text</span>
  </main>
</body></html>`) as unknown as { document: Document };
const $ = (id: string) => document.getElementById(id)!;
const body = document.body;

describe('where a page change is read again from', () => {
  it('a change inside a link or bold text re-reads its whole paragraph', () => {
    expect(blockRootOf($('b').firstChild!, body, {})).toBe($('p'));
    expect(blockRootOf($('a'), body, {})).toBe($('p'));
  });

  it('typing in an editable region or changes in hidden parts re-read nothing', () => {
    expect(blockRootOf($('typing').firstChild!, body, {})).toBeNull();
    expect(blockRootOf($('secret'), body, {})).toBeNull();
    expect(blockRootOf($('p'), body, { isHidden: (el) => el.id === 'main' })).toBeNull();
  });

  it('inline text straight in a container re-reads that container', () => {
    expect(blockRootOf($('loose').firstChild!, body, {})).toBe($('main'));
  });

  it('keeps only the outermost of nested roots', () => {
    expect(outermost([$('p'), $('main'), $('p')])).toEqual([$('main')]);
  });

  it('an element shown or hidden re-reads its own block, and reads nothing back while hidden', () => {
    expect(restyledRootOf($('hidden'), body, {})).toEqual({ root: $('hidden'), readable: false });
    expect(restyledRootOf($('b'), body, {})).toEqual({ root: $('p'), readable: true });
    expect(restyledRootOf($('secret'), body, {})).toEqual({ root: $('secret'), readable: false });
    expect(restyledRootOf($('main'), body, {})).toEqual({ root: $('main'), readable: true });
  });

  it('a change inside an open shadow root re-reads its block there, and its host keeps it in the page', () => {
    const host = document.createElement('div');
    $('main').append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'Inside a component';
    const loose = document.createTextNode('loose in the root');
    shadow.append(p, loose);
    expect(blockRootOf(p.firstChild!, body, {})).toBe(p);
    expect(blockRootOf(shadow, body, {})).toBe(host);
    expect(outermost([p, $('main')])).toEqual([$('main')]);
    host.remove();
  });
});
