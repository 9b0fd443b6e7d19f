/**
 * The card's styles, adopted into its shadow root as a constructed stylesheet (never a <style>
 * element, which a page's CSP may block). Nothing here reaches the page: the shadow root scopes it.
 */
import { VERDICTS } from '../../engine/claim';
import { VERDICT_COLOR } from '../verdict';

/** Light theme: the verdict colours every ClaimLens surface uses (contrast measured in src/ui/verdict.ts). */
const verdictRules = VERDICTS.map(
  (v) => `.card[data-verdict="${v}"] { border-left-color: ${VERDICT_COLOR[v].fg}; }
[data-verdict="${v}"] .verdict { color: ${VERDICT_COLOR[v].fg}; }`,
).join('\n');

export const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; box-sizing: border-box; z-index: 2147483647;
  width: min(420px, calc(100vw - 16px)); overflow: auto; overscroll-behavior: contain;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
  color: #1b1b1f; background: #ffffff; border: 1px solid #c9c9d1; border-left-width: 6px;
  border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px 8px;
  outline: none; letter-spacing: normal; word-spacing: normal; text-transform: none; white-space: normal;
}
.card:focus-visible { outline: 2px solid #3b6fd8; outline-offset: 2px; }
${verdictRules}
.head { display: flex; align-items: center; justify-content: space-between; gap: 8px; }
h2 { margin: 0; font-size: 15px; font-weight: 700; }
.icon { display: inline-block; min-width: 1.1em; text-align: center; }
h3 { margin: 8px 0 2px; font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; color: #55555f; }
p { margin: 4px 0; }
ul { margin: 0; padding: 0; list-style: none; }
.reason { font-weight: 500; }
.quote { margin: 2px 0; padding: 2px 0 2px 8px; border-left: 3px solid #d8d8e0; font-style: italic; }
.fact { margin: 2px 0; }
.evidence { margin: 6px 0; }
.sources[data-stance="corroborates"] .quote { border-left-color: #1f7a3a; }
.sources[data-stance="conflicts"] .quote { border-left-color: #c62828; border-left-style: dashed; }
.note { font-size: 12px; color: #44444c; }
.cite { font-size: 12px; color: #44444c; }
.outlet { font-weight: 600; }
a { color: #1a56c4; }
.close {
  all: unset; cursor: pointer; font-size: 18px; line-height: 1; width: 24px; height: 24px;
  text-align: center; border-radius: 4px; color: #44444c;
}
.close:hover { background: #ececf1; }
.close:focus-visible { outline: 2px solid #3b6fd8; }
.foot { margin-top: 8px; font-size: 11px; color: #6b6b76; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap;
}
@media (prefers-color-scheme: dark) {
  .card { color: #ececf1; background: #1f1f24; border-color: #44444c; }
  [data-verdict="corroborated"] .verdict { color: #5cc97a; }
  [data-verdict="conflicting"] .verdict { color: #ff7b72; }
  [data-verdict="mixed"] .verdict { color: #f0a04b; }
  [data-verdict="unverified"] .verdict { color: #a8a8b3; }
  h3, .note, .cite, .foot, .close { color: #b4b4bf; }
  .quote { border-left-color: #55555f; }
  a { color: #8ab4ff; }
  .close:hover { background: #33333a; }
}
@media (prefers-reduced-motion: no-preference) {
  .card { transition: opacity .12s ease-out; }
}
`;
