import type { FamilyDocument } from '../types.generated.js';

/** Every top-level array of the document whose items have an `id`, and the kind of entity it holds. */
export const ENTITY_COLLECTIONS = {
  members: 'member',
  partnerships: 'partnership',
  parentage: 'parentage',
  twins: 'twins',
  bonds: 'bond',
  households: 'household',
  organizations: 'organization',
  professionals: 'professional',
  services: 'service',
  coordinators: 'coordinator',
  events: 'event',
  goals: 'goal',
  notes: 'note',
  consents: 'consent',
  restrictions: 'restriction',
} as const satisfies Partial<Record<keyof FamilyDocument, string>>;

export type EntityCollection = keyof typeof ENTITY_COLLECTIONS;

/** What an id names: `family` for `family.id`, otherwise the kind of its collection. */
export type EntityKind = 'family' | (typeof ENTITY_COLLECTIONS)[EntityCollection];
