/**
 * Who says what where the sources disagree on a fact: the sources that state it and what they say,
 * then each that disputes it and what it says instead ("GogoAI News and 1 other: over $300 billion;
 * Cailian Press: $850 billion"). A figure is named where the disputing quote gives one of the fact's
 * kind; otherwise its own words, shortened.
 */
import type { Fact, FactValue, Source } from '../facts/schema';
import type { Said } from './claim';
import { figureInWords } from './figure-words';
import { shortenAtWord } from './shorten';
import { readMoney, readPercents } from './values';

/** How long a source's title and a disputing quote may be in a reason. */
const NAME_CHARS = 40;
const QUOTE_CHARS = 60;

/** How a reason names a source: its outlet, failing that its title, shortened. */
export const sourceName = (s: Source) => s.publisher ?? shortenAtWord(s.title, NAME_CHARS);

/** The fact's leading figure of a kind a quote can give otherwise (an amount, a share). */
function figureOf(fact: Fact): Extract<FactValue, { kind: 'money' | 'percent' }> | null {
  return (fact.values.find((v) => v.kind === 'money' || v.kind === 'percent') as Extract<FactValue, { kind: 'money' | 'percent' }>) ?? null;
}

/** The figure a quote gives of the fact's kind, other than the fact's own, as a reader would write it. */
function otherFigure(quote: string, figure: ReturnType<typeof figureOf>): string | null {
  if (!figure) return null;
  if (figure.kind === 'money') {
    const m = readMoney(quote).find((x) => Math.abs(x.amount - figure.amount) > figure.amount * 0.05);
    return m ? figureInWords({ kind: 'money', hedge: m.hedge, amount: m.amount }) : null;
  }
  const p = readPercents(quote).find((x) => Math.abs(x.value - figure.value) > 0.5);
  return p ? figureInWords({ kind: 'percent', hedge: p.hedge, value: p.value }) : null;
}

/** The sources, each once: outlets by name, the rest counted; a lone source by its title if it has no outlet. */
function names(list: readonly Source[]): Pick<Said, 'named' | 'others'> {
  const unique = [...new Map(list.map((s) => [s.id, s])).values()];
  const named = unique.length === 1 ? unique.map(sourceName) : unique.filter((s) => s.publisher).map(sourceName);
  return { named, others: unique.length - named.length };
}

/**
 * Who says what on a fact the sources disagree on, as data (empty when they do not): first the sources
 * that state it (`says`: the fact's figure, or absent for the fact itself), then each that disputes it
 * (`says`: its own figure, or its words in quotes).
 */
export function whoSaidWhat(fact: Fact, sources: ReadonlyMap<string, Source>): Said[] {
  const figure = figureOf(fact);
  const side = (stance: 'supports' | 'disputes') =>
    fact.evidence.flatMap((e) => {
      const source = e.stance === stance ? sources.get(e.source) : undefined;
      return source ? [{ source, quote: e.quote }] : [];
    });
  const pro = side('supports');
  const con = side('disputes');
  if (pro.length === 0 || con.length === 0) return [];
  const stating: Said = names(pro.map((p) => p.source));
  if (figure) stating.says = figureInWords(figure);
  const against = [...new Map(con.map((c) => [c.source.id, c])).values()].map((c) => ({
    named: [sourceName(c.source)],
    others: 0,
    says: otherFigure(c.quote, figure) ?? `“${shortenAtWord(c.quote, QUOTE_CHARS)}”`,
  }));
  return [stating, ...against];
}
