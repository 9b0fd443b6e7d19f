/**
 * The card's styles, adopted into its shadow root as a constructed stylesheet (never a <style>
 * element, which a page's CSP may block). Nothing here reaches the page: the shadow root scopes it.
 *
 * Colours: ClaimLens's palette (src/ui/palette.css, light and dark by the reader's system setting, contrast
 * measured there), declared on `.card` rather than `:root`/`:host`: a page's own styles can reach the
 * shadow host (`* { --fg: … }`), never the elements inside the shadow root.
 */
import PALETTE from '../palette.css?raw';

/** The palette with its `:root` rules read as the card's. */
export const CARD_PALETTE = PALETTE.replaceAll(':root', '.card');

export const CARD_CSS = `
:host { all: initial; }
${CARD_PALETTE}
.card {
  position: fixed; box-sizing: border-box; z-index: 2147483647;
  width: min(420px, calc(100vw - 16px)); overflow: auto; overscroll-behavior: contain;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
  color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-left-width: 6px;
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px 8px;
  outline: none; letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal;
  /* Firefox draws a scroller's bar light in a page's shadow root whatever its color-scheme: colour it. */
  scrollbar-color: var(--line) var(--bg);
}
/* Opened from the keyboard, the card wears a focus ring while it is open (Firefox draws none for focus() from script). */
.card:focus, .card:focus-visible, .card[data-opened-by="keyboard"] { outline: 3px solid var(--accent); outline-offset: 2px; }
.card[data-verdict="corroborated"] { border-left-color: var(--corroborated); }
.card[data-verdict="conflicting"] { border-left-color: var(--conflicting); }
.card[data-verdict="mixed"] { border-left-color: var(--mixed); }
.card[data-verdict="outdated"] { border-left-color: var(--outdated); }
.card[data-verdict="unverified"] { border-left-color: var(--unverified); }
[data-verdict="corroborated"] .verdict { color: var(--corroborated); }
[data-verdict="conflicting"] .verdict { color: var(--conflicting); }
[data-verdict="mixed"] .verdict { color: var(--mixed); }
[data-verdict="outdated"] .verdict { color: var(--outdated); }
[data-verdict="unverified"] .verdict { color: var(--unverified); }
/* Never over a third of a phone's screen: the rest scrolls inside the card. */
@media (max-width: 600px) { .card { max-height: 33vh !important; } }
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
h2 { margin: 0; font-size: 15px; font-weight: 700; }
.icon { display: inline-block; min-width: 1.1em; text-align: center; }
h3 { margin: 8px 0 2px; font-size: 12px; font-weight: 600; color: var(--muted); }
p { margin: 4px 0; }
ul { margin: 0; padding: 0; list-style: none; }
.reason { font-weight: 600; margin: 4px 0 2px; }
.who li { margin: 2px 0; padding-left: 8px; border-left: 3px solid var(--line); }
.who li[data-stance="conflicts"] { border-left-color: var(--conflicting); }
.who li[data-stance="corroborates"] { border-left-color: var(--corroborated); }
.who .names { font-weight: 600; }
.who q { font-style: italic; }
.self-note, .page-date { font-size: 12px; color: var(--muted); }
details.more { margin: 6px 0 2px; }
summary { cursor: pointer; color: var(--accent); font-weight: 600; }
summary:focus-visible, button:focus-visible, a:focus-visible, textarea:focus-visible { outline: 3px solid var(--accent); outline-offset: 1px; }
.quote { margin: 2px 0; padding: 2px 0 2px 8px; border-left: 3px solid var(--line); font-style: italic; }
.fact { margin: 2px 0; }
.by-source > li { margin: 6px 0; }
.sources[data-stance="corroborates"] .quote { border-left-color: var(--corroborated); }
.sources[data-stance="conflicts"] .quote { border-left-color: var(--conflicting); }
.source-line { font-size: 12px; }
.source-line .outlet { font-weight: 600; }
.note { font-size: 12px; color: var(--muted); }
.muted { color: var(--muted); }
a { color: var(--accent); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 6px 0 2px; }
.actions button, .report button {
  font: inherit; font-size: 12px; color: var(--fg); background: var(--panel); border: 1px solid var(--line);
  border-radius: 6px; padding: 2px 8px; cursor: pointer;
}
.actions button:hover, .report button:hover { background: var(--hover); }
.report { display: flex; flex-direction: column; gap: 4px; margin: 4px 0; }
.report label { display: flex; flex-direction: column; font-size: 12px; color: var(--fg); }
.report textarea { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 4px; }
.report button { align-self: flex-start; }
.said { font-size: 12px; color: var(--muted); margin: 0; }
.said:empty { display: none; }
.close {
  all: unset; cursor: pointer; font-size: 18px; line-height: 1; width: 24px; height: 24px;
  text-align: center; border-radius: 4px; color: var(--muted);
}
.close:hover { background: var(--hover); }
.close:focus-visible { outline: 3px solid var(--accent); }
.foot { margin-top: 6px; font-size: 11px; color: var(--muted); }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap;
}
@media (prefers-reduced-motion: no-preference) {
  .card { transition: opacity .12s ease-out; }
}
`;
