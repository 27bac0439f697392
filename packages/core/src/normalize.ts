/**
 * `normalize(document)`: the indexes a renderer and the redaction layer need, built once.
 * Every entity by id, each partial date parsed once, and the relations both ways (child →
 * parents, parent → children, member → services, …). Pure: the document is not copied and
 * not changed; treat both as read-only — each index is built when first read, so the
 * document must not change after `normalize`. Expects a document that passed `validate`; a
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

/** The date `pick` gives of each item, parsed by `parse`, by the item's id (unparsable ones left out). */
function parsedWith<T extends { id: string }, D>(
  items: readonly T[] | undefined,
  pick: (item: T) => string | undefined,
  parse: (text: string) => D | undefined,
): Map<string, D> {
  const out = new Map<string, D>();
  for (const item of items ?? []) {
    const text = pick(item);
    const parsed = text === undefined ? undefined : parse(text);
    if (parsed) out.set(item.id, parsed);
  }
  return out;
}

const parsedDates = <T extends { id: string }>(items: readonly T[] | undefined, pick: (item: T) => string | undefined) =>
  parsedWith(items, pick, parsePartialDate);
const parsedTimes = <T extends { id: string }>(items: readonly T[] | undefined, pick: (item: T) => string | undefined) =>
  parsedWith(items, pick, parseDateOrDateTime);

/** A list index over `items`, each item filed under every id `idsOf` gives. */
function listIndex<T>(items: readonly T[] | undefined, idsOf: (item: T) => readonly (string | undefined)[] | string | undefined): ListIndex<T> {
  const index = new ListIndex<T>();
  for (const item of items ?? []) {
    const ids = idsOf(item);
    if (typeof ids === 'string' || ids === undefined) index.add(ids, item);
    else for (const id of ids) index.add(id, item);
  }
  return index;
}

/**
 * The indexes, each built the first time it is read. A view reads a few of them (the
 * timeline: services, their periods, events), and building all of them for a large
 * family cost more than the view's own work.
 */
class LazyNormalizedFamily implements NormalizedFamily {
  readonly asOf: ParsedPartialDate | undefined;

  constructor(readonly document: FamilyDocument) {
    this.asOf = document.asOf === undefined ? undefined : parsePartialDate(document.asOf);
  }

  #members?: Map<string, Member>;
  get members(): ReadonlyMap<string, Member> {
    return (this.#members ??= byId(this.document.members));
  }
  #partnerships?: Map<string, Partnership>;
  get partnerships(): ReadonlyMap<string, Partnership> {
    return (this.#partnerships ??= byId(this.document.partnerships));
  }
  #parentage?: Map<string, Parentage>;
  get parentage(): ReadonlyMap<string, Parentage> {
    return (this.#parentage ??= byId(this.document.parentage));
  }
  #twins?: Map<string, Twins>;
  get twins(): ReadonlyMap<string, Twins> {
    return (this.#twins ??= byId(this.document.twins));
  }
  #bonds?: Map<string, Bond>;
  get bonds(): ReadonlyMap<string, Bond> {
    return (this.#bonds ??= byId(this.document.bonds));
  }
  #households?: Map<string, Household>;
  get households(): ReadonlyMap<string, Household> {
    return (this.#households ??= byId(this.document.households));
  }
  #organizations?: Map<string, Organization>;
  get organizations(): ReadonlyMap<string, Organization> {
    return (this.#organizations ??= byId(this.document.organizations));
  }
  #professionals?: Map<string, Professional>;
  get professionals(): ReadonlyMap<string, Professional> {
    return (this.#professionals ??= byId(this.document.professionals));
  }
  #services?: Map<string, Service>;
  get services(): ReadonlyMap<string, Service> {
    return (this.#services ??= byId(this.document.services));
  }
  #coordinators?: Map<string, Coordinator>;
  get coordinators(): ReadonlyMap<string, Coordinator> {
    return (this.#coordinators ??= byId(this.document.coordinators));
  }
  #events?: Map<string, FamilyEvent>;
  get events(): ReadonlyMap<string, FamilyEvent> {
    return (this.#events ??= byId(this.document.events));
  }
  #goals?: Map<string, Goal>;
  get goals(): ReadonlyMap<string, Goal> {
    return (this.#goals ??= byId(this.document.goals));
  }
  #notes?: Map<string, Note>;
  get notes(): ReadonlyMap<string, Note> {
    return (this.#notes ??= byId(this.document.notes));
  }
  #consents?: Map<string, Consent>;
  get consents(): ReadonlyMap<string, Consent> {
    return (this.#consents ??= byId(this.document.consents));
  }
  #restrictions?: Map<string, Restriction>;
  get restrictions(): ReadonlyMap<string, Restriction> {
    return (this.#restrictions ??= byId(this.document.restrictions));
  }

  #kinds?: Map<string, EntityKind>;
  kindOf(id: string): EntityKind | undefined {
    if (!this.#kinds) {
      const doc = this.document;
      const kinds = new Map<string, EntityKind>();
      for (const collection of Object.keys(ENTITY_COLLECTIONS) as EntityCollection[]) {
        const items: readonly { id: string }[] = doc[collection] ?? [];
        // The first definition wins, as in validation's duplicate-id check.
        for (const item of items) if (!kinds.has(item.id)) kinds.set(item.id, ENTITY_COLLECTIONS[collection]);
      }
      if (doc.family && !kinds.has(doc.family.id)) kinds.set(doc.family.id, 'family');
      this.#kinds = kinds;
    }
    return this.#kinds.get(id);
  }

  #birth?: Map<string, ParsedPartialDate>;
  get birth(): ReadonlyMap<string, ParsedPartialDate> {
    return (this.#birth ??= parsedDates(this.document.members, (m) => m.birthDate));
  }
  #death?: Map<string, ParsedPartialDate>;
  get death(): ReadonlyMap<string, ParsedPartialDate> {
    return (this.#death ??= parsedDates(this.document.members, (m) => m.deathDate));
  }
  #periods?: Map<string, ParsedPeriod>;
  get periods(): ReadonlyMap<string, ParsedPeriod> {
    if (!this.#periods) {
      const doc = this.document;
      const periods = new Map<string, ParsedPeriod>();
      const withPeriod = [doc.parentage, doc.bonds, doc.households, doc.coordinators, doc.consents, doc.restrictions];
      for (const list of withPeriod) for (const item of list ?? []) if (item.period) periods.set(item.id, parsePeriod(item.period));
      this.#periods = periods;
    }
    return this.#periods;
  }
  #servicePeriods?: Map<string, readonly ParsedPeriod[]>;
  get servicePeriods(): ReadonlyMap<string, readonly ParsedPeriod[]> {
    return (this.#servicePeriods ??= new Map((this.document.services ?? []).map((s) => [s.id, (s.periods ?? []).map(parsePeriod)])));
  }
  #serviceApplied?: Map<string, ParsedPartialDate>;
  get serviceApplied(): ReadonlyMap<string, ParsedPartialDate> {
    return (this.#serviceApplied ??= parsedDates(this.document.services, (s) => s.applied));
  }
  #partnershipHistory?: Map<string, readonly ParsedHistoryEntry[]>;
  get partnershipHistory(): ReadonlyMap<string, readonly ParsedHistoryEntry[]> {
    if (!this.#partnershipHistory) {
      const history = new Map<string, ParsedHistoryEntry[]>();
      for (const p of this.document.partnerships ?? []) {
        history.set(
          p.id,
          p.history.map((h) => {
            const start = h.start === undefined ? undefined : parsePartialDate(h.start);
            return start ? { status: h.status, start } : { status: h.status };
          }),
        );
      }
      this.#partnershipHistory = history;
    }
    return this.#partnershipHistory;
  }
  #eventStart?: Map<string, ParsedDate>;
  get eventStart(): ReadonlyMap<string, ParsedDate> {
    return (this.#eventStart ??= parsedTimes(this.document.events, (e) => e.start));
  }
  #eventEnd?: Map<string, ParsedDate>;
  get eventEnd(): ReadonlyMap<string, ParsedDate> {
    return (this.#eventEnd ??= parsedTimes(this.document.events, (e) => e.end));
  }
  #goalDue?: Map<string, ParsedPartialDate>;
  get goalDue(): ReadonlyMap<string, ParsedPartialDate> {
    return (this.#goalDue ??= parsedDates(this.document.goals, (g) => g.due));
  }
  #noteDate?: Map<string, ParsedPartialDate>;
  get noteDate(): ReadonlyMap<string, ParsedPartialDate> {
    return (this.#noteDate ??= parsedDates(this.document.notes, (n) => n.date));
  }
  #consentDate?: Map<string, ParsedPartialDate>;
  get consentDate(): ReadonlyMap<string, ParsedPartialDate> {
    return (this.#consentDate ??= parsedDates(this.document.consents, (c) => c.date));
  }

  #parentsOf?: ListIndex<Parentage>;
  get parentsOf(): Lookup<Parentage> {
    return (this.#parentsOf ??= listIndex(this.document.parentage, (link) => link.child));
  }
  #childrenOf?: ListIndex<Parentage>;
  get childrenOf(): Lookup<Parentage> {
    return (this.#childrenOf ??= listIndex(this.document.parentage, (link) => link.parent));
  }
  #partnershipsOf?: ListIndex<Partnership>;
  get partnershipsOf(): Lookup<Partnership> {
    return (this.#partnershipsOf ??= listIndex(this.document.partnerships, (p) => p.partners));
  }
  #twinsOf?: ListIndex<Twins>;
  get twinsOf(): Lookup<Twins> {
    return (this.#twinsOf ??= listIndex(this.document.twins, (t) => t.members));
  }
  #bondsOf?: ListIndex<Bond>;
  get bondsOf(): Lookup<Bond> {
    return (this.#bondsOf ??= listIndex(this.document.bonds, (b) => b.between));
  }
  #householdsOf?: ListIndex<Household>;
  get householdsOf(): Lookup<Household> {
    return (this.#householdsOf ??= listIndex(this.document.households, (h) => h.members));
  }
  #servicesOf?: ListIndex<Service>;
  get servicesOf(): Lookup<Service> {
    return (this.#servicesOf ??= listIndex(this.document.services, (s) => s.members));
  }
  #coordinatorsOf?: ListIndex<Coordinator>;
  get coordinatorsOf(): Lookup<Coordinator> {
    return (this.#coordinatorsOf ??= listIndex(this.document.coordinators, (c) => c.members));
  }
  #eventsOf?: ListIndex<FamilyEvent>;
  get eventsOf(): Lookup<FamilyEvent> {
    return (this.#eventsOf ??= listIndex(this.document.events, (e) => e.members));
  }
  #goalsOf?: ListIndex<Goal>;
  get goalsOf(): Lookup<Goal> {
    return (this.#goalsOf ??= listIndex(this.document.goals, (g) => g.members));
  }
  #notesAbout?: ListIndex<Note>;
  get notesAbout(): Lookup<Note> {
    return (this.#notesAbout ??= listIndex(this.document.notes, (n) => n.about));
  }
  #consentsFor?: ListIndex<Consent>;
  get consentsFor(): Lookup<Consent> {
    return (this.#consentsFor ??= listIndex(this.document.consents, (c) => c.subject));
  }
  #restrictionsFor?: ListIndex<Restriction>;
  get restrictionsFor(): Lookup<Restriction> {
    return (this.#restrictionsFor ??= listIndex(this.document.restrictions, (r) => r.subject));
  }
  #servicesByOrganization?: ListIndex<Service>;
  get servicesByOrganization(): Lookup<Service> {
    return (this.#servicesByOrganization ??= listIndex(this.document.services, (s) => s.organization));
  }
  #professionalsByOrganization?: ListIndex<Professional>;
  get professionalsByOrganization(): Lookup<Professional> {
    return (this.#professionalsByOrganization ??= listIndex(this.document.professionals, (p) => p.organization));
  }
  #eventsByService?: ListIndex<FamilyEvent>;
  get eventsByService(): Lookup<FamilyEvent> {
    return (this.#eventsByService ??= listIndex(this.document.events, (e) => e.services));
  }
  #goalsByService?: ListIndex<Goal>;
  get goalsByService(): Lookup<Goal> {
    return (this.#goalsByService ??= listIndex(this.document.goals, (g) => g.services));
  }

  partnersOf(memberId: string): string[] {
    return [...new Set(this.partnershipsOf.get(memberId).flatMap((p) => p.partners.filter((id) => id !== memberId)))];
  }
  sectorOf(serviceId: string): Sector | undefined {
    const service = this.services.get(serviceId);
    return service?.sector ?? (service && this.organizations.get(service.organization)?.sector);
  }
  isSensitiveEvent(eventId: string): boolean {
    const event = this.events.get(eventId);
    return !!event && (event.sensitive === true || (event.services ?? []).some((id) => this.services.get(id)?.sensitive === true));
  }
  isDeceased(memberId: string): boolean {
    const member = this.members.get(memberId);
    return !!member && (member.deceased === true || member.deathDate !== undefined);
  }
  hasCustody(link: Parentage): boolean {
    return link.custody ?? (link.kind === 'biological' || link.kind === 'adoptive');
  }
  statusAt(partnershipId: string, day: number): PartnershipStatus | undefined {
    let status: PartnershipStatus | undefined;
    for (const entry of this.partnershipHistory.get(partnershipId) ?? []) {
      if (entry.start && entry.start.first > day) break;
      status = entry.status;
    }
    return status;
  }
  ageAt(memberId: string, at: ParsedDate | undefined = this.asOf): number | undefined {
    const born = this.birth.get(memberId);
    return born && at ? ageBetween(born, at) : undefined;
  }
  ageRangeAt(memberId: string, at: ParsedDate | undefined = this.asOf): { min: number; max: number } | undefined {
    const born = this.birth.get(memberId);
    return born && at ? ageRangeBetween(born, at) : undefined;
  }
}

export function normalize(document: FamilyDocument): NormalizedFamily {
  return new LazyNormalizedFamily(document);
}
