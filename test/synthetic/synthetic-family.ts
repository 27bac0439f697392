/**
 * Deterministic synthetic family documents (contract v1, shared/design/data-model.md) of
 * any size, for property tests, benchmarks and stories.
 *
 * `syntheticFamily(memberCount, seed)` returns exactly `memberCount` members (for
 * memberCount ≥ 1) over about 5 + log10(memberCount) generations: founder lines whose
 * descendants marry married-in partners or each other (both partners' ancestry in the
 * document), sometimes the married-in partner's own parents, divorces and remarriages
 * (ordered history), step-children both ways, twins (some identical, rarely triplets),
 * adoptions, foster placements with periods, pregnancies and miscarriages, deaths
 * (dated and undated), widowhood, households with periods and a few bonds — plus a
 * service network: organisations across sectors, professionals, about 4.5 service
 * periods per member (counted per member a service is for), events, coordinators with
 * backups, goals with tasks, notes (own-view too), consents and restrictions.
 *
 * Everything is linear in memberCount: 5,000 members (about 14,000 services, 5.5 MB as
 * JSON) take a few hundred milliseconds at most, about as long as a JSON round trip of the
 * result. The same (memberCount, seed) always gives the same document; it satisfies both
 * `checkDocument` (./check-document.ts) and core's `validate` (see the test beside it).
 */
import { Prng } from './prng.js';

// ---------------------------------------------------------------------------------------
// A loose local type for the output. The typed FamilyDocument will live in
// packages/core/src/types.generated.ts; this file deliberately does not depend on it.
// ---------------------------------------------------------------------------------------

export type Gender = 'female' | 'male' | 'other' | 'unknown';
export type Sector = 'social' | 'health' | 'early-childhood' | 'education' | 'benefits' | 'employment' | 'housing' | 'ngo' | 'parish' | 'police' | 'other';
export type Scope = 'identity' | 'relations' | 'services' | 'events' | 'goals' | 'notes' | 'contact';
export interface PeriodLike { start?: string; end?: string }
export type ActorRef = { member: string } | { professional: string };
export interface AudienceLike { organizations?: string[]; professionals?: string[]; sectors?: Sector[]; members?: string[] }

export interface SyntheticMember {
  id: string; name: string; givenName?: string; familyName?: string; gender: Gender;
  birthDate?: string; deathDate?: string; deceased?: boolean;
  kind?: 'person' | 'pregnancy' | 'miscarriage' | 'stillbirth' | 'abortion';
  index?: boolean; languages?: string[]; needsInterpreter?: boolean; nonDisclosure?: boolean;
  address?: string; phone?: string; email?: string; tags?: string[];
}
export interface SyntheticPartnership {
  id: string; partners: [string, string];
  history: Array<{ status: 'dating' | 'engaged' | 'cohabiting' | 'married' | 'separated' | 'divorced' | 'widowed'; start?: string }>;
}
export interface SyntheticParentage {
  id: string; parent: string; child: string; kind: 'biological' | 'adoptive' | 'foster' | 'step' | 'guardian-only';
  custody?: boolean; period?: PeriodLike;
}
export interface SyntheticTwins { id: string; members: string[]; identical?: boolean }
export interface SyntheticBond {
  id: string; between: [string, string];
  quality: 'close' | 'fused' | 'distant' | 'conflict' | 'hostile' | 'cutoff' | 'violence' | 'abuse' | 'neglect';
  from?: string; period?: PeriodLike;
}
export interface SyntheticHousehold { id: string; label?: string; members: string[]; period?: PeriodLike; address?: string }
export interface SyntheticOrganization { id: string; name: string; sector: Sector; phone?: string; url?: string }
export interface SyntheticProfessional { id: string; name: string; title?: string; organization: string; phone?: string; email?: string; availability?: string }
export type ServiceStatus = 'planned' | 'waiting' | 'active' | 'paused' | 'ended' | 'declined';
export interface SyntheticService {
  id: string; name: string; code?: { system: string; code: string }; organization: string; sector?: Sector;
  members: string[]; responsible?: string; status: ServiceStatus; periods: PeriodLike[];
  applied?: string; intensity?: string; description?: string; sensitive?: boolean;
}
export interface SyntheticCoordinator { id: string; professional: string; backup?: string; members: string[]; title?: string; period?: PeriodLike }
export interface SyntheticEvent {
  id: string;
  kind: 'meeting' | 'network-meeting' | 'assessment' | 'plan' | 'plan-review' | 'decision' | 'referral' | 'application' | 'contact' | 'milestone';
  title: string; start: string; end?: string; status: 'planned' | 'done' | 'cancelled';
  members?: string[]; professionals?: string[]; services?: string[]; location?: string; sensitive?: boolean;
}
export interface SyntheticGoal {
  id: string; text: string; members?: string[]; services?: string[]; owner?: ActorRef;
  status: 'open' | 'in-progress' | 'achieved' | 'dropped'; due?: string;
  tasks?: Array<{ text: string; done: boolean; assignee?: ActorRef }>;
}
export interface SyntheticNote { id: string; author: ActorRef; about: string[]; date: string; text: string; kind?: 'own-view' | 'note' }
export interface SyntheticConsent {
  id: string; subject: string; grantedBy: string; to: AudienceLike; scope: Scope[];
  period?: PeriodLike; status: 'active' | 'revoked'; date?: string;
}
export interface SyntheticRestriction {
  id: string; subject: string; deny: AudienceLike; scope: Array<Scope | 'all'>;
  reason: 'safety' | 'child-wish' | 'court-order' | 'child-best-interest' | 'other'; period?: PeriodLike; decidedBy?: string;
}

export interface FamilyDocumentLike {
  schemaVersion: '1.0';
  asOf: string;
  family: { id: string; label?: string };
  members: SyntheticMember[];
  partnerships: SyntheticPartnership[];
  parentage: SyntheticParentage[];
  twins: SyntheticTwins[];
  bonds: SyntheticBond[];
  households: SyntheticHousehold[];
  organizations: SyntheticOrganization[];
  professionals: SyntheticProfessional[];
  services: SyntheticService[];
  coordinators: SyntheticCoordinator[];
  events: SyntheticEvent[];
  goals: SyntheticGoal[];
  notes: SyntheticNote[];
  consents: SyntheticConsent[];
  restrictions: SyntheticRestriction[];
}

// ---------------------------------------------------------------------------------------
// Dates as ordinals: ((year * 12) + month - 1) * 28 + day - 1, days 1–28 only, so every
// ordinal is a real calendar date, order is preserved and arithmetic is cheap.
// ---------------------------------------------------------------------------------------

const MONTH = 28;
const YEAR = 12 * MONTH;
const ord = (y: number, m = 1, d = 1): number => (y * 12 + (m - 1)) * MONTH + (d - 1);
const yearOf = (o: number): number => Math.floor(o / YEAR);
const years = (x: number): number => Math.round(x * YEAR);
const pad = (n: number): string => String(n).padStart(2, '0');
/** precision 0 = YYYY, 1 = YYYY-MM, 2 = YYYY-MM-DD (memoised per ordinal: the same dates recur a lot). */
const FMT_BASE = 1600 * YEAR;
const FMT_SIZE = (2100 - 1600) * YEAR;
const fmtCache: Array<Array<string | undefined>> = [[], [], []];
function fmt(o: number, precision: 0 | 1 | 2 = 2): string {
  const k = o - FMT_BASE;
  if (!Number.isInteger(k) || k < 0 || k >= FMT_SIZE) return formatOrd(o, precision);
  const cache = fmtCache[precision]!;
  return (cache[k] ??= formatOrd(o, precision));
}
function formatOrd(o: number, precision: 0 | 1 | 2): string {
  const y = Math.floor(o / YEAR);
  const m = Math.floor((o % YEAR) / MONTH) + 1;
  const d = (o % MONTH) + 1;
  return precision === 0 ? String(y) : precision === 1 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}
/** A date-time with a Finnish offset (+03:00 in summer months, else +02:00). */
function fmtDateTime(o: number, hour: number, minute: number): string {
  const m = Math.floor((o % YEAR) / MONTH) + 1;
  const offset = m >= 4 && m <= 10 ? '+03:00' : '+02:00';
  return `${fmt(o)}T${pad(hour)}:${pad(minute)}:00${offset}`;
}

const AS_OF = ord(2025, 3, 1);
const SERVICE_ERA = ord(1995, 1, 1);

// ---------------------------------------------------------------------------------------
// Name and text material.
// ---------------------------------------------------------------------------------------

/** Name pools by origin: Finnish, Finland-Swedish and Persian, as in the seed documents. */
type Origin = 'fi' | 'sv' | 'fa';
const NAMES: Record<Origin, { female: string[]; male: string[]; family: string[] }> = {
  fi: {
    female: ['Aino', 'Aili', 'Anna', 'Anneli', 'Elina', 'Ella', 'Emilia', 'Helmi', 'Hanna', 'Ida', 'Iida', 'Jenni', 'Kaisa', 'Laura', 'Leena', 'Liisa', 'Maria', 'Marjatta', 'Minna', 'Noora', 'Oona', 'Pirjo', 'Ritva', 'Sanna', 'Sofia', 'Tuula', 'Venla'],
    male: ['Aleksi', 'Ari', 'Eero', 'Eetu', 'Eino', 'Elias', 'Heikki', 'Jari', 'Juha', 'Jussi', 'Kalle', 'Kari', 'Lauri', 'Leo', 'Matti', 'Mikko', 'Niko', 'Oiva', 'Onni', 'Pekka', 'Seppo', 'Tapio', 'Timo', 'Veeti', 'Väinö'],
    family: ['Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Kinnunen', 'Salonen', 'Turunen'],
  },
  sv: {
    female: ['Astrid', 'Elsa', 'Ingrid', 'Karin', 'Margareta', 'Maja', 'Linnea', 'Ebba', 'Greta', 'Sara'],
    male: ['Anders', 'Erik', 'Gustav', 'Johan', 'Lars', 'Nils', 'Tomas', 'Henrik', 'Axel', 'Oskar'],
    family: ['Lindholm', 'Lindqvist', 'Berg', 'Holm', 'Sundström', 'Åberg', 'Nyberg', 'Forsman', 'Sjöberg', 'Wikström'],
  },
  fa: {
    female: ['Fatemeh', 'Maryam', 'Zahra', 'Shirin', 'Roya', 'Nasrin', 'Sara', 'Parisa', 'Leila', 'Ava'],
    male: ['Ali', 'Hossein', 'Reza', 'Karim', 'Amir', 'Dariush', 'Mehdi', 'Hamid', 'Arash', 'Kian'],
    family: ['Rezaei', 'Ahmadi', 'Karimi', 'Hosseini', 'Moradi', 'Mohammadi', 'Jafari', 'Sadeghi'],
  },
};
const STREETS = ['Koivukuja', 'Rantatie', 'Kirkkokatu', 'Myllytie', 'Puistokatu', 'Mäntytie', 'Kalliotie', 'Satamakatu', 'Koulukatu', 'Pajutie'];
const TOWNS = ['00100 Helsinki', '02100 Espoo', '01300 Vantaa', '33100 Tampere', '20100 Turku', '40100 Jyväskylä', '70100 Kuopio', '90100 Oulu'];
const AREAS = ['Koivula', 'Rantala', 'Mäkelä', 'Kirkonkylä', 'Keskusta', 'Itäkeskus', 'Länsi', 'Pohjoinen'];
const TAGS = ['wheelchair user', 'diabetes', 'hearing aid', 'ADHD', 'autism', 'asthma', 'memory disorder', 'epilepsy', 'reading difficulties', 'vegetarian'];

interface ServiceTemplate { sector: Sector; name: string; minAge: number; maxAge: number; sensitive?: boolean }
const SERVICE_TEMPLATES: ServiceTemplate[] = [
  { sector: 'early-childhood', name: 'Early childhood education', minAge: 1, maxAge: 6 },
  { sector: 'early-childhood', name: 'Pre-primary education', minAge: 6, maxAge: 7 },
  { sector: 'health', name: 'Child health clinic', minAge: 0, maxAge: 6 },
  { sector: 'health', name: 'Speech therapy', minAge: 2, maxAge: 12 },
  { sector: 'health', name: 'Occupational therapy', minAge: 2, maxAge: 16 },
  { sector: 'health', name: 'School health care', minAge: 7, maxAge: 18 },
  { sector: 'health', name: 'Child psychiatric outpatient care', minAge: 5, maxAge: 13 },
  { sector: 'health', name: 'Adolescent psychiatric outpatient care', minAge: 13, maxAge: 22 },
  { sector: 'health', name: 'Physiotherapy', minAge: 0, maxAge: 100 },
  { sector: 'health', name: 'Mental health outpatient care', minAge: 18, maxAge: 90 },
  { sector: 'health', name: 'Substance use outpatient services', minAge: 16, maxAge: 80, sensitive: true },
  { sector: 'health', name: 'Maternity clinic', minAge: 18, maxAge: 45 },
  { sector: 'health', name: 'Memory clinic follow-up', minAge: 65, maxAge: 110 },
  { sector: 'health', name: 'Home hospital', minAge: 50, maxAge: 110 },
  { sector: 'education', name: 'Intensified support in basic education', minAge: 7, maxAge: 16 },
  { sector: 'education', name: 'Special support in basic education', minAge: 7, maxAge: 16 },
  { sector: 'education', name: 'Preparatory class', minAge: 6, maxAge: 16 },
  { sector: 'education', name: 'Student welfare meetings', minAge: 7, maxAge: 19 },
  { sector: 'education', name: 'Study counselling', minAge: 15, maxAge: 25 },
  { sector: 'social', name: 'Family social work', minAge: 0, maxAge: 60 },
  { sector: 'social', name: 'Child welfare open care', minAge: 0, maxAge: 17 },
  { sector: 'social', name: 'Home help for families with children', minAge: 0, maxAge: 12 },
  { sector: 'social', name: 'Adult social work', minAge: 18, maxAge: 70 },
  { sector: 'social', name: 'Personal assistance', minAge: 3, maxAge: 90 },
  { sector: 'social', name: 'Transport service for persons with disabilities', minAge: 5, maxAge: 100 },
  { sector: 'social', name: 'Home care', minAge: 65, maxAge: 110 },
  { sector: 'social', name: 'Intimate partner violence support', minAge: 16, maxAge: 90, sensitive: true },
  { sector: 'benefits', name: 'Child benefit', minAge: 0, maxAge: 17 },
  { sector: 'benefits', name: 'General housing allowance', minAge: 18, maxAge: 100 },
  { sector: 'benefits', name: 'Basic social assistance', minAge: 18, maxAge: 100 },
  { sector: 'benefits', name: 'Labour market subsidy', minAge: 17, maxAge: 64 },
  { sector: 'benefits', name: 'Disability allowance', minAge: 0, maxAge: 100 },
  { sector: 'benefits', name: 'Pension', minAge: 63, maxAge: 110 },
  { sector: 'employment', name: 'Job search plan', minAge: 17, maxAge: 64 },
  { sector: 'employment', name: 'Work trial', minAge: 17, maxAge: 64 },
  { sector: 'employment', name: 'Integration training', minAge: 17, maxAge: 64 },
  { sector: 'housing', name: 'Rental flat', minAge: 18, maxAge: 100 },
  { sector: 'housing', name: 'Supported housing', minAge: 16, maxAge: 100 },
  { sector: 'ngo', name: 'Peer group', minAge: 10, maxAge: 100 },
  { sector: 'ngo', name: 'Family club', minAge: 0, maxAge: 12 },
  { sector: 'ngo', name: 'Debt counselling', minAge: 18, maxAge: 100 },
  { sector: 'ngo', name: 'Shelter stay', minAge: 18, maxAge: 100, sensitive: true },
  { sector: 'parish', name: 'Family counselling', minAge: 16, maxAge: 100 },
  { sector: 'parish', name: 'Diaconal work', minAge: 18, maxAge: 110 },
  { sector: 'police', name: 'Ankkuri team follow-up', minAge: 10, maxAge: 17 },
  { sector: 'other', name: 'Interpreting', minAge: 0, maxAge: 110 },
];

/** Templates that fit each age 0…110, computed once. */
const TEMPLATES_BY_AGE: ServiceTemplate[][] = Array.from({ length: 111 }, (_, age) => SERVICE_TEMPLATES.filter((t) => age >= t.minAge && age <= t.maxAge));
const STATUS_WEIGHTS: ReadonlyArray<readonly [ServiceStatus, number]> = [['active', 0.42], ['ended', 0.3], ['paused', 0.06], ['planned', 0.07], ['waiting', 0.08], ['declined', 0.07]];
const PERIOD_COUNT_WEIGHTS: ReadonlyArray<readonly [number, number]> = [[1, 0.6], [2, 0.28], [3, 0.12]];
const EVENT_KIND_WEIGHTS: ReadonlyArray<readonly [SyntheticEvent['kind'], number]> = [['meeting', 4], ['assessment', 1], ['plan', 1], ['plan-review', 1], ['network-meeting', 1], ['contact', 2], ['decision', 1], ['milestone', 0.3]];

const ORG_CATALOGUE: Array<[Sector, string]> = [
  ['social', 'Family social work'], ['social', 'Child welfare'], ['social', 'Disability services'], ['social', 'Older people\u2019s services'],
  ['health', 'Health centre'], ['health', 'Hospital outpatient clinics'], ['health', 'Mental health services'],
  ['early-childhood', 'Daycare centre'], ['education', 'Comprehensive school'], ['education', 'Upper secondary school'],
  ['benefits', 'Kela office'], ['employment', 'Employment services'], ['housing', 'Rental housing company'],
  ['ngo', 'Family association'], ['ngo', 'Shelter and crisis centre'], ['parish', 'Parish family counselling'],
  ['police', 'Police – Ankkuri team'], ['other', 'Interpreting service'],
];
const TITLES: Record<Sector, string[]> = {
  social: ['Sosiaalityöntekijä', 'Sosiaaliohjaaja', 'Perhetyöntekijä', 'Palveluohjaaja'],
  health: ['Terveydenhoitaja', 'Lääkäri', 'Psykologi', 'Puheterapeutti', 'Fysioterapeutti', 'Sairaanhoitaja'],
  'early-childhood': ['Varhaiskasvatuksen opettaja', 'Varhaiskasvatuksen erityisopettaja'],
  education: ['Luokanopettaja', 'Erityisopettaja', 'Koulukuraattori', 'Opinto-ohjaaja', 'Koulupsykologi'],
  benefits: ['Palveluneuvoja', 'Etuuskäsittelijä'],
  employment: ['Työllisyysasiantuntija', 'Työvalmentaja'],
  housing: ['Asumisneuvoja', 'Isännöitsijä'],
  ngo: ['Perhetyöntekijä', 'Vertaisohjaaja', 'Kriisityöntekijä'],
  parish: ['Perheneuvoja', 'Diakoniatyöntekijä'],
  police: ['Vanhempi konstaapeli', 'Rikoskomisario'],
  other: ['Asioimistulkki'],
};
const AVAILABILITY = ['Mon–Thu 9–11', 'Phone hour Mon–Wed 9–10', 'Tue and Thu', 'Mon–Fri 8–16', 'By appointment', 'Wed 12–13 by phone'];
const INTENSITY = ['Once a week', 'Every other week', 'Once a month', '2 visits a week', 'Full days, Mon–Fri', 'Every 6 months', 'As needed', '45 minutes weekly'];
const LOCATIONS = ['Family centre, meeting room 2', 'Home visit', 'School, meeting room', 'Health centre', 'Online (Teams)', 'Social services office'];
const EVENT_TITLES: Record<string, string> = {
  meeting: 'Meeting', 'network-meeting': 'Network meeting', assessment: 'Service needs assessment', plan: 'Client plan',
  'plan-review': 'Client plan review', decision: 'Decision', referral: 'Referral', application: 'Application', contact: 'Phone call', milestone: 'Milestone',
};
const GOAL_TEXTS = ['{name} knows whom to call about each service.', '{name} goes to school at least four days a week.', 'Daily routines at home run smoothly.', '{name} finds work or a study place.', '{name} moves around independently.', 'The family has a stable home.', '{name} sleeps better and has more energy.'];
const TASK_TEXTS = ['Make a list of contacts with phone numbers', 'Book the next appointment', 'Send the application', 'Try the new routine for two weeks', 'Visit the service together', 'Ask the school about support'];
const OWN_VIEW_TEXTS = ['It helps to have one person to call.', 'I want to decide about my own things.', 'Mornings are hard; evenings are better now.', 'I would like fewer meetings and more help at home.', 'Things are better than last year.'];
const NOTE_TEXTS = ['Situation stable; next review as planned.', 'Agreed on a shared plan with the family.', 'Waiting for the decision; the family has been informed.', 'Interpreter booked for the next meeting.'];

// ---------------------------------------------------------------------------------------
// Internal model.
// ---------------------------------------------------------------------------------------

interface Person {
  i: number;
  id: string;
  gen: number;
  birth: number; // ordinal; for a pregnancy the expected date (not output)
  gender: Gender;
  core: boolean; // born into the tree (or a founder): may partner and have children
  line: number; // founder line, to pair only people of different lines
  bornInto: number; // partnership index they were born into, or a unique negative number
  partnerships: number[];
  lastEvent: number; // a death must not come before this
  precision: 0 | 1 | 2;
  given: string;
  family: string;
  origin: Origin;
  kind: 'person' | 'pregnancy' | 'miscarriage';
  death?: number;
  deceasedNoDate?: boolean;
  partnered: boolean;
}

interface Part {
  i: number;
  id: string;
  a: number;
  b: number;
  gen: number;
  start: number;
  end?: number; // separation
  history: Array<{ status: SyntheticPartnership['history'][number]['status']; at: number }>;
  sameSex: boolean;
  children: number[]; // persons living with the couple as children (incl. adopted, fostered, brought in)
  nextBirth: number; // earliest next birth (sibling spacing)
}

/** Number of generations for a given size: about 5 + log10(n), fewer for tiny families. */
export function generationsFor(memberCount: number): number {
  const wanted = Math.round(5 + Math.log10(Math.max(1, memberCount)));
  return Math.max(1, Math.min(wanted, Math.ceil(memberCount / 3)));
}

export function syntheticFamily(memberCount: number, seed: number): FamilyDocumentLike {
  const n = Math.max(1, Math.floor(memberCount));
  const rng = new Prng(seed);
  const G = generationsFor(n);
  const F = Math.max(1, Math.round(Math.sqrt(n) / 4)); // founder lines
  // Typical birth of generation g: the youngest full generation are children now.
  const centre = (g: number): number => ord(2008 - (Math.max(G, 3) - 1 - g) * 30, 6, 15);

  const people: Person[] = [];
  const parts: Part[] = [];
  const gens: Person[][] = Array.from({ length: G + 2 }, () => []);
  const parentage: SyntheticParentage[] = [];
  const twins: SyntheticTwins[] = [];
  let negativeKey = -1;
  let nextLine = F;

  const room = (): number => n - people.length;
  const touch = (p: Person, at: number): void => {
    if (at > p.lastEvent) p.lastEvent = at;
  };
  const precisionFor = (birth: number): 0 | 1 | 2 => {
    const y = yearOf(birth);
    if (y < 1900) return rng.chance(0.85) ? 0 : 1;
    if (y < 1945) return rng.weighted<0 | 1 | 2>([[0, 0.5], [1, 0.2], [2, 0.3]]);
    return rng.chance(0.95) ? 2 : 1;
  };
  const genderFor = (): Gender => rng.weighted<Gender>([['female', 0.495], ['male', 0.495], ['other', 0.005], ['unknown', 0.005]]);
  const givenFor = (g: Gender, origin: Origin): string => {
    const pool = NAMES[origin];
    return rng.pick(g === 'female' ? pool.female : g === 'male' ? pool.male : rng.chance(0.5) ? pool.female : pool.male);
  };
  /** Origin of someone new to the family: Persian names only among the recently arrived. */
  const originFor = (birth: number): Origin =>
    yearOf(birth) >= 1965 ? rng.weighted<Origin>([['fi', 0.74], ['sv', 0.14], ['fa', 0.12]]) : rng.weighted<Origin>([['fi', 0.85], ['sv', 0.15]]);

  function addPerson(gen: number, birth: number, opts: Partial<Pick<Person, 'gender' | 'core' | 'line' | 'bornInto' | 'family' | 'origin' | 'kind' | 'precision'>> = {}): Person | undefined {
    if (room() <= 0) return undefined;
    const gender = opts.gender ?? genderFor();
    const origin = opts.origin ?? originFor(birth);
    const p: Person = {
      i: people.length,
      id: `m-${people.length + 1}`,
      gen,
      birth: Math.min(birth, AS_OF - MONTH),
      gender,
      core: opts.core ?? false,
      line: opts.line ?? nextLine++,
      bornInto: opts.bornInto ?? negativeKey--,
      partnerships: [],
      lastEvent: 0,
      precision: opts.precision ?? precisionFor(birth),
      given: givenFor(gender, origin),
      family: opts.family ?? rng.pick(NAMES[origin].family),
      origin,
      kind: opts.kind ?? 'person',
      partnered: false,
    };
    p.lastEvent = p.birth;
    people.push(p);
    gens[Math.min(gen, gens.length - 1)]!.push(p);
    return p;
  }

  /** `from` is the start of the relationship (adoption, placement, step-family) as an ordinal. */
  function addParentage(parent: Person, child: Person, kind: SyntheticParentage['kind'], extra: Partial<SyntheticParentage> = {}, from = child.birth): void {
    parentage.push({ id: `pa-${parentage.length + 1}`, parent: parent.id, child: child.id, kind, ...extra });
    touch(parent, Math.max(child.birth, from));
  }

  /** Builds the history of a partnership starting at `start`, optionally ending (separation) at `end`. */
  function makeHistory(start: number, end: number | undefined): Part['history'] {
    const h: Part['history'] = [];
    const old = yearOf(start) < 1965;
    let t = start;
    let married = false;
    if (old) {
      h.push({ status: 'married', at: t });
      married = true;
    } else {
      const limit = end ?? AS_OF;
      h.push({ status: 'dating', at: t });
      t += years(rng.range(0.3, 2.5));
      if (t < limit && rng.chance(0.8)) h.push({ status: 'cohabiting', at: t });
      t += years(rng.range(0.3, 3));
      if (t < limit && rng.chance(0.25)) h.push({ status: 'engaged', at: t });
      t += years(rng.range(0.2, 1.5));
      if (t < limit && rng.chance(0.7)) {
        h.push({ status: 'married', at: t });
        married = true;
      }
    }
    if (end !== undefined) {
      h.push({ status: 'separated', at: end });
      const divorce = end + years(rng.range(0.5, 1.5));
      if (married && divorce < AS_OF) h.push({ status: 'divorced', at: divorce });
    }
    return h;
  }

  function addPartnership(a: Person, b: Person, start: number, end: number | undefined, gen: number): Part {
    const p: Part = {
      i: parts.length, id: `pt-${parts.length + 1}`, a: a.i, b: b.i, gen, start, end,
      history: makeHistory(start, end),
      sameSex: (a.gender === 'female' && b.gender === 'female') || (a.gender === 'male' && b.gender === 'male'),
      children: [], nextBirth: start + 9 * MONTH,
    };
    parts.push(p);
    a.partnerships.push(p.i);
    b.partnerships.push(p.i);
    a.partnered = b.partnered = true;
    for (const h of p.history) {
      touch(a, h.at);
      touch(b, h.at);
    }
    return p;
  }

  /** A new married-in partner for `p`, born near `p`, adult at `start`; sometimes with their own parents. */
  function marriedIn(p: Person, start: number, younger: boolean): Person | undefined {
    const opposite: Gender = p.gender === 'female' ? 'male' : p.gender === 'male' ? 'female' : genderFor();
    const gender = rng.chance(0.04) ? p.gender : opposite;
    const birth = Math.min(p.birth + years(younger ? rng.range(-9, 2) : rng.range(-4, 5)), start - years(18));
    const x = addPerson(p.gen, birth, { gender, core: false });
    if (!x) return undefined;
    // Sometimes the in-laws are in the document too (both partners' ancestry).
    if (p.gen > 0 && rng.chance(0.12) && room() >= 2) {
      const fb = x.birth - years(rng.range(22, 36));
      const mf = addPerson(p.gen - 1, fb, { gender: 'male', family: x.family, origin: x.origin });
      const mm = addPerson(p.gen - 1, fb + years(rng.range(-2, 4)), { gender: 'female', origin: x.origin });
      if (mf && mm) {
        const ps = Math.max(mf.birth, mm.birth) + years(18);
        const pt = addPartnership(mf, mm, Math.min(x.birth - years(rng.range(0.5, 4)), Math.max(ps, x.birth - MONTH)), undefined, p.gen - 1);
        addParentage(mf, x, 'biological');
        addParentage(mm, x, 'biological');
        pt.children.push(x.i);
        pt.nextBirth = x.birth + years(rng.range(1, 3));
        x.bornInto = pt.i;
      }
    }
    return x;
  }

  /** Partnerships for the core people of generation g. */
  function partner(g: number, last: boolean): void {
    const list = rng.shuffle(gens[g]!.filter((p) => p.core && p.kind === 'person' && !p.partnered));
    for (let k = 0; k < list.length; k++) {
      const p = list[k]!;
      if (p.partnered || room() <= 0) continue;
      const adult = p.birth + years(18);
      if (adult > AS_OF - years(1)) continue;
      if (!rng.chance(last ? (AS_OF - p.birth > years(25) ? 0.65 : 0.3) : 0.88)) continue;

      let start = centre(g) + years(24 + rng.range(-4, 5));
      // Cross-line pairing: a core person of the same generation from another line.
      let other: Person | undefined;
      if (rng.chance(0.22)) {
        for (let j = k + 1; j < Math.min(list.length, k + 12); j++) {
          const q = list[j]!;
          if (!q.partnered && q.line !== p.line && q.bornInto !== p.bornInto && q.birth + years(18) <= AS_OF - years(1) && q.gender !== p.gender) {
            other = q;
            break;
          }
        }
      }
      const maxBirth = Math.max(p.birth, other?.birth ?? p.birth);
      start = Math.min(Math.max(start, maxBirth + years(18 + rng.range(0, 4))), maxBirth + years(45), AS_OF - years(1));
      if (start < maxBirth + years(18)) continue;

      // Will this first partnership end (separation, then a new partner)?
      let end: number | undefined;
      const second = !last && rng.chance(0.22);
      if (second) {
        const e = start + years(rng.range(3, 15));
        if (e < AS_OF - years(2)) end = e;
      }
      const partnerPerson = other ?? marriedIn(p, start, false);
      if (!partnerPerson) return;
      if (other) other.partnered = true;
      addPartnership(p, partnerPerson, start, end, g);

      // Remarriage (and rarely a third partnership).
      let prevEnd = end;
      let count = 1;
      while (prevEnd !== undefined && room() > 0 && count < 3) {
        const s2 = prevEnd + years(rng.range(0.5, 4));
        if (s2 > AS_OF - MONTH * 6) break;
        let e2: number | undefined;
        if (count === 1 && rng.chance(0.15)) {
          const e = s2 + years(rng.range(2, 10));
          if (e < AS_OF - years(2)) e2 = e;
        }
        const x = marriedIn(p, s2, true);
        if (!x) break;
        const pt = addPartnership(p, x, s2, e2, g);
        // The new partner sometimes brings a child of their own (a step-child of p).
        if (rng.chance(0.35) && room() > 0) {
          const cb = s2 - years(rng.range(1, 9));
          if (cb >= x.birth + years(18)) {
            const c = addPerson(g + 1, cb, { core: true, line: p.line, family: x.family, origin: x.origin });
            if (c) {
              addParentage(x, c, 'biological');
              addParentage(p, c, 'step', { custody: false, period: { start: fmt(s2) } }, s2);
              pt.children.push(c.i);
            }
          }
        }
        prevEnd = e2;
        count++;
      }
    }
  }

  /** Mother-age and partnership limits for births in a partnership. */
  function birthWindow(pt: Part, strict: boolean): [number, number] {
    const a = people[pt.a]!;
    const b = people[pt.b]!;
    let hi = Math.min(pt.end ?? AS_OF - MONTH, AS_OF - MONTH);
    if (strict) {
      const mothers = [a, b].filter((x) => x.gender === 'female');
      for (const m of mothers) hi = Math.min(hi, m.birth + years(45));
      hi = Math.min(hi, pt.start + years(22));
    }
    const lo = strict ? pt.nextBirth : pt.start + 9 * MONTH;
    return [lo, hi];
  }

  /** Adds one birth (sometimes twins or triplets) or an adoption/foster child to a partnership. */
  function addChild(pt: Part, strict: boolean): number {
    const [lo, hi] = birthWindow(pt, strict);
    if (lo > hi) return 0;
    const a = people[pt.a]!;
    const b = people[pt.b]!;
    const gen = Math.max(a.gen, b.gen) + 1;
    const core = a.core ? a : b;
    const target = centre(gen) + years(rng.range(-8, 8));
    const birth = strict ? Math.max(lo, Math.min(hi, target, lo + years(rng.range(0, 4)))) : lo + Math.floor(rng.float() * (hi - lo + 1));
    const namer = a.gender === 'male' ? a : b.gender === 'male' ? b : core;
    const family = namer.family;
    const origin = rng.chance(0.7) ? namer.origin : (namer === a ? b : a).origin;
    const r = rng.float();

    // Foster placement (recent decades only).
    if (r < 0.025 && yearOf(pt.start) >= 1970) {
      const place = Math.max(pt.start, birth);
      const childBirth = place - years(rng.range(0, 10));
      const placeEnd = Math.min(pt.end ?? AS_OF, AS_OF - MONTH);
      if (place < placeEnd && place > childBirth) {
        const c = addPerson(gen, childBirth, { core: true, line: core.line });
        if (!c) return 0;
        const endAt = childBirth + years(18) < placeEnd ? childBirth + years(18) : rng.chance(0.3) ? place + Math.floor((placeEnd - place) * rng.float()) : undefined;
        const period: PeriodLike = endAt !== undefined && endAt > place ? { start: fmt(place), end: fmt(endAt) } : { start: fmt(place) };
        addParentage(a, c, 'foster', { custody: false, period }, place);
        addParentage(b, c, 'foster', { custody: false, period }, place);
        pt.children.push(c.i);
        return 1;
      }
    }
    // Pregnancy (at asOf) or miscarriage.
    if (r < 0.04 && strict && !pt.sameSex && pt.end === undefined && hi >= AS_OF - years(1)) {
      const c = addPerson(gen, AS_OF + years(rng.range(0.1, 0.7)), { kind: 'pregnancy', gender: 'unknown', line: core.line, bornInto: pt.i, precision: 2 });
      if (!c) return 0;
      addParentage(a, c, 'biological');
      addParentage(b, c, 'biological');
      c.birth = AS_OF; // not output; keeps later arithmetic sane
      pt.nextBirth = AS_OF + years(1);
      return 1;
    }
    if (r < 0.06 && !pt.sameSex && yearOf(birth) >= 1950) {
      const c = addPerson(gen, birth, { kind: 'miscarriage', gender: 'unknown', line: core.line, bornInto: pt.i, precision: 1 });
      if (!c) return 0;
      addParentage(a, c, 'biological');
      addParentage(b, c, 'biological');
      pt.nextBirth = birth + 4 * MONTH;
      return 1;
    }

    const adopted = pt.sameSex || r > 0.965;
    let count = 1;
    const t = rng.float();
    if (!adopted && t < 0.0025) count = 3;
    else if (!adopted && t < 0.035) count = 2;
    count = Math.min(count, room());
    if (count <= 0) return 0;
    const identical = count > 1 && rng.chance(0.35);
    const sharedGender = identical ? (rng.chance(0.5) ? 'female' : 'male') : undefined;
    const precision = precisionFor(birth);
    const born: Person[] = [];
    for (let k = 0; k < count; k++) {
      const c = addPerson(gen, birth, { core: true, line: core.line, bornInto: pt.i, family, origin, precision, ...(sharedGender ? { gender: sharedGender } : {}) });
      if (!c) break;
      born.push(c);
      if (adopted) {
        const at = Math.min(birth + MONTH * rng.int(2, 30), AS_OF - MONTH);
        const from = Math.max(at, birth);
        const period = { start: fmt(from) };
        addParentage(a, c, 'adoptive', { period }, from);
        addParentage(b, c, 'adoptive', { period }, from);
      } else {
        addParentage(a, c, 'biological');
        addParentage(b, c, 'biological');
      }
      pt.children.push(c.i);
    }
    if (born.length > 1) twins.push({ id: `tw-${twins.length + 1}`, members: born.map((c) => c.id), ...(identical ? { identical: true } : { identical: false }) });
    pt.nextBirth = birth + years(rng.range(0.9, 4));
    return born.length;
  }

  /** Distributes about `k` children over the partnerships of generation g. */
  function children(g: number, k: number): void {
    const open = parts.filter((pt) => pt.gen === g);
    let placed = 0;
    let guard = 0;
    while (placed < k && open.length > 0 && room() > 0 && guard++ < k * 6 + 20) {
      const j = Math.floor(rng.float() * open.length);
      const got = addChild(open[j]!, true);
      if (got === 0) {
        open[j] = open[open.length - 1]!;
        open.pop();
      } else placed += got;
    }
  }

  // --- Build the tree -------------------------------------------------------------------

  // Generation sizes grow geometrically from the founder couples to about n in total.
  const ratio = (() => {
    let lo = 0.2;
    let hi = 4;
    for (let it = 0; it < 50; it++) {
      const mid = (lo + hi) / 2;
      let s = 0;
      for (let g = 0; g < G; g++) s += 2 * F * mid ** g;
      if (s > n) hi = mid;
      else lo = mid;
    }
    return (lo + hi) / 2;
  })();
  const planned = Array.from({ length: G }, (_, g) => 2 * F * ratio ** g);

  for (let f = 0; f < F; f++) addPerson(0, centre(0) + years(rng.range(-5, 5)), { core: true, line: f, origin: rng.chance(0.8) ? 'fi' : 'sv' });
  partner(0, G === 1);
  for (let g = 0; g < G - 1; g++) {
    const remainingPlan = planned.slice(g + 1).reduce((s, x) => s + x, 0);
    const share = remainingPlan > 0 ? (planned[g + 1]! * room()) / remainingPlan : room();
    const lastGen = g + 1 === G - 1;
    children(g, Math.max(1, Math.round(share / (lastGen ? 1.3 : 1.85))));
    partner(g + 1, lastGen);
  }
  // Fill up to exactly n: more children for the most recent couples that can still have them.
  if (!parts.length && room() > 0) {
    const f = people[0]!;
    const start = Math.min(Math.max(centre(0) + years(24), f.birth + years(19)), AS_OF - years(1));
    const x = marriedIn(f, start, false);
    if (x) addPartnership(f, x, start, undefined, 0);
  }
  const byRecent = parts.slice().sort((x, y) => y.gen - x.gen || y.start - x.start);
  for (const strict of [true, false]) {
    let progress = true;
    while (room() > 0 && progress) {
      progress = false;
      for (const pt of byRecent) {
        if (room() <= 0) break;
        if (addChild(pt, strict) > 0) progress = true;
      }
    }
  }

  // Step-parents: a later partner of a parent becomes step-parent of that parent's minor children.
  for (const p of people) {
    if (p.partnerships.length < 2) continue;
    const mine = p.partnerships.map((i) => parts[i]!).sort((x, y) => x.start - y.start);
    for (let k = 1; k < mine.length; k++) {
      const later = mine[k]!;
      const step = people[later.a === p.i ? later.b : later.a]!;
      for (const earlier of mine.slice(0, k)) {
        for (const ci of earlier.children) {
          const c = people[ci]!;
          if (c.kind === 'person' && c.bornInto === earlier.i && c.birth < later.start && later.start - c.birth < years(18) && !later.children.includes(ci)) {
            addParentage(step, c, 'step', { custody: false, period: { start: fmt(later.start) } }, later.start);
          }
        }
      }
    }
  }

  // Deaths: after every recorded life event, more likely with age.
  for (const p of people) {
    if (p.kind !== 'person') continue;
    const age = (AS_OF - p.birth) / YEAR;
    const pDead = age > 100 ? 1 : age > 90 ? 0.8 : age > 80 ? 0.45 : age > 70 ? 0.2 : age > 55 ? 0.06 : age > 30 ? 0.015 : 0.003;
    if (!rng.chance(pDead)) continue;
    if (yearOf(p.birth) < 1900 && rng.chance(0.2)) {
      p.deceasedNoDate = true;
      continue;
    }
    const lower = Math.max(p.lastEvent + MONTH, p.birth + MONTH);
    const upper = AS_OF - MONTH;
    if (lower > upper) continue;
    const wished = p.birth + years(age > 100 ? rng.range(55, 98) : rng.range(Math.min(age, 40), Math.min(age, 98)));
    p.death = Math.max(lower, Math.min(upper, wished));
  }
  const aliveAt = (p: Person, t: number): boolean => p.kind === 'person' && p.birth <= t && !p.deceasedNoDate && (p.death === undefined || p.death >= t);
  const alive = (p: Person): boolean => aliveAt(p, AS_OF);
  const ageAt = (p: Person, t: number): number => (t - p.birth) / YEAR;

  // Widowhood closes partnerships that had not ended.
  for (const pt of parts) {
    const last = pt.history[pt.history.length - 1]!;
    if (last.status === 'separated' || last.status === 'divorced') continue;
    const deaths = [people[pt.a]!.death, people[pt.b]!.death].filter((d): d is number => d !== undefined);
    if (deaths.length) pt.history.push({ status: 'widowed', at: Math.max(Math.min(...deaths), last.at) });
  }

  // --- Output: family ---------------------------------------------------------------------

  const index = (() => {
    const kids = people.filter((p) => alive(p) && ageAt(p, AS_OF) < 18 && p.bornInto >= 0);
    const pool = kids.length ? kids : people.filter(alive);
    if (!pool.length) return people[0];
    const maxGen = Math.max(...pool.map((p) => p.gen));
    return rng.pick(pool.filter((p) => p.gen === maxGen));
  })();

  const addressOf = new Map<number, string>();
  const randomAddress = (): string => `${rng.pick(STREETS)} ${rng.int(1, 60)}${rng.chance(0.5) ? ` ${rng.pick(['A', 'B', 'C'])} ${rng.int(1, 40)}` : ''}, ${rng.pick(TOWNS)}`;
  const households: SyntheticHousehold[] = [];
  for (const pt of parts) {
    const together = pt.history.find((h) => h.status === 'cohabiting' || h.status === 'married');
    if (!together) continue;
    const endEntry = pt.history.find((h) => h.status === 'separated' || h.status === 'widowed' || h.status === 'divorced');
    const end = endEntry?.at;
    const ms = [people[pt.a]!, people[pt.b]!, ...pt.children.map((i) => people[i]!)].filter(
      (p) => p.kind === 'person' && p.birth <= (end ?? AS_OF) && (p.death === undefined || p.death >= together.at),
    );
    if (!ms.length) continue;
    const current = end === undefined && ms.some(alive);
    if (end === undefined && !current) continue; // an open household of the long dead says nothing
    const h: SyntheticHousehold = { id: `h-${households.length + 1}`, members: ms.map((p) => p.id) };
    if (rng.chance(0.5)) h.label = `${people[pt.a]!.given} and ${people[pt.b]!.given}`;
    h.period = end === undefined ? { start: fmt(together.at, people[pt.a]!.precision) } : { start: fmt(together.at, people[pt.a]!.precision), end: fmt(end, people[pt.a]!.precision) };
    if (current) {
      h.address = randomAddress();
      for (const p of ms) if (alive(p)) addressOf.set(p.i, h.address);
    }
    households.push(h);
  }

  const members: SyntheticMember[] = people.map((p) => {
    if (p.kind === 'pregnancy') return { id: p.id, name: 'Pregnancy', gender: 'unknown', kind: 'pregnancy' };
    if (p.kind === 'miscarriage') return { id: p.id, name: 'Miscarriage', gender: 'unknown', kind: 'miscarriage', birthDate: fmt(p.birth, 1) };
    const m: SyntheticMember = { id: p.id, name: `${p.given} ${p.family}`, givenName: p.given, familyName: p.family, gender: p.gender, birthDate: fmt(p.birth, p.precision) };
    if (p.death !== undefined) m.deathDate = fmt(p.death, p.precision);
    if (p.deceasedNoDate) m.deceased = true;
    if (p === index) m.index = true;
    if (alive(p)) {
      const adult = ageAt(p, AS_OF) >= 18;
      if (p.origin === 'fa' && rng.chance(0.8)) {
        const newcomer = adult && rng.chance(0.4);
        m.languages = newcomer ? ['fa'] : ['fa', 'fi'];
        if (newcomer) m.needsInterpreter = true;
      } else if (p.origin === 'sv' && rng.chance(0.6)) m.languages = rng.chance(0.5) ? ['sv'] : ['sv', 'fi'];
      else if (rng.chance(0.2)) m.languages = ['fi'];
      if (rng.chance(0.005)) m.nonDisclosure = true;
      if (adult && rng.chance(0.4)) m.address = addressOf.get(p.i) ?? randomAddress();
      if (adult && rng.chance(0.3)) m.phone = `+358 ${rng.pick(['40', '44', '45', '50'])} 555 ${String(rng.int(0, 9999)).padStart(4, '0')}`;
      if (adult && rng.chance(0.15)) m.email = `${p.given}.${p.family}.${p.i}@mail.example`.toLowerCase();
    }
    if (rng.chance(0.05)) m.tags = [rng.pick(TAGS)];
    return m;
  });

  const partnerships: SyntheticPartnership[] = parts.map((pt) => {
    const prec = Math.min(people[pt.a]!.precision, people[pt.b]!.precision) as 0 | 1 | 2;
    return { id: pt.id, partners: [people[pt.a]!.id, people[pt.b]!.id], history: pt.history.map((h) => ({ status: h.status, start: fmt(h.at, prec) })) };
  });

  // A few bonds between partners and between parents and children.
  const bonds: SyntheticBond[] = [];
  const nBonds = Math.max(2, Math.round(n / 12));
  const bioParentage = parentage.filter((pa) => pa.kind !== 'foster');
  for (let k = 0; k < nBonds && (parts.length || bioParentage.length); k++) {
    const id = `b-${bonds.length + 1}`;
    if (parts.length && (rng.chance(0.5) || !bioParentage.length)) {
      const pt = rng.pick(parts);
      const a = people[pt.a]!;
      const b = people[pt.b]!;
      const quality = rng.weighted<SyntheticBond['quality']>([['close', 3], ['fused', 1], ['distant', 2], ['conflict', 2], ['hostile', 1], ['cutoff', 1], ['violence', 1]]);
      const bond: SyntheticBond = { id, between: [a.id, b.id], quality };
      if (quality === 'violence') {
        bond.from = rng.chance(0.8) ? (a.gender === 'male' ? a.id : b.id) : (a.gender === 'male' ? b.id : a.id);
        bond.period = pt.end !== undefined ? { start: fmt(pt.start), end: fmt(pt.end) } : { start: fmt(pt.start) };
      }
      bonds.push(bond);
    } else {
      const pa = rng.pick(bioParentage);
      const quality = rng.weighted<SyntheticBond['quality']>([['close', 3], ['fused', 1], ['distant', 2], ['conflict', 2], ['cutoff', 1], ['abuse', 0.5], ['neglect', 0.5]]);
      const bond: SyntheticBond = { id, between: [pa.parent, pa.child], quality };
      if (quality === 'abuse') bond.from = pa.parent;
      bonds.push(bond);
    }
  }

  // --- Output: network --------------------------------------------------------------------

  const organizations: SyntheticOrganization[] = [];
  const extraOrgs = Math.floor(n / 250);
  for (let k = 0; k < ORG_CATALOGUE.length + extraOrgs; k++) {
    const [sector, base] = ORG_CATALOGUE[k % ORG_CATALOGUE.length]!;
    const area = AREAS[Math.floor(k / ORG_CATALOGUE.length) % AREAS.length]!;
    const round = Math.floor(k / (ORG_CATALOGUE.length * AREAS.length));
    const o: SyntheticOrganization = { id: `o-${k + 1}`, name: `${base}, ${area}${round ? ` ${round + 1}` : ''}`, sector };
    if (rng.chance(0.8)) o.phone = `+358 9 555 ${String(1000 + k).slice(-4)}`;
    if (rng.chance(0.4)) o.url = `https://org-${k + 1}.example`;
    organizations.push(o);
  }
  const orgsBySector = new Map<Sector, SyntheticOrganization[]>();
  for (const o of organizations) orgsBySector.set(o.sector, [...(orgsBySector.get(o.sector) ?? []), o]);

  const professionals: SyntheticProfessional[] = [];
  const prosByOrg = new Map<string, SyntheticProfessional[]>();
  const perOrg = 2 + Math.floor(n / 1000);
  for (const o of organizations) {
    const list: SyntheticProfessional[] = [];
    for (let k = 0; k < perOrg; k++) {
      const g = rng.chance(0.7) ? 'female' : 'male';
      const origin: Origin = rng.weighted<Origin>([['fi', 0.8], ['sv', 0.12], ['fa', 0.08]]);
      const given = givenFor(g, origin);
      const family = rng.pick(NAMES[origin].family);
      const pr: SyntheticProfessional = { id: `pr-${professionals.length + 1}`, name: `${given} ${family}`, title: rng.pick(TITLES[o.sector]), organization: o.id };
      if (rng.chance(0.85)) pr.phone = `+358 9 555 ${String(rng.int(0, 9999)).padStart(4, '0')}`;
      if (rng.chance(0.7)) pr.email = `${given}.${family}.${professionals.length + 1}@${o.id}.example`.toLowerCase();
      if (rng.chance(0.7)) pr.availability = rng.pick(AVAILABILITY);
      list.push(pr);
      professionals.push(pr);
    }
    prosByOrg.set(o.id, list);
  }

  // Services: about 4.5 service periods per member (each period counted for each member).
  const eligible = people.filter((p) => p.kind === 'person' && !p.deceasedNoDate && (p.death ?? AS_OF) >= SERVICE_ERA + MONTH && p.birth < AS_OF - MONTH);
  const windowOf = (p: Person): [number, number] => [Math.max(p.birth, SERVICE_ERA), Math.min(p.death ?? AS_OF, AS_OF)];
  const relatives = (p: Person): Person[] => {
    const out: Person[] = [];
    for (const i of p.partnerships) {
      const pt = parts[i]!;
      out.push(people[pt.a === p.i ? pt.b : pt.a]!);
      for (const c of pt.children) out.push(people[c]!);
    }
    return out.filter((q) => q.kind === 'person');
  };
  const services: SyntheticService[] = [];
  const spansOf: Array<Array<[number, number]>> = []; // parallel to services
  const servicesOf: SyntheticService[][] = people.map(() => []); // by person index
  const target = Math.round(4.5 * n);
  let counted = 0;
  let guard = 0;
  while (counted < target && eligible.length && guard++ < target * 3) {
    const m = rng.pick(eligible);
    const w0 = Math.max(m.birth, SERVICE_ERA);
    const w1 = Math.min(m.death ?? AS_OF, AS_OF);
    if (w1 - w0 < MONTH) continue;
    const t0 = w0 + Math.floor(rng.float() * (w1 - w0 - MONTH + 1));
    const fitting = TEMPLATES_BY_AGE[Math.min(110, Math.max(0, Math.floor(ageAt(m, t0))))]!;
    if (!fitting.length) continue;
    const tpl = rng.pick(fitting);
    const org = rng.pick(orgsBySector.get(tpl.sector)!);
    const livingNow = w1 === AS_OF;
    let status: ServiceStatus = livingNow
      ? rng.weighted(STATUS_WEIGHTS)
      : rng.chance(0.95) ? 'ended' : 'declined';

    const periods: PeriodLike[] = [];
    const spans: Array<[number, number]> = []; // the same periods as ordinals (open end = asOf + 3 months)
    let lastEnd = t0;
    if (status === 'declined') {
      const end = t0 + rng.int(0, 10);
      periods.push({ start: fmt(t0), end: fmt(end) });
      spans.push([t0, end]);
      lastEnd = end;
    } else if (status !== 'planned' && status !== 'waiting') {
      const k = rng.weighted(PERIOD_COUNT_WEIGHTS);
      let s = t0;
      for (let j = 0; j < k && s < w1; j++) {
        const isLast = j === k - 1;
        const e = s + MONTH + Math.floor(rng.float() * years(3));
        if (isLast && status === 'active') {
          periods.push({ start: fmt(s) });
          spans.push([s, AS_OF + 3 * MONTH]);
          lastEnd = AS_OF;
          break;
        }
        const end = Math.max(s, Math.min(e, livingNow ? AS_OF - rng.int(1, 60) : w1));
        periods.push({ start: fmt(s), end: fmt(end) });
        spans.push([s, end]);
        lastEnd = end;
        s = end + MONTH + Math.floor(rng.float() * years(1));
      }
      if (status === 'active' && periods[periods.length - 1]?.end !== undefined) status = 'ended';
    }
    // Members: the person, sometimes with a partner or children alive throughout.
    const group = [m];
    if (rng.chance(0.3)) {
      for (const q of rng.sample(relatives(m), 3)) {
        const [q0, q1] = windowOf(q);
        if (q0 <= t0 && q1 >= lastEnd && !group.includes(q) && !q.deceasedNoDate) group.push(q);
      }
    }
    const pros = prosByOrg.get(org.id)!;
    const s: SyntheticService = { id: `s-${services.length + 1}`, name: tpl.name, organization: org.id, members: group.map((p) => p.id), status, periods };
    if (rng.chance(0.85)) s.responsible = rng.pick(pros).id;
    if (status === 'planned' || status === 'waiting') s.applied = fmt(Math.max(w0, AS_OF - MONTH * rng.int(0, 6)));
    else if (rng.chance(0.3) && t0 - MONTH * 2 >= w0) s.applied = fmt(t0 - MONTH * rng.int(0, 2));
    if (rng.chance(0.5)) s.intensity = rng.pick(INTENSITY);
    if (rng.chance(0.1)) s.code = { system: 'urn:example:service', code: tpl.name.toLowerCase().replace(/[^a-z]+/g, '-') };
    if (rng.chance(0.1)) s.description = `${tpl.name} for ${m.given}.`;
    if (tpl.sensitive) s.sensitive = true;
    services.push(s);
    spansOf.push(spans);
    for (const p of group) servicesOf[p.i]!.push(s);
    counted += periods.length * group.length;
  }

  const memberById = new Map(people.map((p) => [p.id, p]));
  const servicePros = (s: SyntheticService): string[] => (s.responsible ? [s.responsible] : []);

  // Coordinators for some current households.
  const coordinators: SyntheticCoordinator[] = [];
  const socialPros = [...(orgsBySector.get('social') ?? []), ...(orgsBySector.get('ngo') ?? [])].flatMap((o) => prosByOrg.get(o.id)!);
  const currentHouseholds = households.filter((h) => h.period?.end === undefined && h.members.some((id) => alive(memberById.get(id)!)));
  const indexHousehold = currentHouseholds.find((h) => index && h.members.includes(index.id));
  const nCoord = Math.max(1, Math.round(n / 200));
  const coordHouseholds = [...(indexHousehold ? [indexHousehold] : []), ...rng.sample(currentHouseholds.filter((h) => h !== indexHousehold), nCoord - (indexHousehold ? 1 : 0))];
  for (const h of coordHouseholds) {
    const ms = h.members.filter((id) => alive(memberById.get(id)!));
    const pro = rng.pick(socialPros);
    const colleagues = prosByOrg.get(pro.organization)!.filter((x) => x !== pro);
    const c: SyntheticCoordinator = { id: `c-${coordinators.length + 1}`, professional: pro.id, members: ms, title: rng.pick(['Omatyöntekijä', 'Luottohenkilö']), period: { start: fmt(AS_OF - MONTH * rng.int(1, 36)) } };
    if (colleagues.length) c.backup = rng.pick(colleagues).id;
    coordinators.push(c);
  }
  if (!coordinators.length && index && alive(index) && socialPros.length) {
    coordinators.push({ id: 'c-1', professional: rng.pick(socialPros).id, members: [index.id], title: 'Omatyöntekijä' });
  }

  // Events: done and cancelled ones within service periods, planned ones ahead of asOf.
  const events: SyntheticEvent[] = [];
  const nEvents = Math.max(4, Math.round(n / 4));
  const withPeriods: number[] = [];
  services.forEach((s, i) => {
    if (s.periods.length) withPeriods.push(i);
  });
  const applications = services.filter((s) => s.applied !== undefined);
  for (let k = 0; k < nEvents && services.length; k++) {
    const id = `e-${events.length + 1}`;
    if (applications.length && (rng.chance(0.15) || !withPeriods.length)) {
      const s = rng.pick(applications);
      events.push({ id, kind: rng.chance(0.5) ? 'application' : 'referral', title: `${EVENT_TITLES.application}: ${s.name}`, start: s.applied!, status: 'done', members: s.members, services: [s.id], ...(s.sensitive ? { sensitive: true } : {}) });
      continue;
    }
    if (!withPeriods.length) break;
    const si = rng.pick(withPeriods);
    const s = services[si]!;
    const [from, to] = rng.pick(spansOf[si]!);
    const t = from + Math.floor(rng.float() * (to - from + 1));
    const kind = rng.weighted(EVENT_KIND_WEIGHTS);
    const hour = rng.int(8, 15);
    const timed = rng.chance(0.6);
    const e: SyntheticEvent = {
      id, kind, title: `${EVENT_TITLES[kind]}: ${s.name}`,
      start: timed ? fmtDateTime(t, hour, rng.pick([0, 30])) : fmt(t),
      status: t > AS_OF ? 'planned' : rng.chance(0.1) ? 'cancelled' : 'done',
      members: s.members, services: [s.id],
    };
    if (timed && rng.chance(0.5)) e.end = fmtDateTime(t, hour + 1, rng.pick([0, 30]));
    const pros = servicePros(s);
    if (pros.length) e.professionals = pros;
    if (rng.chance(0.4)) e.location = rng.pick(LOCATIONS);
    if (s.sensitive) e.sensitive = true;
    events.push(e);
  }
  // The next network meeting for each coordinated group.
  for (const c of coordinators) {
    const t = AS_OF + rng.int(5, 45);
    const candidates = new Set(c.members.flatMap((id) => servicesOf[memberById.get(id)!.i]!));
    const theirs = [...candidates].filter((s) => s.status === 'active' && !s.sensitive && s.members.every((id) => c.members.includes(id))).slice(0, 5);
    const pros = [c.professional, ...(c.backup ? [c.backup] : []), ...theirs.flatMap(servicePros)];
    events.push({
      id: `e-${events.length + 1}`, kind: 'network-meeting', title: 'Network meeting', start: fmtDateTime(t, 13, 0), end: fmtDateTime(t, 14, 30), status: 'planned',
      members: c.members, professionals: [...new Set(pros)], services: theirs.map((s) => s.id), location: rng.pick(LOCATIONS),
    });
  }

  // Goals with tasks, tied to active services.
  const goals: SyntheticGoal[] = [];
  const active = services.filter((s) => s.status === 'active');
  for (let k = 0; k < Math.max(2, Math.round(n / 25)) && active.length; k++) {
    const s = rng.pick(active);
    const m = memberById.get(s.members[0]!)!;
    const g: SyntheticGoal = {
      id: `g-${goals.length + 1}`, text: rng.pick(GOAL_TEXTS).replace('{name}', m.given), members: s.members, services: [s.id],
      status: rng.weighted<SyntheticGoal['status']>([['open', 2], ['in-progress', 4], ['achieved', 1], ['dropped', 0.5]]),
    };
    g.owner = s.responsible && rng.chance(0.7) ? { professional: s.responsible } : { member: m.id };
    if (rng.chance(0.5)) g.due = fmt(AS_OF + MONTH * rng.int(-2, 12), rng.chance(0.5) ? 1 : 2);
    const nTasks = rng.int(0, 3);
    if (nTasks) {
      g.tasks = Array.from({ length: nTasks }, () => {
        const task: { text: string; done: boolean; assignee?: ActorRef } = { text: rng.pick(TASK_TEXTS), done: rng.chance(0.4) };
        if (rng.chance(0.8)) task.assignee = s.responsible && rng.chance(0.5) ? { professional: s.responsible } : { member: rng.pick(s.members) };
        return task;
      });
    }
    goals.push(g);
  }

  // Notes: members' own views and short professional notes.
  const notes: SyntheticNote[] = [];
  const living = people.filter(alive);
  const speakers = living.filter((p) => ageAt(p, AS_OF) >= 8);
  for (let k = 0; k < Math.max(2, Math.round(n / 25)); k++) {
    const id = `n-${notes.length + 1}`;
    if (speakers.length && rng.chance(0.5)) {
      const p = rng.pick(speakers);
      const date = Math.max(p.birth + years(8), AS_OF - MONTH * rng.int(0, 24));
      notes.push({ id, author: { member: p.id }, about: [p.id], date: fmt(date), text: rng.pick(OWN_VIEW_TEXTS), kind: 'own-view' });
    } else if (active.length) {
      const s = rng.pick(active);
      const author = s.responsible ?? rng.pick(prosByOrg.get(s.organization)!).id;
      notes.push({ id, author: { professional: author }, about: s.members, date: fmt(AS_OF - MONTH * rng.int(0, 12)), text: rng.pick(NOTE_TEXTS), kind: 'note' });
    }
  }

  // Consents (granted by the subject, or by a guardian for a minor) and restrictions.
  const guardiansOf = new Map<string, string[]>();
  for (const pa of parentage) {
    if ((pa.kind === 'biological' || pa.kind === 'adoptive') && pa.custody !== false && alive(memberById.get(pa.parent)!)) {
      guardiansOf.set(pa.child, [...(guardiansOf.get(pa.child) ?? []), pa.parent]);
    }
  }
  const SCOPES: Scope[] = ['identity', 'relations', 'services', 'events', 'goals', 'notes', 'contact'];
  const SECTORS = [...orgsBySector.keys()];
  const audience = (subject: Person): AudienceLike => {
    const r = rng.float();
    if (r < 0.4) return { organizations: rng.sample(organizations, rng.int(1, 3)).map((o) => o.id) };
    if (r < 0.65) return { sectors: rng.sample(SECTORS, rng.int(1, 2)) };
    if (r < 0.85 || !relatives(subject).some(alive)) return { professionals: [rng.pick(professionals).id] };
    return { members: [rng.pick(relatives(subject).filter(alive)).id] };
  };
  const consents: SyntheticConsent[] = [];
  for (let k = 0; k < Math.max(2, Math.round(n / 25)) && living.length; k++) {
    const subject = rng.pick(living);
    const grantedBy = ageAt(subject, AS_OF) >= 18 ? subject.id : rng.pick(guardiansOf.get(subject.id) ?? [''])!;
    if (!grantedBy) continue;
    const c: SyntheticConsent = {
      id: `cs-${consents.length + 1}`, subject: subject.id, grantedBy, to: audience(subject),
      scope: rng.sample(SCOPES, rng.int(1, SCOPES.length)), status: rng.chance(0.9) ? 'active' : 'revoked',
    };
    const from = AS_OF - MONTH * rng.int(0, 30);
    c.date = fmt(Math.max(from, subject.birth));
    if (rng.chance(0.4)) c.period = { start: c.date, end: fmt(Math.max(from, subject.birth) + MONTH * rng.int(6, 36)) };
    consents.push(c);
  }
  const restrictions: SyntheticRestriction[] = [];
  for (let k = 0; k < Math.max(1, Math.round(n / 60)) && living.length; k++) {
    const subject = rng.pick(living);
    const rel = relatives(subject).filter(alive);
    const r: SyntheticRestriction = {
      id: `r-${restrictions.length + 1}`, subject: subject.id,
      deny: rel.length && rng.chance(0.7) ? { members: [rng.pick(rel).id] } : { organizations: [rng.pick(organizations).id] },
      scope: rng.chance(0.3) ? ['all'] : rng.sample(SCOPES, rng.int(1, 3)),
      reason: rng.pick(['safety', 'child-wish', 'court-order', 'child-best-interest', 'other'] as const),
    };
    if (socialPros.length && rng.chance(0.7)) r.decidedBy = rng.pick(socialPros).id;
    if (rng.chance(0.5)) r.period = { start: fmt(Math.max(subject.birth, AS_OF - MONTH * rng.int(0, 24))) };
    restrictions.push(r);
  }

  const founder = people[0]!;
  return {
    schemaVersion: '1.0',
    asOf: fmt(AS_OF),
    family: { id: `fam-synthetic-${n}-${seed}`, label: `${founder.family} family (synthetic, ${n} members, seed ${seed})` },
    members, partnerships, parentage, twins, bonds, households, organizations, professionals,
    services, coordinators, events, goals, notes, consents, restrictions,
  };
}
