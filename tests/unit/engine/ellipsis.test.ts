/** A clause that leaves its topic to its sentence borrows it (src/engine/ellipsis.ts). */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { TopicWords } from '../../../src/engine/ellipsis';
import { bundledPack } from '../../../src/facts/bundled';
import { claimWhy } from '../../../src/ui/why';

const engine = createClaimEngine(bundledPack);
const judged = (text: string) =>
  engine.scan([text]).map((c) => ({ verdict: c.verdict, reason: claimWhy(c), facts: c.facts.map((f) => f.id) }));

describe('clause ellipsis', () => {
  it('a clause naming only its subject borrows what is paid and to whom', () => {
    const [c] = judged('Microsoft will no longer pay OpenAI a share of revenue, while OpenAI keeps paying until 2030.');
    expect(c!.verdict).toBe('corroborated');
    expect(c!.facts).toEqual(
      expect.arrayContaining(['microsoft-stops-paying-openai-revenue-share', 'openai-keeps-paying-microsoft-until-2030']),
    );
    expect(c!.reason).not.toMatch(/No bundled source speaks to/);
  });

  it('its own figure is still its own: a wrong deadline conflicts, and the reason names that clause', () => {
    const [c] = judged('Microsoft will no longer pay OpenAI a share of revenue, while OpenAI keeps paying until 2040.');
    expect(c!.verdict).toBe('conflicting');
    expect(c!.reason).toBe('Sources say until 2030, not until 2040 (in “OpenAI keeps paying until 2040”)');
  });

  it('a referring subject borrows the thing of the clause before ("…, but it runs until 2035")', () => {
    expect(judged("Microsoft's licence to OpenAI's models becomes non-exclusive, but it runs until 2035.")[0]!.verdict).toBe('conflicting');
    expect(judged("Microsoft's licence to OpenAI's models becomes non-exclusive, but it runs until 2032.")[0]!.verdict).toBe(
      'corroborated',
    );
  });

  it('without a figure of its own, a clause read through borrowed words is never contradicted', () => {
    const [c] = judged(
      "Microsoft is giving up its position as exclusive cloud provider, but it keeps key parts of the partnership, among them a 20% revenue share and the right, through 2032, to integrate OpenAI's tech into products of its own.",
    );
    expect(c!.verdict).not.toBe('conflicting');
  });
});

describe('topic words', () => {
  const topics = new TopicWords(bundledPack.facts);

  it('are the facts’ keyword terms: what is paid, licensed, owned', () => {
    expect(topics.of('Microsoft will no longer pay OpenAI a share of revenue')).toEqual(
      expect.arrayContaining(['pay', 'share', 'revenue']),
    );
  });

  it('never a figure, a party’s name or a polarity cue', () => {
    const words = topics.of('Microsoft keeps its non-exclusive licence until 2032 and will no longer pay OpenAI');
    expect(words).toContain('licence');
    for (const w of ['microsoft', 'openai', '2032', 'keeps', 'non', 'exclusive', 'longer']) expect(words).not.toContain(w);
  });
});
