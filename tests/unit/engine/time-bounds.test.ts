/**
 * Time bounds: a sentence's date is compared with a fact's by what each entails (src/engine/time-bounds.ts),
 * never as an exact value where the words bound it ("as of", "since", "at least until").
 */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';
import { monthFit, yearFit } from '../../../src/engine/time-bounds';
import { readYears, readMonths } from '../../../src/engine/values';

describe('a state as of a later date than the fact’s', () => {
  it.each([
    'Microsoft holds about 27% of OpenAI as of January 2026.',
    'As of March 2026, Microsoft owns roughly 27% of OpenAI’s for-profit arm.',
    'Microsoft’s stake in OpenAI stands at about 27% as of 2026.',
  ])('still holds when no later fact changed it: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each([
    // Today's valuations (undated) replaced the 2023 one.
    'OpenAI is valued at $29 billion as of March 2026.',
    // An earlier "as of" is a date like any other.
    'Microsoft holds about 27% of OpenAI as of January 2024.',
  ])('is disputed where the sources changed it, or date it later: %s', (text) => expect(verdictOf(text)).toBe('conflicting'));

  it.each([
    // A later fact (the 27% of October 2025) changed the 2023 state.
    'Microsoft holds nearly a third of OpenAI as of December 2025.',
    'As of 2026, Microsoft holds nearly a third of OpenAI.',
  ])('is not confirmed by a state the sources say changed since: %s', (text) => expect(verdictOf(text)).not.toBe('corroborated'));
});

describe('"since" a year', () => {
  it.each([
    'Microsoft has backed OpenAI since 2021.',
    'Microsoft has invested in OpenAI since 2020.',
    'The Redmond giant has been a backer of OpenAI since 2022.',
  ])('later than the sources’ start is true, never disputed: %s', (text) => expect(verdictOf(text)).not.toBe('conflicting'));

  it('the sources’ own start is corroborated', () => expect(verdictOf('Microsoft has backed OpenAI since 2019.')).toBe('corroborated'));

  it.each([
    'Microsoft has backed OpenAI since 2017.',
    'Microsoft has invested in OpenAI since 2016.',
    // A start given as such is that year.
    'Microsoft has invested $13 billion in OpenAI since it first backed the startup in 2021.',
  ])('earlier than the sources’ start, or a start given as such, is disputed: %s', (text) => expect(verdictOf(text)).toBe('conflicting'));
});

describe('"at least until" a year', () => {
  it.each([
    'Microsoft’s IP rights to OpenAI’s models run at least until 2030.',
    'Microsoft keeps its licence to OpenAI’s models until at least 2031.',
    'OpenAI will pay Microsoft a revenue share at least until 2028.',
    'OpenAI will pay Microsoft a revenue share until at least 2030.',
  ])('before or at the sources’ end is true: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each([
    'Microsoft’s IP rights to OpenAI’s models run at least until 2035.',
    'OpenAI will pay Microsoft a revenue share until at least 2033.',
  ])('after the sources’ end is disputed: %s', (text) => expect(verdictOf(text)).toBe('conflicting'));
});

describe('an end given plainly', () => {
  it.each(['OpenAI will pay Microsoft a revenue share through 2030.', 'Microsoft’s licence to OpenAI’s models runs through 2032.'])(
    'at the sources’ end is corroborated: %s',
    (text) => expect(verdictOf(text)).toBe('corroborated'),
  );

  it.each([
    'OpenAI will pay Microsoft a revenue share until 2035.',
    'OpenAI will pay Microsoft a revenue share through 2028.',
    'Microsoft’s licence to OpenAI IP runs until 2040.',
  ])('elsewhere is disputed ("through" is an end, as readers take it): %s', (text) => expect(verdictOf(text)).toBe('conflicting'));
});

describe('the rule, by itself', () => {
  const year = (text: string) => readYears(text)[0]!;
  it('reads the bounding words from the vocabulary', () => {
    expect(year('as of 2026').bound).toBe('as-of');
    expect(year('until at least 2030')).toMatchObject({ relation: 'until', bound: 'at-least' });
    expect(year('at least through 2030')).toMatchObject({ relation: 'until', bound: 'at-least' });
    expect(year('before 2030')).toMatchObject({ relation: 'by', bound: 'before' });
    expect(year('in 2030').bound).toBeUndefined();
    expect(readMonths('as of January 2026')[0]!.bound).toBe('as-of');
    expect(readMonths('in January 2026')[0]!.bound).toBeUndefined();
  });

  it('an end "by" a year: met by a term ending in it, silent on one ending earlier, contradicted by one running later', () => {
    const fact = (value: number) => ({ value, relation: 'until', fromMonth: false });
    expect(yearFit(year('by 2032'), fact(2032))).toBe('agree');
    expect(yearFit(year('by 2035'), fact(2032))).toBe('silent');
    expect(yearFit(year('by 2030'), fact(2032))).toBe('differ');
    expect(yearFit(year('before 2032'), fact(2032))).toBe('differ');
  });

  it('a goal "by" a year is that year', () => {
    expect(yearFit(year('by 2030'), { value: 2027, relation: 'by', fromMonth: false })).toBe('differ');
  });

  it('a month as of a later date agrees unless the state changed by then', () => {
    const asOf = readMonths('as of March 2026')[0]!;
    expect(monthFit(asOf, '2025-10')).toBe('agree');
    expect(monthFit(asOf, '2025-10', '2026-01')).toBe('differ');
    expect(monthFit(asOf, '2025-10', '2026-06')).toBe('agree');
    expect(monthFit(asOf, '2026-06')).toBe('differ');
  });
});
