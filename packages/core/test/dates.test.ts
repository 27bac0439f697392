// dates.ts: partial dates, date-times, calendar validity, ordering and ages — examples and properties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ageAt,
  ageRange,
  compareDates,
  dayNumber,
  daysInMonth,
  fromDayNumber,
  isCalendarValid,
  isInOrder,
  isLeapYear,
  parseDateOrDateTime,
  parseDateTime,
  parsePartialDate,
  parsePeriod,
  periodIncludes,
  type ParsedDate,
} from '../src/dates.js';

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const ymd = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
/** The reference: JavaScript's own proleptic Gregorian calendar (setUTCFullYear avoids the 0–99 → 1900s quirk). */
const jsDay = (y: number, m: number, d: number) => {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / 86_400_000);
};
const parsed = (s: string): ParsedDate => {
  const p = parseDateOrDateTime(s);
  assert.ok(p, s);
  return p;
};

test('dates: day numbers count from 1970-01-01', () => {
  assert.equal(dayNumber(1970, 1, 1), 0);
  assert.equal(dayNumber(1969, 12, 31), -1);
  assert.equal(dayNumber(2000, 3, 1), 11_017);
  assert.deepEqual(fromDayNumber(0), { year: 1970, month: 1, day: 1 });
});

test('dates: parsePartialDate gives precision and the first and last day it can mean', () => {
  assert.deepEqual(parsePartialDate('2020'), { year: 2020, precision: 'year', first: dayNumber(2020, 1, 1), last: dayNumber(2020, 12, 31) });
  assert.deepEqual(parsePartialDate('2020-02'), { year: 2020, month: 2, precision: 'month', first: dayNumber(2020, 2, 1), last: dayNumber(2020, 2, 29) });
  assert.equal(parsePartialDate('2019-02')?.last, dayNumber(2019, 2, 28));
  assert.deepEqual(parsePartialDate('2024-02-29'), { year: 2024, month: 2, day: 29, precision: 'day', first: dayNumber(2024, 2, 29), last: dayNumber(2024, 2, 29) });
});

test('dates: calendar validity', () => {
  for (const valid of ['2024-02-29', '2000-02-29', '1941', '0001-01-01', '9999-12-31', '2025-04-30', '2025-02-10T09:00:00+02:00', '2025-02-10T23:59:59.123Z', '2025-02-10T00:00:00-00:00']) {
    assert.equal(isCalendarValid(valid), true, valid);
  }
  for (const invalid of ['2023-02-29', '1900-02-29', '2024-02-30', '2025-04-31', '2025-13', '2025-00', '2025-01-00', '0000', '20251', '2025-1-1', '', ' 2025',
    '2025-02-10T24:00:00Z', '2025-02-10T23:60:00Z', '2025-02-10T23:59:60Z', '2025-02-10T09:00:00+24:00', '2025-02-10T09:00:00+02:60', '2025-02-10T09:00Z', '2025-02-30T09:00:00Z']) {
    assert.equal(isCalendarValid(invalid), false, invalid);
  }
  assert.equal(parsePartialDate(5 as unknown as string), undefined);
});

/** The first parser, by regular expression: the oracle for the character-by-character one. */
function parsePartialDateOracle(s: string): ReturnType<typeof parsePartialDate> {
  const m = typeof s === 'string' ? /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s) : null;
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 1) return undefined;
  if (m[2] === undefined) return { year, precision: 'year', first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, precision: 'month', first: dayNumber(year, month, 1), last: dayNumber(year, month, daysInMonth(year, month)) };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day', first: dayNumber(year, month, day), last: dayNumber(year, month, day) };
}

test('dates: parsePartialDate agrees with the regular-expression parser on any text (property)', () => {
  // Near-dates: digits, hyphens and look-alikes (full-width and Arabic-Indic digits, slashes, spaces) in date-like shapes.
  const char = fc.constantFrom('0', '1', '2', '3', '9', '-', '/', ' ', 'T', '\uff11', '\u0661', 'a', '\n');
  const nearDate = fc.array(char, { minLength: 0, maxLength: 12 }).map((chars) => chars.join(''));
  const realish = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 2 })).map(([y, m, d, parts]) =>
    [pad(y, 4), pad(m, 2), pad(d, 2)].slice(0, parts + 1).join('-'),
  );
  // A date-shaped text with one character swapped for another.
  const mutated = fc.tuple(realish, fc.nat(9), char).map(([text, at, swap]) => text.slice(0, at) + swap + text.slice(at + 1));
  fc.assert(
    fc.property(fc.oneof(fc.string(), nearDate, realish, mutated), (text) => {
      assert.deepEqual(parsePartialDate(text), parsePartialDateOracle(text), JSON.stringify(text));
    }),
    { numRuns: 5_000 },
  );
  for (const text of ['2024-02-29', '2023-02-29', '2024-12-31\n', '0000', '0001', '2024-1-01', '2024-01-1', '2024--01', '+024', '2024-01-01T00:00:00Z']) {
    assert.deepEqual(parsePartialDate(text), parsePartialDateOracle(text), text);
  }
});

test('dates: parseDateTime gives the exact instant, whatever the offset', () => {
  for (const s of ['2025-02-10T09:00:00+02:00', '2025-02-10T09:00:00.5Z', '1999-12-31T23:59:59.999-05:30', '2025-03-30T03:30:00+03:00']) {
    assert.equal(parseDateTime(s)?.instant, Date.parse(s), s);
  }
  const t = parseDateTime('2025-02-10T00:30:00+05:00');
  assert.equal(t?.first, dayNumber(2025, 2, 10), 'the day is the written day');
  assert.equal(t?.offsetMinutes, 300);
});

test('dates: isInOrder compares partial dates generously and instants exactly', () => {
  assert.equal(isInOrder(parsed('2020'), parsed('2020-05')), true);
  assert.equal(isInOrder(parsed('2020-05'), parsed('2020')), true);
  assert.equal(isInOrder(parsed('2021'), parsed('2020-12')), false);
  assert.equal(isInOrder(parsed('2020-05-02'), parsed('2020-05-01')), false);
  assert.equal(isInOrder(parsed('2025-02-10T09:00:00+02:00'), parsed('2025-02-10T07:00:00Z')), true);
  assert.equal(isInOrder(parsed('2025-02-10T09:00:00+02:00'), parsed('2025-02-10T06:59:59Z')), false);
  assert.equal(isInOrder(parsed('2025-02-10'), parsed('2025-02-10T00:30:00+05:00')), true);
});

test('dates: compareDates sorts by earliest then latest possible moment', () => {
  const sorted = ['2021', '2020-05', '2020', '2020-05-01T10:00:00Z', '2020-05-01'].map(parsed).sort(compareDates);
  assert.deepEqual(sorted.map((d) => [d.precision, d.first]), [
    ['year', dayNumber(2020, 1, 1)],
    ['day', dayNumber(2020, 5, 1)],
    ['month', dayNumber(2020, 5, 1)],
    ['time', dayNumber(2020, 5, 1)],
    ['year', dayNumber(2021, 1, 1)],
  ]);
});

test('dates: ageAt in whole years, undefined when not determinable', () => {
  assert.equal(ageAt('2014-09-03', '2025-03-01'), 10);
  assert.equal(ageAt('2014-09-03', '2025-09-03'), 11);
  assert.equal(ageAt('2000-02-29', '2001-02-28'), 0);
  assert.equal(ageAt('2000-02-29', '2001-03-01'), 1);
  assert.equal(ageAt('1941', '2025-03-01'), undefined);
  assert.deepEqual(ageRange('1941', '2025-03-01'), { min: 83, max: 84 });
  assert.equal(ageAt('1941-01', '2025-03-01'), 84);
  assert.equal(ageAt('2020', '2020'), 0);
  assert.equal(ageAt('2025-03-02', '2025-03-01'), undefined, 'before birth');
  assert.equal(ageAt('2014-09-03', '2025-03-01T08:00:00+02:00'), 10);
  assert.equal(ageAt('2024-02-30', '2025'), undefined, 'invalid date');
});

test('dates: periods include a day surely or possibly', () => {
  const p = parsePeriod({ start: '2020', end: '2021-06' });
  assert.equal(periodIncludes(p, dayNumber(2020, 1, 1)), true);
  assert.equal(periodIncludes(p, dayNumber(2020, 1, 1), 'surely'), false);
  assert.equal(periodIncludes(p, dayNumber(2021, 6, 15), 'surely'), false);
  assert.equal(periodIncludes(p, dayNumber(2021, 6, 15)), true);
  assert.equal(periodIncludes(p, dayNumber(2021, 7, 1)), false);
  assert.equal(periodIncludes(parsePeriod({}), dayNumber(1, 1, 1), 'surely'), true);
  assert.deepEqual(parsePeriod(undefined), {});
});

const civil = fc.record({ y: fc.integer({ min: 1, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) });

test('property: a date is calendar-valid exactly when JavaScript keeps it on its month', () => {
  fc.assert(
    fc.property(civil, ({ y, m, d }) => {
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      const real = date.getUTCMonth() === m - 1;
      assert.equal(isCalendarValid(ymd(y, m, d)), real);
      assert.equal(d <= daysInMonth(y, m), real);
    }),
    { numRuns: 5000 },
  );
});

test('property: leap years match the Gregorian calendar', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 9999 }), (y) => {
      assert.equal(isLeapYear(y), jsDay(y, 3, 1) - jsDay(y, 2, 1) === 29);
      assert.equal(parsePartialDate(pad(y, 4))?.last, jsDay(y, 12, 31));
    }),
  );
});

test('property: day numbers agree with JavaScript and round-trip', () => {
  fc.assert(
    fc.property(civil, ({ y, m, d }) => {
      fc.pre(d <= daysInMonth(y, m));
      assert.equal(dayNumber(y, m, d), jsDay(y, m, d));
      assert.deepEqual(fromDayNumber(dayNumber(y, m, d)), { year: y, month: m, day: d });
    }),
    { numRuns: 5000 },
  );
});

test('property: a date-time instant agrees with Date.parse', () => {
  const dateTime = fc.record({
    day: civil.filter(({ y, m, d }) => y >= 1000 && d <= daysInMonth(y, m)),
    h: fc.integer({ min: 0, max: 23 }),
    min: fc.integer({ min: 0, max: 59 }),
    s: fc.integer({ min: 0, max: 59 }),
    ms: fc.integer({ min: 0, max: 999 }),
    offset: fc.integer({ min: -14 * 60, max: 14 * 60 }),
  });
  fc.assert(
    fc.property(dateTime, ({ day: { y, m, d }, h, min, s, ms, offset }) => {
      const zone = offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60), 2)}:${pad(Math.abs(offset) % 60, 2)}`;
      const text = `${ymd(y, m, d)}T${pad(h, 2)}:${pad(min, 2)}:${pad(s, 2)}.${pad(ms, 3)}${zone}`;
      assert.equal(parseDateTime(text)?.instant, Date.parse(text), text);
    }),
    { numRuns: 2000 },
  );
});

test('property: first ≤ last, and a date contains its refinements', () => {
  fc.assert(
    fc.property(civil, ({ y, m, d }) => {
      fc.pre(d <= daysInMonth(y, m));
      const year = parsed(pad(y, 4));
      const month = parsed(`${pad(y, 4)}-${pad(m, 2)}`);
      const day = parsed(ymd(y, m, d));
      for (const p of [year, month, day]) assert.ok(p.first <= p.last, 'p.first <= p.last');
      assert.ok(year.first <= month.first && month.last <= year.last, 'year.first <= month.first && month.last <= year.last');
      assert.ok(month.first <= day.first && day.last <= month.last, 'month.first <= day.first && day.last <= month.last');
      assert.ok(isInOrder(year, day) && isInOrder(day, year) && isInOrder(month, day), 'isInOrder(year, day) && isInOrder(day, year) && isInOrder(month, day)');
    }),
    { numRuns: 2000 },
  );
});

test('property: compareDates is a consistent total order', () => {
  const text = fc.oneof(
    fc.integer({ min: 1990, max: 2030 }).map((y) => pad(y, 4)),
    fc.record({ y: fc.integer({ min: 1990, max: 2030 }), m: fc.integer({ min: 1, max: 12 }) }).map(({ y, m }) => `${y}-${pad(m, 2)}`),
    fc.record({ y: fc.integer({ min: 1990, max: 2030 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => ymd(y, m, d)),
  );
  fc.assert(
    fc.property(text, text, text, (a, b, c) => {
      const [pa, pb, pc] = [parsed(a), parsed(b), parsed(c)];
      assert.equal(Math.sign(compareDates(pa, pb)), 0 - Math.sign(compareDates(pb, pa)) || 0);
      if (compareDates(pa, pb) <= 0 && compareDates(pb, pc) <= 0) assert.ok(compareDates(pa, pc) <= 0, 'compareDates(pa, pc) <= 0');
      if (compareDates(pa, pb) <= 0) assert.ok(isInOrder(pa, pb), `${a} sorts before ${b} so it may precede it`);
    }),
    { numRuns: 2000 },
  );
});

test('property: ages never decrease with time and agree with the exact age for full dates', () => {
  const fullDate = civil.filter(({ y, m, d }) => y >= 1900 && y <= 2100 && d <= daysInMonth(y, m)).map(({ y, m, d }) => ymd(y, m, d));
  fc.assert(
    fc.property(fullDate, fullDate, fullDate, (birth, a, b) => {
      const [early, late] = a <= b ? [a, b] : [b, a];
      const ageEarly = ageAt(birth, early);
      const ageLate = ageAt(birth, late);
      if (ageEarly !== undefined) assert.ok(ageLate !== undefined && ageLate >= ageEarly, 'ageLate !== undefined && ageLate >= ageEarly');
      if (birth <= early) assert.ok(ageEarly !== undefined && ageEarly >= 0, 'ageEarly !== undefined && ageEarly >= 0');
      else assert.equal(ageEarly, undefined);
    }),
    { numRuns: 2000 },
  );
});
