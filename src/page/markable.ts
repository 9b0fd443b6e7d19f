/**
 * Which claims get a mark on the page. A sentence no source speaks to is not worth a mark where it is a
 * headline (the article's own claims follow in its text) or where it only introduces what follows ("The new
 * terms are clear and transformative:"). A disputed or mixed headline is still marked. The rules are data:
 * add a tag or an ending here.
 */
import type { Verdict } from '../engine/claim';

export const UNMARKED_WHEN_UNVERIFIED = {
  /** Inside these elements (closest ancestor). */
  inside: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  /** Sentences ending so (after trailing space). */
  endings: [':'],
};

export function isMarkable(verdict: Verdict, range: Range): boolean {
  if (verdict !== 'unverified') return true;
  const text = range.toString().trimEnd();
  if (UNMARKED_WHEN_UNVERIFIED.endings.some((e) => text.endsWith(e))) return false;
  const node = range.startContainer;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !el?.closest(UNMARKED_WHEN_UNVERIFIED.inside);
}
