/**
 * Timeline maths: the services of each member as bars on one time axis, and how many
 * doors (organisations and workers) each member met each year. Pure; days are UTC day
 * numbers (days since 1970-01-01), ends exclusive.
 */
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

const yearOf = (day: number) => new Date(day * 86_400_000).getUTCFullYear();

/**
 * "How many doors": for each member and year, the number of distinct organisations and
 * workers they dealt with — the 44-counter problem of the seed documents, made visible.
 * Years without any door are left out.
 */
export function doorsByYear(family: NormalizedFamily, bars: readonly ServiceBar[] = serviceBars(family)): Map<string, DoorCount[]> {
  const organizations = new Map<string, Map<number, Set<string>>>();
  const professionals = new Map<string, Map<number, Set<string>>>();
  const add = (index: Map<string, Map<number, Set<string>>>, memberId: string, year: number, id: string) => {
    let byYear = index.get(memberId);
    if (!byYear) index.set(memberId, (byYear = new Map()));
    let set = byYear.get(year);
    if (!set) byYear.set(year, (set = new Set()));
    set.add(id);
  };
  for (const bar of bars) {
    if (bar.status === 'declined') continue; // a refused service is not a door walked through
    const service = family.services.get(bar.serviceId);
    if (!service) continue;
    for (let year = yearOf(bar.start); year <= yearOf(bar.end - 1); year++) {
      add(organizations, bar.memberId, year, service.organization);
      if (service.responsible !== undefined) add(professionals, bar.memberId, year, service.responsible);
    }
  }
  for (const event of family.document.events ?? []) {
    if (event.status === 'cancelled') continue;
    const start = family.eventStart.get(event.id);
    if (!start) continue;
    for (const memberId of event.members ?? []) {
      for (const professionalId of event.professionals ?? []) add(professionals, memberId, yearOf(start.first), professionalId);
    }
  }
  const result = new Map<string, DoorCount[]>();
  for (const memberId of new Set([...organizations.keys(), ...professionals.keys()])) {
    const years = new Set([...(organizations.get(memberId)?.keys() ?? []), ...(professionals.get(memberId)?.keys() ?? [])]);
    result.set(
      memberId,
      [...years]
        .sort((a, b) => a - b)
        .map((year) => ({
          year,
          organizations: organizations.get(memberId)?.get(year)?.size ?? 0,
          professionals: professionals.get(memberId)?.get(year)?.size ?? 0,
        })),
    );
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
