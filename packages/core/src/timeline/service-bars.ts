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

/** Per member, per organisation or worker: the years they met, as flat [from, to, from, to, …] (inclusive). */
type YearSpans = Map<string, Map<string, number[]>>;

function addSpan(index: YearSpans, memberId: string, id: string, from: number, to: number): void {
  let byId = index.get(memberId);
  if (!byId) index.set(memberId, (byId = new Map()));
  const spans = byId.get(id);
  if (spans) spans.push(from, to);
  else byId.set(id, [from, to]);
}

/**
 * Each id's spans merged, as flat [from, to, …]: an organisation met twice in a year
 * counts once that year.
 */
function mergedSpans(byId: ReadonlyMap<string, number[]> | undefined): number[] {
  const merged: number[] = [];
  for (const flat of byId?.values() ?? []) {
    if (flat.length === 2) {
      merged.push(flat[0]!, flat[1]!);
      continue;
    }
    const spans: Array<[number, number]> = [];
    for (let i = 0; i < flat.length; i += 2) spans.push([flat[i]!, flat[i + 1]!]);
    spans.sort((a, b) => a[0] - b[0]);
    let [from, to] = spans[0]!;
    for (const [nextFrom, nextTo] of spans) {
      if (nextFrom <= to + 1) {
        to = Math.max(to, nextTo);
        continue;
      }
      merged.push(from, to);
      [from, to] = [nextFrom, nextTo];
    }
    merged.push(from, to);
  }
  return merged;
}

/** Per year from `first`: +1 where a span starts, -1 the year after it ends; summed, the count. */
function yearDeltas(spans: readonly number[], first: number, years: number): Int32Array {
  const deltas = new Int32Array(years + 1);
  for (let i = 0; i < spans.length; i += 2) {
    deltas[spans[i]! - first]! += 1;
    deltas[spans[i + 1]! + 1 - first]! -= 1;
  }
  return deltas;
}

/**
 * "How many doors": for each member and year, the number of distinct organisations and
 * workers they dealt with — the 44-counter problem of the seed documents, made visible.
 * Years without any door are left out.
 */
export function doorsByYear(family: NormalizedFamily, bars: readonly ServiceBar[] = serviceBars(family)): Map<string, DoorCount[]> {
  // Year spans per (member, id), not a set per year: a bar can run for decades.
  const organizations: YearSpans = new Map();
  const professionals: YearSpans = new Map();
  for (const bar of bars) {
    if (bar.status === 'declined') continue; // a refused service is not a door walked through
    const service = family.services.get(bar.serviceId);
    if (!service) continue;
    const from = yearOfDay(bar.start);
    const to = yearOfDay(bar.end - 1);
    if (to < from) continue; // an empty bar meets nobody
    addSpan(organizations, bar.memberId, service.organization, from, to);
    if (service.responsible !== undefined) addSpan(professionals, bar.memberId, service.responsible, from, to);
  }
  for (const event of family.document.events ?? []) {
    if (event.status === 'cancelled') continue;
    const start = family.eventStart.get(event.id);
    if (!start) continue;
    const year = yearOfDay(start.first);
    for (const memberId of event.members ?? []) {
      for (const professionalId of event.professionals ?? []) addSpan(professionals, memberId, professionalId, year, year);
    }
  }
  const result = new Map<string, DoorCount[]>();
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
    const organizationDeltas = yearDeltas(organizationSpans, first, last - first + 1);
    const professionalDeltas = yearDeltas(professionalSpans, first, last - first + 1);
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
