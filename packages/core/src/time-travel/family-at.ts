/**
 * Time travel: the family as it was (or is expected to be) on another date than `asOf`.
 */
import type { ParsedPartialDate } from '../dates.js';
import type {
  Audience,
  Consent,
  FamilyDocument,
  Goal,
  Member,
  Note,
  Parentage,
  Partnership,
  PartyRef,
  Period,
  Restriction,
} from '../types.generated.js';
import { visitReferences } from '../validate/integrity.js';
import { cloneJson } from '../clone-json.js';
import { hasStarted, parsed, periodCovers, timePoint, type TimePoint } from './time-point.js';

/** Forty weeks: how long before its expected date a pregnancy is taken to exist. */
export const PREGNANCY_DAYS = 280;

/**
 * `familyAt(document, date)`: the family document as the family was on `date`. Pure and
 * deterministic: the input is never changed and the result shares no object with it; the
 * result is a valid family document (it passes `validate`) whose `asOf` is `date`, so ages
 * and statuses read from it are those of that day. Idempotent for the same date.
 *
 * **Order with redaction.** Apply it to the *redacted* document: `familyAt(redact(doc,
 * viewer), date)`. Consent is judged at the real `asOf`; time travel only ever removes or
 * shortens what it is given (and sets `asOf`), so it can never show a viewer more than
 * redaction did. Never redact the result of `familyAt` again for display: its `asOf` is the
 * travelled date, at which other consents might hold.
 *
 * `date` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (anything else throws a RangeError; check it
 * with `isValidAsOfDate`). A partial date means all its days: something **has started** by
 * it when it starts on or before the date's last day, and a period **covers** it unless it
 * starts after the date's last day or ends before the date's first day (see `time-point.ts`).
 * An unknown (absent) date counts as "before": what is undated is kept.
 *
 * Rules:
 * - **Members** whose `birthDate` has not started by the date are absent; members without a
 *   `birthDate` stay. Miscarriages, stillbirths and abortions follow the same rule, their
 *   `birthDate` being the date of the loss. A `pregnancy` is ongoing: its `birthDate`, when
 *   given, is read as the expected date of birth, otherwise the pregnancy is taken as
 *   ongoing at the document's `asOf`; either way it is absent more than 280 days (40 weeks)
 *   before that day, and kept after it (what became of it is unknown to the document). A
 *   pregnancy with neither date stays.
 * - **Death**: a `deathDate` after the date makes the member alive then (`deathDate` and
 *   `deceased` are removed); `deceased: true` without a date stays (unknown when).
 * - **Partnerships**: absent unless both partners are present. `history` is cut before the
 *   first entry that starts after the date (the history is in time order, so undated entries
 *   after it go too; undated entries before it stay). A partnership with no entry left is
 *   absent (it had not begun).
 * - **Parentage**: absent unless both ends are present. A `biological` link stays whatever
 *   its `period` (that period is custody's, which is judged from it at the new `asOf`; it
 *   cannot undo parenthood). Every other kind — adoptive, foster, step, guardian-only —
 *   with a `period` is absent when the period does not cover the date.
 * - **Twins**: absent members leave; a group left with fewer than two is absent.
 * - **Bonds**, **households** and **coordinators** with a `period` that does not cover the
 *   date are absent. A bond needs both ends present; absent members leave a household or
 *   coordinator's `members`, which is absent once empty (the schema needs one).
 * - **Services** keep their periods and status as given (the timeline marks the date
 *   instead); absent members leave `members`, and a service with no member left is absent.
 * - **Events and goals**: absent members and absent services leave `members`/`services`
 *   (an emptied list is removed); one that named members or services and has none left is
 *   absent. A goal's owner or task assignee who is an absent member is removed.
 * - **Notes**: absent members leave `about`; a note about nobody present, or written by an
 *   absent member, is absent.
 * - **Consents and restrictions**: absent unless the subject (and a consent's `grantedBy`)
 *   is present; absent members leave `to`/`deny`, an emptied list is removed, and one left
 *   with nobody in its audience is absent. Their periods and status are kept.
 * - **Placeholders** (redaction's anonymous stand-ins) stay only while something in the
 *   result still refers to them.
 * - Organisations, professionals and `family` are kept as they are.
 */
export function familyAt(document: FamilyDocument, date: string): FamilyDocument {
  const at = timePoint(date);
  // Every rule below decides on the input and copies only what it keeps, then edits the copy.
  const asOf = parsed(document.asOf);
  const members = document.members.filter((m) => existsAt(m, at, asOf)).map((m) => livingOrDead(cloneJson(m), at));
  const present = new Set(members.map((m) => m.id));
  const here = (id: string) => present.has(id);
  const onlyPresent = (ids: readonly string[]) => ids.filter(here);
  const whenCovering = <T extends { period?: Period }>(item: T, then: () => T | undefined) => (periodCovers(item.period, at) ? then() : undefined);

  const d = document;
  // What time travel does not touch (family, organisations, professionals, extensions) is copied as it is.
  const { members: _m, partnerships: _p, parentage: _pa, twins: _t, bonds: _b, households: _h, coordinators: _c, services: _s, events: _e, goals: _g, notes: _n, consents: _co, restrictions: _r, ...untouched } = d;
  const out: FamilyDocument = { ...cloneJson(untouched), asOf: date, members };
  if (d.partnerships) out.partnerships = keep(d.partnerships, (p) => partnershipAt(p, at, here));
  if (d.parentage) out.parentage = d.parentage.filter((p) => parentageHolds(p, at, here)).map(cloneJson);
  if (d.twins) out.twins = keep(d.twins, (t) => withList(t, 'members', onlyPresent(t.members), 2));
  if (d.bonds) out.bonds = d.bonds.filter((b) => b.between.every(here) && periodCovers(b.period, at)).map(cloneJson);
  if (d.households) out.households = keep(d.households, (h) => whenCovering(h, () => withList(h, 'members', onlyPresent(h.members), 1)));
  if (d.coordinators) out.coordinators = keep(d.coordinators, (c) => whenCovering(c, () => withList(c, 'members', onlyPresent(c.members), 1)));
  const services = d.services && keep(d.services, (s) => withList(s, 'members', onlyPresent(s.members), 1));
  if (services) out.services = services;
  const serviceIds = new Set((services ?? []).map((s) => s.id));
  if (d.events) out.events = keep(d.events, (e) => aboutSomeone(e, here, serviceIds));
  if (d.goals) out.goals = keep(d.goals, (g) => goalAt(g, here, serviceIds));
  if (d.notes) out.notes = keep(d.notes, (n) => noteAt(n, here));
  if (d.consents) out.consents = keep(d.consents, (c) => consentAt(c, here));
  if (d.restrictions) out.restrictions = keep(d.restrictions, (r) => restrictionAt(r, here));
  out.members = withoutUnusedPlaceholders(out);
  return out;
}

/** Maps and drops in one pass: `undefined` means absent at the date. */
function keep<T>(items: readonly T[], at: (item: T) => T | undefined): T[] {
  const out: T[] = [];
  for (const item of items) {
    const kept = at(item);
    if (kept !== undefined) out.push(kept);
  }
  return out;
}

/** A copy with a required id list replaced, or undefined when fewer than `min` ids are left (the schema's minItems). */
function withList<T extends object, K extends keyof T>(item: T, key: K, ids: string[], min: number): T | undefined {
  if (ids.length < min) return undefined;
  const copy = cloneJson(item);
  copy[key] = ids as T[K];
  return copy;
}

function existsAt(m: Member, at: TimePoint, asOf: ParsedPartialDate | undefined): boolean {
  if (m.kind !== 'pregnancy') return hasStarted(m.birthDate, at);
  const expected = parsed(m.birthDate) ?? asOf;
  return expected === undefined || expected.first - PREGNANCY_DAYS <= at.last;
}

/** Edits its (copied) member: a death after the date has not happened yet. */
function livingOrDead(m: Member, at: TimePoint): Member {
  if (m.deathDate !== undefined && !hasStarted(m.deathDate, at)) {
    delete m.deathDate;
    delete m.deceased;
  }
  return m;
}

function partnershipAt(p: Partnership, at: TimePoint, here: (id: string) => boolean): Partnership | undefined {
  if (!p.partners.every(here)) return undefined;
  const firstLater = p.history.findIndex((entry) => !hasStarted(entry.start, at));
  if (firstLater === 0) return undefined;
  const copy = cloneJson(p);
  if (firstLater > 0) copy.history.length = firstLater;
  return copy;
}

function parentageHolds(p: Parentage, at: TimePoint, here: (id: string) => boolean): boolean {
  if (!here(p.parent) || !here(p.child)) return false;
  return p.kind === 'biological' || periodCovers(p.period, at);
}

/**
 * Shared by events and goals: a copy without absent `members` and `services` (an emptied
 * list removed), or undefined when they named some and none is left.
 */
function aboutSomeone<T extends { members?: string[]; services?: string[] }>(item: T, here: (id: string) => boolean, services: ReadonlySet<string>): T | undefined {
  const members = item.members?.filter(here);
  const serviceIds = item.services?.filter((id) => services.has(id));
  const named = (item.members?.length ?? 0) + (item.services?.length ?? 0);
  const left = (members?.length ?? 0) + (serviceIds?.length ?? 0);
  if (named > 0 && left === 0) return undefined;
  const copy = cloneJson(item);
  if (members?.length) copy.members = members;
  else delete copy.members;
  if (serviceIds?.length) copy.services = serviceIds;
  else delete copy.services;
  return copy;
}

const absentMember = (party: PartyRef | undefined, here: (id: string) => boolean) => party !== undefined && 'member' in party && !here(party.member);

function goalAt(g: Goal, here: (id: string) => boolean, services: ReadonlySet<string>): Goal | undefined {
  const goal = aboutSomeone(g, here, services);
  if (!goal) return undefined;
  if (absentMember(goal.owner, here)) delete goal.owner;
  for (const task of goal.tasks ?? []) if (absentMember(task.assignee, here)) delete task.assignee;
  return goal;
}

function noteAt(n: Note, here: (id: string) => boolean): Note | undefined {
  if (absentMember(n.author, here)) return undefined;
  return withList(n, 'about', n.about.filter(here), 1);
}

/** Edits its (copied) audience: absent members leave; undefined when nobody is left (the schema forbids an empty audience). */
function audienceAt(a: Audience, here: (id: string) => boolean): Audience | undefined {
  if (a.members) {
    const members = a.members.filter(here);
    if (members.length > 0) a.members = members;
    else delete a.members;
  }
  const anyone = a.members !== undefined || a.organizations !== undefined || a.professionals !== undefined || a.sectors !== undefined;
  return anyone ? a : undefined;
}

function consentAt(c: Consent, here: (id: string) => boolean): Consent | undefined {
  if (!here(c.subject) || !here(c.grantedBy)) return undefined;
  const copy = cloneJson(c);
  return audienceAt(copy.to, here) && copy;
}

function restrictionAt(r: Restriction, here: (id: string) => boolean): Restriction | undefined {
  if (!here(r.subject)) return undefined;
  const copy = cloneJson(r);
  return audienceAt(copy.deny, here) && copy;
}

/** A placeholder exists only to stand where something refers to it (redaction, rule 5). */
function withoutUnusedPlaceholders(doc: FamilyDocument): Member[] {
  if (!doc.members.some((m) => m.placeholder === true)) return doc.members;
  const referenced = new Set<string>();
  visitReferences(doc, (id, kind) => {
    if (kind === 'member') referenced.add(id);
  });
  return doc.members.filter((m) => m.placeholder !== true || referenced.has(m.id));
}
