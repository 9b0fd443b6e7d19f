/**
 * The ::highlight() rules, and nothing else: ClaimLens never restyles the page. Each verdict has its own
 * colour AND its own line style (solid, wavy, double, dotted), so verdicts differ without colour.
 */
import { VERDICTS, type Verdict } from '../engine/claim';
import { VERDICT_COLOR } from '../ui/verdict';

export const HIGHLIGHT_PREFIX = 'claimlens-';
export const FOCUS_HIGHLIGHT = 'claimlens-focus';

export const VERDICT_LINE: Record<Verdict, 'solid' | 'wavy' | 'double' | 'dotted'> = {
  corroborated: 'solid',
  conflicting: 'wavy',
  mixed: 'double',
  unverified: 'dotted',
};

export type HighlightStyle = 'underline' | 'background';

/** `#RRGGBB` → `rgba(r, g, b, alpha)`. */
function translucent(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

export function highlightCss(style: HighlightStyle): string {
  const rules = VERDICTS.map((v) => {
    const { fg } = VERDICT_COLOR[v];
    const line = `text-decoration: underline ${VERDICT_LINE[v]} ${fg}; text-decoration-thickness: 2px; text-underline-offset: 3px;`;
    // A see-through tint of the verdict colour: readable on light and dark pages, and the page's own text
    // colours (links) stay as they are.
    const background = style === 'background' ? ` background-color: ${translucent(fg, 0.2)};` : '';
    return `::highlight(${HIGHLIGHT_PREFIX}${v}) { ${line}${background} }`;
  });
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { background-color: rgba(255, 200, 0, 0.55); }`);
  return rules.join('\n');
}
