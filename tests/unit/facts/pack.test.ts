import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../src/facts/bundled';
import { parsePack } from '../../../src/facts/pack-io';
import packJson from '../../../src/facts/pack.json';
import { FactMatcher } from '../../../src/engine/match';
import { normalise, readSeed } from './seeds';

const pack = bundledPack;
const sourceById = new Map(pack.sources.map((s) => [s.id, s]));
const fact = (id: string) => {
  const found = pack.facts.find((f) => f.id === id);
  if (!found) throw new Error(`no fact ${id}`);
  return found;
};

describe('the bundled fact pack', () => {
  it('validates against the schema and its integrity checks', () => {
    const result = parsePack(packJson);
    expect(result.ok ? 'valid' : result.error).toBe('valid');
  });

  it('covers the partnership broadly: at least 40 facts', () => {
    expect(pack.facts.length).toBeGreaterThanOrEqual(40);
  });

  it('has unique source ids and unique fact ids', () => {
    const sourceIds = pack.sources.map((s) => s.id);
    const factIds = pack.facts.map((f) => f.id);
    expect(new Set(sourceIds).size).toBe(sourceIds.length);
    expect(new Set(factIds).size).toBe(factIds.length);
  });

  it('cites only sources it lists', () => {
    const unknown = pack.facts.flatMap((f) => f.evidence.filter((e) => !sourceById.has(e.source)).map((e) => `${f.id} → ${e.source}`));
    expect(unknown).toEqual([]);
  });

  it("quotes every source verbatim: each quote is found in the source's seed file", () => {
    const missing: string[] = [];
    for (const f of pack.facts) {
      for (const e of f.evidence) {
        const source = sourceById.get(e.source);
        if (!source || !readSeed(source.file).includes(normalise(e.quote))) missing.push(`${f.id} / ${e.source}: ${e.quote}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('draws evidence from every seed article', () => {
    const cited = new Set(pack.facts.flatMap((f) => f.evidence.map((e) => e.source)));
    expect(pack.sources.map((s) => s.file).sort()).toEqual([
      '000_25cde42b893f001e.txt',
      '001_c8e8fa4e566788f2.txt',
      '002_a42f2e9fa6ee446e.txt',
      '003_728ad766898714c8.txt',
      '004_0157276c3e73c114.txt',
    ]);
    expect(pack.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('names outlets only where the text does, and dates only what the text supports', () => {
    const byFile = new Map(pack.sources.map((s) => [s.file, s]));
    expect(byFile.get('000_25cde42b893f001e.txt')?.publisher).toBeNull();
    expect(byFile.get('001_c8e8fa4e566788f2.txt')?.publisher).toBe('Cascade Daily');
    expect(byFile.get('002_a42f2e9fa6ee446e.txt')?.publisher).toBe('GogoAI News');
    expect(byFile.get('003_728ad766898714c8.txt')?.publisher).toBe('Cailian Press');
    expect(byFile.get('004_0157276c3e73c114.txt')?.publisher).toBeNull();
    for (const source of pack.sources) {
      if (source.publisher === null || source.date === null) expect(source.note, source.id).toBeTruthy();
      if (source.url) expect(readSeed(source.file), source.id).toContain(source.url);
    }
  });

  it('gives every fact keyword groups to match on and 2–5 paraphrases', () => {
    const problems = pack.facts.filter(
      (f) => f.keywords.length === 0 || f.keywords.length > 4 || f.paraphrases.length < 1 || f.paraphrases.length > 5,
    );
    expect(problems.map((f) => f.id)).toEqual([]);
  });

  it("passes each fact's own statement and paraphrases through its keyword groups", () => {
    // The engine's own pre-filter, one fact at a time: the pack is checked against the rules that use it.
    const failing = pack.facts.flatMap((f) => {
      const matcher = new FactMatcher([f]);
      return [f.statement, ...f.paraphrases].filter((p) => matcher.candidates(p).length === 0).map((p) => `${f.id}: ${p}`);
    });
    expect(failing).toEqual([]);
  });

  it('records that the sources disagree on OpenAI’s valuation: over $300 billion vs $850 billion', () => {
    const over300 = fact('openai-valuation-over-300-billion');
    expect(over300.evidence.filter((e) => e.stance === 'supports').length).toBeGreaterThanOrEqual(2);
    const disputes = over300.evidence.filter((e) => e.stance === 'disputes');
    expect(disputes.length).toBeGreaterThanOrEqual(1);
    expect(disputes.every((e) => e.note && e.quote.includes('$850 billion'))).toBe(true);
    const at850 = fact('openai-valued-850-billion');
    expect(at850.evidence.map((e) => e.stance)).toEqual(['supports']);
  });

  it('records that GogoAI reports only a plan to end revenue sharing, while others report it announced', () => {
    const announced = fact('revenue-share-end-officially-announced');
    const stances = new Set(announced.evidence.map((e) => `${e.source}:${e.stance}`));
    expect(stances.has('gogoai-stop-sharing-revenue:disputes')).toBe(true);
    expect(announced.evidence.some((e) => e.stance === 'supports')).toBe(true);
    // The end of the payments itself is supported by every text that states it, GogoAI included.
    const ends = fact('microsoft-stops-paying-openai-revenue-share');
    expect(ends.evidence.every((e) => e.stance === 'supports')).toBe(true);
    expect(new Set(ends.evidence.map((e) => e.source)).size).toBeGreaterThanOrEqual(4);
  });

  it('records that the sources disagree on whether OpenAI’s for-profit restructuring is done', () => {
    const done = fact('openai-restructured-october-2025');
    expect(done.evidence.some((e) => e.stance === 'supports')).toBe(true);
    expect(done.evidence.filter((e) => e.stance === 'disputes').every((e) => e.note)).toBe(true);
    expect(done.evidence.filter((e) => e.stance === 'disputes').length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the 20% figure to the one source that names it, without a silent source disputing it', () => {
    const twenty = fact('openai-revenue-share-20-percent');
    expect(twenty.evidence.map((e) => `${e.source}:${e.stance}`)).toEqual(['seismic-reconfiguration-epicenter-ai:supports']);
    expect(twenty.values).toContainEqual({ kind: 'percent', value: 20, hedge: 'exact', role: 'revenue share' });
  });

  it('tells the eras apart: exclusive Azure under the original deal, non-exclusive under the revised one', () => {
    const original = fact('original-azure-exclusive-cloud');
    const revised = fact('cloud-exclusivity-ended');
    expect([original.era, original.polarity]).toEqual(['original', 'positive']);
    expect([revised.era, revised.polarity]).toEqual(['revised', 'negative']);
  });

  it('gives who pays whom on the mirror revenue-share facts', () => {
    const ms = fact('microsoft-stops-paying-openai-revenue-share');
    const oai = fact('openai-keeps-paying-microsoft-until-2030');
    expect([ms.actor, ms.target, ms.polarity]).toEqual(['microsoft', 'openai', 'negative']);
    expect([oai.actor, oai.target, oai.polarity]).toEqual(['openai', 'microsoft', 'positive']);
    expect(oai.values).toContainEqual({ kind: 'year', value: 2030, relation: 'until' });
  });

  it('uses only the canonical party names for actor and target', () => {
    const parties = new Set(['microsoft', 'openai', 'amazon']);
    const odd = pack.facts.flatMap((f) =>
      [f.actor, f.target].filter((p) => p !== undefined && !parties.has(p)).map((p) => `${f.id}: ${p}`),
    );
    expect(odd).toEqual([]);
  });
});
