/**
 * Highlights through the CSS Custom Highlight API: the page's DOM and text are never touched.
 * One Highlight per verdict (`claimlens-<verdict>`), styled by a constructed stylesheet adopted on the
 * document that holds only ::highlight() rules.
 */
import { VERDICTS, type Verdict } from '../engine/claim';
import { FOCUS_HIGHLIGHT, HIGHLIGHT_PREFIX, highlightCss, type HighlightStyle } from './highlight-style';
import { isMarkable } from './markable';
import { adoptStyle, type AdoptedStyle } from './stylesheet';

export interface HighlightOptions {
  verdicts: readonly Verdict[];
  style: HighlightStyle;
}

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  private style: AdoptedStyle | null = null;
  private options: HighlightOptions;
  private focusTimer: ReturnType<typeof setTimeout> | undefined;
  private destroyed = false;

  constructor(
    private readonly doc: Document,
    options: HighlightOptions,
  ) {
    this.options = options;
  }

  /** Show these claims' ranges, each under its verdict (only the verdicts the reader chose). */
  show(items: readonly { range: Range; verdict: Verdict }[], shadowRoots: readonly ShadowRoot[] = []): void {
    if (this.destroyed || !highlightsSupported()) return;
    if (items.length > 0) this.ensureStyle();
    if (shadowRoots.length > 0) this.style?.alsoIn(shadowRoots);
    const byVerdict = new Map<Verdict, Range[]>();
    for (const item of items) {
      if (!this.options.verdicts.includes(item.verdict) || !isMarkable(item.verdict, item.range)) continue;
      const list = byVerdict.get(item.verdict);
      if (list) list.push(item.range);
      else byVerdict.set(item.verdict, [item.range]);
    }
    for (const v of VERDICTS) {
      const ranges = byVerdict.get(v);
      const name = HIGHLIGHT_PREFIX + v;
      if (ranges && ranges.length > 0) {
        const h = new Highlight(...ranges);
        h.priority = 1;
        CSS.highlights.set(name, h);
      } else CSS.highlights.delete(name);
    }
  }

  /** Is a claim of this verdict, at this range, marked on the page now? (Only marked claims open a card on hover.) */
  marks(verdict: Verdict, range: Range): boolean {
    return this.options.verdicts.includes(verdict) && isMarkable(verdict, range) && highlightsSupported();
  }

  setOptions(options: HighlightOptions): void {
    const styleChanged = options.style !== this.options.style;
    this.options = options;
    if (styleChanged) this.style?.update(highlightCss(options.style));
  }

  /** Mark one range for a moment (revealing a claim the reader picked in the popup). */
  flash(range: Range, ms = 2000): void {
    if (this.destroyed || !highlightsSupported()) return;
    this.ensureStyle();
    const h = new Highlight(range);
    h.priority = 2;
    CSS.highlights.set(FOCUS_HIGHLIGHT, h);
    clearTimeout(this.focusTimer);
    this.focusTimer = setTimeout(() => CSS.highlights.delete(FOCUS_HIGHLIGHT), ms);
  }

  /** Mark the reader's current claim (stepped to from the keyboard) until `unmark`. */
  mark(range: Range): void {
    this.flash(range, 2 ** 31 - 1);
  }

  unmark(): void {
    clearTimeout(this.focusTimer);
    if (highlightsSupported()) CSS.highlights.delete(FOCUS_HIGHLIGHT);
  }

  clear(): void {
    if (!highlightsSupported()) return;
    for (const v of VERDICTS) CSS.highlights.delete(HIGHLIGHT_PREFIX + v);
    CSS.highlights.delete(FOCUS_HIGHLIGHT);
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.focusTimer);
    this.clear();
    this.style?.destroy();
    this.style = null;
  }

  private ensureStyle(): void {
    if (this.style) this.style.ensure();
    else this.style = adoptStyle(this.doc, highlightCss(this.options.style));
  }
}
