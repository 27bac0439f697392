/**
 * Who a consent names (its `to`) or a restriction denies (its `deny`), resolved to names
 * against the (redacted) document being shown. Pure and locale-free; wording lives in
 * consent-words.ts.
 */
import type { Audience, FamilyDocument, Sector } from '@family-view/core';

export type AudienceItem =
  | { kind: 'organization'; name: string }
  | { kind: 'professional'; name: string; title?: string; organization?: string }
  | { kind: 'sector'; sector: Sector }
  | { kind: 'member'; name: string }
  /** Someone the document names but does not describe (a placeholder, or a reference it left out). */
  | { kind: 'not-shown' };

/** Name lookups over one document, built once per document. */
export interface Directory {
  organization(id: string): string | undefined;
  professional(id: string): { name: string; title?: string; organization?: string } | undefined;
  /** A shown member's name; undefined for placeholders and members not in the document. */
  member(id: string): string | undefined;
}

export function createDirectory(doc: FamilyDocument): Directory {
  const organizations = new Map((doc.organizations ?? []).map((o) => [o.id, o.name] as const));
  const professionals = new Map((doc.professionals ?? []).map((p) => [p.id, p] as const));
  const members = new Map(doc.members.filter((m) => m.placeholder !== true).map((m) => [m.id, m.name] as const));
  return {
    organization: (id) => organizations.get(id),
    professional: (id) => {
      const p = professionals.get(id);
      if (!p) return undefined;
      const organization = organizations.get(p.organization);
      return { name: p.name, ...(p.title !== undefined && { title: p.title }), ...(organization !== undefined && { organization }) };
    },
    member: (id) => members.get(id),
  };
}

/** Organisations, then professionals, sectors and members, in the document's order. */
export function resolveAudience(audience: Audience, directory: Directory): AudienceItem[] {
  const items: AudienceItem[] = [];
  let unresolved = false;
  for (const id of audience.organizations ?? []) {
    const name = directory.organization(id);
    if (name === undefined) unresolved = true;
    else items.push({ kind: 'organization', name });
  }
  for (const id of audience.professionals ?? []) {
    const professional = directory.professional(id);
    if (professional === undefined) unresolved = true;
    else items.push({ kind: 'professional', ...professional });
  }
  for (const sector of audience.sectors ?? []) items.push({ kind: 'sector', sector });
  for (const id of audience.members ?? []) {
    const name = directory.member(id);
    if (name === undefined) unresolved = true;
    else items.push({ kind: 'member', name });
  }
  // Never an id in place of a name: the unresolved are summed up as "someone not shown".
  if (unresolved) items.push({ kind: 'not-shown' });
  return items;
}
