/**
 * Timeline maths: the services of each member as bars on one time axis, and how many
 * doors (organisations and workers) each member met each year. Pure; days are UTC day
 * numbers (days since 1970-01-01), ends exclusive.
 */
import { fromDayNumber } from '../dates.js';
import type { NormalizedFamily } from '../normalize.js';
import type { Sector, ServiceStatus } from '../types.generated.js';

export interface ServiceBar {
  serviceId: string;
  memberId: string;
  /** The service's status at `asOf`; `waiting` bars run from the application to `asOf`. */
  status: ServiceStatus;
  sector: Sector | undefined;
  /** First day of the bar. */
  start: number;
  /** The day after the last day (exclusive). */
  end: number;
  /** True when the period has no end date: it is drawn to `asOf` (or as one day when later). */
  openEnd: boolean;
  /** Index in the service's `periods`; undefined for the waiting bar. */
  periodIndex: number | undefined;
}

/**
 * One bar per service × member × period, in document order, plus a waiting bar from
 * `applied` to `asOf` for a service still waiting. A period without a start is left out
 * (there is nothing to place it by); without an end it runs to `asOf`.
 */
export function serviceBars(family: NormalizedFamily): ServiceBar[] {
  const asOfDay = family.asOf?.last;
  const bars: ServiceBar[] = [];
  for (const service of family.document.services ?? []) {
    const sector = family.sectorOf(service.id);
    const periods = family.servicePeriods.get(service.id) ?? [];
    for (const memberId of service.members) {
      periods.forEach((period, periodIndex) => {
        if (!period.start) return;
        const start = period.start.first;
        let end: number;
        let openEnd = false;
        if (period.end) {
          end = period.end.last + 1;
        } else {
          openEnd = true;
          end = asOfDay !== undefined && asOfDay >= start ? asOfDay + 1 : start + 1;
        }
        bars.push({ serviceId: service.id, memberId, status: service.status, sector, start, end, openEnd, periodIndex });
      });
      const applied = family.serviceApplied.get(service.id);
      if (service.status === 'waiting' && applied && asOfDay !== undefined && asOfDay >= applied.first) {
        bars.push({ serviceId: service.id, memberId, status: 'waiting', sector, start: applied.first, end: asOfDay + 1, openEnd: true, periodIndex: undefined });
      }
    }
  }
  return bars;
}

export interface DoorCount {
  year: number;
  /** Distinct organisations whose services the member had that year. */
  organizations: number;
  /** Distinct workers: the services' responsible professionals and those at the member's events. */
  professionals: number;
}

const yearOfDay = (day: number): number => fromDayNumber(day).year;

/**
 * Per member, whom they met and when: flat [who, from, to, who, from, to, …] with `who`
 * an organisation's or worker's id as a number and the years inclusive. Flat lists, not a
 * map per member: thousands of small maps cost more than the counting itself.
 */
type Meetings = Map<string, number[]>;

function addMeeting(meetings: Meetings, memberId: string, who: number, from: number, to: number): void {
  const list = meetings.get(memberId);
  if (list) list.push(who, from, to);
  else meetings.set(memberId, [who, from, to]);
}

/** Sorts the triples of `flat` by who, then from (in place). */
function sortMeetings(flat: number[]): void {
  const count = flat.length / 3;
  if (count > 32) {
    // Rare (a member with dozens of periods): sort whole triples.
    const triples: Array<[number, number, number]> = [];
    for (let i = 0; i < flat.length; i += 3) triples.push([flat[i]!, flat[i + 1]!, flat[i + 2]!]);
    triples.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    triples.forEach(([who, from, to], i) => {
      flat[i * 3] = who;
      flat[i * 3 + 1] = from;
      flat[i * 3 + 2] = to;
    });
    return;
  }
  // A member meets a handful: insertion sort, no allocation.
  for (let i = 3; i < flat.length; i += 3) {
    const who = flat[i]!;
    const from = flat[i + 1]!;
    const to = flat[i + 2]!;
    let j = i - 3;
    while (j >= 0 && (flat[j]! > who || (flat[j] === who && flat[j + 1]! > from))) {
      flat[j + 3] = flat[j]!;
      flat[j + 4] = flat[j + 1]!;
      flat[j + 5] = flat[j + 2]!;
      j -= 3;
    }
    flat[j + 3] = who;
    flat[j + 4] = from;
    flat[j + 5] = to;
  }
}

/**
 * The years of each organisation or worker merged, as flat [from, to, …]: one met twice in
 * a year counts once that year. Sorts `flat` in place.
 */
function mergedSpans(flat: number[] | undefined): number[] {
  const merged: number[] = [];
  if (!flat) return merged;
  sortMeetings(flat);
  let who = flat[0]!;
  let from = flat[1]!;
  let to = flat[2]!;
  for (let i = 3; i < flat.length; i += 3) {
    if (flat[i] === who && flat[i + 1]! <= to + 1) {
      to = Math.max(to, flat[i + 2]!);
      continue;
    }
    merged.push(from, to);
    who = flat[i]!;
    from = flat[i + 1]!;
    to = flat[i + 2]!;
  }
  merged.push(from, to);
  return merged;
}

/**
 * Per year from `first`: +1 where a span starts, -1 the year after it ends; summed, the
 * count. Added into `deltas` from index 0 (year `first`), which must be zero up to the year
 * after the last span's end.
 */
function addYearDeltas(deltas: Int32Array, spans: readonly number[], first: number): void {
  for (let i = 0; i < spans.length; i += 2) {
    deltas[spans[i]! - first]! += 1;
    deltas[spans[i + 1]! + 1 - first]! -= 1;
  }
}

/**
 * "How many doors": for each member and year, the number of distinct organisations and
 * workers they dealt with — the 44-counter problem of the seed documents, made visible.
 * Years without any door are left out.
 */
export function doorsByYear(family: NormalizedFamily, bars: readonly ServiceBar[] = serviceBars(family)): Map<string, DoorCount[]> {
  // Year spans per (member, id), not a set per year: a bar can run for decades.
  const organizations: Meetings = new Map();
  const professionals: Meetings = new Map();
  const numbers = new Map<string, number>();
  const numberOf = (id: string): number => {
    let n = numbers.get(id);
    if (n === undefined) numbers.set(id, (n = numbers.size));
    return n;
  };
  for (const bar of bars) {
    if (bar.status === 'declined') continue; // a refused service is not a door walked through
    const service = family.services.get(bar.serviceId);
    if (!service) continue;
    const from = yearOfDay(bar.start);
    const to = yearOfDay(bar.end - 1);
    if (to < from) continue; // an empty bar meets nobody
    addMeeting(organizations, bar.memberId, numberOf(service.organization), from, to);
    if (service.responsible !== undefined) addMeeting(professionals, bar.memberId, numberOf(service.responsible), from, to);
  }
  for (const event of family.document.events ?? []) {
    if (event.status === 'cancelled') continue;
    const start = family.eventStart.get(event.id);
    if (!start) continue;
    const year = yearOfDay(start.first);
    for (const memberId of event.members ?? []) {
      for (const professionalId of event.professionals ?? []) addMeeting(professionals, memberId, numberOf(professionalId), year, year);
    }
  }
  const result = new Map<string, DoorCount[]>();
  // Two buffers for every member, grown when a member's years need more: a typed array
  // per member cost more than the counting itself (thousands of members).
  let organizationDeltas = new Int32Array(64);
  let professionalDeltas = new Int32Array(64);
  for (const memberId of new Set([...organizations.keys(), ...professionals.keys()])) {
    const organizationSpans = mergedSpans(organizations.get(memberId));
    const professionalSpans = mergedSpans(professionals.get(memberId));
    let first = Infinity;
    let last = -Infinity;
    for (const spans of [organizationSpans, professionalSpans]) {
      for (let i = 0; i < spans.length; i += 2) {
        first = Math.min(first, spans[i]!);
        last = Math.max(last, spans[i + 1]!);
      }
    }
    const size = last - first + 2;
    if (size > organizationDeltas.length) {
      organizationDeltas = new Int32Array(size * 2);
      professionalDeltas = new Int32Array(size * 2);
    } else {
      organizationDeltas.fill(0, 0, size);
      professionalDeltas.fill(0, 0, size);
    }
    addYearDeltas(organizationDeltas, organizationSpans, first);
    addYearDeltas(professionalDeltas, professionalSpans, first);
    const years: DoorCount[] = [];
    let organizationCount = 0;
    let professionalCount = 0;
    for (let at = 0; at <= last - first; at++) {
      organizationCount += organizationDeltas[at]!;
      professionalCount += professionalDeltas[at]!;
      if (organizationCount > 0 || professionalCount > 0) years.push({ year: first + at, organizations: organizationCount, professionals: professionalCount });
    }
    result.set(memberId, years);
  }
  return result;
}

/** The span a timeline must show: every bar and event, and `asOf`. Undefined when there is nothing dated. */
export function timeSpan(family: NormalizedFamily, bars: readonly ServiceBar[] = serviceBars(family)): { start: number; end: number } | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const bar of bars) {
    start = Math.min(start, bar.start);
    end = Math.max(end, bar.end);
  }
  for (const date of family.eventStart.values()) {
    start = Math.min(start, date.first);
    end = Math.max(end, date.last + 1);
  }
  if (family.asOf) {
    start = Math.min(start, family.asOf.first);
    end = Math.max(end, family.asOf.last + 1);
  }
  return Number.isFinite(start) ? { start, end } : undefined;
}
