/**
 * UI components rendered in Node: a linkedom document, made the global one Preact renders into (once per
 * test file), and a fresh element to render a component into.
 */
import { parseHTML } from 'linkedom';

let document: Document | undefined;

export function renderRoot(): HTMLElement {
  if (!document) {
    ({ document } = parseHTML('<!doctype html><html><body></body></html>') as unknown as { document: Document });
    (globalThis as { document?: Document }).document = document;
  }
  return document.createElement('div');
}
