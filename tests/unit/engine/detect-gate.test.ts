/**
 * The engine reads a sentence further only when `detect` could find a party in it: with no party in
 * context, a sentence `mayNameParty` lets pass must be one `detect` finds no party in, on every
 * labelled sentence and source sentence the repository holds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, emptyContext, mayNameParty } from '../../../src/engine/detect';
import { findParties, namesAnyParty } from '../../../src/engine/parties';
import { normaliseText } from '../../../src/engine/normalise';
import { splitSentences } from '../../../src/engine/sentences';
import { readSourceArticle, sourceArticleFiles } from '../../../src/cli/source-articles';

const fixtures = new URL('../../fixtures/', import.meta.url);
const texts: string[] = [];
for (const f of sourceArticleFiles()) texts.push(...readSourceArticle(f).split('\n'));
const sets = [
  ...readdirSync(new URL('eval/', fixtures))
    .filter((f) => f.endsWith('.jsonl') && !f.startsWith('fresh'))
    .map((f) => new URL(`eval/${f}`, fixtures)),
];
for (const set of sets)
  for (const line of readFileSync(set, 'utf8').split('\n').filter(Boolean)) texts.push((JSON.parse(line) as { text: string }).text);
// As the engine reads them: normalised.
const sentences = texts.flatMap((t) => splitSentences(t).map((s) => normaliseText(s.text)));

describe('the party gate', () => {
  it('passes every sentence in which detect finds a party (no party in context)', () => {
    expect(sentences.length).toBeGreaterThan(500);
    let gated = 0;
    for (const s of sentences) {
      if (mayNameParty(s, emptyContext())) continue;
      gated++;
      for (const adjacent of [true, false]) expect(detect(s, emptyContext(), adjacent).parties, s).toEqual(new Set());
    }
    // Some sentences of the sets name no party: the gate is exercised.
    expect(gated).toBeGreaterThan(10);
  });

  it('finds a party name exactly where findParties finds one (one pattern for all parties)', () => {
    for (const s of [...sentences, 'GPT-4o runs on Azure.', "ChatGPT's maker said so.", 'The Windows maker said so.', 'An AWS outage.'])
      expect(namesAnyParty(s), s).toBe(findParties(s).length > 0);
  });

  it.each([
    'Microsoft and OpenAI signed.',
    'The ChatGPT maker signed.',
    'The software giant will pay.',
    'The reworked partnership keeps IP rights through 2032.',
    'But the revised agreement runs through 2032.',
  ])('passes "%s"', (s) => {
    expect(mayNameParty(s, emptyContext())).toBe(true);
  });

  it.each(['The conference drew a record crowd.', 'It will pay a share of its revenue.', 'The company did not respond.'])(
    'stops "%s" with no party in context',
    (s) => {
      expect(mayNameParty(s, emptyContext())).toBe(false);
      expect(detect(s, emptyContext()).parties.size).toBe(0);
    },
  );

  it('passes a party named with invisible characters inside, as the engine reads it (normalised)', () => {
    expect(mayNameParty(normaliseText('Micro\u00adsoft will pay Open\u200bAI.'), emptyContext())).toBe(true);
  });

  it('passes any sentence while a party is in context', () => {
    expect(mayNameParty('It will pay a share of its revenue.', { lead: 'microsoft', named: new Set(['microsoft']) })).toBe(true);
  });
});
