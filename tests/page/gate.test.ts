import { describe, expect, it } from 'vitest';
import { PageGate, openShadowRoots } from '../../src/page/gate';
import { afterTest, mount, paragraph } from './dom';

/** A gate started on the test page; resolves with what it said first ('named' or 'neutral'), and gives the gate. */
function startGate(): { gate: PageGate; said: string[]; next(): Promise<string> } {
  const said: string[] = [];
  let wake: (() => void) | null = null;
  const tell = (what: string) => {
    said.push(what);
    wake?.();
  };
  const gate = new PageGate({ named: () => tell('named'), neutral: () => tell('neutral') });
  afterTest(() => gate.destroy());
  gate.start();
  let seen = 0;
  const next = () =>
    new Promise<string>((resolve) => {
      const check = () => {
        if (said.length > seen) resolve(said[seen++]!);
        else wake = check;
      };
      check();
    });
  return { gate, said, next };
}

/** An element with an open shadow root holding this paragraph. */
function host(name: string, text: string, light = ''): HTMLElement {
  const el = document.createElement(name);
  if (light) el.append(light);
  el.attachShadow({ mode: 'open' }).append(paragraph([text]));
  return el;
}

describe("the page's gate", () => {
  it('says a page that names no party is neutral, then that it names one once new text does', async () => {
    const root = mount((r) => r.append(paragraph(['The weather stayed mild all week.'])));
    const { next } = startGate();
    expect(await next()).toBe('neutral');
    root.append(paragraph(['Microsoft and OpenAI signed a new agreement.']));
    expect(await next()).toBe('named');
  });

  it('tests text added while its first test runs on, after it read the page', async () => {
    const root = mount((r) => r.append(paragraph(['The weather stayed mild all week.'])));
    const { next } = startGate();
    // The gate's read is a task of its own; its tests come in later tasks.
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.append(paragraph(['Microsoft and OpenAI signed a new agreement.']));
    let said = await next();
    if (said === 'neutral') said = await next();
    expect(said).toBe('named');
  });

  it("reads the text of open shadow roots, and follows a shadow root's changes", async () => {
    const widget = host('div', 'Loading the latest story…');
    mount((r) => r.append(paragraph(['Gardening notes.']), widget));
    const { next } = startGate();
    expect(await next()).toBe('neutral');
    widget.shadowRoot!.append(paragraph(['OpenAI will pay Microsoft a share of its revenue.']));
    expect(await next()).toBe('named');
  });

  it('finds a party named only inside a custom element', async () => {
    mount((r) => r.append(host('story-card', 'Azure hosts the models.', 'Read more')));
    const { next } = startGate();
    expect(await next()).toBe('named');
  });

  it('looks for shadow roots on custom elements and empty containers, nested ones too, not on text paragraphs', () => {
    const outer = host('story-card', 'Outer.');
    outer.shadowRoot!.append(host('inner-card', 'Inner.'));
    const empty = host('div', 'Empty container.');
    const text = host('p', 'A paragraph of its own.', 'Its own text.');
    mount((r) => r.append(outer, empty, text));
    const found = new Set<ShadowRoot>();
    const walk = (root: Node) => {
      for (const shadow of openShadowRoots(root)) {
        found.add(shadow);
        walk(shadow);
      }
    };
    walk(document.body);
    expect(found.has(outer.shadowRoot!)).toBe(true);
    expect(found.has(outer.shadowRoot!.querySelector('inner-card')!.shadowRoot!)).toBe(true);
    expect(found.has(empty.shadowRoot!)).toBe(true);
    expect(found.has(text.shadowRoot!)).toBe(false);
  });
});
