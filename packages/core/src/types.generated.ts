// GENERATED FILE — do not edit. TypeScript types generated from src/schema/family-document.schema.json
// by scripts/generate-schema-artifacts.mjs (`npm run generate`).

/**
 * Identifier: a non-empty string, unique across the whole document. Every reference is by id and must resolve.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * ISO 8601 date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (FHIR `date`); partial dates are normal. Must also be a real calendar date (checked in code, not by `format`).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "PartialDate".
 */
export type PartialDate = string;
/**
 * Full ISO 8601 date-time with offset, `YYYY-MM-DDThh:mm:ss[.fff](Z|+hh:mm|-hh:mm)`. The data model is silent on seconds; as FHIR `dateTime` they are required. Must also be a real calendar date and time (checked in code).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "DateTime".
 */
export type DateTime = string;
/**
 * A PartialDate or a DateTime (one pattern, so that a bad value gives one error).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "DateOrDateTime".
 */
export type DateOrDateTime = string;
/**
 * A reference to exactly one party: `{ "member": id }` or `{ "professional": id }` (FHIR `Reference(Patient | RelatedPerson | PractitionerRole)`).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "PartyRef".
 */
export type PartyRef =
  | {
      /**
       * Id of a member.
       */
      member: Id;
      /**
       * Host-specific data, never rendered.
       */
      extensions?: Extensions;
    }
  | {
      /**
       * Id of a professional.
       */
      professional: Id;
      /**
       * Host-specific data, never rendered.
       */
      extensions?: Extensions;
    };
/**
 * Administrative gender; drives the genogram symbol (FHIR `AdministrativeGender`).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Gender".
 */
export type Gender = "female" | "male" | "other" | "unknown";
/**
 * What a member record stands for; `person` when absent. Pregnancies and losses have their own genogram symbols.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "MemberKind".
 */
export type MemberKind = "person" | "pregnancy" | "miscarriage" | "stillbirth" | "abortion";
/**
 * Status of a couple's relationship from a given date.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "PartnershipStatus".
 */
export type PartnershipStatus = "dating" | "engaged" | "cohabiting" | "married" | "separated" | "divorced" | "widowed";
/**
 * How a parent is a parent of a child.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "ParentageKind".
 */
export type ParentageKind = "biological" | "adoptive" | "foster" | "step" | "guardian-only";
/**
 * The emotional quality of a bond, as drawn on a genogram.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "BondQuality".
 */
export type BondQuality =
  "close" | "fused" | "distant" | "conflict" | "hostile" | "cutoff" | "violence" | "abuse" | "neglect";
/**
 * The sector an organisation or service belongs to.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Sector".
 */
export type Sector =
  | "social"
  | "health"
  | "early-childhood"
  | "education"
  | "benefits"
  | "employment"
  | "housing"
  | "ngo"
  | "parish"
  | "police"
  | "other";
/**
 * Where a service stands.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "ServiceStatus".
 */
export type ServiceStatus = "planned" | "waiting" | "active" | "paused" | "ended" | "declined";
/**
 * What kind of event.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "EventKind".
 */
export type EventKind =
  | "meeting"
  | "network-meeting"
  | "assessment"
  | "plan"
  | "plan-review"
  | "decision"
  | "referral"
  | "application"
  | "contact"
  | "milestone";
/**
 * Whether the event is still ahead, took place or was cancelled.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "EventStatus".
 */
export type EventStatus = "planned" | "done" | "cancelled";
/**
 * Where a goal stands.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "GoalStatus".
 */
export type GoalStatus = "open" | "in-progress" | "achieved" | "dropped";
/**
 * `own-view` for the family's own view, `note` for a short shared note.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "NoteKind".
 */
export type NoteKind = "own-view" | "note";
/**
 * A category of a member's data that consent is given for.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Scope".
 */
export type Scope = "identity" | "relations" | "services" | "events" | "goals" | "notes" | "contact";
/**
 * A Scope, or "all" for every scope.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "RestrictionScope".
 */
export type RestrictionScope = "identity" | "relations" | "services" | "events" | "goals" | "notes" | "contact" | "all";
/**
 * Whether the consent holds (FHIR `Consent.status` `active` / `inactive`, here `revoked`).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "ConsentStatus".
 */
export type ConsentStatus = "active" | "revoked";
/**
 * Why a restriction was made.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "RestrictionReason".
 */
export type RestrictionReason = "safety" | "child-wish" | "court-order" | "child-best-interest" | "other";

/**
 * One family at one moment (`asOf`): its members, their relations, the professional network around them and who may see what. Written by the host system, read by <family-view>; the contract is docs/data-model.md (v1). Unknown properties are rejected everywhere except under `extensions`.
 */
export interface FamilyDocument {
  /**
   * Optional URI of this schema, for editors. Ignored by the widget.
   */
  $schema?: string;
  /**
   * Version of this contract the document was written for, `MAJOR.MINOR`. Only major version 1 is supported.
   */
  schemaVersion: string;
  /**
   * The document's "now": consents, periods and ages are judged at this date.
   */
  asOf?: PartialDate;
  /**
   * The family as a whole.
   */
  family?: FamilyInfo;
  /**
   * Every person (and pregnancy) of the family.
   */
  members: Member[];
  /**
   * Couples and the history of their relationship. Absent means none.
   */
  partnerships?: Partnership[];
  /**
   * Parent-child links, one per parent and child. Absent means none.
   */
  parentage?: Parentage[];
  /**
   * Members born together. Absent means none.
   */
  twins?: Twins[];
  /**
   * Emotional relationships drawn on the genogram (consent scope `relations`). Absent means none.
   */
  bonds?: Bond[];
  /**
   * Members living together. Absent means none.
   */
  households?: Household[];
  /**
   * Organisations that provide services to the family. Absent means none.
   */
  organizations?: Organization[];
  /**
   * Professionals working with the family, each in one organisation. Absent means none.
   */
  professionals?: Professional[];
  /**
   * Services (episodes of care) for members of the family. Absent means none.
   */
  services?: Service[];
  /**
   * Trusted professionals who hold the whole picture for some members. Absent means none.
   */
  coordinators?: Coordinator[];
  /**
   * Meetings, decisions, referrals and other dated events. Absent means none.
   */
  events?: FamilyEvent[];
  /**
   * The shared client plan. Absent means none.
   */
  goals?: Goal[];
  /**
   * The family's own view and short shared notes. Absent means none.
   */
  notes?: Note[];
  /**
   * Permits: who may see which scopes of a member's data. Absent means none.
   */
  consents?: Consent[];
  /**
   * Denies: who must not see which scopes of a member's data. A deny always beats a permit. Absent means none.
   */
  restrictions?: Restriction[];
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * Host-specific data any object may carry under `extensions`; any content is allowed and it is never rendered.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Extensions".
 */
export interface Extensions {
  [k: string]: unknown;
}
/**
 * A span of time (FHIR `Period`). An open end means unknown or ongoing; `start` must not be after `end`.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Period".
 */
export interface Period {
  /**
   * First day of the period, if known.
   */
  start?: PartialDate;
  /**
   * Last day of the period; absent when ongoing or unknown.
   */
  end?: PartialDate;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * Who a consent permits (`to`) or a restriction denies (`deny`): anyone named in any of the lists. At least one list must be given. Like FHIR `Consent.provision.actor`.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Audience".
 */
export interface Audience {
  /**
   * Ids of organisations; covers every professional of each.
   */
  organizations?: Id[];
  /**
   * Ids of professionals.
   */
  professionals?: Id[];
  /**
   * Whole sectors; covers every organisation of each sector and its professionals.
   */
  sectors?: Sector[];
  /**
   * Ids of members (for the family's portal view).
   */
  members?: Id[];
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * The family as a whole. The data model names only `id` and `label`; like FHIR `Group`, it has no other data of its own.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "FamilyInfo".
 */
export interface FamilyInfo {
  /**
   * Id of the family; unique across the document like every id.
   */
  id: Id;
  /**
   * Display name, e.g. "Rezaei family".
   */
  label?: string;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * A person (or pregnancy) of the family (FHIR `Patient` / `RelatedPerson`).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Member".
 */
export interface Member {
  /**
   * Id of the member.
   */
  id: Id;
  /**
   * Display name; may be a role such as "Äiti" in anonymised data.
   */
  name: string;
  /**
   * Given name(s) (FHIR `HumanName.given`).
   */
  givenName?: string;
  /**
   * Family name (FHIR `HumanName.family`).
   */
  familyName?: string;
  /**
   * Drives the genogram symbol.
   */
  gender: Gender;
  /**
   * Date of birth; partial dates are normal.
   */
  birthDate?: PartialDate;
  /**
   * Date of death; not before `birthDate`.
   */
  deathDate?: PartialDate;
  /**
   * True when the member has died but the date is unknown (FHIR `deceasedBoolean`).
   */
  deceased?: boolean;
  /**
   * What the record stands for; `person` when absent.
   */
  kind?: MemberKind;
  /**
   * True for the index person (client) the genogram centres on.
   */
  index?: boolean;
  /**
   * Languages the member uses, as BCP 47 tags (FHIR `Patient.communication.language`).
   *
   * Items: A BCP 47 language tag such as "fi" or "sv-FI".
   */
  languages?: string[];
  /**
   * True when an interpreter is needed (FHIR `patient-interpreterRequired` extension).
   */
  needsInterpreter?: boolean;
  /**
   * True for a Finnish non-disclosure for personal safety (turvakielto): the member's address, household location and contact details are never shown to anyone.
   */
  nonDisclosure?: boolean;
  /**
   * Postal address as one line of text (consent scope `contact`).
   */
  address?: string;
  /**
   * Phone number as text (consent scope `contact`).
   */
  phone?: string;
  /**
   * Email address as text (consent scope `contact`).
   */
  email?: string;
  /**
   * True for an anonymous stand-in that redaction puts where a hidden member is needed to connect visible ones (data model, "Who sees what", rule 5): it carries no name, dates, gender or id of the member. Hosts do not send it.
   */
  placeholder?: boolean;
  /**
   * Short plain-text labels such as "wheelchair user".
   *
   * Items: One label.
   */
  tags?: string[];
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * One step of a partnership's history: the status from `start` on, until the next entry.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "PartnershipHistoryEntry".
 */
export interface PartnershipHistoryEntry {
  /**
   * Status from `start` on.
   */
  status: PartnershipStatus;
  /**
   * When this status began, if known.
   */
  start?: PartialDate;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * A couple: two different members and the history of their relationship.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Partnership".
 */
export interface Partnership {
  /**
   * Id of the partnership.
   */
  id: Id;
  /**
   * Ids of the two partners (two different members).
   *
   * @minItems 2
   * @maxItems 2
   */
  partners: [Id, Id];
  /**
   * Statuses in time order; the status at a date is the last entry started by then.
   */
  history: PartnershipHistoryEntry[];
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * One parent-child link.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Parentage".
 */
export interface Parentage {
  /**
   * Id of the link.
   */
  id: Id;
  /**
   * Member id of the parent.
   */
  parent: Id;
  /**
   * Member id of the child; never the parent, and no member may become their own ancestor.
   */
  child: Id;
  /**
   * How the parent is a parent.
   */
  kind: ParentageKind;
  /**
   * True when the parent is a legal guardian of the child. When absent: true for biological and adoptive parents of a minor.
   */
  custody?: boolean;
  /**
   * When the link holds (foster placements, custody).
   */
  period?: Period;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * Members born together (twins, triplets, ...).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Twins".
 */
export interface Twins {
  /**
   * Id of the group.
   */
  id: Id;
  /**
   * Ids of the members born together: at least two, each once.
   */
  members: Id[];
  /**
   * True for identical (monozygotic) twins.
   */
  identical?: boolean;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * An emotional relationship between two members (consent scope `relations`).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Bond".
 */
export interface Bond {
  /**
   * Id of the bond.
   */
  id: Id;
  /**
   * Ids of the two members (two different members).
   *
   * @minItems 2
   * @maxItems 2
   */
  between: [Id, Id];
  /**
   * The quality of the bond.
   */
  quality: BondQuality;
  /**
   * For directed bonds (violence, abuse): the member it comes from; one of `between`.
   */
  from?: Id;
  /**
   * When the bond holds.
   */
  period?: Period;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * Members living together.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Household".
 */
export interface Household {
  /**
   * Id of the household.
   */
  id: Id;
  /**
   * Display label, e.g. "Mother's home".
   */
  label?: string;
  /**
   * Ids of the members living together.
   */
  members: Id[];
  /**
   * When they live together.
   */
  period?: Period;
  /**
   * Address of the household as one line of text; hidden when any member has `nonDisclosure`.
   */
  address?: string;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * An organisation that provides services (FHIR `Organization`).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Organization".
 */
export interface Organization {
  /**
   * Id of the organisation.
   */
  id: Id;
  /**
   * Display name.
   */
  name: string;
  /**
   * The organisation's sector.
   */
  sector: Sector;
  /**
   * Phone number as text.
   */
  phone?: string;
  /**
   * Web address as text (FHIR `ContactPoint` with system `url`).
   */
  url?: string;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * A professional in one organisation (FHIR `PractitionerRole`).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Professional".
 */
export interface Professional {
  /**
   * Id of the professional (role).
   */
  id: Id;
  /**
   * Display name.
   */
  name: string;
  /**
   * Job title, e.g. "Sosiaalityöntekijä".
   */
  title?: string;
  /**
   * Id of the organisation they work in.
   */
  organization: Id;
  /**
   * Phone number as text.
   */
  phone?: string;
  /**
   * Email address as text.
   */
  email?: string;
  /**
   * When they can be reached, as text, e.g. "Mon–Thu 9–11".
   */
  availability?: string;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * A code for the service in some code system (FHIR `Coding`: `system` and `code`).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "ServiceCode".
 */
export interface ServiceCode {
  /**
   * Identity of the code system (FHIR `Coding.system`, usually a URI).
   */
  system: string;
  /**
   * The code within that system.
   */
  code: string;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * A service for some members of the family (FHIR `EpisodeOfCare`). Needs at least one period unless `planned` or `waiting`.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Service".
 */
export interface Service {
  /**
   * Id of the service.
   */
  id: Id;
  /**
   * Display name.
   */
  name: string;
  /**
   * A code for the service.
   */
  code?: ServiceCode;
  /**
   * Id of the organisation providing it.
   */
  organization: Id;
  /**
   * The service's sector; the organisation's when absent.
   */
  sector?: Sector;
  /**
   * Ids of the members the service is for.
   */
  members: Id[];
  /**
   * Id of the responsible professional.
   */
  responsible?: Id;
  /**
   * Where the service stands.
   */
  status: ServiceStatus;
  /**
   * When the service was or is given; at least one unless the status is `planned` or `waiting`.
   */
  periods?: Period[];
  /**
   * Date the service was applied for.
   */
  applied?: PartialDate;
  /**
   * How much, as text, e.g. "2 visits a week".
   */
  intensity?: string;
  /**
   * Plain-text description.
   */
  description?: string;
  /**
   * True when the mere existence of the service can endanger a member (a shelter stay): never shown in a member's own portal view.
   */
  sensitive?: boolean;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * The trusted professional (omatyöntekijä) who holds the whole picture for some members (FHIR `CareTeam` with the coordinator role).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Coordinator".
 */
export interface Coordinator {
  /**
   * Id of the coordinator record.
   */
  id: Id;
  /**
   * Id of the coordinating professional.
   */
  professional: Id;
  /**
   * Id of the professional who stands in when they are away.
   */
  backup?: Id;
  /**
   * Ids of the members they coordinate for.
   */
  members: Id[];
  /**
   * Role title, e.g. "Luottohenkilö".
   */
  title?: string;
  /**
   * When they coordinate.
   */
  period?: Period;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * A dated event in the family's work with services (FHIR `Encounter` / `Appointment`).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "FamilyEvent".
 */
export interface FamilyEvent {
  /**
   * Id of the event.
   */
  id: Id;
  /**
   * What kind of event.
   */
  kind: EventKind;
  /**
   * Display title.
   */
  title: string;
  /**
   * When it starts: a date or a date-time.
   */
  start: DateOrDateTime;
  /**
   * When it ends; not before `start`.
   */
  end?: DateOrDateTime;
  /**
   * Planned, done or cancelled.
   */
  status: EventStatus;
  /**
   * Ids of the members involved.
   */
  members?: Id[];
  /**
   * Ids of the professionals involved.
   */
  professionals?: Id[];
  /**
   * Ids of the services it belongs to.
   */
  services?: Id[];
  /**
   * Where, as text.
   */
  location?: string;
  /**
   * As for services; an event tied to a sensitive service is sensitive too.
   */
  sensitive?: boolean;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * One task towards a goal.
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "GoalTask".
 */
export interface GoalTask {
  /**
   * What is to be done, as plain text.
   */
  text: string;
  /**
   * True when done.
   */
  done: boolean;
  /**
   * Who does it.
   */
  assignee?: PartyRef;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * A goal of the shared client plan (FHIR `Goal`).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Goal".
 */
export interface Goal {
  /**
   * Id of the goal.
   */
  id: Id;
  /**
   * The goal, as plain text.
   */
  text: string;
  /**
   * Ids of the members it concerns.
   */
  members?: Id[];
  /**
   * Ids of the services working towards it.
   */
  services?: Id[];
  /**
   * Who owns the goal.
   */
  owner?: PartyRef;
  /**
   * Where the goal stands.
   */
  status: GoalStatus;
  /**
   * Target date (FHIR `Goal.target.dueDate`).
   */
  due?: PartialDate;
  /**
   * Tasks towards the goal.
   */
  tasks?: GoalTask[];
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * A short plain-text note, or the family's own view (FHIR `Annotation`).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Note".
 */
export interface Note {
  /**
   * Id of the note.
   */
  id: Id;
  /**
   * Who wrote it.
   */
  author: PartyRef;
  /**
   * Ids of the members it is about.
   */
  about: Id[];
  /**
   * When it was written.
   */
  date: PartialDate;
  /**
   * The note, as plain text.
   */
  text: string;
  /**
   * Own view or note; the data model is silent on the default, which is treated as `note`.
   */
  kind?: NoteKind;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * A permit: the `to` audience may see `scope` of the subject's data (FHIR `Consent`, permit provision).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Consent".
 */
export interface Consent {
  /**
   * Id of the consent.
   */
  id: Id;
  /**
   * Member id whose data it is.
   */
  subject: Id;
  /**
   * Member id of who gave it: the subject, or a guardian for a child.
   */
  grantedBy: Id;
  /**
   * Who may see.
   */
  to: Audience;
  /**
   * Which categories of the subject's data.
   */
  scope: Scope[];
  /**
   * When the consent holds.
   */
  period?: Period;
  /**
   * Active or revoked.
   */
  status: ConsentStatus;
  /**
   * When it was given.
   */
  date?: PartialDate;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
/**
 * A deny: the `deny` audience must not see `scope` of the subject's data; it beats every permit (FHIR `Consent`, deny provision).
 *
 * This interface was referenced by `FamilyDocument`'s JSON-Schema
 * via the `definition` "Restriction".
 */
export interface Restriction {
  /**
   * Id of the restriction.
   */
  id: Id;
  /**
   * Member id whose data it protects.
   */
  subject: Id;
  /**
   * Who must not see.
   */
  deny: Audience;
  /**
   * Which categories, or ["all"] alone for every category.
   */
  scope: RestrictionScope[];
  /**
   * Why it was made.
   */
  reason: RestrictionReason;
  /**
   * When it holds.
   */
  period?: Period;
  /**
   * Id of the professional who decided it.
   */
  decidedBy?: Id;
  /**
   * Host-specific data, never rendered.
   */
  extensions?: Extensions;
}
