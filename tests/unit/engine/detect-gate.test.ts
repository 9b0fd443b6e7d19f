/**
 * The engine reads a sentence further only when `detect` could find a party in it: with no party in
 * context, a sentence `mayNameParty` lets pass must be one `detect` finds no party in, on every
 * labelled sentence and source sentence the repository holds.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detect, emptyContext, mayFindParty, mayNameParty, nextContext, type PartyContext } from '../../../src/engine/detect';
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

describe('the gate while a party is in context', () => {
  const contexts: PartyContext[] = [
    { lead: 'microsoft', named: new Set(['microsoft', 'openai']) },
    { lead: 'openai', named: new Set(['openai', 'microsoft']), thing: 'licence' },
    { lead: 'openai', named: new Set(['openai']) },
    { lead: 'amazon', named: new Set(['amazon', 'openai']) },
    { lead: 'microsoft', named: new Set(['microsoft']) },
  ];

  it('stops only sentences in which detect finds no party and which leave the context as it was', () => {
    let gated = 0;
    for (const s of sentences)
      for (const context of contexts)
        for (const adjacent of [true, false]) {
          if (mayFindParty(s, context, adjacent)) continue;
          gated++;
          const d = detect(s, context, adjacent);
          expect(d.parties, s).toEqual(new Set());
          expect(d.carried, s).toEqual([]);
          expect(nextContext(s, d, context), s).toBe(context);
        }
    // Most sentences of the sets name a party; those that do not are stopped.
    expect(gated).toBeGreaterThan(100);
  });

  const both: PartyContext = { lead: 'microsoft', named: new Set(['microsoft', 'openai']) };
  it.each(['It will pay a share of its revenue.', 'The lab said so.', 'The two companies declined to comment.', 'Azure keeps it.'])(
    'passes "%s"',
    (s) => {
      expect(mayFindParty(s, both, false)).toBe(true);
    },
  );

  it('passes a partnership word right after a sentence naming both sides, and only then', () => {
    const s = 'Under the new terms, the licence becomes non-exclusive.';
    expect(mayFindParty(s, both, true)).toBe(true);
    expect(detect(s, both, true).parties.size).toBe(2);
    expect(mayFindParty(s, both, false)).toBe(false);
    expect(mayFindParty(s, { lead: 'openai', named: new Set(['openai']) }, true)).toBe(false);
  });

  it('stops a sentence about something else', () => {
    expect(mayFindParty('The conference drew a record crowd.', both, true)).toBe(false);
  });
});
