/**
 * The words of the network view: statuses, kinds of events and dates, in short plain
 * language (the family's portal shows this view too). Every string goes through `msg()`
 * with a `network.*` id; dates through `Intl` in the element's language.
 */
import { msg } from '../localization.js';
import { parseDateOrDateTime, type EventKind, type GoalStatus, type ParsedDateTime, type ServiceStatus } from '@family-view/core';
import { dateText } from '../consent/consent-words.js';

export function goalStatusName(status: GoalStatus): string {
  switch (status) {
    case 'open':
      return msg('Not started', { id: 'network.goal-status.open' });
    case 'in-progress':
      return msg('In progress', { id: 'network.goal-status.in-progress' });
    case 'achieved':
      return msg('Reached', { id: 'network.goal-status.achieved' });
    case 'dropped':
      return msg('Dropped', { id: 'network.goal-status.dropped' });
  }
}

export function serviceStatusName(status: ServiceStatus): string {
  switch (status) {
    case 'planned':
      return msg('planned', { id: 'network.service-status.planned' });
    case 'waiting':
      return msg('waiting', { id: 'network.service-status.waiting' });
    case 'active':
      return msg('ongoing', { id: 'network.service-status.active' });
    case 'paused':
      return msg('on a break', { id: 'network.service-status.paused' });
    case 'ended':
      return msg('ended', { id: 'network.service-status.ended' });
    case 'declined':
      return msg('declined', { id: 'network.service-status.declined' });
  }
}

export function eventKindName(kind: EventKind): string {
  switch (kind) {
    case 'meeting':
      return msg('Meeting', { id: 'network.event-kind.meeting' });
    case 'network-meeting':
      return msg('Network meeting', { id: 'network.event-kind.network-meeting' });
    case 'assessment':
      return msg('Assessment', { id: 'network.event-kind.assessment' });
    case 'plan':
      return msg('Making the plan', { id: 'network.event-kind.plan' });
    case 'plan-review':
      return msg('Checking the plan', { id: 'network.event-kind.plan-review' });
    case 'decision':
      return msg('Decision', { id: 'network.event-kind.decision' });
    case 'referral':
      return msg('Referral', { id: 'network.event-kind.referral' });
    case 'application':
      return msg('Application', { id: 'network.event-kind.application' });
    case 'contact':
      return msg('Contact', { id: 'network.event-kind.contact' });
    case 'milestone':
      return msg('Milestone', { id: 'network.event-kind.milestone' });
  }
}

/** The wall-clock time as written in the document (in its own offset), as a UTC `Date` for `Intl`. */
function wallClock(d: ParsedDateTime): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute));
}

/**
 * When an event happens, in words: "Tuesday 18 March 2025 at 13:00–14:30" for date-times
 * (the time as written, never shifted to the reader's zone, because that is when people
 * meet), "Tuesday 29 April 2025" for a day, "May 2025" or "2025" for partial dates.
 */
export function eventWhenText(start: string, end: string | undefined, locale: string): string {
  const from = parseDateOrDateTime(start);
  if (!from) return start;
  if (from.precision === 'time') {
    const format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' });
    const to = end === undefined ? undefined : parseDateOrDateTime(end);
    if (to?.precision === 'time' && to.instant > from.instant) return format.formatRange(wallClock(from), wallClock(to));
    return format.format(wallClock(from));
  }
  if (from.precision === 'day') {
    const date = new Date(Date.UTC(from.year, (from.month ?? 1) - 1, from.day ?? 1));
    return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(date);
  }
  return dateText(start, locale);
}

/** A due date in words ("August 2025"). */
export function dueText(due: string, locale: string): string {
  return dateText(due, locale);
}

/**
 * A phone number as a `tel:` URI (RFC 3966 keeps digits, a leading "+" and a few
 * separators); undefined when the text holds no number to dial.
 */
export function telHref(phone: string): string | undefined {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  if (digits.length < 3 || /[^\d\s+().\-/]/.test(trimmed)) return undefined;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

/** A `mailto:` URI only for something shaped like one address (no header tricks such as "?cc="). */
export function mailtoHref(email: string): string | undefined {
  const trimmed = email.trim();
  return /^[^\s@?&#/:<>"]+@[^\s@?&#/:<>"]+\.[^\s@?&#/:<>"]+$/.test(trimmed) ? `mailto:${trimmed}` : undefined;
}

/** An organisation's web address as a link only when it is http(s): never `javascript:` or `data:`. */
export function webHref(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
