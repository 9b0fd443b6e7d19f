import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../src/facts/bundled';
import { mergePacks, parsePack } from '../../../src/facts/pack-io';
import type { FactPack } from '../../../src/facts/schema';

const extra = (): FactPack => ({
  version: 1,
  name: 'Extra',
  sources: [
    {
      id: 'example-wire',
      title: 'Example wire story',
      publisher: 'Example Wire',
      author: null,
      date: '2026-04-28',
      url: 'https://example.com/story',
      translated: false,
      file: 'example.txt',
    },
  ],
  facts: [
    {
      id: 'example-fact',
      statement: 'Example Wire says the partnership continues.',
      topic: 'strategy',
      era: 'revised',
      polarity: 'positive',
      values: [],
      keywords: [['partnership'], ['continue']],
      paraphrases: ['The partnership goes on.'],
      evidence: [{ source: 'example-wire', quote: 'the partnership continues', stance: 'supports' }],
    },
  ],
});

describe('parsePack', () => {
  it('accepts a valid pack and returns it', () => {
    const result = parsePack(extra());
    expect(result).toEqual({ ok: true, pack: extra() });
  });

  it('rejects a wrong stance, naming the field path and the problem', () => {
    const broken = extra() as unknown as { facts: { evidence: { stance: string }[] }[] };
    broken.facts[0]!.evidence[0]!.stance = 'agrees';
    const result = parsePack(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatch(/^facts\[0\]\.evidence\[0\]\.stance: /);
      expect(result.error).toContain('"agrees"');
    }
  });

  it('rejects a missing field and a malformed date, naming each', () => {
    const noTitle = extra() as unknown as { sources: Record<string, unknown>[] };
    delete noTitle.sources[0]!.title;
    expect(parsePack(noTitle)).toMatchObject({ ok: false, error: expect.stringMatching(/^sources\[0\]\.title: /) });
    const badDate = extra();
    badDate.sources[0]!.date = 'April 27';
    expect(parsePack(badDate)).toMatchObject({ ok: false, error: expect.stringMatching(/^sources\[0\]\.date: .*YYYY/) });
  });

  it('rejects a source URL that is not http(s), such as javascript:', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'ftp://example.com/a']) {
      const pack = extra();
      pack.sources[0]!.url = url;
      expect(parsePack(pack)).toMatchObject({ ok: false, error: expect.stringMatching(/^sources\[0\]\.url: must be an http\(s\) URL/) });
    }
  });

  it('rejects evidence citing a source that does not exist', () => {
    const pack = extra();
    pack.facts[0]!.evidence[0]!.source = 'nowhere';
    expect(parsePack(pack)).toEqual({ ok: false, error: 'facts[0].evidence[0].source: unknown source "nowhere"' });
  });

  it('rejects duplicate fact ids', () => {
    const pack = extra();
    pack.facts.push({ ...pack.facts[0]!, statement: 'A second fact with the same id.' });
    expect(parsePack(pack)).toMatchObject({ ok: false, error: expect.stringMatching(/^facts\[1\]\.id: duplicate fact id "example-fact"/) });
  });

  it('rejects duplicate source ids, and a source id the bundled pack has, in the words it uses for facts', () => {
    const pack = extra();
    pack.sources.push({ ...pack.sources[0]! });
    expect(parsePack(pack)).toEqual({ ok: false, error: 'sources[1].id: duplicate source id "example-wire"' });
    const clash = extra();
    clash.sources[0]!.id = bundledPack.sources[0]!.id;
    expect(parsePack(clash, { base: bundledPack })).toEqual({
      ok: false,
      error: `sources[0].id: "${bundledPack.sources[0]!.id}" is already a source of the bundled pack`,
    });
  });

  it('rejects keyword terms that are not lower-case', () => {
    const pack = extra();
    pack.facts[0]!.keywords = [['Partnership']];
    expect(parsePack(pack)).toMatchObject({ ok: false, error: expect.stringMatching(/^facts\[0\]\.keywords\[0\]\[0\]: /) });
  });

  it('rejects something that is not a pack at all', () => {
    expect(parsePack(null)).toMatchObject({ ok: false });
    expect(parsePack({ version: 2, name: 'x', sources: [], facts: [] })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^version: /),
    });
  });

  it('against the bundled pack: lets an import cite a bundled source, refuses to reuse a bundled id', () => {
    const citing = extra();
    citing.facts[0]!.evidence.push({ source: bundledPack.sources[0]!.id, quote: 'a second quote here', stance: 'supports' });
    expect(parsePack(citing).ok).toBe(false);
    expect(parsePack(citing, { base: bundledPack }).ok).toBe(true);

    const clash = extra();
    clash.facts[0]!.id = bundledPack.facts[0]!.id;
    expect(parsePack(clash, { base: bundledPack })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^facts\[0\]\.id: .*already a fact of the bundled pack/),
    });
  });
});

describe('mergePacks', () => {
  it('adds the later pack’s sources and facts after the existing ones, unchanged', () => {
    const before = structuredClone(bundledPack);
    const merged = mergePacks(bundledPack, extra());
    expect(merged.sources).toEqual([...before.sources, ...extra().sources]);
    expect(merged.facts).toEqual([...before.facts, ...extra().facts]);
    expect(bundledPack).toEqual(before);
  });

  it('never lets a later pack replace an entry: the first one with an id wins', () => {
    const impostor = extra();
    impostor.facts[0] = { ...bundledPack.facts[0]!, statement: 'Replaced statement for the test.' };
    const merged = mergePacks(bundledPack, impostor);
    expect(merged.facts.filter((f) => f.id === bundledPack.facts[0]!.id)).toEqual([bundledPack.facts[0]]);
    expect(merged.facts.length).toBe(bundledPack.facts.length);
  });

  it('returns a pack that itself validates', () => {
    expect(parsePack(mergePacks(bundledPack, extra())).ok).toBe(true);
  });
});
