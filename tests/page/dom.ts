/** Builds test content in the real document of a page-layer test, and takes it away again. */
export function mount(build: (root: HTMLElement) => void): HTMLElement {
  const root = document.createElement('div');
  build(root);
  document.body.append(root);
  return root;
}

/** A paragraph made of plain text and inline elements: `['Microsoft ', ['strong', 'will'], ' pay.']`. */
export function paragraph(parts: (string | [string, string])[]): HTMLParagraphElement {
  const p = document.createElement('p');
  for (const part of parts) {
    if (typeof part === 'string') p.append(part);
    else {
      const el = document.createElement(part[0]);
      el.textContent = part[1];
      p.append(el);
    }
  }
  return p;
}
