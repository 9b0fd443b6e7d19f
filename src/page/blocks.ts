/**
 * Where a page change is re-read from: the nearest block element around the changed node (the same
 * block boundaries `extractBlocks` uses, so re-reading that element yields exactly the changed blocks),
 * or nothing when the change is in a part of the page that is never read (hidden, editable, a control).
 */
import { isBlockElement, skipElement, type ExtractOptions } from './extract';

/** The nearest block element around `node` (at most `body`); null when that text is not read at all. */
export function blockRootOf(node: Node, body: Element, options: ExtractOptions): Element | null {
  let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  let root: Element | null = null;
  while (el && el !== body) {
    if (skipElement(el, options)) return null;
    if (!root && isBlockElement(el)) root = el;
    el = el.parentElement;
  }
  if (el !== body) return null;
  return root ?? body;
}

/** Drop roots that sit inside other roots of the set. */
export function outermost(roots: Iterable<Element>): Element[] {
  const all = [...new Set(roots)];
  return all.filter((r) => !all.some((o) => o !== r && o.contains(r)));
}
