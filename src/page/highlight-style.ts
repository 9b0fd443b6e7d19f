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

export function highlightCss(style: HighlightStyle): string {
  const rules = VERDICTS.map((v) => {
    const { fg, tint } = VERDICT_COLOR[v];
    const line = `text-decoration: underline ${VERDICT_LINE[v]} ${fg}; text-decoration-thickness: ${
      VERDICT_LINE[v] === 'solid' ? 2 : 1.5
    }px; text-underline-offset: 3px;`;
    const background = style === 'background' ? ` background-color: ${tint}; color: #1b1b1f;` : '';
    return `::highlight(${HIGHLIGHT_PREFIX}${v}) { ${line}${background} }`;
  });
  rules.push(`::highlight(${FOCUS_HIGHLIGHT}) { background-color: #ffd54a; color: #1b1b1f; }`);
  return rules.join('\n');
}
