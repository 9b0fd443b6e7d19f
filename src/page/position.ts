/**
 * Where the hover card goes: beside the claim, inside the viewport, never over the claim's words.
 * Pure geometry on plain rectangles (viewport coordinates), so it is tested without a browser.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Placement {
  left: number;
  top: number;
  /** The card must scroll inside this height to stay clear of the claim and inside the viewport. */
  maxHeight: number;
  side: 'below' | 'above';
}

const GAP = 6;
const MARGIN = 8;

/** The smallest box around all the rectangles (a claim's line boxes). */
export function unionBox(rects: readonly Box[]): Box | null {
  let box: Box | null = null;
  for (const r of rects) {
    if (r.right - r.left <= 0 && r.bottom - r.top <= 0) continue;
    box = box
      ? {
          left: Math.min(box.left, r.left),
          top: Math.min(box.top, r.top),
          right: Math.max(box.right, r.right),
          bottom: Math.max(box.bottom, r.bottom),
        }
      : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return box;
}

/**
 * Place a card of `card` size for a claim made of `rects` (its line boxes) in a viewport.
 * Below the claim when it fits, else above, else on the roomier side with a scrolling height.
 * Horizontally it starts at the claim's first line, moved left as needed to stay in view.
 */
export function placeCard(
  rects: readonly Box[],
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): Placement | null {
  const claim = unionBox(rects);
  if (!claim) return null;
  const first = rects.find((r) => r.right - r.left > 0) ?? claim;
  const width = Math.min(card.width, viewport.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(first.left, viewport.width - MARGIN - width));

  const below = viewport.height - MARGIN - (claim.bottom + GAP);
  const above = claim.top - GAP - MARGIN;
  if (card.height <= below) return { left, top: claim.bottom + GAP, maxHeight: below, side: 'below' };
  if (card.height <= above) return { left, top: claim.top - GAP - card.height, maxHeight: above, side: 'above' };
  if (below >= above) {
    const room = Math.max(below, 0);
    return { left, top: Math.min(claim.bottom + GAP, viewport.height - MARGIN), maxHeight: room, side: 'below' };
  }
  const room = Math.max(above, 0);
  return { left, top: Math.max(MARGIN, claim.top - GAP - room), maxHeight: room, side: 'above' };
}

/** Is the point inside one of the rectangles (with a pixel of slack)? */
export function pointIn(rects: readonly Box[], x: number, y: number): boolean {
  return rects.some((r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1);
}

/** Does any part of the claim show in the viewport? */
export function inViewport(rects: readonly Box[], viewport: { width: number; height: number }): boolean {
  return rects.some((r) => r.bottom > 0 && r.top < viewport.height && r.right > 0 && r.left < viewport.width);
}
