import type { FamilyDocument, Scope } from '../types.generated.js';
import type { Viewer } from '../viewer.js';
import { createAccessContext, type AccessDecision } from './access.js';

/**
 * The rule that decides whether `viewer` sees scope `scope` of member `memberId`: which
 * consent, guardianship or own service permits it, or which restriction, turvakielto or
 * missing permit hides it. Same rules as `redact`, judged at the document's `asOf`.
 */
export function explain(document: FamilyDocument, viewer: Viewer | undefined, memberId: string, scope: Scope): AccessDecision {
  return createAccessContext(document, viewer).decide(memberId, scope);
}
