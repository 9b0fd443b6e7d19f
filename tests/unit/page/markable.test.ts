import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isMarkable } from '../../../src/page/markable';

const { document } = parseHTML(
  '<html><body><h1 id="h">Microsoft and OpenAI rewrite their deal</h1><p id="p">The new terms are clear and transformative:</p><p id="q">Microsoft and OpenAI talk.</p></body></html>',
) as unknown as { document: Document };

/** A range over an element's text (linkedom's Range reads its text through the element). */
function rangeOf(id: string): Range {
  const text = document.getElementById(id)!.firstChild!;
  return { startContainer: text, toString: () => text.textContent ?? '' } as unknown as Range;
}

describe('marks on the page', () => {
  it('leave out a headline and a lead-in that no source speaks to', () => {
    expect(isMarkable('unverified', rangeOf('h'))).toBe(false);
    expect(isMarkable('unverified', rangeOf('p'))).toBe(false);
    expect(isMarkable('unverified', rangeOf('q'))).toBe(true);
  });
  it('keep a disputed or mixed headline', () => {
    expect(isMarkable('conflicting', rangeOf('h'))).toBe(true);
    expect(isMarkable('mixed', rangeOf('p'))).toBe(true);
  });
});
