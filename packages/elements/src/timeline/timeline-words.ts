/**
 * The words of the services timeline: statuses, sectors (and the letter that marks each
 * on a bar), event kinds, doors and dates. Every sentence goes through `msg()` with a
 * stable id; dates and numbers through `Intl`, in the element's language.
 */
import { msg, str } from '../localization.js';
import type { DoorCount, EventKind, EventStatus, ParsedDate, ParsedPartialDate, Sector, ServiceStatus } from '@family-view/core';

const MS_PER_DAY = 86_400_000;

export function statusName(status: ServiceStatus): string {
  switch (status) {
    case 'planned':
      return msg('Planned', { id: 'timeline.status.planned' });
    case 'waiting':
      return msg('Waiting', { id: 'timeline.status.waiting' });
    case 'active':
      return msg('Active', { id: 'timeline.status.active' });
    case 'paused':
      return msg('Paused', { id: 'timeline.status.paused' });
    case 'ended':
      return msg('Ended', { id: 'timeline.status.ended' });
    case 'declined':
      return msg('Declined', { id: 'timeline.status.declined' });
  }
}

export function eventStatusName(status: EventStatus): string {
  switch (status) {
    case 'planned':
      return msg('Planned meeting or event', { id: 'timeline.event-status.planned' });
    case 'done':
      return msg('Done', { id: 'timeline.event-status.done' });
    case 'cancelled':
      return msg('Cancelled', { id: 'timeline.event-status.cancelled' });
  }
}

export function eventKindName(kind: EventKind): string {
  switch (kind) {
    case 'meeting':
      return msg('Meeting', { id: 'timeline.event-kind.meeting' });
    case 'network-meeting':
      return msg('Network meeting', { id: 'timeline.event-kind.network-meeting' });
    case 'assessment':
      return msg('Assessment', { id: 'timeline.event-kind.assessment' });
    case 'plan':
      return msg('Plan', { id: 'timeline.event-kind.plan' });
    case 'plan-review':
      return msg('Plan review', { id: 'timeline.event-kind.plan-review' });
    case 'decision':
      return msg('Decision', { id: 'timeline.event-kind.decision' });
    case 'referral':
      return msg('Referral', { id: 'timeline.event-kind.referral' });
    case 'application':
      return msg('Application', { id: 'timeline.event-kind.application' });
    case 'contact':
      return msg('Contact', { id: 'timeline.event-kind.contact' });
    case 'milestone':
      return msg('Milestone', { id: 'timeline.event-kind.milestone' });
  }
}

export function sectorTitle(sector: Sector): string {
  switch (sector) {
    case 'social':
      return msg('Social services', { id: 'timeline.sector.social' });
    case 'health':
      return msg('Health care', { id: 'timeline.sector.health' });
    case 'early-childhood':
      return msg('Early childhood education', { id: 'timeline.sector.early-childhood' });
    case 'education':
      return msg('Schools and education', { id: 'timeline.sector.education' });
    case 'benefits':
      return msg('Benefits', { id: 'timeline.sector.benefits' });
    case 'employment':
      return msg('Employment services', { id: 'timeline.sector.employment' });
    case 'housing':
      return msg('Housing', { id: 'timeline.sector.housing' });
    case 'ngo':
      return msg('Non-profit organisations', { id: 'timeline.sector.ngo' });
    case 'parish':
      return msg('Parish', { id: 'timeline.sector.parish' });
    case 'police':
      return msg('Police and justice', { id: 'timeline.sector.police' });
    case 'other':
      return msg('Other', { id: 'timeline.sector.other' });
  }
}

/** One or two letters drawn on every bar of the sector, so colour is never the only cue. */
export function sectorLetter(sector: Sector): string {
  switch (sector) {
    case 'social':
      return msg('S', { id: 'timeline.sector-letter.social' });
    case 'health':
      return msg('H', { id: 'timeline.sector-letter.health' });
    case 'early-childhood':
      return msg('D', { id: 'timeline.sector-letter.early-childhood' });
    case 'education':
      return msg('E', { id: 'timeline.sector-letter.education' });
    case 'benefits':
      return msg('B', { id: 'timeline.sector-letter.benefits' });
    case 'employment':
      return msg('W', { id: 'timeline.sector-letter.employment' });
    case 'housing':
      return msg('Ho', { id: 'timeline.sector-letter.housing' });
    case 'ngo':
      return msg('N', { id: 'timeline.sector-letter.ngo' });
    case 'parish':
      return msg('Pa', { id: 'timeline.sector-letter.parish' });
    case 'police':
      return msg('Po', { id: 'timeline.sector-letter.police' });
    case 'other':
      return msg('O', { id: 'timeline.sector-letter.other' });
  }
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** `value` written for `locale`; one formatter per locale (making one costs more than formatting). */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(value);
}

export function organisationsCount(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return count === 1 ? msg('1 organisation', { id: 'timeline.doors.organisations-one' }) : msg(str`${n} organisations`, { id: 'timeline.doors.organisations' });
}

export function workersCount(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  return count === 1 ? msg('1 worker', { id: 'timeline.doors.workers-one' }) : msg(str`${n} workers`, { id: 'timeline.doors.workers' });
}

/** "2024: 6 organisations, 9 workers". */
export function doorsText(door: DoorCount, locale: string): string {
  const year = String(door.year);
  const organisations = organisationsCount(door.organizations, locale);
  const workers = workersCount(door.professionals, locale);
  return msg(str`${year}: ${organisations}, ${workers}`, { id: 'timeline.doors.year' });
}

/** A year's cell in the doors band: organisations · workers. */
export function doorCellText(organisations: number, workers: number, locale: string): string {
  const o = formatNumber(organisations, locale);
  const w = formatNumber(workers, locale);
  return msg(str`${o} · ${w}`, { id: 'timeline.doors.cell' });
}

/** The short form in a lane's label: "Most in 2024: 6 org. · 9 workers" (the year with the most doors). */
export function peakDoorsText(door: DoorCount, locale: string): string {
  const year = String(door.year);
  const organisations = formatNumber(door.organizations, locale);
  const workers = workersCount(door.professionals, locale);
  return msg(str`Most in ${year}: ${organisations} org. · ${workers}`, { id: 'timeline.doors.peak' });
}

/** The peak line's first half on a narrow chart: "Most in 2024:". */
export function peakWhenText(door: DoorCount): string {
  const year = String(door.year);
  return msg(str`Most in ${year}:`, { id: 'timeline.doors.peak-when' });
}

/** The peak line's second half on a narrow chart: "6 org. · 9 workers". */
export function peakCountsText(door: DoorCount, locale: string): string {
  const organisations = formatNumber(door.organizations, locale);
  const workers = workersCount(door.professionals, locale);
  return msg(str`${organisations} org. · ${workers}`, { id: 'timeline.doors.peak-counts' });
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A cached formatter: creating one per date is what makes dates slow. */
export function dateFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A UTC day number as a full date ("1 Mar 2025"). */
export function formatDay(day: number, locale: string): string {
  return dateFormatter(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(day * MS_PER_DAY));
}

/** A partial date as precise as it was given: "2023", "March 2023" or "1 Mar 2023"; a date-time with its written time. */
export function formatDate(date: ParsedDate, locale: string): string {
  const at = new Date(date.first * MS_PER_DAY);
  switch (date.precision) {
    case 'year':
      return dateFormatter(locale, { year: 'numeric' }).format(at);
    case 'month':
      return dateFormatter(locale, { year: 'numeric', month: 'long' }).format(at);
    case 'day':
      return formatDay(date.first, locale);
    case 'time':
      // The time as written, in its own offset: shown in UTC so the browser's zone does not shift it.
      return dateFormatter(locale, { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(
        new Date(date.first * MS_PER_DAY + (date.hour * 60 + date.minute) * 60_000),
      );
  }
}

/** A service period: "1 Mar 2023 – 31 May 2024", "since 1 Mar 2023" or "until May 2024". */
export function periodText(period: { start: ParsedPartialDate | undefined; end: ParsedPartialDate | undefined }, locale: string): string {
  const start = period.start && formatDate(period.start, locale);
  const end = period.end && formatDate(period.end, locale);
  if (start && end) return msg(str`${start} – ${end}`, { id: 'timeline.period.closed' });
  if (start) return msg(str`since ${start}`, { id: 'timeline.period.open' });
  if (end) return msg(str`until ${end}`, { id: 'timeline.period.until' });
  return msg('no dates', { id: 'timeline.period.undated' });
}

/** A bar's accessible name: the service, its status, and the member whose lane it is in. */
export function barLabel(serviceName: string, status: ServiceStatus, memberName: string): string {
  const state = statusName(status);
  return msg(str`${serviceName}, ${state}, ${memberName}`, { id: 'timeline.bar.label' });
}

export function eventLabel(title: string, status: EventStatus, date: string, memberName: string): string {
  const state = eventStatusName(status);
  return msg(str`${title}, ${state}, ${date}, ${memberName}`, { id: 'timeline.event.label' });
}
