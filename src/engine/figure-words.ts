/**
 * How a reason writes a figure, the same way wherever the engine names one ("$2 billion",
 * "over $300 billion", "about 27%").
 */
import type { Hedge } from '../facts/schema';
import { compiledFor } from '../facts/vocabulary';

/** The months' names as a reason writes them ("January"): the first form of each of the vocabulary's `months`, capitalised. */
export const monthNames = compiledFor((v) => v.months.list.map((forms) => forms[0]!.charAt(0).toUpperCase() + forms[0]!.slice(1)));

/** A month's number (0 for January) by any of its forms in the vocabulary's `months` ("jan", "january"), lower-cased. */
export const monthNumbers = compiledFor(
  (v) => new Map<string, number>(v.months.list.flatMap((forms, i) => forms.map((form) => [form, i] as const))),
);

/** A month (YYYY-MM) as a reason writes it: "January 2023". */
export function monthName(ym: string): string {
  return `${monthNames()[Number(ym.slice(5, 7)) - 1] ?? ''} ${ym.slice(0, 4)}`;
}

/** Does the text name the month of `ym` ("2026-04": "April") away from the date at `at` (the date's own month word)? */
export function namesMonthElsewhere(text: string, at: number | undefined, ym: string): boolean {
  const name = monthNames()[Number(ym.slice(5, 7)) - 1];
  if (!name) return false;
  return [...text.matchAll(new RegExp(`\\b${name}\\b`, 'giu'))].some((m) => m.index !== at);
}

/** An amount in dollars as a reader writes it: "$1.5 billion", "$13 million", "$500". */
export const moneyInWords = (n: number) =>
  n >= 1e12
    ? `$${+(n / 1e12).toFixed(2)} trillion`
    : n >= 1e9
      ? `$${+(n / 1e9).toFixed(2)} billion`
      : n >= 1e6
        ? `$${+(n / 1e6).toFixed(2)} million`
        : `$${n}`;

/** The words a hedge puts before its figure ("over ", "at least "…; none for an exact figure). */
export const HEDGE_WORD: Record<Hedge, string> = {
  exact: '',
  over: 'over ',
  'at-least': 'at least ',
  nearly: 'nearly ',
  about: 'about ',
  'up-to': 'up to ',
};

/** An amount or a share with its hedge: "over $300 billion", "about 27%". */
export function figureInWords(
  v: { kind: 'money'; amount: number; hedge: Hedge } | { kind: 'percent'; value: number; hedge: Hedge },
): string {
  return HEDGE_WORD[v.hedge] + (v.kind === 'money' ? moneyInWords(v.amount) : `${+v.value.toFixed(1)}%`);
}
