/**
 * The span of dates a time slider should offer for a family document.
 */
import { fromDayNumber, parseDateOrDateTime, parsePartialDate } from '../dates.js';
import type { FamilyDocument, Period } from '../types.generated.js';

/** Both ends inclusive, as full ISO dates `YYYY-MM-DD` (UTC days), ready for `familyAt` and the `as-of` attribute. */
export interface DateRange {
  readonly min: string;
  readonly max: string;
}

/**
 * From the earliest date anything of the family starts — a birth, a partnership history
 * entry, the start of a parentage, bond, household, coordinator or service period, a
 * service application, an event — to the later of `asOf` and the last planned event (its
 * end when given). `asOf` is always inside the range. Partial dates count by their first
 * day at the start and by their last day at the end; a date-time counts by the day written.
 * Without `asOf`, the end is the latest of those dates and the planned events. Undefined
 * when the document has no date at all.
 */
export function dateRange(document: FamilyDocument): DateRange | undefined {
  let min = Infinity;
  let max = -Infinity;
  let latestStart = -Infinity;
  const starts = (date: string | undefined) => {
    const d = date === undefined ? undefined : parseDateOrDateTime(date);
    if (!d) return;
    min = Math.min(min, d.first);
    latestStart = Math.max(latestStart, d.last);
  };
  const ends = (date: string | undefined) => {
    const d = date === undefined ? undefined : parseDateOrDateTime(date);
    if (d) max = Math.max(max, d.last);
  };
  const period = (p: Period | undefined) => starts(p?.start);

  for (const m of document.members) starts(m.birthDate);
  for (const p of document.partnerships ?? []) for (const entry of p.history) starts(entry.start);
  for (const list of [document.parentage, document.bonds, document.households, document.coordinators]) for (const item of list ?? []) period(item.period);
  for (const s of document.services ?? []) {
    for (const p of s.periods ?? []) period(p);
    starts(s.applied);
  }
  for (const e of document.events ?? []) {
    starts(e.start);
    if (e.status === 'planned') ends(e.end ?? e.start);
  }

  const asOf = document.asOf === undefined ? undefined : parsePartialDate(document.asOf);
  if (asOf) {
    min = Math.min(min, asOf.first);
    max = Math.max(max, asOf.last);
  } else {
    max = Math.max(max, latestStart);
  }
  if (min === Infinity || max === -Infinity) return undefined;
  return { min: isoDay(min), max: isoDay(Math.max(min, max)) };
}

function isoDay(day: number): string {
  const { year, month, day: dayOfMonth } = fromDayNumber(day);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(dayOfMonth)}`;
}
