/** Who disputes a claim and who agrees: one list for the card and the popup (src/ui/WhoSays.tsx). */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { whatSourcesSay } from '../../../src/ui/what-sources-say';
import { WhoSays } from '../../../src/ui/WhoSays';
import { claim } from './claims-fixture';
import { renderRoot } from './render-root';

function shown(sides: ReturnType<typeof whatSourcesSay>): HTMLElement {
  const root = renderRoot();
  render(<WhoSays sides={sides} />, root);
  return root;
}

describe('WhoSays', () => {
  it('one line per side, the disputing side first, each with its names and first quote', () => {
    const root = shown(whatSourcesSay(claim('conflicting')));
    const lines = [...root.querySelectorAll('ul.who > li')];
    expect(lines.map((li) => li.getAttribute('data-stance'))).toEqual(['conflicts', 'corroborates']);
    for (const li of lines) {
      expect(li.querySelector('.names')!.textContent).toMatch(/:$/);
      expect(li.querySelector('q')!.textContent!.length).toBeGreaterThan(0);
    }
  });

  it('a quote that looks like markup stays text', () => {
    const root = shown([{ stance: 'conflicts', sources: [], names: 'Wire', quote: '<img src=x onerror=alert(1)>' }]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('q')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('nothing when no other source speaks to the claim', () => {
    expect(shown([]).childNodes.length).toBe(0);
  });
});
