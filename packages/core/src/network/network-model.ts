/**
 * "Whom to turn to": the network view's model, built from an already redacted document.
 * The coordinators first, then every worker of the visible services grouped by member,
 * the next planned events and the shared plan. Pure and DOM-free; it only ever copies
 * what the document holds, and a reference to something redaction removed is skipped.
 */
import { compareDates, parseDateOrDateTime, parsePeriod, periodIncludes, type ParsedDate } from '../dates.js';
import type {
  Coordinator,
  EventKind,
  EventStatus,
  FamilyDocument,
  FamilyEvent,
  Goal,
  GoalStatus,
  Member,
  Organization,
  PartyRef,
  Professional,
  Service,
  ServiceStatus,
} from '../types.generated.js';

/** How many planned events the model lists before saying "and N more". */
export const DEFAULT_MAX_EVENTS = 5;

export interface NetworkModelOptions {
  /** "Now": a UTC day number or a date string; the document's `asOf` when absent. */
  readonly asOf?: number | string;
  /** Member ids in the order the groups should follow (e.g. the genogram's); others follow in document order. */
  readonly memberOrder?: readonly string[];
  /** Planned events listed before the rest are only counted. */
  readonly maxEvents?: number;
}

export interface NetworkPerson {
  readonly id: string;
  readonly name: string;
}

export interface NetworkOrganization {
  readonly id: string;
  readonly name: string;
  readonly phone?: string;
  readonly url?: string;
}

/** A professional and how to reach them. */
export interface NetworkContact {
  readonly professionalId: string;
  readonly name: string;
  readonly title?: string;
  readonly phone?: string;
  readonly email?: string;
  readonly availability?: string;
  readonly organization?: NetworkOrganization;
}

export interface NetworkCoordinator {
  readonly coordinatorId: string;
  /** The document's own title of the role ("Luottohenkilö"); the view supplies a generic one when absent. */
  readonly role?: string;
  readonly coordinator: NetworkContact;
  /** Who to call when the coordinator is away. */
  readonly backup?: NetworkContact;
  /** The members they coordinate for. */
  readonly members: readonly NetworkPerson[];
}

export interface NetworkService {
  readonly serviceId: string;
  readonly name: string;
  readonly status: ServiceStatus;
}

export interface NetworkWorker extends NetworkContact {
  /** The member's services this professional is responsible for (empty when met only at events). */
  readonly services: readonly NetworkService[];
  /** True when the professional is tied to the member only through shared events. */
  readonly viaEventsOnly: boolean;
  /** The member's events this professional attends; filled only when `viaEventsOnly`. */
  readonly events: ReadonlyArray<{ readonly eventId: string; readonly title: string }>;
}

/** A service of the member with nobody named as responsible: the organisation is whom to call. */
export interface NetworkUnstaffedService extends NetworkService {
  readonly organization?: NetworkOrganization;
}

export interface NetworkMemberGroup {
  readonly member: NetworkPerson;
  readonly workers: readonly NetworkWorker[];
  readonly unstaffedServices: readonly NetworkUnstaffedService[];
}

export interface NetworkEvent {
  readonly eventId: string;
  readonly title: string;
  readonly kind: EventKind;
  readonly status: EventStatus;
  /** As written: a date or a date-time. */
  readonly start: string;
  readonly end?: string;
  readonly location?: string;
  readonly members: readonly NetworkPerson[];
  readonly professionals: readonly NetworkPerson[];
}

export type NetworkParty = NetworkPerson & { readonly kind: 'member' | 'professional' };

export interface NetworkTask {
  readonly text: string;
  readonly done: boolean;
  readonly assignee?: NetworkParty;
}

export interface NetworkGoal {
  readonly goalId: string;
  readonly text: string;
  readonly status: GoalStatus;
  readonly due?: string;
  readonly owner?: NetworkParty;
  readonly members: readonly NetworkPerson[];
  readonly tasks: readonly NetworkTask[];
}

export interface NetworkModel {
  /** The date the model was judged at, as given or as the document's `asOf`; undefined when unknown. */
  readonly asOf?: string;
  readonly coordinators: readonly NetworkCoordinator[];
  readonly memberGroups: readonly NetworkMemberGroup[];
  /** The next planned events, soonest first, at most `maxEvents`. */
  readonly events: readonly NetworkEvent[];
  /** How many more planned events there are after `events`. */
  readonly moreEvents: number;
  readonly goals: readonly NetworkGoal[];
}

// Goals the family can still work on come first; achieved, then dropped, last.
const GOAL_ORDER: Record<GoalStatus, number> = { 'in-progress': 0, open: 1, achieved: 2, dropped: 3 };
// A worker of a current service is whom to call; past services' workers follow.
const CURRENT_SERVICE: ReadonlySet<ServiceStatus> = new Set<ServiceStatus>(['active', 'waiting', 'planned', 'paused']);

const MS_PER_DAY = 86_400_000;

/** The UTC day that counts as "now", or undefined when neither the option nor the document says. */
function resolveAsOf(option: number | string | undefined, documentAsOf: string | undefined): { day?: number; label?: string } {
  if (typeof option === 'number' && Number.isFinite(option)) {
    return { day: Math.floor(option), label: new Date(Math.floor(option) * MS_PER_DAY).toISOString().slice(0, 10) };
  }
  for (const candidate of [option, documentAsOf]) {
    if (typeof candidate !== 'string') continue;
    const parsed = parseDateOrDateTime(candidate);
    if (parsed) return { day: parsed.first, label: candidate };
  }
  return {};
}

/** Copies only the fields that are there, so absent stays absent (not `undefined`). */
function present<T extends object>(fields: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  // Filled in one loop, not filtered into a second array and rebuilt: called for every service and contact.
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) kept[key] = value;
  return kept as { [K in keyof T]: Exclude<T[K], undefined> };
}

/** Each member's items in document order; an item listing a member twice is filed once. */
function byMember<T>(items: readonly T[], membersOf: (item: T) => readonly string[] | undefined): Map<string, T[]> {
  const filed = new Map<string, T[]>();
  for (const item of items) {
    for (const memberId of new Set(membersOf(item) ?? [])) {
      let own = filed.get(memberId);
      if (!own) filed.set(memberId, (own = []));
      own.push(item);
    }
  }
  return filed;
}

class NetworkBuilder {
  private readonly members = new Map<string, Member>();
  private readonly professionals = new Map<string, Professional>();
  private readonly organizations = new Map<string, Organization>();

  constructor(
    private readonly doc: FamilyDocument,
    private readonly asOfDay: number | undefined,
  ) {
    // Placeholders stand for members the viewer may not see: nothing to name or list.
    for (const m of doc.members ?? []) if (m.placeholder !== true) this.members.set(m.id, m);
    for (const p of doc.professionals ?? []) this.professionals.set(p.id, p);
    for (const o of doc.organizations ?? []) this.organizations.set(o.id, o);
  }

  person = (memberId: string): NetworkPerson | undefined => {
    const m = this.members.get(memberId);
    return m && { id: m.id, name: m.name };
  };

  private people(ids: readonly string[] | undefined): NetworkPerson[] {
    return (ids ?? []).map(this.person).filter((p): p is NetworkPerson => p !== undefined);
  }

  private professionalPerson = (id: string): NetworkPerson | undefined => {
    const p = this.professionals.get(id);
    return p && { id: p.id, name: p.name };
  };

  private organization(id: string): NetworkOrganization | undefined {
    const o = this.organizations.get(id);
    return o && present({ id: o.id, name: o.name, phone: o.phone, url: o.url });
  }

  contact(professionalId: string | undefined): NetworkContact | undefined {
    const p = professionalId === undefined ? undefined : this.professionals.get(professionalId);
    if (!p) return undefined;
    return present({
      professionalId: p.id,
      name: p.name,
      title: p.title,
      phone: p.phone,
      email: p.email,
      availability: p.availability,
      organization: this.organization(p.organization),
    });
  }

  private party(ref: PartyRef | undefined): NetworkParty | undefined {
    if (!ref) return undefined;
    const found = 'member' in ref ? this.person(ref.member) : this.professionalPerson(ref.professional);
    return found && { ...found, kind: 'member' in ref ? 'member' : 'professional' };
  }

  private activeNow(c: Coordinator): boolean {
    return this.asOfDay === undefined || periodIncludes(parsePeriod(c.period), this.asOfDay);
  }

  coordinators(): NetworkCoordinator[] {
    const out: NetworkCoordinator[] = [];
    for (const c of this.doc.coordinators ?? []) {
      if (!this.activeNow(c)) continue;
      const coordinator = this.contact(c.professional);
      const members = this.people(c.members);
      if (!coordinator || members.length === 0) continue;
      const backup = c.backup === c.professional ? undefined : this.contact(c.backup);
      out.push(present({ coordinatorId: c.id, role: c.title, coordinator, backup, members }));
    }
    return out;
  }

  memberGroups(memberOrder: readonly string[] | undefined): NetworkMemberGroup[] {
    const services = this.doc.services ?? [];
    const events = this.doc.events ?? [];
    // "Only through events": neither responsible for a visible service nor a coordinator or backup.
    const attachedElsewhere = new Set<string>();
    for (const s of services) if (s.responsible !== undefined) attachedElsewhere.add(s.responsible);
    for (const c of this.coordinators()) {
      attachedElsewhere.add(c.coordinator.professionalId);
      if (c.backup) attachedElsewhere.add(c.backup.professionalId);
    }
    // Filed by member once: filtering every service for every member grew with their product.
    const servicesOf = byMember(services, (s) => s.members);
    const eventsOf = byMember(
      events.filter((e) => e.status !== 'cancelled'),
      (e) => e.members,
    );
    const groups: NetworkMemberGroup[] = [];
    for (const memberId of this.memberSequence(memberOrder)) {
      const member = this.person(memberId);
      if (!member) continue;
      const own = servicesOf.get(memberId) ?? [];
      const workers = this.serviceWorkers(own);
      const attended = eventsOf.get(memberId) ?? [];
      workers.push(...this.eventOnlyWorkers(attended, attachedElsewhere));
      const unstaffedServices = own
        .filter((s) => this.contact(s.responsible) === undefined)
        .map((s) => present({ ...this.service(s), organization: this.organization(s.organization) }));
      if (workers.length > 0 || unstaffedServices.length > 0) groups.push({ member, workers, unstaffedServices });
    }
    return groups;
  }

  private memberSequence(memberOrder: readonly string[] | undefined): string[] {
    const ids = [...new Set(memberOrder ?? [])].filter((id) => this.members.has(id));
    const given = new Set(ids);
    for (const id of this.members.keys()) if (!given.has(id)) ids.push(id);
    return ids;
  }

  private service(s: Service): NetworkService {
    return { serviceId: s.id, name: s.name, status: s.status };
  }

  /** One worker per responsible professional, those with a current service first. */
  private serviceWorkers(services: readonly Service[]): NetworkWorker[] {
    const byProfessional = new Map<string, { contact: NetworkContact; services: NetworkService[] }>();
    for (const s of services) {
      const contact = this.contact(s.responsible);
      if (!contact) continue;
      const entry = byProfessional.get(contact.professionalId) ?? { contact, services: [] };
      entry.services.push(this.service(s));
      byProfessional.set(contact.professionalId, entry);
    }
    const current = (w: { services: NetworkService[] }) => (w.services.some((s) => CURRENT_SERVICE.has(s.status)) ? 0 : 1);
    return [...byProfessional.values()]
      .map((entry, index) => ({ entry, index }))
      .sort((a, b) => current(a.entry) - current(b.entry) || a.index - b.index)
      .map(({ entry }) => ({ ...entry.contact, services: entry.services, viaEventsOnly: false, events: [] }));
  }

  /** Professionals met at the member's events (not cancelled) and tied to the family in no other way. */
  private eventOnlyWorkers(events: readonly FamilyEvent[], attachedElsewhere: ReadonlySet<string>): NetworkWorker[] {
    const byProfessional = new Map<string, NetworkWorker & { events: Array<{ eventId: string; title: string }> }>();
    for (const e of events) {
      for (const id of e.professionals ?? []) {
        if (attachedElsewhere.has(id)) continue;
        let worker = byProfessional.get(id);
        if (!worker) {
          const contact = this.contact(id);
          if (!contact) continue;
          worker = { ...contact, services: [], viaEventsOnly: true, events: [] };
          byProfessional.set(id, worker);
        }
        if (!worker.events.some((x) => x.eventId === e.id)) worker.events.push({ eventId: e.id, title: e.title });
      }
    }
    return [...byProfessional.values()];
  }

  events(maxEvents: number): { events: NetworkEvent[]; moreEvents: number } {
    const upcoming: Array<{ event: FamilyEvent; start: ParsedDate }> = [];
    for (const event of this.doc.events ?? []) {
      if (event.status !== 'planned') continue;
      const start = parseDateOrDateTime(event.start);
      if (!start) continue;
      // A partial date ("2025-05") may still be ahead as long as its last day is.
      if (this.asOfDay !== undefined && start.last < this.asOfDay) continue;
      upcoming.push({ event, start });
    }
    upcoming.sort((a, b) => compareDates(a.start, b.start));
    const limit = Math.max(0, Math.floor(maxEvents));
    const events = upcoming.slice(0, limit).map(({ event }) =>
      present({
        eventId: event.id,
        title: event.title,
        kind: event.kind,
        status: event.status,
        start: event.start,
        end: event.end,
        location: event.location,
        members: this.people(event.members),
        professionals: (event.professionals ?? []).map(this.professionalPerson).filter((p): p is NetworkPerson => p !== undefined),
      }),
    );
    return { events, moreEvents: upcoming.length - events.length };
  }

  goals(): NetworkGoal[] {
    return (this.doc.goals ?? [])
      .map((goal, index) => ({ goal, index }))
      .sort((a, b) => GOAL_ORDER[a.goal.status] - GOAL_ORDER[b.goal.status] || a.index - b.index)
      .map(({ goal }) => this.goal(goal));
  }

  private goal(goal: Goal): NetworkGoal {
    return present({
      goalId: goal.id,
      text: goal.text,
      status: goal.status,
      due: goal.due,
      owner: this.party(goal.owner),
      members: this.people(goal.members),
      tasks: (goal.tasks ?? []).map((t) => present({ text: t.text, done: t.done, assignee: this.party(t.assignee) })),
    });
  }
}

/**
 * The network view's model of an already redacted document: who coordinates, every worker
 * of the visible services by member, the next planned events and the shared plan.
 */
export function buildNetworkModel(document: FamilyDocument, options: NetworkModelOptions = {}): NetworkModel {
  const asOf = resolveAsOf(options.asOf, document.asOf);
  const builder = new NetworkBuilder(document, asOf.day);
  const { events, moreEvents } = builder.events(options.maxEvents ?? DEFAULT_MAX_EVENTS);
  return present({
    asOf: asOf.label,
    coordinators: builder.coordinators(),
    memberGroups: builder.memberGroups(options.memberOrder),
    events,
    moreEvents,
    goals: builder.goals(),
  });
}
