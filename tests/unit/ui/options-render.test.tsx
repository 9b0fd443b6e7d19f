/**
 * The options page rendered into a DOM (linkedom) over fake storage: it opens on what is stored even
 * when that was written by hand, half-written or by an older build, showing the repaired settings.
 */
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from '../../../src/settings';
import { bundledPack } from '../../../src/facts/bundled';
import type { FactPack } from '../../../src/facts/schema';
import { importedFact } from '../facts/pack-fixture';
import { Options } from '../../../src/ui/options/Options';
import { renderRoot } from './render-root';

async function open(): Promise<HTMLElement> {
  const root = renderRoot();
  render(<Options factsUrl="facts.html" />, root);
  await vi.waitFor(() => expect(root.querySelector('main')).not.toBeNull());
  return root;
}

const GOOD: FactPack = {
  version: 1,
  name: 'Good',
  sources: [],
  facts: [importedFact('good-fact', bundledPack.sources[0]!.id)],
};

/** The chosen inputs of a group (linkedom has no `checked` property: Preact writes the attribute). */
const checked = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll(`input[name="${name}"][checked]`)].map((i) => i.getAttribute('value'));

describe('options page over stored values', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows a hand-edited settings value repaired: unknown verdicts, wrong types and missing fields', async () => {
    await fakeBrowser.storage.local.set({
      settings: { enabled: 'yes', highlightVerdicts: ['conflicting', 'wrong'], sensitivity: 7 },
      settings$: { v: SETTINGS_VERSION },
    });
    const root = await open();
    expect(checked(root, 'verdict')).toEqual(['conflicting']);
    expect(checked(root, 'sensitivity')).toEqual(['balanced']);
    expect(checked(root, 'style')).toEqual(['underline']);
    expect(root.querySelector('[data-sites-empty]')).not.toBeNull();
  });

  it('lists the valid imported packs and leaves out a stored one that no longer passes the schema', async () => {
    await fakeBrowser.storage.local.set({
      extraPacks: [{ version: 1, name: 'Broken' }, GOOD, null],
      extraPacks$: { v: 1 },
    });
    const root = await open();
    expect([...root.querySelectorAll('[data-pack]')].map((li) => li.getAttribute('data-pack'))).toEqual(['Good']);
  });
});
