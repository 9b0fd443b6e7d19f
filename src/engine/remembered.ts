/**
 * A pure reading of a text, remembered for the texts read last: one sentence is read by several
 * rules (its parties, the other companies it names, its polarity cues), each asking again. A reading
 * depends on the vocabulary in force: what was remembered under another vocabulary is forgotten.
 */
import { vocabularyInForce, type Vocabulary } from '../facts/vocabulary';

export function remembered<T>(read: (text: string) => T, size = 256): (text: string) => T {
  const known = new Map<string, T>();
  let readWith: Vocabulary | null = null;
  return (text: string) => {
    const v = vocabularyInForce();
    if (v !== readWith) {
      known.clear();
      readWith = v;
    }
    let value = known.get(text);
    if (value === undefined && !known.has(text)) {
      if (known.size >= size) known.clear();
      known.set(text, (value = read(text)));
    }
    return value as T;
  };
}
