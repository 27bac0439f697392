/**
 * The date time travel looks at, and the two questions asked of it: has something started
 * by then, and does a period cover it. Days are UTC day numbers (see `dates.ts`).
 *
 * A partial date such as `2019` is a span of days. Consistently everywhere:
 * - something **has started** by the date when its own first possible day is on or before
 *   the date's *last* day (born `2019-05` has happened "in 2019");
 * - a period **covers** the date when it has started by it and does not surely end before
 *   it: its end's last possible day is on or after the date's *first* day.
 * Both lean towards showing: in `2019` a foster placement that ended `2019-03` still shows.
 */
import { parsePartialDate, type ParsedPartialDate } from '../dates.js';
import type { Period } from '../types.generated.js';

/** The first and last UTC day a (partial) date can mean. */
export interface TimePoint {
  readonly first: number;
  readonly last: number;
}

/** True for a real calendar date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (what `asOf` may be). */
export function isValidAsOfDate(value: string): boolean {
  return typeof value === 'string' && parsePartialDate(value) !== undefined;
}

/** The days a date can mean; throws a RangeError for anything `isValidAsOfDate` rejects. */
export function timePoint(date: string): TimePoint {
  const parsed = parsePartialDate(date);
  if (!parsed) throw new RangeError(`Not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD): ${JSON.stringify(date)}`);
  return { first: parsed.first, last: parsed.last };
}

/** A date of the document, or undefined when absent or unreadable (then it counts as unknown). */
export const parsed = (date: string | undefined): ParsedPartialDate | undefined => (date === undefined ? undefined : parsePartialDate(date));

/** Whether something dated `date` has happened by `at`; an unknown date counts as before. */
export function hasStarted(date: string | undefined, at: TimePoint): boolean {
  const d = parsed(date);
  return d === undefined || d.first <= at.last;
}

/** Whether `period` covers `at`; no period, or open ends, mean always / unknown and count as covering. */
export function periodCovers(period: Period | undefined, at: TimePoint): boolean {
  if (!period) return true;
  const end = parsed(period.end);
  return hasStarted(period.start, at) && (end === undefined || end.last >= at.first);
}
