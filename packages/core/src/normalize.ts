/**
 * `normalize(document)`: the indexes a renderer and the redaction layer need, built once.
 * Every entity by id, each partial date parsed once, and the relations both ways (child →
 * parents, parent → children, member → services, …). Pure: the document is not copied and
 * not changed; treat both as read-only. Expects a document that passed `validate`; a
 * reference that does not resolve is simply left out of the indexes.
 */
import {
  ageAt as ageBetween,
  ageRange as ageRangeBetween,
  parseDateOrDateTime,
  parsePartialDate,
  parsePeriod,
  type ParsedDate,
  type ParsedPartialDate,
  type ParsedPeriod,
} from './dates.js';
import { ENTITY_COLLECTIONS, type EntityCollection, type EntityKind } from './schema/entities.js';
import type {
  Bond,
  Consent,
  Coordinator,
  FamilyDocument,
  FamilyEvent,
  Goal,
  Household,
  Member,
  Note,
  Organization,
  Parentage,
  Partnership,
  PartnershipStatus,
  Professional,
  Restriction,
  Sector,
  Service,
  Twins,
} from './types.generated.js';

/** Lists by id; an id with nothing listed gives an empty list, never undefined. */
export interface Lookup<T> {
  get(id: string): readonly T[];
  has(id: string): boolean;
  keys(): IterableIterator<string>;
}

/** One parsed step of a partnership's history. */
export interface ParsedHistoryEntry {
  readonly status: PartnershipStatus;
  readonly start?: ParsedPartialDate;
}

export interface NormalizedFamily {
  /** The document it was built from (not a copy). */
  readonly document: FamilyDocument;
  /** `asOf` parsed: the document's "now". */
  readonly asOf: ParsedPartialDate | undefined;

  /** Entities by id, one map per kind. */
  readonly members: ReadonlyMap<string, Member>;
  readonly partnerships: ReadonlyMap<string, Partnership>;
  readonly parentage: ReadonlyMap<string, Parentage>;
  readonly twins: ReadonlyMap<string, Twins>;
  readonly bonds: ReadonlyMap<string, Bond>;
  readonly households: ReadonlyMap<string, Household>;
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly professionals: ReadonlyMap<string, Professional>;
  readonly services: ReadonlyMap<string, Service>;
  readonly coordinators: ReadonlyMap<string, Coordinator>;
  readonly events: ReadonlyMap<string, FamilyEvent>;
  readonly goals: ReadonlyMap<string, Goal>;
  readonly notes: ReadonlyMap<string, Note>;
  readonly consents: ReadonlyMap<string, Consent>;
  readonly restrictions: ReadonlyMap<string, Restriction>;
  /** What an id names (`family` for `family.id`); undefined for an unknown id. */
  kindOf(id: string): EntityKind | undefined;

  /** Parsed dates, by the id of their entity. */
  readonly birth: ReadonlyMap<string, ParsedPartialDate>;
  readonly death: ReadonlyMap<string, ParsedPartialDate>;
  /** The `period` of parentage, bonds, households, coordinators, consents and restrictions that have one. */
  readonly periods: ReadonlyMap<string, ParsedPeriod>;
  /** Each service's `periods`, in document order (empty for none). */
  readonly servicePeriods: ReadonlyMap<string, readonly ParsedPeriod[]>;
  readonly serviceApplied: ReadonlyMap<string, ParsedPartialDate>;
  readonly partnershipHistory: ReadonlyMap<string, readonly ParsedHistoryEntry[]>;
  readonly eventStart: ReadonlyMap<string, ParsedDate>;
  readonly eventEnd: ReadonlyMap<string, ParsedDate>;
  readonly goalDue: ReadonlyMap<string, ParsedPartialDate>;
  readonly noteDate: ReadonlyMap<string, ParsedPartialDate>;
  readonly consentDate: ReadonlyMap<string, ParsedPartialDate>;

  /** Parentage links by child id (the child's parents) and by parent id (the parent's children). */
  readonly parentsOf: Lookup<Parentage>;
  readonly childrenOf: Lookup<Parentage>;
  /** By member id. */
  readonly partnershipsOf: Lookup<Partnership>;
  readonly twinsOf: Lookup<Twins>;
  readonly bondsOf: Lookup<Bond>;
  readonly householdsOf: Lookup<Household>;
  readonly servicesOf: Lookup<Service>;
  readonly coordinatorsOf: Lookup<Coordinator>;
  readonly eventsOf: Lookup<FamilyEvent>;
  readonly goalsOf: Lookup<Goal>;
  readonly notesAbout: Lookup<Note>;
  /** By subject member id. */
  readonly consentsFor: Lookup<Consent>;
  readonly restrictionsFor: Lookup<Restriction>;
  /** By organisation id. */
  readonly servicesByOrganization: Lookup<Service>;
  readonly professionalsByOrganization: Lookup<Professional>;
  /** By service id. */
  readonly eventsByService: Lookup<FamilyEvent>;
  readonly goalsByService: Lookup<Goal>;

  /** Ids of everyone `memberId` has a partnership with, in document order, each once. */
  partnersOf(memberId: string): string[];
  /** The service's own sector, else its organisation's. */
  sectorOf(serviceId: string): Sector | undefined;
  /** An event is sensitive when flagged or tied to a sensitive service. */
  isSensitiveEvent(eventId: string): boolean;
  /** Dead when `deceased` is true or a death date is given. */
  isDeceased(memberId: string): boolean;
  /** `custody` when given; otherwise true for biological and adoptive parents (meaningful while the child is a minor). */
  hasCustody(link: Parentage): boolean;
  /** The partnership's status at UTC day `day`: the last entry started by then (an undated entry counts as started right after the one before). */
  statusAt(partnershipId: string, day: number): PartnershipStatus | undefined;
  /** Age in whole years at `at` (default `asOf`); undefined when it cannot be known. */
  ageAt(memberId: string, at?: ParsedDate): number | undefined;
  /** Youngest and oldest possible age at `at` (default `asOf`), for partial birth dates. */
  ageRangeAt(memberId: string, at?: ParsedDate): { min: number; max: number } | undefined;
}

class ListIndex<T> implements Lookup<T> {
  private readonly map = new Map<string, T[]>();
  add(id: string | undefined, item: T): void {
    if (id === undefined) return;
    const list = this.map.get(id);
    if (!list) this.map.set(id, [item]);
    else if (!list.includes(item)) list.push(item); // a member named twice is still one entry
  }
  get(id: string): readonly T[] {
    return this.map.get(id) ?? [];
  }
  has(id: string): boolean {
    return this.map.has(id);
  }
  keys(): IterableIterator<string> {
    return this.map.keys();
  }
}

const byId = <T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> => new Map((items ?? []).map((item) => [item.id, item]));

function parsedDates<T extends { id: string }>(items: readonly T[] | undefined, pick: (item: T) => string | undefined): Map<string, ParsedPartialDate> {
  const out = new Map<string, ParsedPartialDate>();
  for (const item of items ?? []) {
    const text = pick(item);
    const parsed = text === undefined ? undefined : parsePartialDate(text);
    if (parsed) out.set(item.id, parsed);
  }
  return out;
}

export function normalize(document: FamilyDocument): NormalizedFamily {
  const doc = document;
  const members = byId(doc.members);
  const partnerships = byId(doc.partnerships);
  const organizations = byId(doc.organizations);
  const services = byId(doc.services);
  const events = byId(doc.events);

  const kinds = new Map<string, EntityKind>();
  for (const collection of Object.keys(ENTITY_COLLECTIONS) as EntityCollection[]) {
    const items: readonly { id: string }[] = doc[collection] ?? [];
    // The first definition wins, as in validation's duplicate-id check.
    for (const item of items) if (!kinds.has(item.id)) kinds.set(item.id, ENTITY_COLLECTIONS[collection]);
  }
  if (doc.family && !kinds.has(doc.family.id)) kinds.set(doc.family.id, 'family');

  const periods = new Map<string, ParsedPeriod>();
  const withPeriod = [doc.parentage, doc.bonds, doc.households, doc.coordinators, doc.consents, doc.restrictions];
  for (const list of withPeriod) for (const item of list ?? []) if (item.period) periods.set(item.id, parsePeriod(item.period));

  const eventStart = new Map<string, ParsedDate>();
  const eventEnd = new Map<string, ParsedDate>();
  for (const e of doc.events ?? []) {
    const start = parseDateOrDateTime(e.start);
    const end = e.end === undefined ? undefined : parseDateOrDateTime(e.end);
    if (start) eventStart.set(e.id, start);
    if (end) eventEnd.set(e.id, end);
  }

  const partnershipHistory = new Map<string, ParsedHistoryEntry[]>();
  for (const p of doc.partnerships ?? []) {
    partnershipHistory.set(
      p.id,
      p.history.map((h) => {
        const start = h.start === undefined ? undefined : parsePartialDate(h.start);
        return start ? { status: h.status, start } : { status: h.status };
      }),
    );
  }

  const parentsOf = new ListIndex<Parentage>();
  const childrenOf = new ListIndex<Parentage>();
  for (const link of doc.parentage ?? []) {
    parentsOf.add(link.child, link);
    childrenOf.add(link.parent, link);
  }
  const partnershipsOf = new ListIndex<Partnership>();
  for (const p of doc.partnerships ?? []) for (const id of p.partners) partnershipsOf.add(id, p);
  const twinsOf = new ListIndex<Twins>();
  for (const t of doc.twins ?? []) for (const id of t.members) twinsOf.add(id, t);
  const bondsOf = new ListIndex<Bond>();
  for (const b of doc.bonds ?? []) for (const id of b.between) bondsOf.add(id, b);
  const householdsOf = new ListIndex<Household>();
  for (const h of doc.households ?? []) for (const id of h.members) householdsOf.add(id, h);
  const servicesOf = new ListIndex<Service>();
  const servicesByOrganization = new ListIndex<Service>();
  for (const s of doc.services ?? []) {
    for (const id of s.members) servicesOf.add(id, s);
    servicesByOrganization.add(s.organization, s);
  }
  const professionalsByOrganization = new ListIndex<Professional>();
  for (const p of doc.professionals ?? []) professionalsByOrganization.add(p.organization, p);
  const coordinatorsOf = new ListIndex<Coordinator>();
  for (const c of doc.coordinators ?? []) for (const id of c.members) coordinatorsOf.add(id, c);
  const eventsOf = new ListIndex<FamilyEvent>();
  const eventsByService = new ListIndex<FamilyEvent>();
  for (const e of doc.events ?? []) {
    for (const id of e.members ?? []) eventsOf.add(id, e);
    for (const id of e.services ?? []) eventsByService.add(id, e);
  }
  const goalsOf = new ListIndex<Goal>();
  const goalsByService = new ListIndex<Goal>();
  for (const g of doc.goals ?? []) {
    for (const id of g.members ?? []) goalsOf.add(id, g);
    for (const id of g.services ?? []) goalsByService.add(id, g);
  }
  const notesAbout = new ListIndex<Note>();
  for (const n of doc.notes ?? []) for (const id of n.about) notesAbout.add(id, n);
  const consentsFor = new ListIndex<Consent>();
  for (const c of doc.consents ?? []) consentsFor.add(c.subject, c);
  const restrictionsFor = new ListIndex<Restriction>();
  for (const r of doc.restrictions ?? []) restrictionsFor.add(r.subject, r);

  const asOf = doc.asOf === undefined ? undefined : parsePartialDate(doc.asOf);
  const birth = parsedDates(doc.members, (m) => m.birthDate);
  const death = parsedDates(doc.members, (m) => m.deathDate);

  const ageRangeAt = (memberId: string, at: ParsedDate | undefined = asOf) => {
    const born = birth.get(memberId);
    return born && at ? ageRangeBetween(born, at) : undefined;
  };

  return {
    document,
    asOf,
    members,
    partnerships,
    parentage: byId(doc.parentage),
    twins: byId(doc.twins),
    bonds: byId(doc.bonds),
    households: byId(doc.households),
    organizations,
    professionals: byId(doc.professionals),
    services,
    coordinators: byId(doc.coordinators),
    events,
    goals: byId(doc.goals),
    notes: byId(doc.notes),
    consents: byId(doc.consents),
    restrictions: byId(doc.restrictions),
    kindOf: (id) => kinds.get(id),

    birth,
    death,
    periods,
    servicePeriods: new Map((doc.services ?? []).map((s) => [s.id, (s.periods ?? []).map(parsePeriod)])),
    serviceApplied: parsedDates(doc.services, (s) => s.applied),
    partnershipHistory,
    eventStart,
    eventEnd,
    goalDue: parsedDates(doc.goals, (g) => g.due),
    noteDate: parsedDates(doc.notes, (n) => n.date),
    consentDate: parsedDates(doc.consents, (c) => c.date),

    parentsOf,
    childrenOf,
    partnershipsOf,
    twinsOf,
    bondsOf,
    householdsOf,
    servicesOf,
    coordinatorsOf,
    eventsOf,
    goalsOf,
    notesAbout,
    consentsFor,
    restrictionsFor,
    servicesByOrganization,
    professionalsByOrganization,
    eventsByService,
    goalsByService,

    partnersOf: (memberId) => [
      ...new Set(partnershipsOf.get(memberId).flatMap((p) => p.partners.filter((id) => id !== memberId))),
    ],
    sectorOf: (serviceId) => {
      const service = services.get(serviceId);
      return service?.sector ?? (service && organizations.get(service.organization)?.sector);
    },
    isSensitiveEvent: (eventId) => {
      const event = events.get(eventId);
      return !!event && (event.sensitive === true || (event.services ?? []).some((id) => services.get(id)?.sensitive === true));
    },
    isDeceased: (memberId) => {
      const member = members.get(memberId);
      return !!member && (member.deceased === true || member.deathDate !== undefined);
    },
    hasCustody: (link) => link.custody ?? (link.kind === 'biological' || link.kind === 'adoptive'),
    statusAt: (partnershipId, day) => {
      let status: PartnershipStatus | undefined;
      for (const entry of partnershipHistory.get(partnershipId) ?? []) {
        if (entry.start && entry.start.first > day) break;
        status = entry.status;
      }
      return status;
    },
    ageAt: (memberId, at = asOf) => {
      const born = birth.get(memberId);
      return born && at ? ageBetween(born, at) : undefined;
    },
    ageRangeAt,
  };
}
