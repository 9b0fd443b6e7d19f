/**
 * The hover card on the page: a Preact <Card> in an open shadow root (host: a <span data-claimlens-ui="card">,
 * see `createCardHost`), position:fixed so no page element moves. Placed beside the claim (never over
 * its words), follows scrolling, closes on Escape, on the close button, or when the pointer leaves (after a
 * grace period so it can travel into the card). Opened from the keyboard it takes focus and gives it back
 * on close.
 */
import type { Claim } from '../engine/claim';
import type { CardUi as CardRenderer } from '../ui/card/card-ui';
import { loadCardUi } from './card-ui-loader';
import type { PageLifetime } from './lifetime';
import { readPageDate } from './page-date';
import { inViewport, placeCard } from './position';
import { debug } from '../debug';
import { adoptStyle, type AdoptedStyle } from './stylesheet';

/** The attribute that marks the card's host (and any other ClaimLens element on a page). */
export const CARD_HOST_ATTRIBUTE = 'data-claimlens-ui';
/** A selector for the card's host. */
export const CARD_HOST = `[${CARD_HOST_ATTRIBUTE}="card"]`;

/** How a card was opened decides how it closes: a pointer card closes when the pointer leaves. */
export type OpenedBy = 'pointer' | 'focus' | 'keyboard';

export interface CardSubject {
  claim: Claim;
  position: number;
  total: number;
  /** The claim's line boxes now (viewport coordinates); empty when the claim is gone. */
  rects(): DOMRect[];
}

const CLOSE_GRACE_MS = 350;

export class HoverCard {
  private ui: CardUi | null = null;
  private uiPromise: Promise<CardUi | null> | null = null;
  private style: AdoptedStyle | null = null;
  private subject: CardSubject | null = null;
  private size = { width: 0, height: 0 };
  private returnFocus: Element | null = null;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private frame = 0;
  private pointerInCard = false;
  private generation = 0;
  openId: number | null = null;
  openedBy: OpenedBy | null = null;
  /** Called when an open card closes (the session takes the current-claim mark off the page). */
  onClosed: (() => void) | null = null;

  constructor(
    private readonly ctx: PageLifetime,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  private listening = false;

  /** The page's scroll, resize and keys matter only to an open card: followed from the first opening on. */
  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    const signal = this.signal;
    const opts = { capture: true, passive: true, signal } as const;
    window.addEventListener('scroll', () => this.schedulePosition(), opts);
    window.addEventListener('resize', () => this.schedulePosition(), opts);
    window.addEventListener('keydown', (e) => this.onKey(e), { capture: true, signal });
  }

  /** Is this node (or event target) the card or inside it? */
  contains(node: EventTarget | null): boolean {
    const host = this.ui?.shadowHost;
    return !!host && !!node && (node === host || (node instanceof Node && host.contains(node)));
  }

  get hovered(): boolean {
    return this.pointerInCard;
  }

  /** Show the card for claim `id`. With `focus`, focus moves into the card (keyboard commands). */
  async open(id: number, subject: CardSubject, openedBy: OpenedBy, focus = false): Promise<void> {
    try {
      this.listen();
      await this.show(id, subject, openedBy, focus);
    } catch (error) {
      // Never into the page's console (the card just doesn't show).
      debug(error);
    }
  }

  private async show(id: number, subject: CardSubject, openedBy: OpenedBy, focus: boolean): Promise<void> {
    this.cancelClose();
    const gen = ++this.generation;
    const ui = await this.mountUi();
    if (!ui || gen !== this.generation || this.signal.aborted) return;
    if (focus && !this.contains(document.activeElement)) this.returnFocus = document.activeElement;
    this.subject = subject;
    this.openId = id;
    this.openedBy = openedBy;
    ui.view.render(
      {
        claim: subject.claim,
        position: subject.position,
        total: subject.total,
        idPrefix: `claimlens-card-${id}`,
        onClose: () => this.close(true),
        // Stepping from the keyboard: a screen reader hears where it landed.
        announce: openedBy === 'keyboard',
        pageDate: readPageDate(document),
      },
      ui.uiContainer,
    );
    const card = this.cardElement();
    if (!card) return;
    card.style.setProperty('visibility', 'hidden');
    card.style.setProperty('max-height', 'none');
    card.style.setProperty('left', '0px');
    card.style.setProperty('top', '0px');
    const r = card.getBoundingClientRect();
    this.size = { width: r.width, height: r.height };
    this.position();
    card.style.removeProperty('visibility');
    if (focus) card.focus({ preventScroll: true });
  }

  /** Close the card; with `restoreFocus`, focus goes back where it was before the card took it. */
  close(restoreFocus = true): void {
    this.cancelClose();
    this.generation++;
    if (this.openId === null) return;
    const hadFocus = this.contains(document.activeElement);
    this.openId = null;
    this.openedBy = null;
    this.subject = null;
    this.pointerInCard = false;
    if (this.ui) this.ui.view.render(null, this.ui.uiContainer);
    this.onClosed?.();
    const back = this.returnFocus;
    this.returnFocus = null;
    if (restoreFocus && hadFocus) {
      if (back instanceof HTMLElement && back.isConnected && back !== document.body) back.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
  }

  /** Close after the grace period unless the pointer comes back (to the claim or into the card). */
  closeSoon(): void {
    if (this.openId === null || this.closeTimer !== undefined) return;
    this.closeTimer = setTimeout(() => {
      this.closeTimer = undefined;
      if (!this.pointerInCard) this.close(false);
    }, CLOSE_GRACE_MS);
  }

  cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }

  destroy(): void {
    this.close(false);
    cancelAnimationFrame(this.frame);
    this.style?.destroy();
    this.style = null;
    this.ui?.remove();
    this.ui = null;
  }

  private cardElement(): HTMLElement | null {
    return this.ui?.uiContainer.querySelector<HTMLElement>('[role="dialog"]') ?? null;
  }

  private schedulePosition(): void {
    if (this.openId === null || this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.position();
    });
  }

  private position(): void {
    const card = this.cardElement();
    const subject = this.subject;
    if (!card || !subject) return;
    const rects = subject.rects();
    const viewport = { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight };
    // A card opened by pointer or focus goes when its claim leaves the screen; one the reader moved into
    // with the keyboard stays, clamped into view, until they close it.
    const offScreen = !inViewport(rects, viewport) && this.openedBy !== 'keyboard' && !this.contains(document.activeElement);
    if (rects.length === 0 || offScreen) {
      this.close(false);
      return;
    }
    const place = placeCard(rects, this.size, viewport);
    if (!place) return;
    card.style.setProperty('left', `${Math.round(place.left)}px`);
    card.style.setProperty('top', `${Math.round(place.top)}px`);
    card.style.setProperty('max-height', `${Math.floor(place.maxHeight)}px`);
    card.dataset.side = place.side;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || this.openId === null) return;
    const inCard = this.contains(document.activeElement);
    this.close(true);
    if (inCard) e.stopPropagation();
  }

  private mountUi(): Promise<CardUi | null> {
    // The card's UI is loaded when a card is first opened (./card-ui-loader.ts); a failed load is tried again next time.
    this.uiPromise ??= loadCardUi()
      .then((view) => {
        if (!view) {
          this.uiPromise = null;
          return null;
        }
        if (this.signal.aborted) return null;
        const ui = createCardHost(view);
        this.style = adoptStyle(ui.shadow, view.css);
        // After <body>, not inside it: page rules like `body > :last-child` never start matching the card's host.
        document.documentElement.append(ui.shadowHost);
        this.ctx.onInvalidated(() => ui.remove());
        this.ui = ui;
        const card = ui.uiContainer;
        card.addEventListener(
          'pointerenter',
          () => {
            this.pointerInCard = true;
            this.cancelClose();
          },
          { signal: this.signal },
        );
        card.addEventListener(
          'pointerleave',
          () => {
            this.pointerInCard = false;
            if (this.openedBy === 'pointer') this.closeSoon();
          },
          { signal: this.signal },
        );
        card.addEventListener(
          'focusout',
          (e) => {
            const next = (e as FocusEvent).relatedTarget;
            if (this.openedBy === 'focus' && !this.contains(next as Node | null)) this.closeSoon();
          },
          { signal: this.signal },
        );
        return ui;
      })
      .catch((e: unknown) => {
        debug('card host', e);
        return null;
      });
    return this.uiPromise;
  }
}

/** The card's host, its shadow root and the element the card renders into. */
interface CardUi {
  /** The card's UI, loaded when first needed. */
  view: CardRenderer;
  shadowHost: HTMLElement;
  shadow: ShadowRoot;
  uiContainer: HTMLElement;
  remove(): void;
}

/**
 * The card's host: a plain <span> (a name no page can define as a custom element, unlike `claimlens-card`,
 * which a page that defined it first could take over), marked `data-claimlens-ui`, with a shadow root the
 * page's style sheets cannot reach into. Its own box is set inline with !important after `all: initial`,
 * which beats any rule of the page's (`span { display: none !important }`, `[data-claimlens-ui] {…}`),
 * and nothing of the page's inherits into the card.
 */
function createCardHost(view: CardRenderer): CardUi {
  const host = document.createElement('span');
  host.setAttribute(CARD_HOST_ATTRIBUTE, 'card');
  host.style.setProperty('all', 'initial', 'important');
  for (const [k, v] of [
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['width', '0'],
    ['height', '0'],
    ['margin', '0'],
    ['padding', '0'],
    ['border', '0'],
    ['display', 'block'],
    ['overflow', 'visible'],
    ['visibility', 'visible'],
    ['opacity', '1'],
    ['z-index', '2147483647'],
    ['transform', 'none'],
    ['filter', 'none'],
    ['clip-path', 'none'],
    ['contain', 'none'],
    ['pointer-events', 'auto'],
  ] as const) {
    host.style.setProperty(k, v, 'important');
  }
  const shadow = host.attachShadow({ mode: 'open' });
  const uiContainer = document.createElement('div');
  shadow.append(uiContainer);
  return {
    view,
    shadowHost: host,
    shadow,
    uiContainer,
    remove: () => {
      view.render(null, uiContainer);
      host.remove();
    },
  };
}
