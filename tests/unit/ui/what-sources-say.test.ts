import { describe, expect, it } from 'vitest';
import { dateInWords, missingParts, outletName } from '../../../src/ui/source-name';
import { reportFor, reportsAsJson, validReports } from '../../../src/ui/verdict-reports';
import { claimAsText, isSelfQuote, pageSourceOf, readerReason, selfSourceName, whatSourcesSay } from '../../../src/ui/what-sources-say';
import { claim, source } from './claims-fixture';

const cailian = { ...source, id: 'cailian', publisher: 'Cailian Press', date: '2026-04-27', url: null };
const older = { ...source, id: 'older', publisher: 'Older Daily', date: '2025-10-28' };

describe('what the sources say', () => {
  it('puts who disputes first, newest source first, each named once with its date and first quote', () => {
    const c = claim('mixed', 'OpenAI is valued at over $300 billion.');
    const mixed = {
      ...c,
      evidence: [
        { source: older, stance: 'corroborates' as const, quote: 'valued at over $300 billion', fact: 'v' },
        { source: older, stance: 'corroborates' as const, quote: 'a $300 billion valuation', fact: 'v' },
        { source: cailian, stance: 'conflicts' as const, quote: 'a recent valuation of $850 billion', fact: 'v' },
      ],
    };
    const sides = whatSourcesSay(mixed);
    expect(sides.map((s) => s.stance)).toEqual(['conflicts', 'corroborates']);
    expect(sides[0]).toMatchObject({ names: `Cailian Press, ${dateInWords('2026-04-27')}`, quote: 'a recent valuation of $850 billion' });
    expect(sides[1]!.sources).toHaveLength(1);
  });

  it("knows the page's own words: a long shared run, or nearly the whole sentence; not a few words alike", () => {
    const text = 'At the same time, it was confirmed that Microsoft held approximately 27% of the equity in the for-profit entity.';
    const c = claim('corroborated', text);
    const own = {
      source: cailian,
      stance: 'corroborates' as const,
      quote: 'it was confirmed that Microsoft held approximately 27% of the equity',
      fact: 'f',
    };
    const alike = { source: older, stance: 'corroborates' as const, quote: 'Microsoft held a stake in OpenAI', fact: 'f' };
    expect(isSelfQuote(c, own)).toBe(true);
    expect(isSelfQuote(c, alike)).toBe(false);
    // A short sentence the page shares with a source, word for word, is the page's own only as a whole.
    const short = claim('corroborated', 'Microsoft invested $1 billion in OpenAI in 2019.');
    expect(isSelfQuote(short, { ...alike, quote: 'Microsoft invested $1 billion in OpenAI in 2019' })).toBe(true);
    const longer = claim('corroborated', 'Microsoft invested $1 billion in OpenAI, analysts at three banks said on Tuesday.');
    expect(isSelfQuote(longer, { ...alike, quote: 'Microsoft invested $1 billion in OpenAI in 2019' })).toBe(false);
    // The engine's word, once it gives one, wins.
    expect(isSelfQuote({ ...c, pageSource: 'older' }, alike)).toBe(true);
  });

  it('says the page is a source when two of its claims quote the same source back to themselves', () => {
    const own = (text: string) => ({
      ...claim('corroborated', text),
      evidence: [{ source: cailian, stance: 'corroborates' as const, quote: text, fact: 'f' }],
    });
    const a = own('Microsoft will no longer pay a share of its revenue to OpenAI from now on.');
    const b = own('OpenAI will keep paying Microsoft a share of its revenue until the year 2030.');
    expect(pageSourceOf([a, claim('conflicting')])).toBeNull();
    expect(pageSourceOf([a, b, claim('conflicting')])?.id).toBe('cailian');
  });

  it("takes the engine's word that the page is a source: its name on its own line, the reason left to what differs", () => {
    const c = {
      ...claim('conflicting'),
      pageSource: 'gogoai',
      pageSourceName: 'GogoAI News',
    };
    expect(readerReason(c)).toBe('Sources say about 27%, not 32%');
    expect(selfSourceName(c)).toBe('GogoAI News');
    expect(pageSourceOf([c])).toEqual({ id: 'gogoai', name: 'GogoAI News' });
    expect(readerReason(claim('conflicting'))).toBe('Sources say about 27%, not 32%');
    expect(selfSourceName(claim('conflicting'))).toBeNull();
  });

  it('copies the claim, its verdict in words, the reason and each quote with its source as plain text', () => {
    const text = claimAsText(claim('conflicting', 'Microsoft holds 32% of OpenAI.'), 'https://news.test/a');
    expect(text.split('\n')).toEqual([
      '“Microsoft holds 32% of OpenAI.”',
      'https://news.test/a',
      'ClaimLens: Disputed by sources. Sources say about 27%, not 32%',
      `- Reuters, ${dateInWords('2025-10-28')} (agrees): “Microsoft will hold a stake of about 27 percent” <https://example.com/reuters>`,
      `- FT, ${dateInWords('2025-10-28')} (disputes): “a stake of 32 percent” <https://example.com/reuters>`,
    ]);
  });
});

describe('a source, named the same way everywhere', () => {
  it('by its outlet, else its title, else says it is not named', () => {
    expect(outletName({ publisher: 'Reuters', title: 'T' })).toBe('Reuters');
    expect(outletName({ publisher: null, title: 'A Seismic Reconfiguration' })).toBe('A Seismic Reconfiguration');
    expect(outletName({ publisher: ' ', title: '' })).toBe('source not named');
  });
  it('with what it lacks in one quiet phrase', () => {
    expect(missingParts({ date: null, url: null })).toBe('date and link not given');
    expect(missingParts({ date: '2026', url: null })).toBe('link not given');
    expect(missingParts({ date: '2026', url: 'javascript:alert(1)' })).toBe('link not given');
    expect(missingParts({ date: '2026-04', url: 'https://a.test' })).toBeNull();
  });
  it('dates in words, only as precise as given', () => {
    expect(dateInWords('2026')).toBe('2026');
    expect(dateInWords('2026-04')).toMatch(/April 2026/);
    expect(dateInWords('2026-04-27')).toMatch(/27/);
    expect(dateInWords(null)).toBeNull();
  });
});

describe('"This verdict looks wrong"', () => {
  it('keeps what a maintainer needs, and the export reads back', () => {
    const r = reportFor(claim('conflicting'), 'https://news.test/a#top', '  the share is 20%  ', new Date('2026-05-01T10:00:00Z'));
    expect(r).toEqual({
      at: '2026-05-01T10:00:00.000Z',
      url: 'https://news.test/a',
      claim: claim('conflicting').text,
      verdict: 'conflicting',
      reason: 'Sources say about 27%, not 32%',
      facts: ['stake'],
      sources: ['reuters-2025', 'ft'],
      note: 'the share is 20%',
    });
    expect(JSON.parse(reportsAsJson([r]))).toEqual({ claimlensVerdictReports: 1, reports: [r] });
    expect(validReports([r, null, { claim: 3 }, 'x'])).toEqual([r]);
    expect(validReports('nonsense')).toEqual([]);
  });
});
