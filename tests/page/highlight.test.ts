import { describe, expect, it } from 'vitest';
import { anchorRange } from '../../src/page/anchor';
import { extractBlocks } from '../../src/page/extract';
import { Highlighter } from '../../src/page/highlight';
import { mount, paragraph } from './dom';

const CLAIM = 'OpenAI will keep paying Microsoft a revenue share until 2032.';

function claimOnPage() {
  const root = mount((r) =>
    r.append(paragraph(['Earlier news. ', ['a', 'OpenAI'], ' will keep paying ', ['strong', 'Microsoft'], ' a revenue share until 2032.'])),
  );
  const [block] = extractBlocks(root);
  const start = block!.text.indexOf(CLAIM);
  return { root, block: block!, claim: { start, end: start + CLAIM.length, text: CLAIM } };
}

describe('highlighting a claim in a real page', () => {
  it('anchors a claim split over inline elements to a range that reads as the claim', () => {
    const { block, claim } = claimOnPage();
    const anchored = anchorRange(document, block, claim);
    expect(anchored?.range.toString()).toBe(CLAIM);
    expect(anchored?.spans).toHaveLength(4);
  });

  it('anchors nothing once the page has changed the words since they were read', () => {
    const { root, block, claim } = claimOnPage();
    root.querySelector('strong')!.textContent = 'Amazon';
    expect(anchorRange(document, block, claim)).toBeNull();
  });

  it('shows the claim under its verdict, and only the verdicts the reader chose', () => {
    const { block, claim } = claimOnPage();
    const { range } = anchorRange(document, block, claim)!;
    const highlighter = new Highlighter(document, { verdicts: ['conflicting', 'mixed'], style: 'underline' });
    highlighter.show([{ range, verdict: 'conflicting' }]);
    expect([...CSS.highlights.keys()]).toEqual(['claimlens-conflicting']);
    expect([...CSS.highlights.get('claimlens-conflicting')!][0]!.toString()).toBe(CLAIM);
    highlighter.show([{ range, verdict: 'corroborated' }]);
    expect([...CSS.highlights.keys()]).toEqual([]);
    highlighter.destroy();
  });

  it('styles its highlights from one adopted stylesheet that leaves with destroy()', () => {
    const { block, claim } = claimOnPage();
    const { range } = anchorRange(document, block, claim)!;
    const before = document.adoptedStyleSheets.length;
    const highlighter = new Highlighter(document, { verdicts: ['conflicting'], style: 'underline' });
    highlighter.show([{ range, verdict: 'conflicting' }]);
    expect(document.adoptedStyleSheets).toHaveLength(before + 1);
    const rules = [...document.adoptedStyleSheets.at(-1)!.cssRules].map((r) => r.cssText).join('\n');
    expect(rules).toContain('::highlight(claimlens-conflicting)');
    // Only ::highlight() rules: nothing of the page's own look is restyled.
    expect([...document.adoptedStyleSheets.at(-1)!.cssRules].every((r) => r.cssText.includes('::highlight('))).toBe(true);
    highlighter.destroy();
    expect(document.adoptedStyleSheets).toHaveLength(before);
    expect(CSS.highlights.size).toBe(0);
  });
});
