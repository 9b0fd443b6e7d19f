import { describe, expect, it } from 'vitest';
import { spansOf, spansReadAs } from '../../../src/page/anchor';

// A block as extractBlocks makes it for: <p>Microsoft has <a>invested more than <strong>$13 billion</strong></a> in OpenAI.</p>
const nodes = [{ data: 'Microsoft has ' }, { data: 'invested more than ' }, { data: '$13 billion' }, { data: ' in OpenAI.' }];
const block = {
  text: nodes.map((n) => n.data).join(''),
  segments: nodes.reduce<{ node: { data: string }; start: number }[]>((acc, node) => {
    const last = acc[acc.length - 1];
    acc.push({ node, start: last ? last.start + last.node.data.length : 0 });
    return acc;
  }, []),
};

describe('anchoring a claim to the text nodes it covers', () => {
  it('maps a sentence spanning a link and bold text onto exactly those nodes and offsets', () => {
    const spans = spansOf(block, 0, block.text.length);
    expect(spans.map((s) => s.node.data.slice(s.start, s.end)).join('')).toBe(block.text);
    expect(spans).toHaveLength(4);
  });

  it('starts and ends inside nodes without empty pieces at node boundaries', () => {
    const start = block.text.indexOf('invested');
    const end = block.text.indexOf(' in OpenAI');
    const spans = spansOf(block, start, end);
    expect(spans.map((s) => s.node)).toEqual([nodes[1], nodes[2]]);
    expect(spans[1]).toEqual({ node: nodes[2], start: 0, end: '$13 billion'.length });
    const inner = spansOf(block, block.text.indexOf('13'), block.text.indexOf(' billion'));
    expect(inner).toEqual([{ node: nodes[2], start: 1, end: 3 }]);
  });

  it('refuses offsets outside the block', () => {
    expect(spansOf(block, 5, block.text.length + 1)).toEqual([]);
    expect(spansOf(block, 7, 7)).toEqual([]);
  });

  it('does not anchor when the page text changed since it was read', () => {
    const spans = spansOf(block, 0, block.text.length);
    expect(spansReadAs(spans, block.text, (n) => n.data)).toBe(true);
    const edited = new Map([[nodes[2], '$10 billion']]);
    expect(spansReadAs(spans, block.text, (n) => edited.get(n) ?? n.data)).toBe(false);
    expect(spansReadAs(spans, block.text, (n) => (n === nodes[3] ? null : n.data))).toBe(false);
  });

  it('accepts a quote that differs from the page only in whitespace runs', () => {
    const spans = spansOf(block, 0, block.text.length);
    expect(spansReadAs(spans, ` Microsoft has  invested more than $13 billion\nin OpenAI. `, (n) => n.data)).toBe(true);
  });
});
