/**
 * A dependency-free checker for family documents (contract v1,
 * shared/design/data-model.md), for tests, fixtures and the synthetic generator.
 *
 * It is not the product validator (that is `packages/core`); it is a test oracle written
 * independently from the contract text, so the two can be checked against each other.
 * It checks: the shape of every object (required fields, types, enums, no unknown
 * properties except under `extensions`), id uniqueness across the whole document, that
 * every reference resolves to the right kind of object, date patterns and calendar
 * validity, period start ≤ end, partnership history order, distinct partners / bond ends /
 * twins, no parentage cycles — and a few plausibility rules (parents older than
 * children, death after birth, consent granted by the subject or a guardian).
 *
 * `checkDocument(doc)` returns a list of human-readable problems; empty = valid.
 */

type Collection =
  | 'member'
  | 'partnership'
  | 'parentage'
  | 'twins'
  | 'bond'
  | 'household'
  | 'organization'
  | 'professional'
  | 'service'
  | 'coordinator'
  | 'event'
  | 'goal'
  | 'note'
  | 'consent'
  | 'restriction';

type Field =
  | { t: 'string' }
  | { t: 'boolean' }
  | { t: 'date' }
  | { t: 'dateOrDateTime' }
  | { t: 'enum'; values: readonly string[] }
  | { t: 'ref'; to: Collection }
  | { t: 'array'; of: Field; min?: number; max?: number }
  | { t: 'object'; shape: Shape }
  | { t: 'actor' };

interface Shape {
  required: readonly string[];
  fields: Record<string, Field>;
}

const str: Field = { t: 'string' };
const bool: Field = { t: 'boolean' };
const date: Field = { t: 'date' };
const ref = (to: Collection): Field => ({ t: 'ref', to });
const refs = (to: Collection, min = 0, max?: number): Field => ({ t: 'array', of: ref(to), min, ...(max === undefined ? {} : { max }) });
const en = (...values: string[]): Field => ({ t: 'enum', values });
const arr = (of: Field, min = 0): Field => ({ t: 'array', of, min });
const obj = (required: readonly string[], fields: Record<string, Field>): Field => ({ t: 'object', shape: { required, fields } });

export const SECTORS = ['social', 'health', 'early-childhood', 'education', 'benefits', 'employment', 'housing', 'ngo', 'parish', 'police', 'other'] as const;
export const SCOPES = ['identity', 'relations', 'services', 'events', 'goals', 'notes', 'contact'] as const;
export const BOND_QUALITIES = ['close', 'fused', 'distant', 'conflict', 'hostile', 'cutoff', 'violence', 'abuse', 'neglect'] as const;
export const PARTNERSHIP_STATUSES = ['dating', 'engaged', 'cohabiting', 'married', 'separated', 'divorced', 'widowed'] as const;
export const PARENTAGE_KINDS = ['biological', 'adoptive', 'foster', 'step', 'guardian-only'] as const;
export const SERVICE_STATUSES = ['planned', 'waiting', 'active', 'paused', 'ended', 'declined'] as const;
export const EVENT_KINDS = ['meeting', 'network-meeting', 'assessment', 'plan', 'plan-review', 'decision', 'referral', 'application', 'contact', 'milestone'] as const;

const period = obj([], { start: date, end: date });
const audience = obj([], {
  organizations: refs('organization'),
  professionals: refs('professional'),
  sectors: arr(en(...SECTORS)),
  members: refs('member'),
});

const SHAPES: Record<Collection, Shape> = {
  member: {
    required: ['id', 'name', 'gender'],
    fields: {
      id: str, name: str, givenName: str, familyName: str,
      gender: en('female', 'male', 'other', 'unknown'),
      birthDate: date, deathDate: date, deceased: bool,
      kind: en('person', 'pregnancy', 'miscarriage', 'stillbirth', 'abortion'),
      index: bool, languages: arr(str), needsInterpreter: bool, nonDisclosure: bool,
      address: str, phone: str, email: str, tags: arr(str),
    },
  },
  partnership: {
    required: ['id', 'partners', 'history'],
    fields: { id: str, partners: refs('member', 2, 2), history: arr(obj(['status'], { status: en(...PARTNERSHIP_STATUSES), start: date }), 1) },
  },
  parentage: {
    required: ['id', 'parent', 'child', 'kind'],
    fields: { id: str, parent: ref('member'), child: ref('member'), kind: en(...PARENTAGE_KINDS), custody: bool, period },
  },
  twins: { required: ['id', 'members'], fields: { id: str, members: refs('member', 2), identical: bool } },
  bond: {
    required: ['id', 'between', 'quality'],
    fields: { id: str, between: refs('member', 2, 2), quality: en(...BOND_QUALITIES), from: ref('member'), period },
  },
  household: { required: ['id', 'members'], fields: { id: str, label: str, members: refs('member', 1), period, address: str } },
  organization: { required: ['id', 'name', 'sector'], fields: { id: str, name: str, sector: en(...SECTORS), phone: str, url: str } },
  professional: {
    required: ['id', 'name', 'organization'],
    fields: { id: str, name: str, title: str, organization: ref('organization'), phone: str, email: str, availability: str },
  },
  service: {
    required: ['id', 'name', 'organization', 'members', 'status'],
    fields: {
      id: str, name: str, code: obj(['system', 'code'], { system: str, code: str }),
      organization: ref('organization'), sector: en(...SECTORS), members: refs('member', 1),
      responsible: ref('professional'), status: en(...SERVICE_STATUSES), periods: arr(period),
      applied: date, intensity: str, description: str, sensitive: bool,
    },
  },
  coordinator: {
    required: ['id', 'professional', 'members'],
    fields: { id: str, professional: ref('professional'), backup: ref('professional'), members: refs('member', 1), title: str, period },
  },
  event: {
    required: ['id', 'kind', 'title', 'start', 'status'],
    fields: {
      id: str, kind: en(...EVENT_KINDS), title: str, start: { t: 'dateOrDateTime' }, end: { t: 'dateOrDateTime' },
      status: en('planned', 'done', 'cancelled'), members: refs('member'), professionals: refs('professional'),
      services: refs('service'), location: str, sensitive: bool,
    },
  },
  goal: {
    required: ['id', 'text', 'status'],
    fields: {
      id: str, text: str, members: refs('member'), services: refs('service'), owner: { t: 'actor' },
      status: en('open', 'in-progress', 'achieved', 'dropped'), due: date,
      tasks: arr(obj(['text', 'done'], { text: str, done: bool, assignee: { t: 'actor' } })),
    },
  },
  note: {
    required: ['id', 'author', 'about', 'date', 'text'],
    fields: { id: str, author: { t: 'actor' }, about: refs('member'), date, text: str, kind: en('own-view', 'note') },
  },
  consent: {
    required: ['id', 'subject', 'grantedBy', 'to', 'scope', 'status'],
    fields: {
      id: str, subject: ref('member'), grantedBy: ref('member'), to: audience, scope: arr(en(...SCOPES), 1),
      period, status: en('active', 'revoked'), date,
    },
  },
  restriction: {
    required: ['id', 'subject', 'deny', 'scope', 'reason'],
    fields: {
      id: str, subject: ref('member'), deny: audience, scope: arr(en(...SCOPES, 'all'), 1),
      reason: en('safety', 'child-wish', 'court-order', 'child-best-interest', 'other'), period, decidedBy: ref('professional'),
    },
  },
};

const ARRAYS: Record<string, Collection> = {
  members: 'member', partnerships: 'partnership', parentage: 'parentage', twins: 'twins', bonds: 'bond',
  households: 'household', organizations: 'organization', professionals: 'professional', services: 'service',
  coordinators: 'coordinator', events: 'event', goals: 'goal', notes: 'note', consents: 'consent', restrictions: 'restriction',
};

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATETIME_RE = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/** True for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exists in the calendar. */
export function isPartialDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE_RE.exec(value);
  if (!m) return false;
  return calendarOk(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
}

/** True for a full ISO 8601 date-time with an offset (or Z) that exists in the calendar. */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATETIME_RE.exec(value);
  return !!m && calendarOk(Number(m[1]), Number(m[2]), Number(m[3]));
}

function calendarOk(y: number, m?: number, d?: number): boolean {
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = [31, (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d >= 1 && d <= days;
}

/**
 * Compares two partial dates (or date-times) on their common precision:
 * negative when a is before b, 0 when they may coincide ("2020" vs "2020-05"), positive after.
 */
export function compareDates(a: string, b: string): number {
  if (a.length > 10 && b.length > 10) return Date.parse(a) - Date.parse(b);
  const n = Math.min(a.length, b.length, 10);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function checkDocument(doc: unknown): string[] {
  const errors: string[] = [];
  if (!isObj(doc)) return ['document is not an object'];

  const topFields = new Set(['schemaVersion', 'asOf', 'family', 'extensions', ...Object.keys(ARRAYS)]);
  for (const k of Object.keys(doc)) if (!topFields.has(k)) errors.push(`/${k}: unknown top-level property`);
  if (doc.schemaVersion !== '1.0') errors.push('/schemaVersion: must be "1.0"');
  if (!Array.isArray(doc.members)) errors.push('/members: required array');
  if (doc.asOf !== undefined && !isPartialDate(doc.asOf)) errors.push(`/asOf: bad date ${JSON.stringify(doc.asOf)}`);
  if (doc.extensions !== undefined && !isObj(doc.extensions)) errors.push('/extensions: must be an object');

  // Pass 1: ids.
  const kindOf = new Map<string, Collection | 'family'>();
  const byId = new Map<string, Obj>();
  const addId = (id: unknown, kind: Collection | 'family', path: string, o: Obj) => {
    if (typeof id !== 'string' || id === '') {
      errors.push(`${path}/id: must be a non-empty string`);
      return;
    }
    if (kindOf.has(id)) errors.push(`${path}/id: duplicate id ${JSON.stringify(id)}`);
    kindOf.set(id, kind);
    byId.set(id, o);
  };
  if (doc.family !== undefined) {
    if (!isObj(doc.family)) errors.push('/family: must be an object');
    else {
      addId(doc.family.id, 'family', '/family', doc.family);
      for (const k of Object.keys(doc.family)) if (!['id', 'label', 'extensions'].includes(k)) errors.push(`/family/${k}: unknown property`);
      if (doc.family.label !== undefined && typeof doc.family.label !== 'string') errors.push('/family/label: must be a string');
    }
  }
  for (const [key, coll] of Object.entries(ARRAYS)) {
    const list = doc[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      errors.push(`/${key}: must be an array`);
      continue;
    }
    list.forEach((item: unknown, i: number) => {
      if (isObj(item)) addId(item.id, coll, `/${key}/${i}`, item);
    });
  }

  // Pass 2: shapes and references.
  const checkField = (value: unknown, f: Field, path: string): void => {
    switch (f.t) {
      case 'string':
        if (typeof value !== 'string') errors.push(`${path}: must be a string`);
        else if (value === '') errors.push(`${path}: must not be empty`);
        return;
      case 'boolean':
        if (typeof value !== 'boolean') errors.push(`${path}: must be a boolean`);
        return;
      case 'date':
        if (!isPartialDate(value)) errors.push(`${path}: bad date ${JSON.stringify(value)}`);
        return;
      case 'dateOrDateTime':
        if (!isPartialDate(value) && !isDateTime(value)) errors.push(`${path}: bad date or date-time ${JSON.stringify(value)}`);
        return;
      case 'enum':
        if (typeof value !== 'string' || !f.values.includes(value)) errors.push(`${path}: ${JSON.stringify(value)} not one of ${f.values.join('|')}`);
        return;
      case 'ref':
        if (typeof value !== 'string') errors.push(`${path}: reference must be a string id`);
        else if (!kindOf.has(value)) errors.push(`${path}: unresolved reference ${JSON.stringify(value)}`);
        else if (kindOf.get(value) !== f.to) errors.push(`${path}: ${JSON.stringify(value)} is a ${kindOf.get(value)}, expected a ${f.to}`);
        return;
      case 'array':
        if (!Array.isArray(value)) {
          errors.push(`${path}: must be an array`);
          return;
        }
        if (f.min !== undefined && value.length < f.min) errors.push(`${path}: needs at least ${f.min} items`);
        if (f.max !== undefined && value.length > f.max) errors.push(`${path}: allows at most ${f.max} items`);
        value.forEach((v, i) => checkField(v, f.of, `${path}/${i}`));
        return;
      case 'object':
        checkShape(value, f.shape, path);
        return;
      case 'actor': {
        if (!isObj(value)) {
          errors.push(`${path}: must be { member } or { professional }`);
          return;
        }
        const keys = Object.keys(value).filter((k) => k !== 'extensions');
        if (keys.length !== 1 || (keys[0] !== 'member' && keys[0] !== 'professional')) {
          errors.push(`${path}: must have exactly one of member | professional`);
          return;
        }
        checkField(value[keys[0]], ref(keys[0] as Collection), `${path}/${keys[0]}`);
        return;
      }
    }
  };
  const checkShape = (value: unknown, shape: Shape, path: string): void => {
    if (!isObj(value)) {
      errors.push(`${path}: must be an object`);
      return;
    }
    for (const r of shape.required) if (value[r] === undefined) errors.push(`${path}: missing required ${r}`);
    for (const [k, v] of Object.entries(value)) {
      if (k === 'extensions') {
        if (!isObj(v)) errors.push(`${path}/extensions: must be an object`);
        continue;
      }
      const f = shape.fields[k];
      if (!f) errors.push(`${path}/${k}: unknown property`);
      else checkField(v, f, `${path}/${k}`);
    }
    if (shape === periodShape) checkPeriod(value, path);
  };
  const periodShape = (period as { t: 'object'; shape: Shape }).shape;
  const checkPeriod = (p: Obj, path: string) => {
    if (isPartialDate(p.start) && isPartialDate(p.end) && compareDates(p.start, p.end) > 0) errors.push(`${path}: start ${p.start} after end ${p.end}`);
  };

  for (const [key, coll] of Object.entries(ARRAYS)) {
    const list = doc[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item: unknown, i: number) => checkShape(item, SHAPES[coll], `/${key}/${i}`));
  }

  // Pass 3: semantics.
  const list = (key: string): Obj[] => (Array.isArray(doc[key]) ? (doc[key] as unknown[]).filter(isObj) : []);
  const members = new Map(list('members').map((m) => [m.id as string, m]));
  const asOf = typeof doc.asOf === 'string' ? doc.asOf : undefined;

  list('members').forEach((m, i) => {
    const p = `/members/${i}`;
    if (isPartialDate(m.birthDate) && isPartialDate(m.deathDate) && compareDates(m.birthDate, m.deathDate) > 0) errors.push(`${p}: died before birth`);
    if (m.deceased === false && m.deathDate !== undefined) errors.push(`${p}: deceased false but has deathDate`);
    if (asOf && isPartialDate(m.birthDate) && compareDates(m.birthDate, asOf) > 0) errors.push(`${p}: born after asOf`);
    if (asOf && isPartialDate(m.deathDate) && compareDates(m.deathDate, asOf) > 0) errors.push(`${p}: dies after asOf`);
  });

  list('partnerships').forEach((pt, i) => {
    const p = `/partnerships/${i}`;
    const partners = pt.partners as unknown[];
    if (Array.isArray(partners) && partners.length === 2 && partners[0] === partners[1]) errors.push(`${p}: partners must be two different members`);
    const history = Array.isArray(pt.history) ? (pt.history as unknown[]).filter(isObj) : [];
    let last: string | undefined;
    history.forEach((h, j) => {
      if (!isPartialDate(h.start)) return;
      if (last !== undefined && compareDates(last, h.start) > 0) errors.push(`${p}/history/${j}: starts ${h.start}, before the previous entry ${last}`);
      last = h.start;
    });
  });

  const parentsOf = new Map<string, string[]>();
  list('parentage').forEach((pa, i) => {
    const p = `/parentage/${i}`;
    const parent = pa.parent as string;
    const child = pa.child as string;
    if (parent === child) errors.push(`${p}: a member cannot be their own parent`);
    parentsOf.set(child, [...(parentsOf.get(child) ?? []), parent]);
    const pm = members.get(parent);
    const cm = members.get(child);
    if (pa.kind === 'biological' && pm && cm && isPartialDate(pm.birthDate) && isPartialDate(cm.birthDate)) {
      const gap = Number(cm.birthDate.slice(0, 4)) - Number(pm.birthDate.slice(0, 4));
      if (gap < 12) errors.push(`plausibility ${p}: biological parent ${parent} only ${gap} years older than ${child}`);
    }
    if (pa.kind === 'biological' && pm && cm && isPartialDate(pm.deathDate) && isPartialDate(cm.birthDate)) {
      if (Number(cm.birthDate.slice(0, 4)) > Number(pm.deathDate.slice(0, 4)) + 1) errors.push(`plausibility ${p}: ${child} born long after parent ${parent} died`);
    }
  });
  // Parentage cycles: iterative DFS over child -> parents.
  const state = new Map<string, 1 | 2>();
  for (const start of parentsOf.keys()) {
    if (state.has(start)) continue;
    const stack: Array<[string, number]> = [[start, 0]];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const ps = parentsOf.get(top[0]) ?? [];
      if (top[1] < ps.length) {
        const next = ps[top[1]++]!;
        const s = state.get(next);
        if (s === 1) {
          errors.push(`/parentage: cycle through ${next}`);
        } else if (s === undefined) {
          state.set(next, 1);
          stack.push([next, 0]);
        }
      } else {
        state.set(top[0], 2);
        stack.pop();
      }
    }
  }

  list('twins').forEach((tw, i) => {
    const ms = Array.isArray(tw.members) ? (tw.members as string[]) : [];
    if (new Set(ms).size !== ms.length) errors.push(`/twins/${i}: members repeat`);
    const births = new Set(ms.map((id) => members.get(id)?.birthDate).filter((b) => b !== undefined));
    if (births.size > 1) errors.push(`plausibility /twins/${i}: twins with different birth dates`);
  });

  list('bonds').forEach((b, i) => {
    const between = Array.isArray(b.between) ? (b.between as string[]) : [];
    if (between.length === 2 && between[0] === between[1]) errors.push(`/bonds/${i}: a bond needs two different members`);
    if (b.from !== undefined && !between.includes(b.from as string)) errors.push(`/bonds/${i}: from must be one of between`);
  });

  list('households').forEach((h, i) => {
    const ms = Array.isArray(h.members) ? (h.members as string[]) : [];
    if (new Set(ms).size !== ms.length) errors.push(`/households/${i}: members repeat`);
  });

  list('services').forEach((s, i) => {
    const periods = Array.isArray(s.periods) ? s.periods : [];
    if (periods.length === 0 && s.status !== 'planned' && s.status !== 'waiting') errors.push(`/services/${i}: status ${s.status} needs at least one period`);
  });

  list('events').forEach((e, i) => {
    if (typeof e.start === 'string' && typeof e.end === 'string' && (isPartialDate(e.end) || isDateTime(e.end)) && compareDates(e.start, e.end) > 0) {
      errors.push(`/events/${i}: start after end`);
    }
  });

  // Consent granted by the subject or by a guardian (custody) of the subject.
  const guardians = new Map<string, Set<string>>();
  list('parentage').forEach((pa) => {
    const custody = pa.custody ?? (pa.kind === 'biological' || pa.kind === 'adoptive');
    if (custody) {
      const set = guardians.get(pa.child as string) ?? new Set<string>();
      set.add(pa.parent as string);
      guardians.set(pa.child as string, set);
    }
  });
  list('consents').forEach((c, i) => {
    if (c.grantedBy !== c.subject && !guardians.get(c.subject as string)?.has(c.grantedBy as string)) {
      errors.push(`plausibility /consents/${i}: granted by ${c.grantedBy}, who is neither the subject nor a guardian`);
    }
  });

  return errors;
}
