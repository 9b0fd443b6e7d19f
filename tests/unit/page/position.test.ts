import { describe, expect, it } from 'vitest';
import { inViewport, placeCard, pointIn, type Box } from '../../../src/page/position';

const viewport = { width: 1000, height: 800 };
const card = { width: 400, height: 300 };
const line = (left: number, top: number, right: number, bottom = top + 20): Box => ({ left, top, right, bottom });
const overlaps = (a: Box, b: Box) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const cardBox = (p: { left: number; top: number; maxHeight: number }, h = card.height): Box => ({
  left: p.left,
  top: p.top,
  right: p.left + card.width,
  bottom: p.top + Math.min(h, p.maxHeight),
});

describe('placing the card beside its claim', () => {
  it('goes below the claim when there is room, starting at its first line', () => {
    const rects = [line(100, 200, 900), line(40, 220, 300)];
    const p = placeCard(rects, card, viewport)!;
    expect(p.side).toBe('below');
    expect(p.left).toBe(100);
    for (const r of rects) expect(overlaps(cardBox(p), r)).toBe(false);
  });

  it('goes above a claim near the bottom of the window', () => {
    const rects = [line(100, 700, 600)];
    const p = placeCard(rects, card, viewport)!;
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBeLessThanOrEqual(700);
    expect(p.top).toBeGreaterThanOrEqual(0);
  });

  it('never covers a tall claim: it takes the roomier side and scrolls inside', () => {
    const rects = Array.from({ length: 20 }, (_, i) => line(40, 250 + i * 20, 900));
    const p = placeCard(rects, card, viewport)!;
    expect(p.side).toBe('above');
    expect(p.maxHeight).toBeLessThan(card.height);
    for (const r of rects) expect(overlaps(cardBox(p), r)).toBe(false);
  });

  it('stays inside the viewport horizontally', () => {
    const p = placeCard([line(900, 100, 990)], card, viewport)!;
    expect(p.left + card.width).toBeLessThanOrEqual(viewport.width);
    const narrow = placeCard([line(10, 100, 200)], { width: 600, height: 100 }, { width: 320, height: 600 })!;
    expect(narrow.left).toBeGreaterThanOrEqual(0);
  });

  it('has no place for a claim without boxes (gone from the page)', () => {
    expect(placeCard([], card, viewport)).toBeNull();
  });

  it('knows whether a point is on the claim and whether the claim is on screen', () => {
    const rects = [line(100, 200, 300)];
    expect(pointIn(rects, 150, 210)).toBe(true);
    expect(pointIn(rects, 350, 210)).toBe(false);
    expect(inViewport(rects, viewport)).toBe(true);
    expect(inViewport([line(100, -100, 300, -80)], viewport)).toBe(false);
  });
});
