/**
 * Whether a consent or restriction is in force at the document's date, in the same terms
 * as the consent rules of `@family-view/core`: a permit must hold on every day `asOf` can
 * mean, a deny counts if it can hold on any of them. Pure and locale-free.
 */
import { parsePartialDate, type Consent, type ParsedPartialDate, type Period, type Restriction } from '@family-view/core';

/** A consent ending within this many days of `asOf` is shown as expiring. */
export const EXPIRING_WITHIN_DAYS = 30;

export type ConsentState = 'active' | 'expiring' | 'pending' | 'expired' | 'revoked';
export type RestrictionState = 'active' | 'pending' | 'expired';

/** The document's date; without `asOf` the widget judges at today (UTC). */
export function judgementDate(asOf: string | undefined): ParsedPartialDate {
  const parsed = asOf === undefined ? undefined : parsePartialDate(asOf);
  return parsed ?? (parsePartialDate(new Date().toISOString().slice(0, 10)) as ParsedPartialDate);
}

function ends(period: Period | undefined): { start?: ParsedPartialDate; end?: ParsedPartialDate } {
  const start = period?.start === undefined ? undefined : parsePartialDate(period.start);
  const end = period?.end === undefined ? undefined : parsePartialDate(period.end);
  return { ...(start && { start }), ...(end && { end }) };
}

export function consentState(consent: Pick<Consent, 'status' | 'period'>, asOf: ParsedPartialDate): ConsentState {
  if (consent.status === 'revoked') return 'revoked';
  const { start, end } = ends(consent.period);
  if (end && end.first < asOf.last) return 'expired';
  if (start && start.last > asOf.first) return 'pending';
  if (end && end.first - asOf.last <= EXPIRING_WITHIN_DAYS) return 'expiring';
  return 'active';
}

/** Whether a consent in this state gives a permit now. */
export function consentInForce(state: ConsentState): boolean {
  return state === 'active' || state === 'expiring';
}

export function restrictionState(restriction: Pick<Restriction, 'period'>, asOf: ParsedPartialDate): RestrictionState {
  const { start, end } = ends(restriction.period);
  if (end && end.last < asOf.first) return 'expired';
  if (start && start.first > asOf.last) return 'pending';
  return 'active';
}
