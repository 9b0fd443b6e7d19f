/**
 * Which claim is under the pointer: an index from text node to the claims that cover part of it.
 * A hover costs one map lookup and a scan of the few claims in that node, never a pass over all claims.
 */
import type { NodeSpan } from './anchor';

export class ClaimIndex<N> {
  private readonly byNode = new Map<N, { id: number; start: number; end: number }[]>();

  /** Record that claim `id` covers these pieces of text nodes. */
  add(id: number, spans: readonly NodeSpan<N>[]): void {
    for (const s of spans) {
      const list = this.byNode.get(s.node);
      if (list) list.push({ id, start: s.start, end: s.end });
      else this.byNode.set(s.node, [{ id, start: s.start, end: s.end }]);
    }
  }

  /**
   * The claim whose text covers the caret at `offset` in `node` (a caret sits between characters, so
   * both edges of a claim count), or undefined.
   */
  at(node: N, offset: number): number | undefined {
    const list = this.byNode.get(node);
    if (!list) return undefined;
    let edge: number | undefined;
    for (const e of list) {
      if (e.start < offset && offset < e.end) return e.id;
      if (edge === undefined && (offset === e.start || offset === e.end)) edge = e.id;
    }
    return edge;
  }

  /** Any claim that covers part of `node`. */
  anyIn(node: N): number | undefined {
    return this.byNode.get(node)?.[0]?.id;
  }

  clear(): void {
    this.byNode.clear();
  }

  get size(): number {
    return this.byNode.size;
  }
}
