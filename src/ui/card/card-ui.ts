/**
 * The hover card's UI as the page loads it: only when a card is first opened (src/page/card-ui-loader.ts),
 * so the content script that runs on every page carries neither Preact, the card's components nor its styles.
 */
import { h, render } from 'preact';
import { Card, type CardProps } from './Card';
import { CARD_CSS } from './card-style';

export interface CardUi {
  /** The card's styles, for its shadow root. */
  css: string;
  /** Render the card with these props into `container`; null empties it. */
  render(props: CardProps | null, container: HTMLElement): void;
}

export const cardUi: CardUi = {
  css: CARD_CSS,
  render: (props, container) => render(props ? h(Card, props) : null, container),
};
