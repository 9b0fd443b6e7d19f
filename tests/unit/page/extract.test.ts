import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { spansOf } from '../../../src/page/anchor';
import { MAX_BLOCK_CHARS, extractBlocks, inPieces } from '../../../src/page/extract';

function blocks(html: string, options?: Parameters<typeof extractBlocks>[1]) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return extractBlocks(document.body as unknown as Node, options);
}
const texts = (html: string) => blocks(html).map((b) => b.text);

describe('extractBlocks', () => {
  it('joins inline elements into one block and breaks at block elements', () => {
    expect(texts('<p>Microsoft will <a href="#">no longer</a> pay <strong>OpenAI</strong>.</p><p>Second.</p>')).toEqual([
      'Microsoft will no longer pay OpenAI.',
      'Second.',
    ]);
  });

  it('maps offsets 1:1 to the text nodes', () => {
    const [b] = blocks('<p>Microsoft will <em>no longer</em> pay.</p>');
    expect(b!.segments.map((s) => [s.node.data, s.start])).toEqual([
      ['Microsoft will ', 0],
      ['no longer', 15],
      [' pay.', 24],
    ]);
    for (const s of b!.segments) expect(b!.text.slice(s.start, s.start + s.node.data.length)).toBe(s.node.data);
  });

  it('breaks blocks at <br>, list items, headings and cells', () => {
    expect(texts('<h1>Title</h1><div>one<br>two</div><ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table>')).toEqual([
      'Title',
      'one',
      'two',
      'a',
      'b',
      'x',
      'y',
    ]);
  });

  it('skips scripts, styles, forms, buttons, svg and templates', () => {
    expect(
      texts(
        '<p>Keep</p><script>var a = "Microsoft";</script><style>p{}</style><noscript>no</noscript><template><p>t</p></template>' +
          '<textarea>typed</textarea><select><option>o</option></select><button>Click</button><svg><text>s</text></svg>',
      ),
    ).toEqual(['Keep']);
  });

  it('skips hidden, aria-hidden, display:none and contenteditable regions', () => {
    expect(
      texts(
        '<p hidden>h</p><p aria-hidden="true">a</p><p style="color: red; display: none">d</p><p style="visibility:hidden">v</p>' +
          '<div contenteditable="true"><p>edit</p></div><div contenteditable="false"><p>shown</p></div>',
      ),
    ).toEqual(['shown']);
  });

  it('reads an open dialog and skips a closed one', () => {
    expect(texts('<dialog open><p>shown</p></dialog><dialog><p>closed</p></dialog>')).toEqual(['shown']);
  });

  it('skips a document in designMode, as it skips contenteditable regions', () => {
    const { document } = parseHTML(
      '<!doctype html><html><body><p>Microsoft invested in OpenAI.</p><div contenteditable><p>edited</p></div></body></html>',
    );
    expect(extractBlocks(document.body as unknown as Node).map((b) => b.text)).toEqual(['Microsoft invested in OpenAI.']);
    Object.defineProperty(document, 'designMode', { value: 'on', configurable: true });
    expect(extractBlocks(document.body as unknown as Node)).toEqual([]);
    expect(extractBlocks(document as unknown as Node)).toEqual([]);
  });

  it("skips ClaimLens's own UI", () => {
    expect(texts('<p>page</p><claimlens-card><p>card</p></claimlens-card><div data-claimlens-ui><p>ui</p></div>')).toEqual(['page']);
  });

  it('lets the caller hide more through isHidden', () => {
    const out = blocks('<p class="a">one</p><p class="b">two</p>', { isHidden: (el) => el.getAttribute('class') === 'b' });
    expect(out.map((b) => b.text)).toEqual(['one']);
  });

  it('drops whitespace-only blocks but keeps whitespace inside a block', () => {
    expect(texts('<div>\n  <p>  spaced   text </p>\n</div>')).toEqual(['  spaced   text ']);
  });

  it('reads open shadow roots', () => {
    const { document } = parseHTML('<!doctype html><html><body><div id="host"></div><p>after</p></body></html>');
    const host = document.getElementById('host')!;
    if (typeof host.attachShadow !== 'function') return expect.unreachable('linkedom supports attachShadow');
    const shadow = host.attachShadow({ mode: 'open' });
    const p = document.createElement('p');
    p.textContent = 'inside the shadow';
    shadow.appendChild(p);
    expect(extractBlocks(document.body as unknown as Node).map((b) => b.text)).toEqual(['inside the shadow', 'after']);
  });
});

describe('long blocks in pieces', () => {
  it('reads a block longer than MAX_BLOCK_CHARS as consecutive pieces that end at sentence ends and map back exactly', () => {
    const sentence = (i: number) => `Sentence ${i} says that Microsoft invested in OpenAI. `;
    const long = Array.from({ length: 600 }, (_, i) => sentence(i)).join('');
    const { document } = parseHTML(`<!doctype html><html><body><p>${long}<b>${long}</b>${long}</p></body></html>`);
    const pieces = extractBlocks(document.body as unknown as Node);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.map((p) => p.text).join('')).toBe(long.repeat(3));
    for (const piece of pieces) {
      expect(piece.text.length).toBeLessThanOrEqual(MAX_BLOCK_CHARS);
      expect(piece.text).toMatch(/OpenAI\. $/);
      // Every piece's offsets lead to the same words in the page's text nodes.
      const at = piece.text.indexOf('Sentence', 100);
      const quote = piece.text.slice(at, piece.text.indexOf('.', at) + 1);
      const spans = spansOf(piece as never, at, at + quote.length) as { node: Text; start: number; end: number }[];
      expect(spans.map((s) => s.node.data.slice(s.start, s.end)).join('')).toBe(quote);
    }
  });

  it('cuts a block with no sentence end or white space at all at the bound', () => {
    const pieces = inPieces({ text: 'x'.repeat(25_000), segments: [{ node: 'n', start: 0 }] } as never, 10_000);
    expect(pieces.map((p) => p.text.length)).toEqual([10_000, 10_000, 5000]);
    expect(pieces.map((p) => p.segments[0]!.start)).toEqual([0, -10_000, -20_000]);
  });
});
