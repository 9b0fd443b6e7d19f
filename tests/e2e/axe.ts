/**
 * axe-core (the standard accessibility checker) run in a page as the reader's browser draws it. Its source
 * goes in as an expression the driver evaluates over its protocol (extension pages' CSP forbids eval in
 * the page, not the driver). Returns the violations as `rule: targets` lines.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** `shadow`: a path into open shadow roots (host selector, then a selector inside), else the whole document. */
export async function axeViolations(page: TestPage, shadow?: string[]): Promise<string[]> {
  const context = shadow ? `{ include: { fromShadowDom: ${JSON.stringify(shadow)} } }` : 'document';
  return page.evaluateSource<string[]>(`(() => {
${AXE}
;return axe.run(${context}, { resultTypes: ['violations'] })
  .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(' ')));
})()`);
}
