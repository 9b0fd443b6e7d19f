/**
 * The question a text asks of the facts (engine.ts `judgeText`): the text, what `detect` read of it (the
 * parties, the words matched and read for figures, what was carried from context), the era it is judged
 * in and what else the judging reads. Two judgings with the same question give the same judgement: a
 * sentence's clauses, its main claim without asides and its eras ask some questions again (about one
 * judging in eight on a page whose partnership sentences are all distinct), and these are answered once.
 */
import type { Detection } from './detect';
import type { Era } from './values';

/** Everything `judgeText` reads of its arguments, as one key. */
export function questionKey(
  raw: string,
  d: Detection,
  era: Era | undefined,
  sentence: Detection,
  year: string,
  figures: boolean,
  byFigure: ReadonlySet<string>,
): string {
  const flags = `${d.pair ? 1 : 0}${d.partnership ? 1 : 0}${d.otherCompany ? 1 : 0}${d.implicit ? 1 : 0}${figures ? 1 : 0}`;
  const sets = `${[...d.parties].join(',')}\u0000${[...sentence.parties].join(',')}\u0000${[...byFigure].join(',')}`;
  return `${raw}\u0000${d.named}\u0000${d.resolved}\u0000${d.topic}\u0000${d.carried.join(',')}\u0000${String(era)}\u0000${year}\u0000${flags}\u0000${sets}`;
}

/** Judgements by their question, at most `limit` of them (then forgotten at once). */
export class AnsweredQuestions<J> {
  private readonly known = new Map<string, J>();
  constructor(private readonly limit = 2_000) {}

  answer(key: string, judge: () => J): J {
    let j = this.known.get(key);
    if (j === undefined && !this.known.has(key)) {
      j = judge();
      if (this.known.size >= this.limit) this.known.clear();
      this.known.set(key, j);
    }
    return j as J;
  }
}
