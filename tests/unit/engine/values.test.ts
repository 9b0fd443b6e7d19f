import { describe, expect, it } from 'vitest';
import {
  readDirection,
  readEra,
  readMoney,
  readMonths,
  readPercents,
  readPolarity,
  readSentence,
  readYears,
} from '../../../src/engine/values';

describe('readMoney', () => {
  it.each([
    ['Microsoft invested $1 billion in 2019.', 1e9, 'exact'],
    ['Amazon put in $15bn up front.', 15e9, 'exact'],
    ['A tranche of US$15 bn.', 15e9, 'exact'],
    ['It invested 10 billion dollars.', 10e9, 'exact'],
    ['Microsoft has invested over $13 billion.', 13e9, 'over'],
    ['Its investment exceeds $13 billion.', 13e9, 'over'],
    ['The stake is worth nearly $228.3 billion.', 228.3e9, 'nearly'],
    ['Nvidia would invest up to $100 billion.', 100e9, 'up-to'],
    ['It was valued at approximately $29 billion.', 29e9, 'about'],
    ['It began with a billion-dollar bet.', 1e9, 'about'],
    ['A $4 trillion company.', 4e12, 'exact'],
  ])('%s', (text, amount, hedge) => {
    const [m] = readMoney(text);
    expect(m?.amount).toBeCloseTo(amount, -3);
    expect(m?.hedge).toBe(hedge);
  });

  it('does not read years or percentages as money', () => {
    expect(readMoney('Until 2030 OpenAI pays 20% of revenue.')).toEqual([]);
  });
});

describe('readPercents', () => {
  it('reads figures, words and fractions with hedges', () => {
    expect(readPercents('OpenAI pays 20% of its revenue.')[0]).toMatchObject({ value: 20, hedge: 'exact', role: 'level' });
    expect(readPercents('OpenAI pays 20 percent of its revenue.')[0]).toMatchObject({ value: 20 });
    expect(readPercents('Microsoft bought nearly a third of the equity.')[0]).toMatchObject({ hedge: 'nearly' });
    expect(readPercents('Microsoft bought nearly one-third of OpenAI.')[0]!.value).toBeCloseTo(33.3, 1);
    expect(readPercents('Microsoft holds approximately 27% of the equity.')[0]).toMatchObject({ value: 27, hedge: 'about' });
  });

  it('does not take "up to a cap" for a rise', () => {
    expect(readPercents("Microsoft was entitled to 49% of OpenAI's profits up to a cap.")[0]).toMatchObject({ role: 'level' });
    expect(readPercents('Shares opened 3% higher.')[0]).toMatchObject({ role: 'change' });
  });

  it('tells a rise or fall from a share', () => {
    expect(readPercents('Microsoft shares fell nearly 1% at the open.')[0]).toMatchObject({ value: 1, role: 'change' });
  });

  it('does not read "third-party" as a fraction', () => {
    expect(readPercents('AWS becomes the exclusive third-party cloud distributor.')).toEqual([]);
  });
});

describe('readYears and readMonths', () => {
  it('reads how a year bounds the claim', () => {
    expect(readYears('OpenAI pays Microsoft until 2030.')[0]).toMatchObject({ value: 2030, relation: 'until' });
    expect(readYears('The licence runs through 2032.')[0]).toMatchObject({ value: 2032, relation: 'until' });
    expect(readYears('Microsoft has invested since 2019.')[0]).toMatchObject({ value: 2019, relation: 'since' });
    expect(readYears('The goal is to reach the frontier by 2027.')[0]).toMatchObject({ value: 2027, relation: 'by' });
    expect(readYears('In 2019, Microsoft invested $1 billion.')[0]).toMatchObject({ value: 2019, relation: 'in' });
  });

  it('reads months with or without a day', () => {
    expect(readMonths('It invested $10 billion in January 2023.')).toMatchObject([{ kind: 'month', value: '2023-01' }]);
    expect(readMonths('On Nov. 17, 2023 the board ousted Altman.')).toMatchObject([{ kind: 'month', value: '2023-11' }]);
  });
});

describe('readPolarity', () => {
  it('reads stop and continue cues', () => {
    expect(readPolarity('Microsoft will no longer pay OpenAI.').continuation).toBe(-1);
    expect(readPolarity('Microsoft will stop sharing revenue.').continuation).toBe(-1);
    expect(readPolarity('OpenAI will keep paying Microsoft.').continuation).toBe(1);
    expect(readPolarity('OpenAI will continue to pay Microsoft.').continuation).toBe(1);
  });

  it('does not take "retain 100%" or "keeps 100%" or "not the end" as cues', () => {
    expect(readPolarity('Microsoft will retain 100% of the revenue.').continuation).toBeUndefined();
    expect(readPolarity('Microsoft keeps 100% of the revenue.').continuation).toBeUndefined();
    expect(readPolarity('This is not the end of their relationship.').continuation).toBeUndefined();
  });

  it('tells exclusive from non-exclusive', () => {
    expect(readPolarity('The licence becomes non-exclusive.').exclusivity).toBe(-1);
    expect(readPolarity('The licence remains exclusive.').exclusivity).toBe(1);
    expect(readPolarity('OpenAI may only distribute its products through Azure.').exclusivity).toBe(1);
    expect(readPolarity('OpenAI can sell through any cloud provider.').exclusivity).toBe(-1);
  });

  it('reads caps and share-price moves', () => {
    expect(readPolarity('Payments are subject to a total cap.').cap).toBe(1);
    expect(readPolarity('Payments have no cap.').cap).toBe(-1);
    expect(readPolarity('Shares rose 5%.').movement).toBe(1);
    expect(readPolarity('Shares fell 1%.').movement).toBe(-1);
  });

  it('blanks every stop cue before looking for a continue cue, and reads a sentence the same every time', () => {
    const twice = 'OpenAI will not continue to pay, and Microsoft will not continue to share.';
    const readings = [twice, 'OpenAI will keep paying Microsoft.', twice, twice].map((t) => readPolarity(t).continuation);
    expect(readings).toEqual([-1, 1, -1, -1]);
  });
});

describe('readDirection', () => {
  it.each([
    ['OpenAI pays Microsoft 20% of its revenue.', 'openai', 'microsoft'],
    ['Microsoft will no longer pay OpenAI a share of revenue.', 'microsoft', 'openai'],
    ['Microsoft has agreed to stop sharing revenue with OpenAI.', 'microsoft', 'openai'],
    ['The revenue share OpenAI pays Microsoft is capped.', 'openai', 'microsoft'],
    ["OpenAI's revenue share payments to Microsoft have no cap.", 'openai', 'microsoft'],
    ['Microsoft receives 20% of revenue from OpenAI.', 'openai', 'microsoft'],
    ['Microsoft is paid by OpenAI until 2030.', 'openai', 'microsoft'],
    ["Microsoft's share of OpenAI's revenue continues.", 'openai', 'microsoft'],
  ])('%s', (text, actor, target) => {
    expect(readDirection(text)).toMatchObject({ family: 'pay', actor, target });
  });

  it('reads who invests in whom', () => {
    expect(readDirection('Amazon announced a $50 billion investment in OpenAI.')).toMatchObject({
      family: 'invest',
      actor: 'amazon',
      target: 'openai',
    });
  });

  it('gives none when only one party is named', () => {
    expect(readDirection('Microsoft will no longer pay a revenue share.')).toBeNull();
  });
});

describe('readEra', () => {
  it('tells the original agreement from the revised one', () => {
    expect(readEra('The previous agreement prohibited Microsoft from building rival AI.')).toBe('original');
    expect(readEra("Microsoft served as OpenAI's exclusive cloud provider.")).toBe('original');
    expect(readEra('Microsoft will no longer pay OpenAI.')).toBe('revised');
    expect(readEra('Microsoft invested $1 billion in OpenAI.')).toBeNull();
    expect(readEra('In 2020, Microsoft received an exclusive license to GPT-3.')).toBe('original');
    expect(readEra('OpenAI was valued at $850 billion in its latest round.')).toBeNull();
  });
});

describe('readSentence', () => {
  it('reads "end of 2030" as a date, not as an ending', () => {
    expect(readPolarity('OpenAI pays Microsoft through the end of 2030.').continuation).toBeUndefined();
    expect(readPolarity('It marks the end of revenue sharing.').continuation).toBe(-1);
  });

  it('takes "X will pay Y" as payments going on', () => {
    expect(readSentence('Microsoft will pay OpenAI 20% of its revenue.').polarity.continuation).toBe(1);
    expect(readSentence("Microsoft's payments to OpenAI were discussed.").polarity.continuation).toBeUndefined();
    expect(readSentence('Microsoft will not pay OpenAI anything.').polarity.continuation).toBe(-1);
  });

  it('marks increments', () => {
    expect(readSentence('Microsoft invested a further $2 billion in OpenAI.').increment).toBe(true);
    expect(readSentence('Microsoft invested $2 billion in OpenAI.').increment).toBe(false);
  });

  it('reads "only cloud" as exclusivity and "no longer its only cloud" as its end', () => {
    expect(readPolarity("Azure remains OpenAI's only cloud provider.").exclusivity).toBe(1);
    expect(readPolarity("Azure is no longer OpenAI's only cloud.").exclusivity).toBe(-1);
  });

  it('reads "November 2023" as one date', () => {
    expect(readSentence('The board ousted Altman in November 2023.').values).toMatchObject([{ kind: 'month', value: '2023-11' }]);
  });
});
