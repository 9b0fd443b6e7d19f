/**
 * A sentence's secondary details are checked against the facts that speak to them: the date of an event,
 * a person's office, how and on which day the parties announced. Contradicted only by a fact that gives
 * another value in its own quote (shown as the disputing evidence); a detail no fact speaks to stays silent.
 */
import { describe, expect, it } from 'vitest';
import { claimWhy } from '../../../src/ui/why';
import { bundledEngine, verdictOf } from './bundled-engine';

const claimOf = (text: string) => bundledEngine.scan([text])[0]!;

describe('the date of an event', () => {
  it.each([
    'Microsoft, which first backed OpenAI in 2021, will no longer pay the startup a share of its revenue.',
    'Microsoft, whose partnership with OpenAI began in 2020, will no longer pay OpenAI a revenue share.',
    'The partnership, which began in 2021, lets OpenAI keep paying Microsoft a revenue share until 2030.',
    'After restructuring in October 2024, OpenAI renegotiated its Microsoft partnership.',
    'OpenAI, which was valued at $29 billion in January 2024, now pays Microsoft 20% of its revenue.',
  ])('a wrong year or month is disputed by the dated fact: %s', (text) => expect(verdictOf(text)).toBe('conflicting'));

  it('the disputing quote gives the year', () => {
    const c = claimOf('Microsoft, which first backed OpenAI in 2021, will no longer pay the startup a share of its revenue.');
    const against = c.evidence.filter((e) => e.stance === 'conflicts');
    expect(against.length).toBeGreaterThan(0);
    expect(against.every((e) => e.quote.includes('2019'))).toBe(true);
    expect(claimWhy(c)).toContain('2019');
  });

  it.each([
    'Microsoft, which first backed OpenAI in 2019, will no longer pay the startup a share of its revenue.',
    'The partnership, which dates back to 2019, lets OpenAI keep paying Microsoft a revenue share until 2030.',
    'Microsoft, OpenAI’s backer since 2019, no longer pays it a revenue share.',
    'Microsoft, which invested $10 billion in January 2023, now holds about 27% of OpenAI.',
    'OpenAI’s board briefly ousted Altman in November 2023 before reinstating him.',
    'Microsoft first backed OpenAI with $1 billion in July 2019.',
    'In January 2023, Microsoft invested a further $10 billion in OpenAI.',
  ])('the right date stays corroborated: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));

  it.each([
    // Another round, and a date that is another event's (the revision's month) are not the dated fact's event.
    'Microsoft, which invested another $2 billion in OpenAI in 2021, will no longer pay the startup a revenue share.',
    'OpenAI restructured its Microsoft partnership in April 2026.',
    'Microsoft and OpenAI revised their agreement in April 2026, ending Azure exclusivity.',
  ])('a date of another occurrence is never disputed: %s', (text) => expect(verdictOf(text)).not.toBe('conflicting'));
});

describe('a person’s office', () => {
  it.each([
    'OpenAI’s chief technology officer Denise Dresser wrote in an internal memo that the Microsoft partnership limited OpenAI’s ability to serve customers.',
    'Microsoft CFO Mustafa Suleyman said the team’s goal is to reach the cutting edge by 2027.',
    'Microsoft’s finance chief Mustafa Suleyman said the goal is to reach the frontier by 2027.',
    'Denise Dresser, OpenAI’s chief operating officer, wrote that the Microsoft partnership limited OpenAI’s ability to serve customers.',
  ])('another office than the sources give is disputed: %s', (text) => {
    const c = claimOf(text);
    expect(c.verdict).toBe('conflicting');
    expect(c.evidence.filter((e) => e.stance === 'conflicts').length).toBeGreaterThan(0);
  });

  it.each([
    'OpenAI’s chief revenue officer Denise Dresser wrote in an internal memo that the Microsoft partnership limited OpenAI’s ability to serve customers.',
    'Denise Dresser, OpenAI’s chief revenue officer, wrote that the Microsoft partnership limited OpenAI’s ability to serve customers.',
    'Mustafa Suleyman, CEO of Microsoft AI, said the team aims to reach the frontier by 2027.',
    'Microsoft chairman and CEO Satya Nadella said Azure remains OpenAI’s primary cloud.',
    'Sam Altman, OpenAI’s CEO, said the company will keep paying Microsoft a revenue share until 2030.',
  ])('the sources’ office, an office they do not compare, a person they give none: %s', (text) =>
    expect(verdictOf(text)).toBe('corroborated'),
  );
});

describe('how and when the parties announced', () => {
  it.each([
    'Microsoft and OpenAI separately announced that their cooperation has entered a new phase.',
    'Microsoft and OpenAI announced in separate statements that their partnership had entered a new phase.',
    'Microsoft and OpenAI announced on Thursday that their cooperation had entered a new phase.',
    // The claim rests on the cloud fact; the day is checked against the fact that dates the revision's announcement.
    'The revised agreement, announced on Tuesday, ends Azure’s exclusivity.',
    'Microsoft and OpenAI unveiled their revised pact on Friday, ending Azure exclusivity.',
  ])('apart, or another day, where the sources say together on Monday: %s', (text) => expect(verdictOf(text)).toBe('conflicting'));

  it.each([
    'Microsoft and OpenAI simultaneously announced that their cooperation has entered a new phase.',
    'Microsoft and OpenAI jointly announced a revised partnership on Monday.',
    'Microsoft and OpenAI announced the revised partnership in a joint statement.',
    'The revised agreement, announced on Monday, ends Azure’s exclusivity.',
    // The facts this rests on say nothing of how it was announced.
    'Microsoft and OpenAI separately confirmed that OpenAI keeps paying a revenue share until 2030.',
  ])('what the sources say, or what no fact speaks to: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));
});

describe('two events in order', () => {
  it.each([
    'The board briefly ousted Altman before Microsoft invested $10 billion in OpenAI.',
    'Microsoft invested $10 billion in OpenAI before its first $1 billion investment in 2019.',
    'Amazon’s $50 billion investment in OpenAI came after the April revision of the Microsoft deal.',
    'OpenAI restructured in October 2025 after the April 2026 revision of the Microsoft deal.',
  ])('the wrong order is disputed by the dated fact: %s', (text) => {
    const c = claimOf(text);
    expect(c.verdict).toBe('conflicting');
    expect(c.evidence.filter((e) => e.stance === 'conflicts').length).toBeGreaterThan(0);
  });

  it.each([
    'Microsoft invested $1 billion in 2019, years before its $10 billion investment in January 2023.',
    'Amazon announced its $50 billion investment in OpenAI in February 2026, before the April revision.',
    'OpenAI’s board ousted Altman in November 2023, after Microsoft’s $10 billion investment.',
    'Microsoft first invested in OpenAI in 2019, long before the revised deal.',
    'Microsoft’s $10 billion investment in January 2023 came before the board briefly ousted Altman.',
    'Amazon announced its $50 billion investment in OpenAI two months before Microsoft and OpenAI revised their deal.',
    'Microsoft shares dropped nearly 4% before the opening bell on Monday.',
  ])('the right order stays corroborated: %s', (text) => expect(verdictOf(text)).toBe('corroborated'));
});
