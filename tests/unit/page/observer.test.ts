import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectChanges, type ChangeRecord } from '../../../src/page/observer';

const { document } = parseHTML(
  '<html><body><div id="feed"><p id="a">Alpha</p><p id="b">Beta</p></div><claimlens-card><p id="own">Card</p></claimlens-card></body></html>',
) as unknown as { document: Document };
const $ = (id: string) => document.getElementById(id)!;
const isOwn = (n: Node) => !!(n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest('claimlens-card');
const text = (el: Element) => el.firstChild as Text;
const edited = (el: Element): ChangeRecord => ({ type: 'characterData', target: text(el), addedNodes: [], removedNodes: [] });
const added = (parent: Element, ...nodes: Node[]): ChangeRecord => ({
  type: 'childList',
  target: parent,
  addedNodes: nodes,
  removedNodes: [],
});

describe('collecting what changed on the page', () => {
  it('queues the element whose text was edited, and the parent that got new text', () => {
    const queued = new Set<Node>();
    const p = document.createElement('p');
    p.textContent = 'New paragraph';
    expect(collectChanges([edited($('a')), added($('feed'), p), edited($('a'))], queued, isOwn, 200)).toBe(false);
    expect([...queued]).toEqual([$('a'), $('feed')]);
  });

  it('ignores ClaimLens’s own card and additions that carry no text', () => {
    const queued = new Set<Node>();
    const empty = document.createElement('span');
    const script = document.createElement('script');
    script.textContent = 'var x = 1;';
    collectChanges([edited($('own')), added($('feed'), document.createComment('ad'), empty, script)], queued, isOwn, 200);
    expect(queued.size).toBe(0);
  });

  it('calls a flood a flood once more elements changed than the limit', () => {
    const queued = new Set<Node>();
    expect(collectChanges([edited($('a')), edited($('b'))], queued, isOwn, 1)).toBe(true);
  });

  it('queues an element whose class, hidden or style really changed, and not one rewritten with the same value', () => {
    const queued = new Set<Node>();
    const restyled = new Set<Element>();
    $('a').setAttribute('hidden', '');
    $('b').setAttribute('class', 'same');
    const attr = (el: Element, attributeName: string, oldValue: string | null): ChangeRecord => ({
      type: 'attributes',
      target: el,
      attributeName,
      oldValue,
      addedNodes: [],
      removedNodes: [],
    });
    collectChanges(
      [attr($('a'), 'hidden', null), attr($('b'), 'class', 'same'), attr($('own'), 'style', 'x')],
      queued,
      isOwn,
      200,
      restyled,
    );
    expect([...restyled]).toEqual([$('a')]);
    expect(queued.size).toBe(0);
    $('a').removeAttribute('hidden');
  });
});
