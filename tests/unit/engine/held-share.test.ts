/**
 * Who pays whom where a party keeps, retains or still gets a share (the holder receives it, the other
 * party pays), and where a party shares a part of its revenue with the other (the subject pays).
 */
import { describe, expect, it } from 'vitest';
import { readDirection } from '../../../src/engine/values';
import { verdictOf } from './bundled-engine';

const pays = (actor: string, target: string) => ({ family: 'pay', actor, target });

describe('a share held or received: the holder receives it', () => {
  it.each([
    'Microsoft keeps a 20% revenue share in OpenAI.',
    'Microsoft retains a 20% revenue share in its OpenAI deal until 2030.',
    'Microsoft still gets a 20% revenue share in OpenAI.',
    'Microsoft keeps core parts of the partnership, including a 20% revenue share on OpenAI sales.',
    'Microsoft continues to receive a 20% revenue share in its OpenAI deal.',
    'Microsoft will hold on to a cut of OpenAI’s revenue.',
  ])('%s', (text) => {
    expect(readDirection(text)).toMatchObject(pays('openai', 'microsoft'));
  });

  it('the holder is the party named before the holding verb, whichever it is', () => {
    expect(readDirection('OpenAI keeps a revenue share in its deal with Microsoft.')).toMatchObject(pays('microsoft', 'openai'));
  });

  it('a paying verb between the holding verb and the share keeps its own reading', () => {
    expect(readDirection('Microsoft keeps paying OpenAI a revenue share.')).toMatchObject(pays('microsoft', 'openai'));
  });

  it('a paying verb before the holding one decides (the sentence says who pays first)', () => {
    expect(readDirection('Microsoft will no longer pay OpenAI a revenue share, but it keeps a stake.')).toMatchObject(
      pays('microsoft', 'openai'),
    );
  });

  it("the holder is its own clause's subject: a party named in an earlier clause is not read as the holder", () => {
    expect(readDirection("Microsoft loses its exclusive rights to OpenAI's models, but it keeps a 20% revenue share.")).toBeNull();
  });

  it('a held share is a true claim, never a dispute of "Microsoft will no longer pay"', () => {
    expect(
      verdictOf(
        "Microsoft loses its exclusive rights to OpenAI's models, but it keeps core parts of the partnership, including a 20% revenue share.",
      ),
    ).toBe('corroborated');
    expect(verdictOf('Microsoft keeps core parts of the partnership, including a 20% revenue share on OpenAI sales.')).toBe('corroborated');
    expect(verdictOf('Microsoft keeps a 20% revenue share in OpenAI.')).toBe('corroborated');
  });

  it('keeping paying is still paying: disputed by the revised terms', () => {
    expect(verdictOf('Microsoft keeps paying OpenAI a revenue share.')).toBe('conflicting');
  });
});

describe('shares … with: the subject pays the party after "with"', () => {
  it.each([
    'Microsoft shares a portion of its Azure OpenAI revenue with OpenAI.',
    'Microsoft shares part of its Bing revenue with OpenAI.',
    'Microsoft shares its Azure OpenAI revenue with OpenAI.',
    'Microsoft shares some of its revenue with OpenAI.',
  ])('%s', (text) => {
    expect(readDirection(text)).toMatchObject(pays('microsoft', 'openai'));
  });

  it('a party named inside the shared revenue ("its Azure OpenAI revenue") is not the counterpart', () => {
    expect(readDirection('OpenAI shares a portion of its Microsoft-hosted revenue with Microsoft.')).toMatchObject(
      pays('openai', 'microsoft'),
    );
  });

  it('shares as stock is not sharing ("Microsoft shares fell after its quarterly revenue…")', () => {
    expect(readDirection('Microsoft shares fell after the quarterly revenue report, as OpenAI raised money.')).toBeNull();
  });

  it('true on a page of its day, outdated since the revision; today disputed', () => {
    expect(verdictOf('Microsoft shares a portion of its Azure OpenAI revenue with OpenAI.', '2024-03-01')).toBe('outdated');
    expect(verdictOf('Microsoft shares a portion of its Azure OpenAI revenue with OpenAI.')).toBe('conflicting');
  });
});
