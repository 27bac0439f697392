/**
 * What the integrity checks read. A schema-valid document is read as it is. Of a schema-invalid
 * one they read only the parts the schema found nothing wrong with (see `integrity-partial.ts`),
 * and are told what they cannot read, so they neither throw on a bad shape nor report the
 * consequences of a schema error as errors of their own.
 */
import type { EntityCollection, EntityKind } from '../schema/entities.js';
import type { FamilyDocument } from '../types.generated.js';

/** A collection's items; an item that failed the schema is `undefined` but keeps its index, so paths stay those of the input. */
export type ReadableItems<C extends EntityCollection> = readonly (NonNullable<FamilyDocument[C]>[number] | undefined)[];

/** The document as integrity reads it; a malformed `asOf`, `family` or collection is absent. */
export type IntegrityDocument = Pick<FamilyDocument, 'asOf' | 'family'> & { readonly [C in EntityCollection]?: ReadableItems<C> };

/** What integrity is told about the parts of a schema-invalid document it cannot read. */
export interface Unreadable {
  /** The id of a malformed `family` whose id itself is well-formed. */
  familyId: string | undefined;
  /** The id of a malformed item whose id itself is well-formed: references to it resolve, and it counts for duplicates. */
  itemId(collection: EntityCollection, index: number): string | undefined;
  /** Kinds with an item whose id cannot be read: a reference to such a kind that does not resolve may well name that item. */
  kindsWithUnreadableIds: ReadonlySet<EntityKind>;
}

/** Calls `fn` for each readable item, with its index in the input. */
export function eachItem<T>(items: readonly (T | undefined)[] | undefined, fn: (item: T, index: number) => void): void {
  if (!items) return;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item !== undefined) fn(item, i);
  }
}
