/**
 * The ::highlight() rules, and nothing else: ClaimLens never restyles the page. Each verdict has its own
 * colour AND its own line style (solid, double, dashed, dotted; dotted ones differ in weight), so verdicts differ without colour. No wavy
 * line: readers take a wavy underline for a spelling mark. A disputed claim gets the heaviest line (a
 * thick double); by default only the verdicts that need
 * attention are highlighted at all (src/attention.ts, src/settings.ts).
 */
import { VERDICTS, type Verdict } from '../engine/claim';

export const HIGHLIGHT_PREFIX = 'claimlens-';
export const FOCUS_HIGHLIGHT = 'claimlens-focus';

export type LineStyle = 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy';

export const VERDICT_LINE: Record<Verdict, { style: LineStyle; px: number }> = {
  corroborated: { style: 'solid', px: 2 },
  conflicting: { style: 'double', px: 3 },
  mixed: { style: 'dashed', px: 2 },
  outdated: { style: 'dotted', px: 3 },
  unverified: { style: 'dotted', px: 1 },
};

/**
 * The verdicts' line colours over the page's own text. They must show on whatever the page is, light or
 * dark (the reader's scheme says nothing about the page), so their luminance sits mid-way: ≥ 3 : 1 (WCAG
 * non-text contrast) on white and on near-black pages alike (checked by tests/unit/ui/contrast.test.ts):
 *   on #FFFFFF / #F6F8FA / #000000 / #121212 / #1E1E1E / #2B2B2B
 *   corroborated #2E8B47  4.29 / 4.03 / 4.90 / 4.37 / 3.89 / 3.30
 *   conflicting  #D83B30  4.58 / 4.30 / 4.59 / 4.09 / 3.64 / 3.09
 *   mixed        #B06F00  4.10 / 3.85 / 5.12 / 4.57 / 4.06 / 3.45
 *   outdated     #8A63D2  4.38 / 4.11 / 4.80 / 4.28 / 3.81 / 3.23
 *   unverified   #7B8087  3.98 / 3.74 / 5.28 / 4.71 / 4.19 / 3.56
 * (ClaimLens's own pages and card use the palette in src/ui/palette.css instead.)
 */
export const HIGHLIGHT_COLOR: Record<Verdict, string> = {
  corroborated: '#2E8B47',
  conflicting: '#D83B30',
  mixed: '#B06F00',
  outdated: '#8A63D2',
  unverified: '#7B8087',
};

/**
 * The brief mark on a claim the reader jumped to: an opaque yellow with its own dark text (#1F2328 on
 * #FFD54A 11.19 : 1), readable on any page; a see-through yellow left light text on dark pages at 3.3 : 1.
 */
export const FOCUS_MARK = { background: '#FFD54A', text: '#1F2328' };

export type HighlightStyle = 'underline' | 'background';

/** `#RRGGBB` → `rgba(r, g, b, alpha)`. */
function translucent(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

export function highlightCss(style: HighlightStyle): string {
  const rules = VERDICTS.map((v) => {
    const fg = HIGHLIGHT_COLOR[v];
    const { style: lineStyle, px } = VERDICT_LINE[v];
    const line = `text-decoration: underline ${lineStyle} ${fg}; text-decoration-thickness: ${px}px; text-underline-offset: 3px;`;
    // A see-through tint of the verdict colour: readable on light and dark pages, and the page's own text
    // colours (links) stay as they are.
    const background = style === 'background' ? ` background-color: ${translucent(fg, 0.2)};` : '';
    return `::highlight(${HIGHLIGHT_PREFIX}${v}) { ${line}${background} }`;
  });
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { background-color: ${FOCUS_MARK.background}; color: ${FOCUS_MARK.text}; }`);
  return rules.join('\n');
}
