/**
 * "Who can see my information": for a member looking at their own family (the portal
 * view), who may see each scope of their data, until when, and which restrictions
 * protect it.
 *
 * Computed from the redacted document the member is shown — it holds their own consents
 * and restrictions, and never their sensitive services — so the panel cannot say more than
 * the member may see. Pure, DOM-free and locale-free.
 */
import { ageRange, ALL_SCOPES, parsePartialDate, type FamilyDocument, type Parentage, type RestrictionReason, type Scope } from '@family-view/core';
import { createDirectory, resolveAudience, type AudienceItem } from './audience.js';
import { consentInForce, consentState, judgementDate, restrictionState, type ConsentState } from './consent-state.js';

export interface MyConsent {
  consentId: string;
  audience: AudienceItem[];
  /** Period end (ISO partial date), when the consent has one. */
  until?: string;
  state: Extract<ConsentState, 'active' | 'expiring'>;
}

export interface MyRestriction {
  restrictionId: string;
  audience: AudienceItem[];
  reason: RestrictionReason;
  until?: string;
}

export interface MyScopeInformation {
  scope: Scope;
  consents: MyConsent[];
  /**
   * Whether the organisations that provide the member's services see this scope (identity,
   * and the services, meetings and goals tied to their own services).
   */
  providersSee: boolean;
  /** Those of them the member's view shows, by name. */
  providers: string[];
  /** Whether the member is a minor with a guardian who sees this scope. */
  guardiansSee: boolean;
  /** Those guardians the member's view shows, by name. */
  guardians: string[];
  restrictions: MyRestriction[];
  /** Turvakielto: the contact details reach nobody else. */
  nonDisclosure: boolean;
}

export interface MyInformationModel {
  name: string;
  scopes: MyScopeInformation[];
}

const ADULT_AGE = 18;
/** What an own-service permit reaches (data-model.md, "Who sees what", rule 1). */
const PROVIDER_SCOPES: ReadonlySet<Scope> = new Set<Scope>(['identity', 'services', 'events', 'goals']);

/** Undefined when the member is not shown in `doc` (or is a placeholder). */
export function buildMyInformation(doc: FamilyDocument, memberId: string): MyInformationModel | undefined {
  const me = doc.members.find((m) => m.id === memberId && m.placeholder !== true);
  if (!me) return undefined;
  const asOf = judgementDate(doc.asOf);
  const directory = createDirectory(doc);

  const consents = (doc.consents ?? [])
    .filter((c) => c.subject === memberId)
    .flatMap((c) => {
      const state = consentState(c, asOf);
      if (!consentInForce(state)) return [];
      const consent: MyConsent = { consentId: c.id, audience: resolveAudience(c.to, directory), state: state as MyConsent['state'] };
      if (c.period?.end !== undefined) consent.until = c.period.end;
      return [{ scopes: c.scope as readonly string[], consent }];
    });
  const restrictions = (doc.restrictions ?? [])
    .filter((r) => r.subject === memberId && restrictionState(r, asOf) === 'active')
    .map((r) => {
      const restriction: MyRestriction = { restrictionId: r.id, audience: resolveAudience(r.deny, directory), reason: r.reason };
      if (r.period?.end !== undefined) restriction.until = r.period.end;
      return { scopes: r.scope as readonly string[], deniedMembers: r.deny.members ?? [], restriction };
    });

  const providers = unique(
    (doc.services ?? [])
      .filter((s) => s.members.includes(memberId) && s.status !== 'declined')
      .map((s) => directory.organization(s.organization))
      .filter((name): name is string => name !== undefined),
  );
  const guardianIds = isMinor(me.birthDate, asOf) ? guardiansOf(doc.parentage ?? [], memberId, asOf) : [];

  const scopes = ALL_SCOPES.map((scope): MyScopeInformation => {
    const covers = (scopes: readonly string[]) => scopes.includes(scope) || scopes.includes('all');
    const denying = restrictions.filter((r) => covers(r.scopes));
    const nonDisclosure = scope === 'contact' && me.nonDisclosure === true;
    // A guardian denied this scope, or the child's relations (the guardian link itself), does not see it.
    const deniedGuardian = (id: string) =>
      restrictions.some((r) => (covers(r.scopes) || r.scopes.includes('relations')) && r.deniedMembers.includes(id));
    const guardians = nonDisclosure ? [] : guardianIds.filter((id) => !deniedGuardian(id));
    return {
      scope,
      consents: nonDisclosure ? [] : consents.filter((c) => covers(c.scopes)).map((c) => c.consent),
      providersSee: PROVIDER_SCOPES.has(scope),
      providers: PROVIDER_SCOPES.has(scope) ? providers : [],
      guardiansSee: guardians.length > 0,
      // A guardian the member's view shows only as a placeholder is counted, never named.
      guardians: guardians.map((id) => directory.member(id)).filter((name): name is string => name !== undefined),
      restrictions: denying.map((r) => r.restriction),
      nonDisclosure,
    };
  });
  return { name: me.name, scopes };
}

function isMinor(birthDate: string | undefined, asOf: ReturnType<typeof judgementDate>): boolean {
  if (birthDate === undefined) return false;
  const age = ageRange(birthDate, asOf);
  return age !== undefined && age.max < ADULT_AGE;
}

/** Parents with custody now: as recorded, or by default for biological and adoptive parents. */
function guardiansOf(parentage: readonly Parentage[], childId: string, asOf: ReturnType<typeof judgementDate>): string[] {
  return unique(
    parentage
      .filter((p) => p.child === childId && (p.custody ?? (p.kind === 'biological' || p.kind === 'adoptive')))
      .filter((p) => {
        const start = p.period?.start === undefined ? undefined : parsePartialDate(p.period.start);
        const end = p.period?.end === undefined ? undefined : parsePartialDate(p.period.end);
        return (!start || start.last <= asOf.first) && (!end || end.first >= asOf.last);
      })
      .map((p) => p.parent),
  );
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
