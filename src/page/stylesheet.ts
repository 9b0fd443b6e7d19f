/**
 * Styles that must apply even under a strict page CSP (`style-src 'none'`): a constructed stylesheet
 * adopted on the document or a shadow root. CSP governs <style> elements and style attributes, not
 * constructed stylesheets. Where adoption is impossible the caller's fallback applies (for highlights:
 * the manifest-declared content-script stylesheet, which the browser injects whatever the CSP).
 */

export interface AdoptedStyle {
  /** Replace the sheet's rules. */
  update(css: string): void;
  /** Put the sheet back if the page replaced `adoptedStyleSheets` wholesale. */
  ensure(): void;
  /** Also adopt the sheet in these (page) shadow roots: document styles do not reach into them. */
  alsoIn(roots: Iterable<ShadowRoot>): void;
  destroy(): void;
}

export function adoptStyle(target: Document | ShadowRoot, css: string): AdoptedStyle | null {
  let sheet: CSSStyleSheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch {
    return null;
  }
  const adopt = (root: Document | ShadowRoot) => {
    try {
      const current = root.adoptedStyleSheets;
      if (!current.includes(sheet)) root.adoptedStyleSheets = [...current, sheet];
    } catch {
      // Nothing else to do: the fallback styles apply.
    }
  };
  const drop = (root: Document | ShadowRoot) => {
    try {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    } catch {
      // The page took it away already.
    }
  };
  const ensure = () => adopt(target);
  const extra = new Set<ShadowRoot>();
  ensure();
  let adopted = false;
  try {
    adopted = target.adoptedStyleSheets.includes(sheet);
  } catch {
    adopted = false;
  }
  if (!adopted) return null;
  return {
    update(next) {
      try {
        sheet.replaceSync(next);
      } catch {
        // Keep the old rules.
      }
    },
    ensure,
    alsoIn(roots) {
      for (const root of roots) {
        extra.add(root);
        adopt(root);
      }
    },
    destroy() {
      drop(target);
      for (const root of extra) drop(root);
      extra.clear();
    },
  };
}
