/**
 * The consent view's content: for each member shown and each scope of their data, the
 * consents that let someone see it and the restrictions that deny it, with their periods
 * and states at the document's date.
 *
 * Built from the redacted document only, so it holds nothing the viewer may not see
 * (redaction already left out every restriction that denies the viewer). Pure, DOM-free
 * and locale-free: `consent-view.ts` puts it into words.
 */
import { ALL_SCOPES, type Consent, type FamilyDocument, type Period, type Restriction, type RestrictionReason, type Scope } from '@family-view/core';
import { createDirectory, resolveAudience, type AudienceItem, type Directory } from './audience.js';
import { consentState, judgementDate, restrictionState, type ConsentState, type RestrictionState } from './consent-state.js';

export interface ConsentEntry {
  kind: 'consent';
  consentId: string;
  audience: AudienceItem[];
  /** Who gave it, when not the member themselves ("not-shown" for a placeholder). */
  grantedBy?: AudienceItem;
  period?: Period;
  state: ConsentState;
}

export interface RestrictionEntry {
  kind: 'restriction';
  restrictionId: string;
  audience: AudienceItem[];
  reason: RestrictionReason;
  period?: Period;
  state: RestrictionState;
}

export type ScopeEntry = ConsentEntry | RestrictionEntry;

export interface ScopeConsents {
  scope: Scope;
  entries: ScopeEntry[];
}

export interface MemberConsents {
  memberId: string;
  name: string;
  scopes: ScopeConsents[];
}

export interface ConsentViewModel {
  /** The date everything is judged at (ISO). */
  asOf: string;
  members: MemberConsents[];
}

/** In force first, then what may come, then what is over. */
const CONSENT_ORDER: Record<ConsentState, number> = { active: 0, expiring: 1, pending: 2, expired: 3, revoked: 4 };
const RESTRICTION_ORDER: Record<RestrictionState, number> = { active: 0, pending: 1, expired: 2 };

export function buildConsentModel(doc: FamilyDocument): ConsentViewModel {
  const asOfText = doc.asOf ?? new Date().toISOString().slice(0, 10);
  const asOf = judgementDate(asOfText);
  const directory = createDirectory(doc);
  const consents = groupBySubject(doc.consents ?? []);
  const restrictions = groupBySubject(doc.restrictions ?? []);

  const members: MemberConsents[] = doc.members
    .filter((m) => m.placeholder !== true)
    .map((member) => {
      const own = (consents.get(member.id) ?? [])
        .map((c) => ({ scopes: c.scope as readonly string[], entry: consentEntry(c, member.id, directory, consentState(c, asOf)) }))
        .sort((a, b) => CONSENT_ORDER[a.entry.state] - CONSENT_ORDER[b.entry.state]);
      const denies = (restrictions.get(member.id) ?? [])
        .map((r) => ({ scopes: r.scope as readonly string[], entry: restrictionEntry(r, directory, restrictionState(r, asOf)) }))
        .sort((a, b) => RESTRICTION_ORDER[a.entry.state] - RESTRICTION_ORDER[b.entry.state]);
      const scopes = ALL_SCOPES.map((scope) => ({
        scope,
        entries: [...own.filter(covering(scope)), ...denies.filter(covering(scope))].map(({ entry }) => entry),
      }));
      return { memberId: member.id, name: member.name, scopes };
    });
  return { asOf: asOfText, members };
}

/** Whether a consent's or restriction's scope list covers `scope` ("all" covers every scope). */
const covering =
  (scope: Scope) =>
  ({ scopes }: { scopes: readonly string[] }): boolean =>
    scopes.includes(scope) || scopes.includes('all');

/** A copy without `extensions`: they are never rendered. */
function copyPeriod(period: Period): Period {
  return { ...(period.start !== undefined && { start: period.start }), ...(period.end !== undefined && { end: period.end }) };
}

function consentEntry(c: Consent, subject: string, directory: Directory, state: ConsentState): ConsentEntry {
  const entry: ConsentEntry = { kind: 'consent', consentId: c.id, audience: resolveAudience(c.to, directory), state };
  if (c.grantedBy !== subject) {
    const name = directory.member(c.grantedBy);
    entry.grantedBy = name === undefined ? { kind: 'not-shown' } : { kind: 'member', name };
  }
  if (c.period) entry.period = copyPeriod(c.period);
  return entry;
}

function restrictionEntry(r: Restriction, directory: Directory, state: RestrictionState): RestrictionEntry {
  const entry: RestrictionEntry = {
    kind: 'restriction',
    restrictionId: r.id,
    audience: resolveAudience(r.deny, directory),
    reason: r.reason,
    state,
  };
  if (r.period) entry.period = copyPeriod(r.period);
  return entry;
}

function groupBySubject<T extends { subject: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.subject);
    if (list) list.push(item);
    else map.set(item.subject, [item]);
  }
  return map;
}
