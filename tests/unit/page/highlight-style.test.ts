import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../../src/engine/claim';
import { highlightCss, VERDICT_LINE } from '../../../src/page/highlight-style';

describe('highlight styles', () => {
  it('give every verdict its own line style, so verdicts differ without colour', () => {
    expect(new Set(VERDICTS.map((v) => `${VERDICT_LINE[v].style} ${VERDICT_LINE[v].px}`)).size).toBe(VERDICTS.length);
    const css = highlightCss('underline');
    for (const v of VERDICTS) expect(css).toContain(`::highlight(claimlens-${v}) { text-decoration: underline ${VERDICT_LINE[v].style}`);
  });

  it('never draw a wavy line (readers take it for a spelling mark), and mark a disputed claim heaviest', () => {
    expect(highlightCss('underline')).not.toContain('wavy');
    const heaviest = Math.max(...VERDICTS.map((v) => VERDICT_LINE[v].px));
    expect(VERDICT_LINE.conflicting.px).toBe(heaviest);
  });

  it('style nothing but ClaimLens highlights (the page is never restyled)', () => {
    for (const style of ['underline', 'background'] as const) {
      const selectors = highlightCss(style)
        .split('\n')
        .map((rule) => rule.slice(0, rule.indexOf('{')).trim());
      for (const s of selectors) expect(s).toMatch(/^::highlight\(claimlens-[a-z]+\)$/);
    }
  });

  it('add a background tint in background style and keep the line', () => {
    const css = highlightCss('background');
    expect(css).toMatch(/::highlight\(claimlens-conflicting\) \{[^}]*double[^}]*background-color/);
    expect(highlightCss('underline')).not.toMatch(/claimlens-conflicting\) \{[^}]*background-color/);
  });
});
