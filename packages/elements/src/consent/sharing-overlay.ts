/**
 * The consent overlay of the genogram: for each member drawn, whether each scope of their
 * data is shared with the viewer, and why.
 *
 * The reasons come from core's access rules (`explain`'s decisions), which must see the unredacted document; this is
 * the one place outside redaction that reads it. Whatever it returns is narrowed to what
 * the redacted document already shows: a hidden scope says only "not shared" (never the
 * restriction, turvakielto or missing permit behind it), and a consent or service is
 * described only from its redacted copy.
 */
import { ALL_SCOPES, createAccessContext, type AccessReason, type FamilyDocument, type Scope, type Viewer } from '@family-view/core';
import { createDirectory, resolveAudience, type AudienceItem, type Directory } from './audience.js';

export type SharingReason =
  | { kind: 'admin' }
  | { kind: 'self' }
  | { kind: 'consent'; consentId?: string; audience: AudienceItem[]; until?: string }
  | { kind: 'guardian' }
  | { kind: 'own-service'; service?: string }
  | { kind: 'not-shared' };

export interface ScopeSharing {
  scope: Scope;
  shared: boolean;
  reason: SharingReason;
}

/** Keyed by the member's id in the redacted document (placeholders included). */
export type SharingOverlay = ReadonlyMap<string, readonly ScopeSharing[]>;

const NOT_SHARED: SharingReason = { kind: 'not-shared' };

/**
 * @param original the validated, unredacted document (never kept by the caller's DOM)
 * @param shown `redact(original, viewer)`
 */
export function buildSharingOverlay(original: FamilyDocument, shown: FamilyDocument, viewer: Viewer): SharingOverlay {
  const directory = createDirectory(shown);
  // One access context for every question: `explain` would rebuild it for each member and scope.
  const access = viewer.kind === 'admin' ? undefined : createAccessContext(original, viewer);
  const overlay = new Map<string, readonly ScopeSharing[]>();
  for (const member of shown.members) {
    overlay.set(
      member.id,
      ALL_SCOPES.map((scope) => {
        if (member.placeholder === true) return { scope, shared: false, reason: NOT_SHARED };
        // The admin sees everything: no need to ask, and cheap for a 1,600-member family.
        const reason: AccessReason = access ? access.decide(member.id, scope).reason : { kind: 'admin' };
        const safe = describeSafely(reason, shown, directory);
        return { scope, shared: safe.kind !== 'not-shared', reason: safe };
      }),
    );
  }
  return overlay;
}

function describeSafely(reason: AccessReason, shown: FamilyDocument, directory: Directory): SharingReason {
  switch (reason.kind) {
    case 'admin':
    case 'self':
    case 'guardian':
      return { kind: reason.kind };
    case 'consent': {
      const consent = shown.consents?.find((c) => c.id === reason.consentId);
      if (!consent) return { kind: 'consent', audience: [] };
      return {
        kind: 'consent',
        consentId: consent.id,
        audience: resolveAudience(consent.to, directory),
        ...(consent.period?.end !== undefined && { until: consent.period.end }),
      };
    }
    case 'own-service': {
      const service = shown.services?.find((s) => s.id === reason.serviceId);
      return service ? { kind: 'own-service', service: service.name } : { kind: 'own-service' };
    }
    // Why something is hidden is itself hidden: a restriction that denies the viewer, a
    // turvakielto or a missing permit all read "not shared with you".
    case 'restriction':
    case 'non-disclosure':
    case 'identity-hidden':
    case 'no-permit':
    case 'no-viewer':
    case 'unknown-viewer':
    case 'unknown-member':
      return NOT_SHARED;
  }
}
