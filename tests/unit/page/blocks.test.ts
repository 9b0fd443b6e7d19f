import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { blockRootOf, outermost } from '../../../src/page/blocks';

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
});
