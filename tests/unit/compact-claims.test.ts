import { describe, expect, it } from 'vitest';
import { compactClaims, expandClaims } from '../../src/compact-claims';
import { createClaimEngine } from '../../src/engine/engine';
import { bundledPack } from '../../src/facts/bundled';

// Real claims: the engine's own output on sentences that share facts and sources, as a news page would.
const claims = createClaimEngine(bundledPack).scan([
  'Microsoft has invested more than $13 billion in OpenAI.',
  'Microsoft has put more than $13 billion into OpenAI since 2019.',
  'OpenAI will pay Microsoft 50% of its revenue forever.',
  'Microsoft will hold a stake of roughly 27% in OpenAI Group PBC.',
  'OpenAI is valued at more than $300 billion.',
]);

describe('compact claims', () => {
  it('gives back exactly the claims the engine made', () => {
    expect(claims.length).toBeGreaterThanOrEqual(4);
    expect(expandClaims(compactClaims(claims))).toEqual(claims);
  });

  it('survives storage, which keeps only plain JSON', () => {
    const stored = JSON.parse(JSON.stringify(compactClaims(claims))) as ReturnType<typeof compactClaims>;
    expect(expandClaims(stored)).toEqual(claims);
  });

  it('writes each source once however many claims cite it', () => {
    const compact = compactClaims(claims);
    const cited = new Set(claims.flatMap((c) => c.evidence.map((e) => JSON.stringify(e.source))));
    expect(compact.sources).toHaveLength(cited.size);
    expect(claims.flatMap((c) => c.evidence).length).toBeGreaterThan(compact.sources.length);
    expect(JSON.stringify(compact).length).toBeLessThan(JSON.stringify(claims).length / 2);
  });

  it('compacts expanded claims (which share their evidence objects) back to the same tables', () => {
    const compact = compactClaims(claims);
    expect(compactClaims(expandClaims(compact))).toEqual(compact);
    // A copy that shares no object compacts the same way.
    expect(compactClaims(structuredClone(expandClaims(compact)))).toEqual(compact);
  });

  it('keeps evidence apart when only its stance or note differs', () => {
    const [first] = claims;
    const e = first!.evidence[0]!;
    const twin = {
      ...first!,
      evidence: [e, { ...e, stance: e.stance === 'conflicts' ? 'corroborates' : 'conflicts' } as const, { ...e, note: 'other' }],
    };
    expect(compactClaims([twin]).evidence).toHaveLength(3);
    expect(expandClaims(compactClaims([twin]))).toEqual([twin]);
  });
});
