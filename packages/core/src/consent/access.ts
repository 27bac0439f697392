/**
 * Who sees what: the rules of data-model.md "Who sees what", judged at the document's
 * `asOf`. One decision function serves `redact` (what to keep) and `explain` (why).
 */
import { parsePeriod, periodIncludes } from '../dates.js';
import { normalize, type NormalizedFamily } from '../normalize.js';
import type { Audience, Consent, FamilyDocument, Restriction, Scope, Sector, Service } from '../types.generated.js';
import type { Viewer } from '../viewer.js';

/** Why a viewer may, or may not, see one scope of one member. */
export type AccessReason =
  | { kind: 'admin' }
  | { kind: 'self' }
  | { kind: 'consent'; consentId: string }
  | { kind: 'guardian'; parentageId: string }
  | { kind: 'own-service'; serviceId: string }
  | { kind: 'restriction'; restrictionId: string }
  | { kind: 'non-disclosure' }
  | { kind: 'identity-hidden' }
  | { kind: 'no-permit' }
  | { kind: 'no-viewer' }
  | { kind: 'unknown-viewer' }
  | { kind: 'unknown-member' };

export interface AccessDecision {
  visible: boolean;
  reason: AccessReason;
}

export const ALL_SCOPES: readonly Scope[] = ['identity', 'relations', 'services', 'events', 'goals', 'notes', 'contact'];

/** Who the viewer is, resolved against the document. */
interface ViewerFacts {
  viewer: Viewer;
  member?: string;
  professional?: string;
  organization?: string;
  sector?: Sector;
}

/** Everything the rules need, computed once per (document, viewer). */
export interface AccessContext {
  readonly document: FamilyDocument;
  /** The document's indexes, built once for all the decisions. */
  readonly family: NormalizedFamily;
  readonly viewer: Viewer | undefined;
  /** The viewer's own organisation, when it is a professional or an organisation. */
  readonly ownOrganization: string | undefined;
  /** The viewer's own member id, for the family's portal view. */
  readonly viewerMember: string | undefined;
  /** Decision for scope `scope` of member `memberId`. */
  decide(memberId: string, scope: Scope): AccessDecision;
  /** Whether the viewer may see that scope (shorthand for `decide(...).visible`). */
  sees(memberId: string, scope: Scope): boolean;
  /** Services of the viewer's own organisation (they count as seen, rule 4). */
  isOwnService(service: Service): boolean;
  /** Whether a consent or restriction is in force at `asOf`. */
  consentActive(consent: Consent): boolean;
  restrictionActive(restriction: Restriction): boolean;
  /** Whether `audience` names the viewer (the professional, their organisation, its sector, or the member). */
  names(audience: Audience): boolean;
}

const ADULT_AGE = 18;

function resolveViewer(family: NormalizedFamily, viewer: Viewer): ViewerFacts | undefined {
  switch (viewer.kind) {
    case 'admin':
      return { viewer };
    case 'member':
      return family.members.has(viewer.member) ? { viewer, member: viewer.member } : undefined;
    case 'professional': {
      const professional = family.professionals.get(viewer.professional);
      if (!professional) return undefined;
      const organization = family.organizations.get(professional.organization);
      return { viewer, professional: professional.id, organization: professional.organization, ...(organization && { sector: organization.sector }) };
    }
    case 'organization': {
      const organization = family.organizations.get(viewer.organization);
      return organization ? { viewer, organization: organization.id, sector: organization.sector } : undefined;
    }
  }
}

/**
 * Builds the decision function. The own-organisation permit rests on services that will
 * themselves be shown (every member visible), so that redacting a redacted document
 * changes nothing: the basis is narrowed until it is stable.
 */
export function createAccessContext(document: FamilyDocument, viewer: Viewer | undefined): AccessContext {
  const family = normalize(document);
  let basis: ReadonlySet<Service> | undefined;
  for (let round = 0; round <= (document.services?.length ?? 0); round++) {
    const context = createContextWithBasis(family, viewer, basis);
    const next = new Set((document.services ?? []).filter((s) => context.isOwnService(s) && s.members.every((m) => context.sees(m, 'identity'))));
    if (basis && next.size === basis.size) return context;
    if (!basis && context.ownOrganization === undefined) return context;
    basis = next;
  }
  return createContextWithBasis(family, viewer, basis);
}

function createContextWithBasis(family: NormalizedFamily, viewer: Viewer | undefined, ownServiceBasis: ReadonlySet<Service> | undefined): AccessContext {
  const document = family.document;
  const facts = viewer ? resolveViewer(family, viewer) : undefined;
  // Without `asOf` no date is known: time-limited permits then do not hold, time-limited denies do.
  const asOf = family.asOf;
  const inForce = (period: { start?: string; end?: string } | undefined, certainty: 'surely' | 'possibly') => {
    if (!period || (period.start === undefined && period.end === undefined)) return true;
    if (!asOf) return certainty === 'possibly';
    const parsed = parsePeriod(period);
    // A permit must hold on every day `asOf` can mean; a deny on any of them.
    return certainty === 'surely'
      ? periodIncludes(parsed, asOf.first, 'surely') && periodIncludes(parsed, asOf.last, 'surely')
      : periodIncludes(parsed, asOf.first, 'possibly') || periodIncludes(parsed, asOf.last, 'possibly');
  };

  const names = (audience: Audience): boolean => {
    if (!facts) return false;
    if (facts.member !== undefined && audience.members?.includes(facts.member)) return true;
    if (facts.professional !== undefined && audience.professionals?.includes(facts.professional)) return true;
    if (facts.organization !== undefined && audience.organizations?.includes(facts.organization)) return true;
    if (facts.sector !== undefined && audience.sectors?.includes(facts.sector)) return true;
    return false;
  };
  const consentActive = (c: Consent) => c.status === 'active' && inForce(c.period, 'surely');
  const restrictionActive = (r: Restriction) => inForce(r.period, 'possibly');
  const isOwnService = (s: Service) => facts?.organization !== undefined && s.organization === facts.organization;

  const isMinor = (memberId: string) => {
    const age = asOf ? family.ageRangeAt(memberId, asOf) : undefined;
    return age !== undefined && age.max < ADULT_AGE;
  };

  const deniedRelations = (memberId: string) =>
    family.restrictionsFor.get(memberId).some(
      (r) => (r.scope.includes('relations') || r.scope.includes('all')) && restrictionActive(r) && names(r.deny),
    );

  const cache = new Map<string, AccessDecision>();
  const decideUncached = (memberId: string, scope: Scope): AccessDecision => {
    if (!viewer) return { visible: false, reason: { kind: 'no-viewer' } };
    if (!facts) return { visible: false, reason: { kind: 'unknown-viewer' } };
    if (viewer.kind === 'admin') return { visible: true, reason: { kind: 'admin' } };
    const member = family.members.get(memberId);
    if (!member) return { visible: false, reason: { kind: 'unknown-member' } };
    const isSelf = facts.member === memberId;

    // Denies first: they beat every permit, a guardian's included.
    for (const r of family.restrictionsFor.get(memberId)) {
      if ((r.scope.includes(scope) || r.scope.includes('all')) && restrictionActive(r) && names(r.deny)) {
        return { visible: false, reason: { kind: 'restriction', restrictionId: r.id } };
      }
    }
    if (scope === 'contact' && member.nonDisclosure === true && !isSelf) {
      return { visible: false, reason: { kind: 'non-disclosure' } };
    }
    // Any other scope of a member is shown only with the member: identity comes first.
    if (scope !== 'identity' && !decide(memberId, 'identity').visible) {
      return { visible: false, reason: { kind: 'identity-hidden' } };
    }
    if (isSelf) return { visible: true, reason: { kind: 'self' } };
    for (const c of family.consentsFor.get(memberId)) {
      if (c.scope.includes(scope) && consentActive(c) && names(c.to)) return { visible: true, reason: { kind: 'consent', consentId: c.id } };
    }
    // A guardian of a minor sees the child, unless the child's relations are denied to them:
    // the guardian link is itself a relation, and the view rests on it.
    if (facts.member !== undefined && isMinor(memberId) && !deniedRelations(memberId)) {
      const guardian = family.parentsOf
        .get(memberId)
        .find((p) => p.parent === facts.member && family.hasCustody(p) && inForce(p.period, 'surely'));
      if (guardian) return { visible: true, reason: { kind: 'guardian', parentageId: guardian.id } };
    }
    if (scope === 'identity' && facts.organization !== undefined) {
      const own = family.servicesOf
        .get(memberId)
        .find((s) => isOwnService(s) && s.status !== 'declined' && (!ownServiceBasis || ownServiceBasis.has(s)));
      if (own) return { visible: true, reason: { kind: 'own-service', serviceId: own.id } };
    }
    return { visible: false, reason: { kind: 'no-permit' } };
  };
  const decide = (memberId: string, scope: Scope): AccessDecision => {
    const key = `${scope}\u0000${memberId}`;
    let d = cache.get(key);
    if (!d) {
      d = decideUncached(memberId, scope);
      cache.set(key, d);
    }
    return d;
  };

  return {
    document,
    family,
    viewer,
    ownOrganization: facts?.organization,
    viewerMember: facts?.member,
    decide,
    sees: (memberId, scope) => decide(memberId, scope).visible,
    isOwnService,
    consentActive,
    restrictionActive,
    names,
  };
}
