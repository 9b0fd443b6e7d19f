/**
 * A date of another event than the clause's own: in its own stretch of the sentence (from the last comma, semicolon
 * or dash), after a word that opens a clause of another event's time ("…looked visionary when ChatGPT exploded into
 * public consciousness in late 2022", "shortly after ChatGPT burst into public view in late 2022"). The words are the
 * vocabulary's: `eventDates.otherEvents` ("when"…) and `eventDates.order` ("after", "before"…). Such a date is never set
 * against the dates of the facts the clause met as a figure of theirs (judge.ts); the relative order of two events
 * ("After restructuring in October 2024, …") stays details.ts's.
 */
import { alternatives, compiledFor } from '../facts/vocabulary';

const cues = compiledFor(({ cues: c }) => ({
  OTHER_EVENT: new RegExp(`\\b${alternatives([...c.eventDates.otherEvents, ...c.eventDates.order])}\\b`, 'iu'),
}));

/** Is the date at `at` another event's? */
export function otherEventDate(text: string, at: number | undefined): boolean {
  return at !== undefined && cues().OTHER_EVENT.test(stretchBefore(text, at));
}

/** The stretch of the sentence before `at`: from its last comma, semicolon or dash. */
export function stretchBefore(text: string, at: number): string {
  const head = text.slice(0, at);
  return head.slice(Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('\u2014')) + 1);
}
