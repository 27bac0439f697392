/**
 * `redact(document, viewer)`: the document as the viewer may see it — a valid family
 * document holding nothing else. Pure, deterministic and idempotent. A host applies it on
 * its server before data leaves; the widget applies it again.
 */
import type {
  Audience,
  Consent,
  Coordinator,
  Restriction,
  FamilyDocument,
  FamilyEvent,
  Goal,
  Household,
  Member,
  Note,
  Parentage,
  PartyRef,
  Service,
} from '../types.generated.js';
import type { Viewer } from '../viewer.js';
import { cloneJson } from '../clone-json.js';
import { createAccessContext, type AccessContext } from './access.js';

/** What a placeholder member is called in the data; the widget shows its own localised label. */
export const PLACEHOLDER_NAME = '?';
const PLACEHOLDER_PREFIX = 'hidden-';

const IDENTITY_FIELDS = [
  'name',
  'givenName',
  'familyName',
  'gender',
  'birthDate',
  'deathDate',
  'deceased',
  'kind',
  'index',
  'languages',
  'needsInterpreter',
  'nonDisclosure',
  'tags',
] as const satisfies ReadonlyArray<keyof Member>;
const CONTACT_FIELDS = ['address', 'phone', 'email'] as const satisfies ReadonlyArray<keyof Member>;

/** Organisations and professionals (by id) left out of a member's view. */
interface HiddenParties {
  readonly organizations: ReadonlySet<string>;
  readonly professionals: ReadonlySet<string>;
}

const NO_HIDDEN_PARTIES: HiddenParties = { organizations: new Set(), professionals: new Set() };

/** The non-sensitive items a member viewer is shown, which make the parties they name known. */
interface ShownItems {
  readonly services: readonly Service[];
  readonly events: readonly FamilyEvent[];
  readonly goals: readonly Goal[];
  readonly notes: readonly Note[];
}

/**
 * Rule 6 carried through: a member viewer never sees an organisation or professional known
 * only through sensitive work. The name alone ("Turku shelter", an intimate partner
 * violence counsellor) would tell what the hidden service is to whoever looks over their
 * shoulder.
 *
 * - **Tied to sensitive work** (judged on the whole input document): the organisation and
 *   the responsible professional of a sensitive service; the professionals at a sensitive
 *   event or at an event tied to a sensitive service; the organisations of those
 *   professionals; and every professional of an organisation so tied.
 * - **Known otherwise**: whoever a non-sensitive item the member is shown names — a shown
 *   service's organisation and responsible, a shown event's professionals, a shown goal's
 *   owner and task assignees, a shown note's author — and the organisation of each such
 *   professional.
 * - **Hidden** = tied and not known otherwise. Such a party never appears: coordinator
 *   records of a hidden professional are dropped (a hidden backup only loses `backup`), a
 *   restriction loses a hidden `decidedBy`, consents and restrictions lose them from `to` /
 *   `deny` (and are dropped when nothing is left of the audience, which may not be empty),
 *   and they are left out of `organizations` and `professionals`. Shown goals and notes
 *   never lose their owner, assignees or author: naming them is what makes them known.
 */
function partiesKnownOnlyThroughSensitiveWork(doc: FamilyDocument, shown: ShownItems): HiddenParties {
  const organizationOf = new Map((doc.professionals ?? []).map((p) => [p.id, p.organization]));
  const sensitiveServices = new Set((doc.services ?? []).filter((s) => s.sensitive === true).map((s) => s.id));

  const tiedProfessionals = new Set<string>();
  const tiedOrganizations = new Set<string>();
  for (const s of doc.services ?? []) {
    if (s.sensitive !== true) continue;
    tiedOrganizations.add(s.organization);
    if (s.responsible !== undefined) tiedProfessionals.add(s.responsible);
  }
  for (const e of doc.events ?? []) {
    if (e.sensitive === true || (e.services ?? []).some((id) => sensitiveServices.has(id))) {
      for (const p of e.professionals ?? []) tiedProfessionals.add(p);
    }
  }
  for (const p of tiedProfessionals) addOrganizationOf(p, organizationOf, tiedOrganizations);
  for (const [p, organization] of organizationOf) if (tiedOrganizations.has(organization)) tiedProfessionals.add(p);

  const knownProfessionals = new Set<string>();
  const knownOrganizations = new Set<string>();
  const party = (p: PartyRef | undefined) => {
    if (p && 'professional' in p) knownProfessionals.add(p.professional);
  };
  for (const s of shown.services) {
    knownOrganizations.add(s.organization);
    if (s.responsible !== undefined) knownProfessionals.add(s.responsible);
  }
  for (const e of shown.events) for (const p of e.professionals ?? []) knownProfessionals.add(p);
  for (const g of shown.goals) {
    party(g.owner);
    for (const t of g.tasks ?? []) party(t.assignee);
  }
  for (const n of shown.notes) party(n.author);
  for (const p of knownProfessionals) addOrganizationOf(p, organizationOf, knownOrganizations);

  return {
    organizations: new Set([...tiedOrganizations].filter((o) => !knownOrganizations.has(o))),
    professionals: new Set([...tiedProfessionals].filter((p) => !knownProfessionals.has(p))),
  };
}

function addOrganizationOf(professional: string, organizationOf: ReadonlyMap<string, string>, into: Set<string>): void {
  const organization = organizationOf.get(professional);
  if (organization !== undefined) into.add(organization);
}

export function redact(document: FamilyDocument, viewer: Viewer | undefined): FamilyDocument {
  if (viewer?.kind === 'admin') return cloneJson(document);
  const ctx = createAccessContext(document, viewer);
  const empty: FamilyDocument = { schemaVersion: document.schemaVersion, members: [] };
  if (document.asOf !== undefined) empty.asOf = document.asOf;
  if (!viewer || (ctx.viewerMember === undefined && ctx.ownOrganization === undefined)) return empty;
  return new Redaction(document, ctx, viewer).run();
}

class Redaction {
  private readonly shown = new Set<string>();
  private readonly placeholderFor = new Map<string, string>();
  private readonly shownServices = new Set<string>();
  private readonly isMemberViewer: boolean;
  private hidden: HiddenParties = NO_HIDDEN_PARTIES;

  constructor(
    private readonly doc: FamilyDocument,
    private readonly ctx: AccessContext,
    private readonly viewer: Viewer,
  ) {
    this.isMemberViewer = viewer.kind === 'member';
  }

  private sees = (memberId: string, scope: Parameters<AccessContext['sees']>[1]) => this.shown.has(memberId) && this.ctx.sees(memberId, scope);
  /** A member id as it appears in the output: itself, its placeholder, or undefined. */
  private ref = (memberId: string): string | undefined => (this.shown.has(memberId) ? memberId : this.placeholderFor.get(memberId));

  run(): FamilyDocument {
    const doc = this.doc;
    for (const m of doc.members) if (m.placeholder !== true && this.ctx.sees(m.id, 'identity')) this.shown.add(m.id);

    const services = (doc.services ?? []).filter((s) => this.serviceShown(s)).map(cloneJson);
    for (const s of services) this.shownServices.add(s.id);
    const events = (doc.events ?? []).filter((e) => this.eventShown(e)).map(cloneJson);
    const goals = (doc.goals ?? []).filter((g) => this.goalShown(g)).map((g) => this.projectGoal(g));
    const notes = (doc.notes ?? []).filter((n) => this.noteShown(n)).map(cloneJson);
    if (this.isMemberViewer) this.hidden = partiesKnownOnlyThroughSensitiveWork(doc, { services, events, goals, notes });
    const consents = (doc.consents ?? []).filter((c) => this.shown.has(c.subject) && this.audienceRemains(c.to));
    const restrictions = (doc.restrictions ?? []).filter(
      (r) => this.shown.has(r.subject) && !this.ctx.names(r.deny) && this.audienceRemains(r.deny),
    );
    this.choosePlaceholders(consents, restrictions);

    const out: FamilyDocument = { schemaVersion: doc.schemaVersion, members: this.projectMembers() };
    if (doc.asOf !== undefined) out.asOf = doc.asOf;
    if (doc.family && this.shown.size > 0) out.family = { id: doc.family.id, ...(doc.family.label !== undefined && { label: doc.family.label }) };
    const relations = (ids: readonly string[]) => ids.every((id) => this.sees(id, 'relations'));
    const partnerships = (doc.partnerships ?? []).filter((p) => relations(p.partners)).map(cloneJson);
    const parentage = this.projectParentage();
    const twins = (doc.twins ?? [])
      .map((t) => ({ ...cloneJson(t), members: t.members.filter((m) => this.sees(m, 'relations')) }))
      .filter((t) => t.members.length >= 2);
    const bonds = (doc.bonds ?? []).filter((b) => relations(b.between)).map(cloneJson);
    const households = (doc.households ?? []).map((h) => this.projectHousehold(h)).filter((h): h is Household => h !== undefined);
    const coordinators = (doc.coordinators ?? [])
      .filter((c) => !this.hidden.professionals.has(c.professional))
      .map((c) => this.projectCoordinator(c))
      .filter((c) => c.members.length > 0);
    const shownConsents = consents.map((c) => ({ ...cloneJson(c), grantedBy: this.ref(c.grantedBy) ?? c.grantedBy, to: this.projectAudience(c.to) }));
    const shownRestrictions = restrictions.map((r) => this.projectRestriction(r));

    const professionals = new Set<string>();
    const organizations = new Set<string>();
    if (this.viewer.kind === 'professional') professionals.add(this.viewer.professional);
    if (this.ctx.ownOrganization !== undefined) organizations.add(this.ctx.ownOrganization);
    const party = (p: PartyRef | undefined) => {
      if (p && 'professional' in p) professionals.add(p.professional);
    };
    for (const s of services) {
      organizations.add(s.organization);
      if (s.responsible !== undefined) professionals.add(s.responsible);
    }
    for (const e of events) for (const p of e.professionals ?? []) professionals.add(p);
    for (const g of goals) {
      party(g.owner);
      for (const t of g.tasks ?? []) party(t.assignee);
    }
    for (const n of notes) party(n.author);
    for (const c of coordinators) {
      professionals.add(c.professional);
      if (c.backup !== undefined) professionals.add(c.backup);
    }
    for (const a of [...shownConsents.map((c) => c.to), ...shownRestrictions.map((r) => r.deny)]) {
      for (const p of a.professionals ?? []) professionals.add(p);
      for (const o of a.organizations ?? []) organizations.add(o);
    }
    for (const r of shownRestrictions) if (r.decidedBy !== undefined) professionals.add(r.decidedBy);
    const shownProfessionals = (doc.professionals ?? []).filter((p) => professionals.has(p.id)).map(cloneJson);
    for (const p of shownProfessionals) organizations.add(p.organization);
    const shownOrganizations = (doc.organizations ?? []).filter((o) => organizations.has(o.id)).map(cloneJson);

    const arrays = {
      partnerships,
      parentage,
      twins,
      bonds,
      households,
      organizations: shownOrganizations,
      professionals: shownProfessionals,
      services,
      coordinators,
      events,
      goals,
      notes,
      consents: shownConsents,
      restrictions: shownRestrictions,
    };
    for (const [key, value] of Object.entries(arrays)) {
      if (value.length > 0 || (doc as unknown as Record<string, unknown>)[key] !== undefined) {
        (out as unknown as Record<string, unknown>)[key] = value;
      }
    }
    return out;
  }

  // Rule 4 and 6: every member involved seen in the matching scope (own services count as
  // seen); never a sensitive item in a member's own portal view.
  private serviceShown(s: Service): boolean {
    if (this.isMemberViewer && s.sensitive === true) return false;
    if (!s.members.every((m) => this.shown.has(m))) return false;
    return this.ctx.isOwnService(s) || s.members.every((m) => this.sees(m, 'services'));
  }

  private eventShown(e: FamilyEvent): boolean {
    const tied = (e.services ?? []).map((id) => this.ctx.family.services.get(id));
    if (this.isMemberViewer && (e.sensitive === true || tied.some((s) => s?.sensitive === true))) return false;
    if (!(e.services ?? []).every((id) => this.shownServices.has(id))) return false;
    const members = e.members ?? [];
    if (members.length === 0 && tied.length === 0) return false; // about nobody we can check: not shown
    if (!members.every((m) => this.shown.has(m))) return false;
    const onlyOwn = tied.length > 0 && tied.every((s) => s !== undefined && this.ctx.isOwnService(s));
    return onlyOwn || members.every((m) => this.sees(m, 'events'));
  }

  private goalShown(g: Goal): boolean {
    if (!(g.services ?? []).every((id) => this.shownServices.has(id))) return false;
    const members = g.members ?? [];
    const tied = (g.services ?? []).map((id) => this.ctx.family.services.get(id));
    if (members.length === 0 && tied.length === 0) return false;
    if (!members.every((m) => this.shown.has(m))) return false;
    const onlyOwn = tied.length > 0 && tied.every((s) => s !== undefined && this.ctx.isOwnService(s));
    return onlyOwn || members.every((m) => this.sees(m, 'goals'));
  }

  /** Owners and assignees the viewer may not see are left out of a shown goal. */
  private projectGoal(g: Goal): Goal {
    const out = cloneJson(g);
    const hiddenMember = (p: PartyRef | undefined) => p !== undefined && 'member' in p && !this.shown.has(p.member);
    if (hiddenMember(out.owner)) delete out.owner;
    for (const t of out.tasks ?? []) if (hiddenMember(t.assignee)) delete t.assignee;
    return out;
  }

  private noteShown(n: Note): boolean {
    if ('member' in n.author && !this.shown.has(n.author.member)) return false;
    return n.about.length > 0 && n.about.every((m) => this.sees(m, 'notes'));
  }

  /**
   * Rule 5: a hidden member is drawn as an anonymous placeholder where it connects visible
   * ones (the unshown parent of two visible siblings), and where a shown consent or
   * restriction names them (granted by, to, denied): a member sees that her notes are
   * kept from someone, without learning who. Placeholders of a redacted document keep their ids.
   */
  private choosePlaceholders(consents: readonly Consent[], restrictions: readonly Restriction[]): void {
    const named = [
      ...consents.flatMap((c) => [c.grantedBy, ...(c.to.members ?? [])]),
      ...restrictions.flatMap((r) => r.deny.members ?? []),
    ];
    const needed = new Set<string>(named.filter((id) => !this.shown.has(id)));
    const links = new Map<string, Set<string>>();
    for (const p of this.doc.parentage ?? []) {
      for (const [hidden, visible] of [
        [p.parent, p.child],
        [p.child, p.parent],
      ] as const) {
        if (this.shown.has(hidden) || !this.sees(visible, 'relations')) continue;
        if (!links.has(hidden)) links.set(hidden, new Set());
        links.get(hidden)!.add(visible);
      }
    }
    for (const [hidden, visible] of links) if (visible.size >= 2) needed.add(hidden);
    let counter = 0;
    for (const m of this.doc.members) {
      if (!needed.has(m.id)) continue;
      let id = m.placeholder === true ? m.id : '';
      while (id === '' || (this.ctx.family.kindOf(id) !== undefined && m.placeholder !== true)) id = `${PLACEHOLDER_PREFIX}${++counter}`;
      this.placeholderFor.set(m.id, id);
    }
  }

  private projectMembers(): Member[] {
    const out: Member[] = [];
    for (const m of this.doc.members) {
      if (this.shown.has(m.id)) {
        const member = { id: m.id } as Member;
        for (const f of IDENTITY_FIELDS) if (m[f] !== undefined) (member as unknown as Record<string, unknown>)[f] = cloneJson(m[f]);
        if (this.ctx.sees(m.id, 'contact')) for (const f of CONTACT_FIELDS) if (m[f] !== undefined) member[f] = m[f];
        out.push(member);
      } else {
        const id = this.placeholderFor.get(m.id);
        if (id !== undefined) out.push({ id, name: PLACEHOLDER_NAME, gender: 'unknown', placeholder: true });
      }
    }
    return out;
  }

  /** Parentage between shown members needs both ends' relations; to a placeholder, the shown end's. */
  private projectParentage(): Parentage[] {
    const out: Parentage[] = [];
    for (const p of this.doc.parentage ?? []) {
      const parent = this.ref(p.parent);
      const child = this.ref(p.child);
      if (parent === undefined || child === undefined) continue;
      const ends = [p.parent, p.child].filter((id) => this.shown.has(id));
      if (ends.length === 0 || !ends.every((id) => this.sees(id, 'relations'))) continue;
      out.push({ ...cloneJson(p), parent, child });
    }
    return out;
  }

  /** Rule 2 and 3: members without shown relations leave the household; its address needs every member's contact. */
  private projectHousehold(h: Household): Household | undefined {
    const members = h.members.filter((m) => this.sees(m, 'relations'));
    if (members.length === 0) return undefined;
    const out: Household = { ...cloneJson(h), members };
    if (out.address !== undefined && !h.members.every((m) => this.sees(m, 'contact'))) delete out.address;
    return out;
  }

  /** A hidden backup only loses the `backup` field; the coordinator stays. */
  private projectCoordinator(c: Coordinator): Coordinator {
    const out: Coordinator = { ...cloneJson(c), members: c.members.filter((m) => this.sees(m, 'services')) };
    if (out.backup !== undefined && this.hidden.professionals.has(out.backup)) delete out.backup;
    return out;
  }

  private projectRestriction(r: Restriction): Restriction {
    const out: Restriction = { ...cloneJson(r), deny: this.projectAudience(r.deny) };
    if (out.decidedBy !== undefined && this.hidden.professionals.has(out.decidedBy)) delete out.decidedBy;
    return out;
  }

  /** Whether anybody is left in an audience once the hidden parties are out (the schema forbids an empty one). */
  private audienceRemains(a: Audience): boolean {
    return (
      a.members !== undefined ||
      a.sectors !== undefined ||
      (a.organizations ?? []).some((o) => !this.hidden.organizations.has(o)) ||
      (a.professionals ?? []).some((p) => !this.hidden.professionals.has(p))
    );
  }

  /**
   * Members the viewer may not see stand in an audience as their placeholders; hidden
   * organisations and professionals leave it, and so does a list they leave empty.
   */
  private projectAudience(a: Audience): Audience {
    const out = cloneJson(a);
    if (out.members) out.members = out.members.map((m) => this.ref(m) ?? m);
    if (out.organizations) {
      out.organizations = out.organizations.filter((o) => !this.hidden.organizations.has(o));
      if (out.organizations.length === 0) delete out.organizations;
    }
    if (out.professionals) {
      out.professionals = out.professionals.filter((p) => !this.hidden.professionals.has(p));
      if (out.professionals.length === 0) delete out.professionals;
    }
    return out;
  }
}
