/**
 * Integrity checks: the rules of the data model that JSON Schema cannot express. They read an
 * `IntegrityDocument`: a schema-valid document as it is, or only the well-formed parts of one
 * that failed the schema, so every field they read has the schema's shape. `unreadable` says
 * what was left out; it is undefined for a schema-valid document.
 */
import { ENTITY_COLLECTIONS, type EntityCollection, type EntityKind } from '../schema/entities.js';
import type { Audience, PartyRef } from '../types.generated.js';
import { checkDates } from './integrity-dates.js';
import { eachItem, type IntegrityDocument, type Unreadable } from './integrity-document.js';
import { messages as englishMessages, type ValidationMessages } from './messages.js';
import { pointer } from './pointer.js';
import type { ValidationError } from './types.js';

export function checkIntegrity(doc: IntegrityDocument, messages: ValidationMessages = englishMessages, unreadable?: Unreadable): ValidationError[] {
  const errors: ValidationError[] = [];
  const ids = indexIds(doc, errors, messages, unreadable);
  checkReferences(doc, ids, errors, messages, unreadable);
  checkPairs(doc, ids, errors, messages);
  checkParentage(doc, ids, errors, messages);
  checkDates(doc, errors, messages);
  return errors;
}

export interface IdEntry {
  kind: EntityKind;
  /** Where the id is defined, as JSON Pointer tokens (written out only when reported). */
  at: Tokens;
}

type Tokens = readonly (string | number)[];

const FAMILY_ID_AT: Tokens = ['family', 'id'];

/** Every id with its kind and where it is defined; a repeated id is reported where it repeats. */
export function indexIds(doc: IntegrityDocument, errors: ValidationError[], messages: ValidationMessages = englishMessages, unreadable?: Unreadable): Map<string, IdEntry> {
  const ids = new Map<string, IdEntry>();
  const add = (id: string, kind: EntityKind, at: Tokens) => {
    const first = ids.get(id);
    if (first) {
      const path = pointer(...at);
      errors.push({ path, code: 'duplicate-id', message: messages['duplicate-id'](path, id, pointer(...first.at)) });
    } else {
      ids.set(id, { kind, at });
    }
  };
  const familyId = doc.family?.id ?? unreadable?.familyId;
  if (familyId !== undefined) add(familyId, 'family', FAMILY_ID_AT);
  for (const collection of Object.keys(ENTITY_COLLECTIONS) as EntityCollection[]) {
    const items: readonly ({ id: string } | undefined)[] = doc[collection] ?? [];
    const kind = ENTITY_COLLECTIONS[collection];
    for (let i = 0; i < items.length; i++) {
      // A malformed item's well-formed id is still indexed, in document order.
      const id = items[i]?.id ?? unreadable?.itemId(collection, i);
      if (id !== undefined) add(id, kind, [collection, i, 'id']);
    }
  }
  return ids;
}

/**
 * Called for every reference in the document with the kind of entity it must name. `at`
 * gives its JSON Pointer tokens; it is called only for a reference that is reported, so a
 * large document's many good references cost no path at all.
 */
export type ReferenceVisitor = (id: string, kind: EntityKind, at: () => Tokens) => void;

/** Visits every reference in the document. */
export function visitReferences(doc: IntegrityDocument, visit: ReferenceVisitor): void {
  const each = <T>(collection: EntityCollection, items: readonly (T | undefined)[] | undefined, fn: (item: T, at: (...t: (string | number)[]) => () => Tokens) => void) =>
    eachItem(items, (item, i) => fn(item, (...t) => () => [collection, i, ...t]));
  const one = (id: string | undefined, kind: EntityKind, at: () => Tokens) => {
    if (id !== undefined) visit(id, kind, at);
  };
  const many = (list: readonly string[] | undefined, kind: EntityKind, at: () => Tokens) => {
    if (!list) return;
    for (let j = 0; j < list.length; j++) visit(list[j]!, kind, () => [...at(), j]);
  };
  const party = (ref: PartyRef | undefined, at: () => Tokens) => {
    if (!ref) return;
    if ('member' in ref) visit(ref.member, 'member', () => [...at(), 'member']);
    else visit(ref.professional, 'professional', () => [...at(), 'professional']);
  };
  const audience = (a: Audience, at: () => Tokens) => {
    many(a.organizations, 'organization', () => [...at(), 'organizations']);
    many(a.professionals, 'professional', () => [...at(), 'professionals']);
    many(a.members, 'member', () => [...at(), 'members']);
  };

  each('partnerships', doc.partnerships, (p, at) => many(p.partners, 'member', at('partners')));
  each('parentage', doc.parentage, (p, at) => {
    one(p.parent, 'member', at('parent'));
    one(p.child, 'member', at('child'));
  });
  each('twins', doc.twins, (t, at) => many(t.members, 'member', at('members')));
  each('bonds', doc.bonds, (b, at) => {
    many(b.between, 'member', at('between'));
    one(b.from, 'member', at('from'));
  });
  each('households', doc.households, (h, at) => many(h.members, 'member', at('members')));
  each('professionals', doc.professionals, (p, at) => one(p.organization, 'organization', at('organization')));
  each('services', doc.services, (s, at) => {
    one(s.organization, 'organization', at('organization'));
    many(s.members, 'member', at('members'));
    one(s.responsible, 'professional', at('responsible'));
  });
  each('coordinators', doc.coordinators, (c, at) => {
    one(c.professional, 'professional', at('professional'));
    one(c.backup, 'professional', at('backup'));
    many(c.members, 'member', at('members'));
  });
  each('events', doc.events, (e, at) => {
    many(e.members, 'member', at('members'));
    many(e.professionals, 'professional', at('professionals'));
    many(e.services, 'service', at('services'));
  });
  each('goals', doc.goals, (g, at) => {
    many(g.members, 'member', at('members'));
    many(g.services, 'service', at('services'));
    party(g.owner, at('owner'));
    g.tasks?.forEach((t, j) => party(t.assignee, at('tasks', j, 'assignee')));
  });
  each('notes', doc.notes, (n, at) => {
    party(n.author, at('author'));
    many(n.about, 'member', at('about'));
  });
  each('consents', doc.consents, (c, at) => {
    one(c.subject, 'member', at('subject'));
    one(c.grantedBy, 'member', at('grantedBy'));
    audience(c.to, at('to'));
  });
  each('restrictions', doc.restrictions, (r, at) => {
    one(r.subject, 'member', at('subject'));
    audience(r.deny, at('deny'));
    one(r.decidedBy, 'professional', at('decidedBy'));
  });
}

function checkReferences(doc: IntegrityDocument, ids: Map<string, IdEntry>, errors: ValidationError[], messages: ValidationMessages, unreadable?: Unreadable): void {
  visitReferences(doc, (id, kind, at) => {
    const target = ids.get(id);
    if (target?.kind === kind) return;
    if (!target && unreadable?.kindsWithUnreadableIds.has(kind)) return;
    const path = pointer(...at());
    if (!target) errors.push({ path, code: 'unresolved-reference', message: messages['unresolved-reference'](path, id, kind) });
    else errors.push({ path, code: 'wrong-reference-kind', message: messages['wrong-reference-kind'](path, id, kind, target.kind) });
  });
}

const isMember = (ids: Map<string, IdEntry>, id: string) => ids.get(id)?.kind === 'member';

/** Partners and bond ends are two different members; twins are listed once each; `from` is one of `between`. */
function checkPairs(doc: IntegrityDocument, ids: Map<string, IdEntry>, errors: ValidationError[], messages: ValidationMessages): void {
  eachItem(doc.partnerships, (p, i) => {
    if (p.partners[0] === p.partners[1]) {
      const path = pointer('partnerships', i, 'partners', 1);
      errors.push({ path, code: 'same-partner', message: messages['same-partner'](path, p.partners[1]) });
    }
  });
  eachItem(doc.bonds, (b, i) => {
    if (b.between[0] === b.between[1]) {
      const path = pointer('bonds', i, 'between', 1);
      errors.push({ path, code: 'same-member', message: messages['same-member'](path, b.between[1]) });
    }
    // An unresolved `from` is already reported as such.
    if (b.from !== undefined && isMember(ids, b.from) && !b.between.includes(b.from)) {
      const path = pointer('bonds', i, 'from');
      errors.push({ path, code: 'bond-direction', message: messages['bond-direction'](path, b.from, b.between) });
    }
  });
  eachItem(doc.twins, (t, i) => {
    t.members.forEach((id, j) => {
      if (t.members.indexOf(id) < j) {
        const path = pointer('twins', i, 'members', j);
        errors.push({ path, code: 'same-member', message: messages['same-member'](path, id) });
      }
    });
  });
}

/** No one is their own parent, and no one is their own ancestor (one error per cycle found). */
function checkParentage(doc: IntegrityDocument, ids: Map<string, IdEntry>, errors: ValidationError[], messages: ValidationMessages): void {
  const children = new Map<string, { child: string; index: number }[]>();
  eachItem(doc.parentage, (p, index) => {
    if (p.parent === p.child) {
      const path = pointer('parentage', index, 'child');
      errors.push({ path, code: 'self-parent', message: messages['self-parent'](path, p.child) });
    } else if (isMember(ids, p.parent) && isMember(ids, p.child)) {
      const list = children.get(p.parent) ?? [];
      list.push({ child: p.child, index });
      children.set(p.parent, list);
    }
  });

  // Iterative depth-first search: a deep pedigree must not overflow the stack.
  const state = new Map<string, 'open' | 'done'>();
  for (const start of children.keys()) {
    if (state.has(start)) continue;
    const stack: { node: string; next: number }[] = [{ node: start, next: 0 }];
    state.set(start, 'open');
    for (let top = stack.at(-1); top; top = stack.at(-1)) {
      const edge = children.get(top.node)?.[top.next++];
      if (!edge) {
        state.set(top.node, 'done');
        stack.pop();
      } else if (state.get(edge.child) === 'open') {
        const from = stack.findIndex((s) => s.node === edge.child);
        const chain = [...stack.slice(from).map((s) => s.node), edge.child];
        const path = pointer('parentage', edge.index);
        errors.push({ path, code: 'parentage-cycle', message: messages['parentage-cycle'](path, chain) });
      } else if (!state.has(edge.child)) {
        state.set(edge.child, 'open');
        stack.push({ node: edge.child, next: 0 });
      }
    }
  }
}
