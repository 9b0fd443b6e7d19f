/**
 * Where a page change is re-read from: the nearest block element around the changed node (the same
 * block boundaries `extractBlocks` uses, so re-reading that element yields exactly the changed blocks),
 * or nothing when the change is in a part of the page that is never read (hidden, editable, a control).
 * Open shadow roots are crossed: a change inside one is re-read from its nearest block, inside or
 * around the host.
 */
import { isBlockElement, skipElement, type ExtractOptions } from './extract';

/** The element above `node`; from the top of an open shadow root, its host. */
export function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === 11) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === 1 ? (parent as Element) : null;
}

/** Is `node` inside `root` (or `root` itself), looking through shadow roots? */
export function composedContains(root: Node, node: Node): boolean {
  if (root.contains(node)) return true;
  for (let at = node.getRootNode(); at.nodeType === 11 && (at as ShadowRoot).host; at = (at as ShadowRoot).host.getRootNode()) {
    if (root.contains((at as ShadowRoot).host)) return true;
  }
  return false;
}

/** The nearest block element around `node` (at most `body`); null when that text is not read at all. */
export function blockRootOf(node: Node, body: Element, options: ExtractOptions): Element | null {
  let el: Element | null =
    node.nodeType === 1 ? (node as Element) : node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : composedParent(node);
  let root: Element | null = null;
  while (el && el !== body) {
    if (skipElement(el, options)) return null;
    if (!root && isBlockElement(el)) root = el;
    el = composedParent(el);
  }
  if (el !== body) return null;
  return root ?? body;
}

/**
 * An element whose class, style, `hidden`, `aria-hidden` or `open` changed: its text (all of it) may
 * have appeared or gone. `root` is the nearest block element around or at it (at most `body`): its
 * blocks are dropped, and read again when `readable` (neither it nor anything above it is left out).
 * Null when the element is not in the page's body.
 */
export function restyledRootOf(el: Element, body: Element, options: ExtractOptions): { root: Element; readable: boolean } | null {
  let root: Element | null = null;
  let readable = true;
  for (let at: Element | null = el; at; at = composedParent(at)) {
    if (at === body) return { root: root ?? body, readable };
    if (!root && isBlockElement(at)) root = at;
    if (root && readable && skipElement(at, options)) readable = false;
  }
  return null;
}

/** Drop roots that sit inside other roots of the set. */
export function outermost(roots: Iterable<Element>): Element[] {
  const all = [...new Set(roots)];
  return all.filter((r) => !all.some((o) => o !== r && composedContains(o, r)));
}
