/** True sentences written in journalists' styles at the rules that can dispute (stated-otherwise, belongings, rivals, event
 * dates, figures in asides, since/until bounds, two-phase moves): none is judged disputed (the worst mistake). */
import { describe, expect, it } from 'vitest';
import { verdictOf } from './bundled-engine';

describe('true reporting at the disputing rules', () => {
  it('is never disputed', () => {
    for (const text of [
      "Microsoft, which put $1 billion into OpenAI back in 2019 and another $10 billion in January 2023, now holds roughly 27% of the ChatGPT maker's for-profit arm.",
      'Shares of Microsoft slid almost 4% before the bell on Monday, then pared the loss to under 1% once regular trading began.',
      'OpenAI will go on handing Microsoft a fifth of its revenue through 2030, even as Microsoft stops paying OpenAI anything at all.',
      'Unlike Microsoft, which keeps every dollar its Azure customers spend on OpenAI models, Amazon gets no revenue share from OpenAI, only a distribution role.',
      "The licence Microsoft holds on OpenAI's models, no longer exclusive, still runs to 2032.",
      "Amazon, not Google, is the exclusive third-party cloud distributor for Frontier, OpenAI's enterprise agent platform.",
      "OpenAI's revenue chief, Denise Dresser, wrote that the Microsoft arrangement had limited the company's ability to serve customers where they are.",
      'Since 2019, when their partnership began, Microsoft has committed more than $13 billion to OpenAI.',
      'A Microsoft spokesperson said the company was confident OpenAI understood the importance of fulfilling its legal obligations.',
      "Microsoft's stake, bought for about $13 billion, is now worth close to $228 billion on paper.",
      'The January 2023 deal, which valued OpenAI at roughly $29 billion, bought Microsoft nearly a third of the company.',
      "Even before April's revision, relations between the two were strained, and in October 2025 they had already reworked parts of their deal.",
      "Under the arrangement struck in 2019, Azure was OpenAI's sole cloud; the revision in April 2026 ended that.",
      "OpenAI's new products will still launch on Azure first unless Microsoft can't or won't support them, but they can now be sold on any cloud.",
      'Microsoft no longer pays OpenAI a cut of Azure revenue, while OpenAI keeps paying Microsoft the same 20% until 2030, subject to an undisclosed cap.',
      "Amazon's $50 billion commitment, unveiled at the end of February, begins with a $15 billion first tranche.",
      "Microsoft didn't walk away with nothing: it keeps its equity stake and its IP licence through 2032.",
      'It is Microsoft, not OpenAI, that holds the roughly 27% stake, and OpenAI, not Microsoft, that keeps paying a revenue share.',
      "Amazon shares dipped nearly 1% after the open on Monday, a smaller drop than Microsoft's 4% pre-market slide.",
      'Mustafa Suleyman, who runs Microsoft AI, wants his team at the frontier of text, image and audio models by 2027, years before OpenAI stops paying its revenue share in 2030.',
    ])
      expect(verdictOf(text), text).not.toBe('conflicting');
  });

  it('is never disputed on a page dated after the events it tells (review8)', () => {
    for (const text of [
      'Earlier this month, Suleyman laid out a 2027 goal for Microsoft AI.',
      "Suleyman's 2027 target covers text, image and audio models.",
      "Microsoft's board did not oust Altman; OpenAI's did, in November.",
      'In a memo that leaked in mid-April, Denise Dresser complained that Microsoft was holding OpenAI back.',
      'At the end of February, Amazon said it would invest $50 billion in OpenAI.',
      'Back in October, when OpenAI restructured, Microsoft was confirmed to hold about 27% of its for-profit arm.',
      "Mustafa Suleyman, chief executive of Microsoft's AI division, wants frontier models by 2027.",
      'Microsoft shares, down almost 4% in pre-market trade, narrowed the loss to about 1% at the open.',
      'New OpenAI products will debut on Azure first, except where Microsoft cannot or chooses not to support the needed features.',
      'OpenAI is not set to leave Azure: most of its workloads will keep running there.',
      'Microsoft stops paying, although OpenAI will keep paying Microsoft until 2030.',
      'OpenAI will run on Trainium chips from Amazon.',
    ])
      expect(verdictOf(text, '2026-04-28'), text).not.toBe('conflicting');
  });
});
