/**
 * Page words are never looked up as an object's properties: every name on Object.prototype reads as
 * the same word with a letter added does ("constructorx", not a property of anything), alone and
 * inside partnership sentences, with the bundled facts. (The twin keeps the word's prefixes, so a
 * name that begins like a real word, "valueOf" like "valued", is matched as that word in both.)
 */
import { describe, expect, it } from 'vitest';
import { createClaimEngine } from '../../../src/engine/engine';
import { VERDICTS } from '../../../src/engine/claim';
import { bundledPack } from '../../../src/facts/bundled';
import { claimWhy } from '../../../src/ui/why';

const NAMES = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    '__proto__',
    'constructor',
    'prototype',
    'hasOwnProperty',
    'toString',
    'valueOf',
  ]),
];

const SENTENCES = [
  (w: string) => w,
  (w: string) => `Microsoft and OpenAI ${w}.`,
  (w: string) => `${w} Microsoft will no longer pay OpenAI a ${w} share of its revenue.`,
  (w: string) => `Microsoft invested $13 ${w} in OpenAI and holds a ${w} stake of about 27%.`,
  (w: string) => `Microsoft and OpenAI will not ${w} the exclusive license to OpenAI's IP until 2032.`,
  (w: string) => `OpenAI is no longer tied to ${w} Azure and may ${w} use AWS, Microsoft said.`,
  (w: string) => `Microsoft gave up ${w} its stake in OpenAI, and OpenAI keeps ${w} paying Microsoft.`,
];

const engine = createClaimEngine(bundledPack);
const read = (text: string) =>
  engine.scan([text]).map((c) => ({ verdict: c.verdict, reason: claimWhy(c), facts: c.facts.map((f) => f.id) }));

describe('words that name Object.prototype properties', () => {
  it.each(NAMES)('"%s" reads as an unknown word, alone and in partnership sentences', (name) => {
    for (const sentence of SENTENCES) {
      const text = sentence(name);
      const problems: unknown[] = [];
      const claims = engine.scan([text], { report: (p) => problems.push(p) });
      expect(problems).toEqual([]);
      for (const c of claims) expect(VERDICTS).toContain(c.verdict);
      // The same claims, verdicts and facts as with a word that names no property (a reason that quotes
      // the sentence's clause quotes the word as it is).
      const twin = read(sentence(`${name}x`)).map((c) => ({ ...c, reason: c.reason.replaceAll(`${name}x`, name) }));
      expect(read(text)).toEqual(twin);
    }
  });

  it('reads them in lower case and upper case too (the engine lower-cases page words)', () => {
    for (const name of NAMES)
      for (const w of [name.toLowerCase(), name.toUpperCase()])
        expect(() => engine.scan([SENTENCES[2]!(w), SENTENCES[3]!(w)])).not.toThrow();
  });
});
