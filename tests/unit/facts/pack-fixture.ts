/** A minimal fact of an imported pack, for the tests of importing, storing and reading packs back. */
import type { FactPack } from '../../../src/facts/schema';

/** A fact the bundled pack does not know ("lisbon" is its only keyword), citing `source`. */
export const importedFact = (id: string, source: string): FactPack['facts'][number] => ({
  id,
  statement: 'A fact only an imported pack knows about.',
  topic: 'strategy',
  era: 'any',
  polarity: 'positive',
  values: [],
  keywords: [['lisbon']],
  paraphrases: [],
  evidence: [{ source, quote: 'quoted words', stance: 'supports' }],
});
