/**
 * Integrity checks: the rules of the data model that JSON Schema cannot express. They run only
 * on a document that passed the schema, so every field has the right shape here.
 */
import { ENTITY_COLLECTIONS, type EntityCollection, type EntityKind } from '../schema/entities.js';
import type { Audience, FamilyDocument, PartyRef } from '../types.generated.js';
import { checkDates } from './integrity-dates.js';
import { messages } from './messages.js';
import { pointer } from './pointer.js';
import type { ValidationError } from './types.js';

export interface IdEntry {
  kind: EntityKind;
  path: string;
}

export function checkIntegrity(doc: FamilyDocument): ValidationError[] {
  const errors: ValidationError[] = [];
  const ids = indexIds(doc, errors);
  checkReferences(doc, ids, errors);
  checkPairs(doc, ids, errors);
  checkParentage(doc, ids, errors);
  checkDates(doc, errors);
  return errors;
}

/** Every id with its kind and where it is defined; a repeated id is reported where it repeats. */
export function indexIds(doc: FamilyDocument, errors: ValidationError[]): Map<string, IdEntry> {
  const ids = new Map<string, IdEntry>();
  const add = (id: string, kind: EntityKind, path: string) => {
    const first = ids.get(id);
    if (first) errors.push({ path, code: 'duplicate-id', message: messages['duplicate-id'](path, id, first.path) });
    else ids.set(id, { kind, path });
  };
  if (doc.family) add(doc.family.id, 'family', '/family/id');
  for (const collection of Object.keys(ENTITY_COLLECTIONS) as EntityCollection[]) {
    const items: readonly { id: string }[] = doc[collection] ?? [];
    items.forEach((item, i) => add(item.id, ENTITY_COLLECTIONS[collection], pointer(collection, i, 'id')));
  }
  return ids;
}

/** A reference; its JSON Pointer is written out only when it is reported (most never are). */
interface Ref {
  at: Tokens;
  id: string;
  kind: EntityKind;
}
type Tokens = readonly (string | number)[];

const one = (at: Tokens, id: string | undefined, kind: EntityKind): Ref[] => (id === undefined ? [] : [{ at, id, kind }]);
const many = (at: Tokens, list: readonly string[] | undefined, kind: EntityKind): Ref[] => (list ?? []).map((id, i) => ({ at: [...at, i], id, kind }));
const party = (at: Tokens, ref: PartyRef | undefined): Ref[] => {
  if (!ref) return [];
  return 'member' in ref ? one([...at, 'member'], ref.member, 'member') : one([...at, 'professional'], ref.professional, 'professional');
};
const audience = (at: Tokens, a: Audience): Ref[] => [
  ...many([...at, 'organizations'], a.organizations, 'organization'),
  ...many([...at, 'professionals'], a.professionals, 'professional'),
  ...many([...at, 'members'], a.members, 'member'),
];

/** Every reference in the document, with the kind of entity it must name. */
export function references(doc: FamilyDocument): Ref[] {
  const refs: Ref[] = [];
  const each = <T>(collection: EntityCollection, items: readonly T[] | undefined, fn: (item: T, at: (...t: (string | number)[]) => Tokens) => Ref[]) =>
    (items ?? []).forEach((item, i) => {
      for (const ref of fn(item, (...t) => [collection, i, ...t])) refs.push(ref);
    });

  each('partnerships', doc.partnerships, (p, at) => many(at('partners'), p.partners, 'member'));
  each('parentage', doc.parentage, (p, at) => [...one(at('parent'), p.parent, 'member'), ...one(at('child'), p.child, 'member')]);
  each('twins', doc.twins, (t, at) => many(at('members'), t.members, 'member'));
  each('bonds', doc.bonds, (b, at) => [...many(at('between'), b.between, 'member'), ...one(at('from'), b.from, 'member')]);
  each('households', doc.households, (h, at) => many(at('members'), h.members, 'member'));
  each('professionals', doc.professionals, (p, at) => one(at('organization'), p.organization, 'organization'));
  each('services', doc.services, (s, at) => [
    ...one(at('organization'), s.organization, 'organization'),
    ...many(at('members'), s.members, 'member'),
    ...one(at('responsible'), s.responsible, 'professional'),
  ]);
  each('coordinators', doc.coordinators, (c, at) => [
    ...one(at('professional'), c.professional, 'professional'),
    ...one(at('backup'), c.backup, 'professional'),
    ...many(at('members'), c.members, 'member'),
  ]);
  each('events', doc.events, (e, at) => [
    ...many(at('members'), e.members, 'member'),
    ...many(at('professionals'), e.professionals, 'professional'),
    ...many(at('services'), e.services, 'service'),
  ]);
  each('goals', doc.goals, (g, at) => [
    ...many(at('members'), g.members, 'member'),
    ...many(at('services'), g.services, 'service'),
    ...party(at('owner'), g.owner),
    ...(g.tasks ?? []).flatMap((t, j) => party(at('tasks', j, 'assignee'), t.assignee)),
  ]);
  each('notes', doc.notes, (n, at) => [...party(at('author'), n.author), ...many(at('about'), n.about, 'member')]);
  each('consents', doc.consents, (c, at) => [
    ...one(at('subject'), c.subject, 'member'),
    ...one(at('grantedBy'), c.grantedBy, 'member'),
    ...audience(at('to'), c.to),
  ]);
  each('restrictions', doc.restrictions, (r, at) => [
    ...one(at('subject'), r.subject, 'member'),
    ...audience(at('deny'), r.deny),
    ...one(at('decidedBy'), r.decidedBy, 'professional'),
  ]);
  return refs;
}

function checkReferences(doc: FamilyDocument, ids: Map<string, IdEntry>, errors: ValidationError[]): void {
  for (const { at, id, kind } of references(doc)) {
    const target = ids.get(id);
    if (target?.kind === kind) continue;
    const path = pointer(...at);
    if (!target) errors.push({ path, code: 'unresolved-reference', message: messages['unresolved-reference'](path, id, kind) });
    else if (target.kind !== kind) errors.push({ path, code: 'wrong-reference-kind', message: messages['wrong-reference-kind'](path, id, kind, target.kind) });
  }
}

const isMember = (ids: Map<string, IdEntry>, id: string) => ids.get(id)?.kind === 'member';

/** Partners and bond ends are two different members; twins are listed once each; `from` is one of `between`. */
function checkPairs(doc: FamilyDocument, ids: Map<string, IdEntry>, errors: ValidationError[]): void {
  doc.partnerships?.forEach((p, i) => {
    if (p.partners[0] === p.partners[1]) {
      const path = pointer('partnerships', i, 'partners', 1);
      errors.push({ path, code: 'same-partner', message: messages['same-partner'](path, p.partners[1]) });
    }
  });
  doc.bonds?.forEach((b, i) => {
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
  doc.twins?.forEach((t, i) => {
    t.members.forEach((id, j) => {
      if (t.members.indexOf(id) < j) {
        const path = pointer('twins', i, 'members', j);
        errors.push({ path, code: 'same-member', message: messages['same-member'](path, id) });
      }
    });
  });
}

/** No one is their own parent, and no one is their own ancestor (one error per cycle found). */
function checkParentage(doc: FamilyDocument, ids: Map<string, IdEntry>, errors: ValidationError[]): void {
  const children = new Map<string, { child: string; index: number }[]>();
  doc.parentage?.forEach((p, index) => {
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
