/**
 * The card on a real page, opened as readers open it (focus on a link inside a claim, the next-claim
 * command): what it says first, as text, and how it gives the page back (Escape, focus returned).
 */
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Claim } from '../../src/engine/claim';
import { claim, source } from '../unit/ui/claims-fixture';
import { mount, paragraph } from './dom';
import { startSession } from './page-session';

const CLAIM = 'OpenAI will keep paying Microsoft a revenue share until 2032.';
/** Fact text that looks like markup: it must reach the screen as these characters, never as elements. */
const QUOTE = 'the share <img src=x onerror="document.title=1"> ends in 2030';
const REASON = 'Sources say until 2030, not until 2032';

const given: Claim = {
  ...claim('conflicting', CLAIM),
  explanation: { kind: 'differs', differences: [{ what: 'year', claimed: 'until 2032', sources: 'until 2030' }] },
  evidence: [{ source: { ...source, publisher: 'Cailian Press', date: '2026-04-27' }, stance: 'conflicts', quote: QUOTE, fact: 'stake' }],
};

/** A page with a button before the claim and a link inside it; a session told the claim is disputed. */
async function openPage() {
  const root = mount((r) => {
    const button = document.createElement('button');
    button.textContent = 'Subscribe';
    const p = paragraph([' will keep paying Microsoft a revenue share until 2032.']);
    const link = document.createElement('a');
    link.href = '#openai';
    link.textContent = 'OpenAI';
    p.prepend('Under the deal, ', link);
    r.append(button, p);
  });
  let reported = false;
  const session = startSession({
    highlight: { verdicts: ['conflicting'], style: 'underline' },
    scan: async (runs) =>
      runs.flat().flatMap((text, block) => {
        const start = text.indexOf(CLAIM);
        return start < 0 ? [] : [{ ...given, block, start, end: start + CLAIM.length }];
      }),
    report: () => (reported = true),
  });
  await vi.waitFor(() => expect(reported).toBe(true));
  return { session, button: root.querySelector('button')!, link: root.querySelector('a')! };
}

/** The card's dialog, inside its host's shadow root (null when no card is open). */
function card(): HTMLElement | null {
  return document.querySelector('[data-claimlens-ui]')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
}

const cardOpen = () => vi.waitFor(() => expect(card()).not.toBeNull());

describe('the card', () => {
  it('opens when a link inside a highlighted claim gets focus, and leaves focus on the link', async () => {
    const { link } = await openPage();
    expect(card()).toBeNull();
    link.focus();
    await cardOpen();
    expect(document.activeElement).toBe(link);
  });

  it('says first, as text, why and who disputes the claim: markup in a quote stays characters', async () => {
    const { link } = await openPage();
    link.focus();
    await cardOpen();
    const dialog = card()!;
    const shadow = dialog.getRootNode() as ShadowRoot;
    // The dialog is described by why, worded from the explanation: its first line.
    expect(shadow.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent).toBe(REASON);
    // Then who disputes it, with the source's date and first quote.
    expect(dialog.textContent).toMatch(/Cailian Press, [^:]*2026: /);
    expect(dialog.textContent).toContain(QUOTE);
    expect(dialog.querySelector('img')).toBeNull();
    expect(document.title).not.toBe('1');
  });

  it('closes on Escape and gives focus back to where it was before the next-claim command', async () => {
    const { session, button } = await openPage();
    button.focus();
    session.step(1);
    await cardOpen();
    // Opened from the keyboard, the card takes focus.
    expect(document.activeElement).toBe(document.querySelector('[data-claimlens-ui]'));
    expect(dialog()).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes on Escape when focus opened it, leaving focus on the link', async () => {
    const { link } = await openPage();
    link.focus();
    await cardOpen();
    await userEvent.keyboard('{Escape}');
    expect(card()).toBeNull();
    expect(document.activeElement).toBe(link);
  });
});

/** The focused element inside the card's shadow root is the card itself or something in it. */
function dialog(): boolean {
  const shadow = document.querySelector('[data-claimlens-ui]')?.shadowRoot;
  const active = shadow?.activeElement;
  return !!active && !!card()?.contains(active);
}
