/** A small hand-made fact pack for engine tests (independent of the bundled pack's wording). */
import type { Fact, FactPack } from '../../../src/facts/schema';

const MS = ['microsoft', 'redmond', 'nadella', 'azure'];
const OAI = ['openai', 'chatgpt', 'altman'];

function fact(f: Partial<Fact> & Pick<Fact, 'id' | 'statement' | 'keywords'>): Fact {
  return {
    topic: 'revenue-share',
    era: 'revised',
    polarity: 'positive',
    values: [],
    paraphrases: [],
    evidence: [{ source: 'cls', quote: `quote for ${f.id} from the source`, stance: 'supports' }],
    ...f,
  };
}

export const testPack: FactPack = {
  version: 1,
  name: 'test',
  sources: [
    {
      id: 'cls',
      title: 'Microsoft and OpenAI part ways',
      publisher: 'Cailian Press',
      author: null,
      date: '2026-04-27',
      url: 'https://example.com/a',
      translated: true,
      file: 'a.txt',
    },
    {
      id: 'gogo',
      title: 'Microsoft to stop sharing revenue',
      publisher: 'GogoAI',
      author: null,
      date: null,
      url: 'https://example.com/b',
      translated: false,
      file: 'b.txt',
    },
  ],
  facts: [
    fact({
      id: 'ms-stops-paying',
      statement: 'Microsoft will no longer pay OpenAI a share of its revenue.',
      polarity: 'negative',
      actor: 'Microsoft',
      target: 'OpenAI',
      keywords: [MS, OAI, ['revenue', 'pay']],
      paraphrases: ['Microsoft will stop sharing revenue with OpenAI.'],
    }),
    fact({
      id: 'openai-keeps-paying',
      statement: 'OpenAI will continue to pay Microsoft a 20% revenue share until 2030.',
      actor: 'OpenAI',
      target: 'Microsoft',
      values: [
        { kind: 'percent', value: 20, hedge: 'exact' },
        { kind: 'year', value: 2030, relation: 'until' },
      ],
      keywords: [MS, OAI, ['revenue', 'pay']],
      paraphrases: [],
      evidence: [{ source: 'cls', quote: 'the payments to Microsoft run until 2030, at 20%', stance: 'supports' }],
    }),
    fact({
      id: 'ip-licence',
      topic: 'ip-licence',
      statement: "Microsoft's licence to OpenAI's models becomes non-exclusive and stays valid until 2032.",
      polarity: 'negative',
      values: [{ kind: 'year', value: 2032, relation: 'until' }],
      keywords: [MS, OAI, ['licen', 'intellectual property', 'ip']],
      paraphrases: [],
    }),
    fact({
      id: 'first-investment',
      topic: 'investment',
      era: 'any',
      statement: 'Microsoft invested $1 billion in OpenAI in 2019.',
      actor: 'Microsoft',
      target: 'OpenAI',
      values: [
        { kind: 'money', amount: 1e9, currency: 'USD', hedge: 'exact' },
        { kind: 'year', value: 2019, relation: 'in' },
      ],
      keywords: [MS, OAI, ['invest', 'billion']],
      paraphrases: [],
    }),
    fact({
      id: 'cumulative-investment',
      topic: 'investment',
      era: 'any',
      statement: 'Microsoft has invested over $13 billion in OpenAI since 2019.',
      actor: 'Microsoft',
      target: 'OpenAI',
      values: [
        { kind: 'money', amount: 13e9, currency: 'USD', hedge: 'over' },
        { kind: 'year', value: 2019, relation: 'since' },
      ],
      keywords: [MS, OAI, ['invest', 'billion']],
      paraphrases: [],
    }),
    fact({
      id: 'equity-27',
      topic: 'equity',
      statement: "Microsoft holds approximately 27% of OpenAI's for-profit entity.",
      values: [{ kind: 'percent', value: 27, hedge: 'about' }],
      keywords: [MS, OAI, ['equity', 'stake', 'holds', 'own']],
      paraphrases: [],
    }),
    fact({
      id: 'valuation-300',
      topic: 'valuation',
      era: 'any',
      statement: "OpenAI's valuation has soared past $300 billion.",
      values: [{ kind: 'money', amount: 300e9, currency: 'USD', hedge: 'over' }],
      keywords: [OAI, ['valuation', 'valued', 'worth']],
      paraphrases: [],
      evidence: [
        { source: 'gogo', quote: 'valuation has soared past $300 billion', stance: 'supports' },
        { source: 'cls', quote: 'recent valuation of $850 billion', stance: 'disputes' },
      ],
    }),
    fact({
      id: 'any-cloud',
      topic: 'cloud',
      statement: 'OpenAI can now offer all its products to customers through any cloud service provider.',
      polarity: 'negative',
      keywords: [OAI, ['cloud', 'aws', 'google cloud', 'platforms', 'azure']],
      paraphrases: [],
    }),
    fact({
      id: 'exclusive-cloud-before',
      topic: 'old-agreement',
      era: 'original',
      statement: "Microsoft served as OpenAI's exclusive cloud computing provider.",
      keywords: [MS, OAI, ['cloud', 'azure'], ['exclusiv']],
      paraphrases: [],
    }),
    fact({
      id: 'shares-fell',
      topic: 'market',
      era: 'any',
      statement: 'Microsoft shares fell nearly 1% at the open on Monday.',
      values: [{ kind: 'percent', value: 1, hedge: 'nearly' }],
      keywords: [['microsoft'], ['shares', 'stock']],
      paraphrases: [],
    }),
  ],
};
