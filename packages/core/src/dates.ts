/**
 * Dates of the family document: partial ISO 8601 dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and
 * date-times with offset. Everything is pure integer arithmetic on UTC day numbers (days since
 * 1970-01-01), so results never depend on the host's time zone.
 */

export type DatePrecision = 'year' | 'month' | 'day';

/** A parsed partial date. `first`/`last` are the UTC day numbers of the earliest and latest day it can mean. */
export interface ParsedPartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly precision: DatePrecision;
  readonly first: number;
  readonly last: number;
}

/**
 * A parsed date-time. `first`/`last` are both the calendar day as written (local to its offset);
 * `instant` is the exact moment in milliseconds since 1970-01-01T00:00:00Z.
 */
export interface ParsedDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly precision: 'time';
  readonly first: number;
  readonly last: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Offset from UTC in minutes (+02:00 → 120). */
  readonly offsetMinutes: number;
  readonly instant: number;
}

export type ParsedDate = ParsedPartialDate | ParsedDateTime;

const MS_PER_DAY = 86_400_000;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** UTC day number (days since 1970-01-01) of a proleptic Gregorian date; month 1–12. */
export function dayNumber(year: number, month: number, day: number): number {
  // Count from March so the leap day is the last day of the (shifted) year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date of a UTC day number; inverse of `dayNumber`. */
export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

const DIGIT_ZERO = 48;
const HYPHEN = 45;

/** The number written by the `count` ASCII digits of `s` from `from`; -1 when one is not a digit. */
function digitsAt(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = s.charCodeAt(i) - DIGIT_ZERO;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; undefined when malformed or not a real calendar date (year 0000 included, as in FHIR).
 * Read character by character, not by a regular expression: a large family has tens of
 * thousands of dates, parsed when validating, redacting and drawing.
 */
export function parsePartialDate(s: string): ParsedPartialDate | undefined {
  if (typeof s !== 'string' || (s.length !== 4 && s.length !== 7 && s.length !== 10)) return undefined;
  const year = digitsAt(s, 0, 4);
  if (year < 1) return undefined;
  if (s.length === 4) {
    return { year, precision: 'year', first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
  }
  const month = s.charCodeAt(4) === HYPHEN ? digitsAt(s, 5, 2) : -1;
  if (month < 1 || month > 12) return undefined;
  if (s.length === 7) {
    return { year, month, precision: 'month', first: dayNumber(year, month, 1), last: dayNumber(year, month, daysInMonth(year, month)) };
  }
  const day = s.charCodeAt(7) === HYPHEN ? digitsAt(s, 8, 2) : -1;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  const n = dayNumber(year, month, day);
  return { year, month, day, precision: 'day', first: n, last: n };
}

/** Parses `YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)`; undefined when malformed or not a real date and time. */
export function parseDateTime(s: string): ParsedDateTime | undefined {
  const m = typeof s === 'string' ? DATE_TIME.exec(s) : null;
  if (!m) return undefined;
  const date = parsePartialDate(`${m[1]}-${m[2]}-${m[3]}`);
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6])];
  const [offsetHours, offsetMins] = [Number(m[9] ?? 0), Number(m[10] ?? 0)];
  if (!date || date.month === undefined || date.day === undefined) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMins > 59) return undefined;
  const millisecond = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const offsetMinutes = (m[8] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  const instant = date.first * MS_PER_DAY + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + millisecond;
  return {
    year: date.year, month: date.month, day: date.day, precision: 'time', first: date.first, last: date.last,
    hour, minute, second, millisecond, offsetMinutes, instant,
  };
}

/** Parses a partial date or a date-time (the schema's DateOrDateTime). */
export function parseDateOrDateTime(s: string): ParsedDate | undefined {
  return typeof s === 'string' && s.includes('T') ? parseDateTime(s) : parsePartialDate(s);
}

/** True when `s` is a well-formed partial date or date-time that exists on the calendar. */
export function isCalendarValid(s: string): boolean {
  return parseDateOrDateTime(s) !== undefined;
}

const startMs = (d: ParsedDate): number => (d.precision === 'time' ? d.instant : d.first * MS_PER_DAY);
const endMs = (d: ParsedDate): number => (d.precision === 'time' ? d.instant : (d.last + 1) * MS_PER_DAY - 1);

/**
 * A total order for sorting: by the earliest moment a date can mean, then by the latest
 * (so `2020` sorts before `2020-05`). Dates are taken as UTC days. Returns <0, 0 or >0.
 */
export function compareDates(a: ParsedDate, b: ParsedDate): number {
  return startMs(a) - startMs(b) || endMs(a) - endMs(b);
}

/**
 * False only when `start` is surely after `end`: partial dates compare by the earliest day
 * `start` can mean and the latest day `end` can mean, so `2020` … `2020-05` is in order. Two
 * date-times compare as instants; a date against a date-time uses the date-time's written day,
 * because a date has no time zone.
 */
export function isInOrder(start: ParsedDate, end: ParsedDate): boolean {
  if (start.precision === 'time' && end.precision === 'time') return start.instant <= end.instant;
  return start.first <= end.last;
}

const asParsed = (d: string | ParsedDate): ParsedDate | undefined => (typeof d === 'string' ? parseDateOrDateTime(d) : d);

function wholeYears(from: number, to: number): number {
  const a = fromDayNumber(from);
  const b = fromDayNumber(to);
  const beforeBirthday = b.month < a.month || (b.month === a.month && b.day < a.day);
  return b.year - a.year - (beforeBirthday ? 1 : 0);
}

/**
 * The youngest and oldest age (whole years) someone born at `birth` can have at `at`, given
 * how partial both dates are; undefined when a date is invalid or `at` is surely before birth.
 */
export function ageRange(birth: string | ParsedDate, at: string | ParsedDate): { min: number; max: number } | undefined {
  const b = asParsed(birth);
  const t = asParsed(at);
  if (!b || !t) return undefined;
  const max = wholeYears(b.first, t.last);
  if (max < 0) return undefined;
  return { min: Math.max(0, wholeYears(b.last, t.first)), max };
}

/** Age in whole years at `at`; undefined when it cannot be determined (e.g. born "1941", asked at "2025"). */
export function ageAt(birth: string | ParsedDate, at: string | ParsedDate): number | undefined {
  const range = ageRange(birth, at);
  return range && range.min === range.max ? range.min : undefined;
}

/** A parsed FHIR-style period; an absent end is open (unknown or ongoing). */
export interface ParsedPeriod {
  readonly start?: ParsedPartialDate;
  readonly end?: ParsedPartialDate;
}

/** Parses a `{ start?, end? }` period; an unparseable end is left open. */
export function parsePeriod(period: { start?: string; end?: string } | undefined): ParsedPeriod {
  const start = period?.start === undefined ? undefined : parsePartialDate(period.start);
  const end = period?.end === undefined ? undefined : parsePartialDate(period.end);
  if (start && end) return { start, end };
  return start ? { start } : end ? { end } : {};
}

/**
 * Whether a period includes the UTC day `day`. Partial ends make this uncertain: `possibly`
 * (default) stretches them as far as they can mean, `surely` shrinks them. Pick the safe one:
 * a permit should hold `surely`, a deny `possibly`.
 */
export function periodIncludes(period: ParsedPeriod, day: number, certainty: 'surely' | 'possibly' = 'possibly'): boolean {
  const { start, end } = period;
  if (certainty === 'surely') return (!start || start.last <= day) && (!end || end.first >= day);
  return (!start || start.first <= day) && (!end || end.last >= day);
}
