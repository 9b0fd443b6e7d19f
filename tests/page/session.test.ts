/**
 * The page session (src/page/session.ts) on a real page, with the engine's answers given: it highlights the
 * claims it is told of, finds them again when the page changes, and leaves the page as it found it.
 */
import { describe, expect, it, vi } from 'vitest';
import type { Claim } from '../../src/engine/claim';
import type { Scanner } from '../../src/page/session';
import { claim } from '../unit/ui/claims-fixture';
import { mount, paragraph } from './dom';
import { startSession } from './page-session';

const CLAIM = 'OpenAI will keep paying Microsoft a revenue share until 2032.';
const HIGHLIGHT = { verdicts: ['conflicting', 'mixed'], style: 'underline' } as const;

/** The engine's answer, given: every block holding CLAIM has it, with this verdict. */
function givenAnswers(verdict: Claim['verdict'] = 'conflicting'): Scanner & { runs: string[][][] } {
  const runs: string[][][] = [];
  const scan = async (sent: string[][]) => {
    runs.push(sent);
    const found: Claim[] = [];
    sent.flat().forEach((text, block) => {
      const start = text.indexOf(CLAIM);
      if (start >= 0) found.push({ ...claim(verdict, CLAIM), block, start, end: start + CLAIM.length });
    });
    return found;
  };
  return Object.assign(scan, { runs });
}

/** A page with the claim split over a link and <strong>, between sentences that are no claim. */
function claimPage(): HTMLElement {
  return mount((r) => {
    r.append(paragraph(['Microsoft and OpenAI have worked together since 2019.']));
    const p = paragraph([' will keep paying ', ['strong', 'Microsoft'], ' a revenue share until 2032.']);
    const link = document.createElement('a');
    link.href = '#openai';
    link.textContent = 'OpenAI';
    p.prepend('Under the deal, ', link);
    r.append(p, paragraph(['The weather was mild.']));
  });
}

/** Starts a session on the page; `reports` resolves each report in turn. */
function start(scan: Scanner) {
  const reports: Claim[][] = [];
  const session = startSession({ scan, highlight: HIGHLIGHT, report: (claims) => reports.push(claims) });
  return {
    session,
    reports,
    /** Waits for report number `n` (1-based). */
    report: async (n: number) => {
      await vi.waitFor(() => expect(reports.length).toBeGreaterThanOrEqual(n), { timeout: 3000 });
      return reports[n - 1]!;
    },
  };
}

const highlighted = (verdict: string) => [...(CSS.highlights.get(`claimlens-${verdict}`) ?? [])].map((r) => r.toString());

describe('a page session', () => {
  it('highlights the claims of the answers it is given, under their verdict, and reports them', async () => {
    claimPage();
    const scan = givenAnswers('conflicting');
    const { report } = start(scan);
    const claims = await report(1);
    expect(claims.map((c) => [c.text, c.verdict])).toEqual([[CLAIM, 'conflicting']]);
    expect(highlighted('conflicting')).toEqual([CLAIM]);
  });

  it('highlights nothing of a verdict the reader does not show, but still reports it', async () => {
    claimPage();
    const { report } = start(givenAnswers('corroborated'));
    expect((await report(1)).map((c) => c.verdict)).toEqual(['corroborated']);
    expect(CSS.highlights.size).toBe(0);
  });

  it('anchors the claim again to the new words when the page rewrites its markup', async () => {
    const root = claimPage();
    const { report } = start(givenAnswers());
    await report(1);
    const p = root.querySelectorAll('p')[1]!;
    const before = [...CSS.highlights.get('claimlens-conflicting')!][0]!;
    // Same sentence, other nodes: the old range now reads nothing.
    p.replaceChildren(
      'Under the deal, OpenAI will keep paying ',
      Object.assign(document.createElement('em'), { textContent: 'Microsoft' }),
      ' a revenue share until 2032.',
    );
    expect(before.toString()).toBe('');
    await report(2);
    await vi.waitFor(() => expect(highlighted('conflicting')).toEqual([CLAIM]));
    const after = [...CSS.highlights.get('claimlens-conflicting')!][0]!;
    expect(p.contains(after.startContainer)).toBe(true);
  });

  it('drops the highlight when the claim leaves the page', async () => {
    const root = claimPage();
    const { report } = start(givenAnswers());
    await report(1);
    root.querySelectorAll('p')[1]!.remove();
    expect(await report(2)).toEqual([]);
    expect(CSS.highlights.size).toBe(0);
  });

  it("reads a page whose text names no party only once new text names one (the gate's text test)", async () => {
    const root = mount((r) => r.append(paragraph(['The weather was mild.'])));
    const scan = givenAnswers();
    const { report } = start(scan);
    expect(await report(1)).toEqual([]);
    expect(scan.runs).toHaveLength(0);
    root.append(claimPage());
    await vi.waitFor(() => expect(highlighted('conflicting')).toEqual([CLAIM]), { timeout: 3000 });
    expect(scan.runs).toHaveLength(1);
  });

  it('without the CSS Highlight API reports its claims, as with it, but marks nothing and opens no card', async () => {
    vi.stubGlobal('Highlight', undefined);
    try {
      const root = claimPage();
      const { report } = start(givenAnswers());
      expect((await report(1)).map((c) => c.text)).toEqual([CLAIM]);
      expect(CSS.highlights.size).toBe(0);
      root.querySelector('a')!.focus();
      await new Promise((r) => setTimeout(r, 300));
      expect(document.querySelector('[data-claimlens-ui]')).toBeNull();
      root.querySelector('a')!.blur();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('on destroy() leaves the page as it found it: no highlight, style, element or listener of its own', async () => {
    const root = claimPage();
    const page = new XMLSerializer().serializeToString(document.documentElement);
    const sheets = document.adoptedStyleSheets.length;
    const scan = givenAnswers();
    const { session, report, reports } = start(scan);
    await report(1);
    // The card's host too: focus on the link in the claim opens the card.
    root.querySelector('a')!.focus();
    await vi.waitFor(() => expect(document.querySelector('[data-claimlens-ui]')).not.toBeNull());
    root.querySelector('a')!.blur();
    session.destroy();
    expect(CSS.highlights.size).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(sheets);
    expect(document.querySelector('[data-claimlens-ui]')).toBeNull();
    expect(new XMLSerializer().serializeToString(document.documentElement)).toBe(page);
    // Nothing watches the page any more: a change is not read, focus opens no card.
    const asked = scan.runs.length;
    root.append(paragraph(['Microsoft and OpenAI renegotiated again.']));
    root.querySelector('a')!.focus();
    await new Promise((r) => setTimeout(r, 700));
    expect(scan.runs.length).toBe(asked);
    expect(reports).toHaveLength(1);
    expect(document.querySelector('[data-claimlens-ui]')).toBeNull();
  });

  it('neither paints nor reports an answer that arrives after destroy()', async () => {
    claimPage();
    let answer: (claims: Claim[]) => void = () => undefined;
    let started: ReturnType<typeof start> | undefined;
    const asked = new Promise<string[][]>((resolve) => {
      started = start((runs) => {
        resolve(runs);
        return new Promise((r) => (answer = r));
      });
    });
    const runs = await asked;
    const { session, reports } = started!;
    session.destroy();
    const block = runs.flat().findIndex((t) => t.includes(CLAIM));
    const start0 = runs.flat()[block]!.indexOf(CLAIM);
    answer([{ ...claim('conflicting', CLAIM), block, start: start0, end: start0 + CLAIM.length }]);
    await new Promise((r) => setTimeout(r, 100));
    expect(reports).toEqual([]);
    expect(CSS.highlights.size).toBe(0);
  });
});
