/**
 * axe-core (the standard accessibility checker) run in a page as the reader's browser draws it. Its source
 * goes in as the body of the evaluated function (the drivers evaluate over their protocol, so extension
 * pages' CSP, which forbids eval, does not stop it). Returns the violations as `rule: targets` lines.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { TestPage } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** `shadow`: a path into open shadow roots (host selector, then a selector inside), else the whole document. */
export async function axeViolations(page: TestPage, shadow?: string[]): Promise<string[]> {
  const fn = new Function(
    'shadow',
    `${AXE}
;return axe.run(shadow ? { include: { fromShadowDom: shadow } } : document, { resultTypes: ['violations'] })
  .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => JSON.stringify(n.target)).join(' ')));`,
  ) as (shadow: string[] | null) => Promise<string[]>;
  return page.evaluate(fn, shadow ?? null);
}
