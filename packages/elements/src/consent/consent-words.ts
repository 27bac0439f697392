/**
 * The words of the consent views: scopes, sectors, reasons, states, audiences and dates.
 * Every sentence goes through `msg()` with a stable id; dates and lists through `Intl`, in
 * the element's language.
 */
import { msg, str } from '../localization.js';
import { parsePartialDate, type Period, type RestrictionReason, type Scope, type Sector } from '@family-view/core';
import type { AudienceItem } from './audience.js';
import type { ConsentState, RestrictionState } from './consent-state.js';

/** A scope of someone's data, in plain words ("Services"). */
export function scopeName(scope: Scope): string {
  switch (scope) {
    case 'identity':
      return msg('Name and birthday', { id: 'consent.scope.identity' });
    case 'relations':
      return msg('Family relations', { id: 'consent.scope.relations' });
    case 'services':
      return msg('Services', { id: 'consent.scope.services' });
    case 'events':
      return msg('Meetings', { id: 'consent.scope.events' });
    case 'goals':
      return msg('Goals', { id: 'consent.scope.goals' });
    case 'notes':
      return msg('Notes', { id: 'consent.scope.notes' });
    case 'contact':
      return msg('Address and phone', { id: 'consent.scope.contact' });
  }
}

/** A scope of the reader's own data ("Your services"). */
export function ownScopeName(scope: Scope): string {
  switch (scope) {
    case 'identity':
      return msg('Your name and birthday', { id: 'my-information.scope.identity' });
    case 'relations':
      return msg('Your family relations', { id: 'my-information.scope.relations' });
    case 'services':
      return msg('Your services', { id: 'my-information.scope.services' });
    case 'events':
      return msg('Your meetings', { id: 'my-information.scope.events' });
    case 'goals':
      return msg('Your goals', { id: 'my-information.scope.goals' });
    case 'notes':
      return msg('Your notes', { id: 'my-information.scope.notes' });
    case 'contact':
      return msg('Your address and phone', { id: 'my-information.scope.contact' });
  }
}

export function sectorName(sector: Sector): string {
  switch (sector) {
    case 'social':
      return msg('social services', { id: 'consent.sector.social' });
    case 'health':
      return msg('health services', { id: 'consent.sector.health' });
    case 'early-childhood':
      return msg('early childhood education', { id: 'consent.sector.early-childhood' });
    case 'education':
      return msg('schools and education', { id: 'consent.sector.education' });
    case 'benefits':
      return msg('benefit services', { id: 'consent.sector.benefits' });
    case 'employment':
      return msg('employment services', { id: 'consent.sector.employment' });
    case 'housing':
      return msg('housing services', { id: 'consent.sector.housing' });
    case 'ngo':
      return msg('voluntary organisations', { id: 'consent.sector.ngo' });
    case 'parish':
      return msg('parishes', { id: 'consent.sector.parish' });
    case 'police':
      return msg('the police', { id: 'consent.sector.police' });
    case 'other':
      return msg('other services', { id: 'consent.sector.other' });
  }
}

/** Why a restriction was made, as a table label ("Court order"). */
export function reasonLabel(reason: RestrictionReason): string {
  switch (reason) {
    case 'safety':
      return msg('Safety', { id: 'consent.reason.safety' });
    case 'child-wish':
      return msg("The child's own wish", { id: 'consent.reason.child-wish' });
    case 'court-order':
      return msg('Court order', { id: 'consent.reason.court-order' });
    case 'child-best-interest':
      return msg("The child's best interest", { id: 'consent.reason.child-best-interest' });
    case 'other':
      return msg('Other reason', { id: 'consent.reason.other' });
  }
}

/** Why a restriction was made, said to the person it protects ("for your safety"). */
export function reasonForYou(reason: RestrictionReason): string {
  switch (reason) {
    case 'safety':
      return msg('for your safety', { id: 'my-information.reason.safety' });
    case 'child-wish':
      return msg('because you asked', { id: 'my-information.reason.child-wish' });
    case 'court-order':
      return msg('by a court order', { id: 'my-information.reason.court-order' });
    case 'child-best-interest':
      return msg('in your best interest', { id: 'my-information.reason.child-best-interest' });
    case 'other':
      return msg('for another reason', { id: 'my-information.reason.other' });
  }
}

export function consentStateName(state: ConsentState): string {
  switch (state) {
    case 'active':
      return msg('Active', { id: 'consent.state.active' });
    case 'expiring':
      return msg('Expiring soon', { id: 'consent.state.expiring' });
    case 'pending':
      return msg('Not started yet', { id: 'consent.state.pending' });
    case 'expired':
      return msg('Expired', { id: 'consent.state.expired' });
    case 'revoked':
      return msg('Revoked', { id: 'consent.state.revoked' });
  }
}

export function restrictionStateName(state: RestrictionState): string {
  switch (state) {
    case 'active':
      return msg('Denied', { id: 'consent.restriction-state.active' });
    case 'pending':
      return msg('Denied later', { id: 'consent.restriction-state.pending' });
    case 'expired':
      return msg('Denial ended', { id: 'consent.restriction-state.expired' });
  }
}

function audienceItemText(item: AudienceItem): string {
  switch (item.kind) {
    case 'organization':
    case 'member':
      return item.name;
    case 'professional': {
      const about = [item.title, item.organization].filter((part): part is string => part !== undefined).join(', ');
      return about === '' ? item.name : msg(str`${item.name} (${about})`, { id: 'consent.audience.professional' });
    }
    case 'sector': {
      const sector = sectorName(item.sector);
      return msg(str`all ${sector}`, { id: 'consent.audience.sector' });
    }
    case 'not-shown':
      return msg('someone not shown to you', { id: 'consent.audience.not-shown' });
  }
}

/** "A, B and C", in the given language. */
export function listText(parts: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' }).format(parts);
}

export function audienceText(items: readonly AudienceItem[], locale: string): string {
  return listText(items.map(audienceItemText), locale);
}

/** A partial ISO date in words: "2025", "March 2025" or "1 March 2025" (never shifted by time zones). */
export function dateText(iso: string, locale: string): string {
  const parsed = parsePartialDate(iso);
  if (!parsed) return iso;
  const date = new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1));
  switch (parsed.precision) {
    case 'year':
      return String(parsed.year);
    case 'month':
      return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
    default:
      return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
}

export function periodText(period: Period | undefined, locale: string): string {
  const start = period?.start === undefined ? undefined : dateText(period.start, locale);
  const end = period?.end === undefined ? undefined : dateText(period.end, locale);
  if (start !== undefined && end !== undefined) return msg(str`${start} – ${end}`, { id: 'consent.period.between' });
  if (start !== undefined) return msg(str`From ${start}`, { id: 'consent.period.from' });
  if (end !== undefined) return msg(str`Until ${end}`, { id: 'consent.period.until' });
  return msg('No time limit', { id: 'consent.period.open' });
}
