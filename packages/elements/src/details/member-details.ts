/**
 * The details of one member, for the panel that opens when a member is selected: who
 * they are, how to reach them, their services, their coordinator and whom to call, and
 * what they wrote themselves. Built only from the document the element shows (redacted,
 * and moved to the slider's date): a field redaction removed is simply absent here.
 */
import type { FamilyDocument, Member, NetworkCoordinator, NetworkModel, ServiceStatus } from '@family-view/core';
import type { MemberView } from '../genogram/genogram-model.js';

export interface DetailsService {
  serviceId: string;
  name: string;
  status: ServiceStatus;
  organization?: string;
  /** The responsible worker, when the document names one the viewer may see. */
  worker?: { professionalId: string; name: string; phone?: string; email?: string };
  intensity?: string;
}

export interface DetailsNote {
  noteId: string;
  date: string;
  text: string;
}

export interface MemberDetails {
  memberId: string;
  /** The genogram's view of the member: name, age or years of life, symbol. */
  view: MemberView;
  languages: readonly string[];
  needsInterpreter: boolean;
  tags: readonly string[];
  /** Only what the redacted document still holds (nothing for a non-disclosure member). */
  contact: { phone?: string; email?: string; address?: string };
  services: readonly DetailsService[];
  coordinators: readonly NetworkCoordinator[];
  /** The member's own words (`kind: own-view` notes about them), newest first. */
  ownView: readonly DetailsNote[];
}

/** Active, waiting and planned services first: what the family deals with now. */
const STATUS_ORDER: Record<ServiceStatus, number> = { active: 0, paused: 1, waiting: 2, planned: 3, ended: 4, declined: 5 };

/**
 * `viewerMemberId`: the member who is looking, if a member is. A non-disclosure member's
 * contact details (Finnish *turvakielto*) are shown to nobody but themselves — the
 * administrator's "everything" included — whatever the document holds.
 */
export function buildMemberDetails(
  doc: FamilyDocument,
  view: MemberView,
  network: NetworkModel,
  viewerMemberId?: string,
): MemberDetails | undefined {
  if (view.placeholder) return undefined;
  const member: Member | undefined = doc.members.find((m) => m.id === view.id);
  if (!member) return undefined;
  const organizations = new Map((doc.organizations ?? []).map((o) => [o.id, o] as const));
  const professionals = new Map((doc.professionals ?? []).map((p) => [p.id, p] as const));

  const services: DetailsService[] = (doc.services ?? [])
    .filter((s) => s.members.includes(member.id))
    .map((s) => {
      const item: DetailsService = { serviceId: s.id, name: s.name, status: s.status };
      const organization = organizations.get(s.organization)?.name;
      if (organization !== undefined) item.organization = organization;
      const worker = s.responsible === undefined ? undefined : professionals.get(s.responsible);
      if (worker) {
        item.worker = { professionalId: worker.id, name: worker.name };
        if (worker.phone !== undefined) item.worker.phone = worker.phone;
        if (worker.email !== undefined) item.worker.email = worker.email;
      }
      if (s.intensity !== undefined) item.intensity = s.intensity;
      return item;
    })
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);

  const ownView = (doc.notes ?? [])
    .filter((n) => n.kind === 'own-view' && n.about.includes(member.id))
    .map((n) => ({ noteId: n.id, date: n.date, text: n.text }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

  const contact: MemberDetails['contact'] = {};
  if (member.nonDisclosure !== true || viewerMemberId === member.id) addContact(contact, member);
  return {
    memberId: member.id,
    view,
    languages: member.languages ?? [],
    needsInterpreter: member.needsInterpreter === true,
    tags: member.tags ?? [],
    contact,
    services,
    coordinators: network.coordinators.filter((c) => c.members.some((m) => m.id === member.id)),
    ownView,
  };
}

function addContact(contact: MemberDetails['contact'], member: Member): void {
  if (member.phone !== undefined) contact.phone = member.phone;
  if (member.email !== undefined) contact.email = member.email;
  if (member.address !== undefined) contact.address = member.address;
}
