/**
 * Integrity on a document that failed the schema, so that one round of `validate` reports both
 * kinds of error. The schema errors' paths say which parts are malformed; integrity reads only
 * the others (an `IntegrityDocument`), and what it then finds at or under a path the schema
 * already reported is a consequence of that error, not news, so it is left out.
 */
import { ENTITY_COLLECTIONS, type EntityCollection, type EntityKind } from '../schema/entities.js';
import { checkIntegrity } from './integrity.js';
import type { IntegrityDocument, Unreadable } from './integrity-document.js';
import type { ValidationMessages } from './messages.js';
import { pointer } from './pointer.js';
import type { JsonObject, JsonValue, ValidationError } from './types.js';

/** The schema errors of `data`, then what integrity finds in the rest of it. */
export function withIntegrityErrors(data: JsonObject, schemaErrors: readonly ValidationError[], messages: ValidationMessages): ValidationError[] {
  const { doc, unreadable } = readableParts(data, pathsAndAncestors(schemaErrors.map((e) => e.path)));
  return mergeErrors(schemaErrors, checkIntegrity(doc, messages, unreadable));
}

/**
 * The schema errors, then each integrity error that is news: not at or under a path the
 * schema reported (it would be a consequence of that error), and not a repeat of a path and code.
 */
export function mergeErrors(schemaErrors: readonly ValidationError[], integrityErrors: readonly ValidationError[]): ValidationError[] {
  const reported = new Set(schemaErrors.map((e) => e.path));
  const seen = new Set(schemaErrors.map(key));
  const news = integrityErrors.filter((e) => {
    if (isAtOrUnder(e.path, reported) || seen.has(key(e))) return false;
    seen.add(key(e));
    return true;
  });
  return [...schemaErrors, ...news];
}

const key = (e: ValidationError): string => `${e.code} ${e.path}`;

/** Each pointer, and every pointer above it: `/a/0/b` gives `/a/0/b`, `/a/0`, `/a` and ``. */
function pathsAndAncestors(paths: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const path of paths) {
    for (let p = path; !out.has(p); p = p.slice(0, p.lastIndexOf('/'))) {
      out.add(p);
      if (p === '') break;
    }
  }
  return out;
}

/** Whether `path` or a pointer above it is one of `paths`. A `/` inside a token is escaped, so cutting at `/` is cutting at a token. */
function isAtOrUnder(path: string, paths: ReadonlySet<string>): boolean {
  for (let p = path; ; p = p.slice(0, p.lastIndexOf('/'))) {
    if (paths.has(p)) return true;
    if (p === '') return false;
  }
}

/**
 * The parts of `data` with no schema error at or under them (`malformed` holds every reported
 * path and the paths above it), and what integrity must know about the rest.
 */
function readableParts(data: JsonObject, malformed: ReadonlySet<string>): { doc: IntegrityDocument; unreadable: Unreadable } {
  const doc: { [key: string]: unknown } = {};
  const itemIds = new Map<string, string>();
  const kindsWithUnreadableIds = new Set<EntityKind>();

  const asOf = ownValue(data, 'asOf');
  if (!malformed.has('/asOf')) doc.asOf = asOf;
  const family = ownValue(data, 'family');
  if (!malformed.has('/family')) doc.family = family;

  for (const collection of Object.keys(ENTITY_COLLECTIONS) as EntityCollection[]) {
    const kind = ENTITY_COLLECTIONS[collection];
    const items = ownValue(data, collection);
    if (!malformed.has(pointer(collection))) {
      doc[collection] = items;
    } else if (Array.isArray(items)) {
      doc[collection] = items.map((item, i) => {
        const at = pointer(collection, i);
        if (!malformed.has(at)) return item;
        const id = wellFormedId(item, at, malformed);
        if (id === undefined) kindsWithUnreadableIds.add(kind);
        else itemIds.set(at, id);
        return undefined;
      });
    } else {
      // Missing though required, or not an array: none of its ids can be read.
      kindsWithUnreadableIds.add(kind);
    }
  }

  const unreadable: Unreadable = {
    familyId: malformed.has('/family') ? wellFormedId(family, '/family', malformed) : undefined,
    itemId: (collection, index) => itemIds.get(pointer(collection, index)),
    kindsWithUnreadableIds,
  };
  // The schema reported nothing at or under what `doc` holds, so it has the schema's shape.
  return { doc: doc as IntegrityDocument, unreadable };
}

/** The id of a malformed object, when the schema found nothing wrong with the id itself. */
function wellFormedId(value: JsonValue | undefined, at: string, malformed: ReadonlySet<string>): string | undefined {
  if (!isObject(value) || malformed.has(`${at}/id`)) return undefined;
  const id = ownValue(value, 'id');
  return typeof id === 'string' ? id : undefined;
}

const isObject = (v: JsonValue | undefined): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Own properties only: a key the document lacks must not be found on a prototype. */
const ownValue = (object: JsonObject, key: string): JsonValue | undefined => (Object.hasOwn(object, key) ? object[key] : undefined);
