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
  const ensure = () => {
    try {
      const current = target.adoptedStyleSheets;
      if (!current.includes(sheet)) target.adoptedStyleSheets = [...current, sheet];
    } catch {
      // Nothing else to do: the fallback styles apply.
    }
  };
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
    destroy() {
      try {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // The page took it away already.
      }
    },
  };
}
