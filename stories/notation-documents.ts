/**
 * Small family documents, one per genogram notation element, for the stories (and for
 * anyone who wants a minimal example of a notation). Each must be a valid document.
 */
import type {
  BondQuality,
  FamilyDocument,
  Gender,
  Member,
  ParentageKind,
  PartnershipStatus,
} from '@family-view/core';

const AS_OF = '2025-03-01';

function familyDocument(label: string, parts: Omit<FamilyDocument, 'schemaVersion'>): FamilyDocument {
  return { schemaVersion: '1.0', asOf: AS_OF, family: { id: 'fam', label }, ...parts };
}

function person(id: string, name: string, gender: Gender, extra: Partial<Member> = {}): Member {
  return { id, name, gender, ...extra };
}

// ---------------------------------------------------------------------------------------
// Members

export const genderSymbols = familyDocument('Gender symbols', {
  members: [
    person('m-female', 'Female', 'female', { birthDate: '1980' }),
    person('m-male', 'Male', 'male', { birthDate: '1981' }),
    person('m-other', 'Other', 'other', { birthDate: '1990' }),
    person('m-unknown', 'Unknown', 'unknown', { birthDate: '1995' }),
  ],
});

export const deceased = familyDocument('Deceased', {
  members: [
    person('m-grandfather', 'Grandfather (died 2019)', 'male', { birthDate: '1940-05-02', deathDate: '2019-11-20' }),
    person('m-grandmother', 'Grandmother (deceased, date unknown)', 'female', { birthDate: '1943', deceased: true }),
    person('m-father', 'Father (living)', 'male', { birthDate: '1968' }),
  ],
  partnerships: [
    { id: 'pa-grandparents', partners: ['m-grandfather', 'm-grandmother'], history: [{ status: 'married', start: '1965' }] },
  ],
  parentage: [
    { id: 'pr-1', parent: 'm-grandfather', child: 'm-father', kind: 'biological' },
    { id: 'pr-2', parent: 'm-grandmother', child: 'm-father', kind: 'biological' },
  ],
});

export const indexPerson = familyDocument('Index person', {
  members: [
    person('m-mother', 'Mother', 'female', { birthDate: '1985' }),
    person('m-father', 'Father', 'male', { birthDate: '1983' }),
    person('m-client', 'Client (index person)', 'female', { birthDate: '2010-04-12', index: true }),
    person('m-brother', 'Brother', 'male', { birthDate: '2013' }),
  ],
  partnerships: [{ id: 'pa-parents', partners: ['m-mother', 'm-father'], history: [{ status: 'married', start: '2008' }] }],
  parentage: [
    { id: 'pr-1', parent: 'm-mother', child: 'm-client', kind: 'biological' },
    { id: 'pr-2', parent: 'm-father', child: 'm-client', kind: 'biological' },
    { id: 'pr-3', parent: 'm-mother', child: 'm-brother', kind: 'biological' },
    { id: 'pr-4', parent: 'm-father', child: 'm-brother', kind: 'biological' },
  ],
});

export const pregnancyAndLosses = familyDocument('Pregnancy and losses', {
  members: [
    person('m-mother', 'Mother', 'female', { birthDate: '1988' }),
    person('m-father', 'Father', 'male', { birthDate: '1986' }),
    person('m-child', 'Child', 'male', { birthDate: '2015-06-01' }),
    person('m-miscarriage', 'Miscarriage (2017)', 'unknown', { kind: 'miscarriage', birthDate: '2017' }),
    person('m-abortion', 'Abortion (2019)', 'unknown', { kind: 'abortion', birthDate: '2019' }),
    person('m-stillbirth', 'Stillbirth (2021)', 'female', { kind: 'stillbirth', birthDate: '2021-02' }),
    person('m-pregnancy', 'Pregnancy (due 2025)', 'unknown', { kind: 'pregnancy' }),
  ],
  partnerships: [{ id: 'pa-parents', partners: ['m-mother', 'm-father'], history: [{ status: 'married', start: '2012' }] }],
  parentage: ['m-child', 'm-miscarriage', 'm-abortion', 'm-stillbirth', 'm-pregnancy'].flatMap((child, i) => [
    { id: `pr-m${i}`, parent: 'm-mother', child, kind: 'biological' as const },
    { id: `pr-f${i}`, parent: 'm-father', child, kind: 'biological' as const },
  ]),
});

// ---------------------------------------------------------------------------------------
// Partnerships: one document per status (with the history that leads to it).

const partnershipHistories: Record<PartnershipStatus, FamilyDocument['partnerships']> = {
  dating: [{ id: 'pa-1', partners: ['m-a', 'm-b'], history: [{ status: 'dating', start: '2024-05' }] }],
  engaged: [
    { id: 'pa-1', partners: ['m-a', 'm-b'], history: [{ status: 'dating', start: '2021' }, { status: 'engaged', start: '2024-12' }] },
  ],
  cohabiting: [{ id: 'pa-1', partners: ['m-a', 'm-b'], history: [{ status: 'cohabiting', start: '2019' }] }],
  married: [
    { id: 'pa-1', partners: ['m-a', 'm-b'], history: [{ status: 'cohabiting', start: '2010' }, { status: 'married', start: '2012-06-16' }] },
  ],
  separated: [
    { id: 'pa-1', partners: ['m-a', 'm-b'], history: [{ status: 'married', start: '2009' }, { status: 'separated', start: '2023-08' }] },
  ],
  divorced: [
    { id: 'pa-1', partners: ['m-a', 'm-b'], history: [{ status: 'married', start: '2005' }, { status: 'divorced', start: '2016' }] },
  ],
  widowed: [
    { id: 'pa-1', partners: ['m-a', 'm-b'], history: [{ status: 'married', start: '1975' }, { status: 'widowed', start: '2020-01' }] },
  ],
};

function partnership(status: PartnershipStatus): FamilyDocument {
  const widowed = status === 'widowed';
  return familyDocument(`Partnership: ${status}`, {
    members: [
      person('m-a', 'Partner A', 'female', { birthDate: widowed ? '1950' : '1985' }),
      person('m-b', 'Partner B', 'male', widowed ? { birthDate: '1948', deathDate: '2020-01-10' } : { birthDate: '1984' }),
    ],
    partnerships: partnershipHistories[status],
  });
}

export const partnerships: Record<PartnershipStatus, FamilyDocument> = {
  dating: partnership('dating'),
  engaged: partnership('engaged'),
  cohabiting: partnership('cohabiting'),
  married: partnership('married'),
  separated: partnership('separated'),
  divorced: partnership('divorced'),
  widowed: partnership('widowed'),
};

// ---------------------------------------------------------------------------------------
// Parentage: one document per kind.

export const parentage: Record<ParentageKind, FamilyDocument> = {
  biological: familyDocument('Parentage: biological', {
    members: [
      person('m-mother', 'Mother', 'female', { birthDate: '1984' }),
      person('m-father', 'Father', 'male', { birthDate: '1982' }),
      person('m-child', 'Child', 'female', { birthDate: '2012' }),
    ],
    partnerships: [{ id: 'pa-1', partners: ['m-mother', 'm-father'], history: [{ status: 'married', start: '2010' }] }],
    parentage: [
      { id: 'pr-1', parent: 'm-mother', child: 'm-child', kind: 'biological' },
      { id: 'pr-2', parent: 'm-father', child: 'm-child', kind: 'biological' },
    ],
  }),
  adoptive: familyDocument('Parentage: adoptive', {
    members: [
      person('m-mother', 'Adoptive mother', 'female', { birthDate: '1979' }),
      person('m-father', 'Adoptive father', 'male', { birthDate: '1978' }),
      person('m-child', 'Adopted child', 'male', { birthDate: '2016' }),
    ],
    partnerships: [{ id: 'pa-1', partners: ['m-mother', 'm-father'], history: [{ status: 'married', start: '2006' }] }],
    parentage: [
      { id: 'pr-1', parent: 'm-mother', child: 'm-child', kind: 'adoptive' },
      { id: 'pr-2', parent: 'm-father', child: 'm-child', kind: 'adoptive' },
    ],
  }),
  foster: familyDocument('Parentage: foster', {
    members: [
      person('m-foster-mother', 'Foster mother', 'female', { birthDate: '1970' }),
      person('m-foster-father', 'Foster father', 'male', { birthDate: '1969' }),
      person('m-child', 'Foster child', 'female', { birthDate: '2014' }),
    ],
    partnerships: [
      { id: 'pa-1', partners: ['m-foster-mother', 'm-foster-father'], history: [{ status: 'married', start: '1995' }] },
    ],
    parentage: [
      { id: 'pr-1', parent: 'm-foster-mother', child: 'm-child', kind: 'foster', custody: false, period: { start: '2022-09' } },
      { id: 'pr-2', parent: 'm-foster-father', child: 'm-child', kind: 'foster', custody: false, period: { start: '2022-09' } },
    ],
  }),
  step: familyDocument('Parentage: step', {
    members: [
      person('m-mother', 'Mother', 'female', { birthDate: '1986' }),
      person('m-father', 'Father', 'male', { birthDate: '1984' }),
      person('m-stepfather', 'Stepfather', 'male', { birthDate: '1983' }),
      person('m-child', 'Child', 'male', { birthDate: '2011' }),
    ],
    partnerships: [
      { id: 'pa-1', partners: ['m-father', 'm-mother'], history: [{ status: 'married', start: '2009' }, { status: 'divorced', start: '2015' }] },
      { id: 'pa-2', partners: ['m-mother', 'm-stepfather'], history: [{ status: 'married', start: '2018' }] },
    ],
    parentage: [
      { id: 'pr-1', parent: 'm-mother', child: 'm-child', kind: 'biological' },
      { id: 'pr-2', parent: 'm-father', child: 'm-child', kind: 'biological' },
      { id: 'pr-3', parent: 'm-stepfather', child: 'm-child', kind: 'step' },
    ],
  }),
  'guardian-only': familyDocument('Parentage: guardian only', {
    members: [
      person('m-aunt', 'Aunt (legal guardian)', 'female', { birthDate: '1975' }),
      person('m-child', 'Child', 'female', { birthDate: '2013' }),
    ],
    parentage: [{ id: 'pr-1', parent: 'm-aunt', child: 'm-child', kind: 'guardian-only', custody: true, period: { start: '2020-03' } }],
  }),
};

// ---------------------------------------------------------------------------------------
// Twins

function twins(identical: boolean): FamilyDocument {
  return familyDocument(identical ? 'Identical twins' : 'Fraternal twins', {
    members: [
      person('m-mother', 'Mother', 'female', { birthDate: '1987' }),
      person('m-father', 'Father', 'male', { birthDate: '1985' }),
      person('m-older', 'Older sibling', 'female', { birthDate: '2012' }),
      person('m-twin-1', 'Twin 1', identical ? 'male' : 'female', { birthDate: '2016-03-04' }),
      person('m-twin-2', 'Twin 2', 'male', { birthDate: '2016-03-04' }),
    ],
    partnerships: [{ id: 'pa-1', partners: ['m-mother', 'm-father'], history: [{ status: 'married', start: '2010' }] }],
    parentage: ['m-older', 'm-twin-1', 'm-twin-2'].flatMap((child, i) => [
      { id: `pr-m${i}`, parent: 'm-mother', child, kind: 'biological' as const },
      { id: `pr-f${i}`, parent: 'm-father', child, kind: 'biological' as const },
    ]),
    twins: [{ id: 'tw-1', members: ['m-twin-1', 'm-twin-2'], identical }],
  });
}

export const twinsIdentical = twins(true);
export const twinsFraternal = twins(false);

// ---------------------------------------------------------------------------------------
// Households

export const households = familyDocument('Households', {
  members: [
    person('m-mother', 'Mother', 'female', { birthDate: '1984' }),
    person('m-father', 'Father', 'male', { birthDate: '1982' }),
    person('m-partner', "Father's partner", 'female', { birthDate: '1988' }),
    person('m-daughter', 'Daughter', 'female', { birthDate: '2010' }),
    person('m-son', 'Son', 'male', { birthDate: '2013' }),
  ],
  partnerships: [
    { id: 'pa-1', partners: ['m-father', 'm-mother'], history: [{ status: 'married', start: '2008' }, { status: 'divorced', start: '2019' }] },
    { id: 'pa-2', partners: ['m-father', 'm-partner'], history: [{ status: 'cohabiting', start: '2021' }] },
  ],
  parentage: ['m-daughter', 'm-son'].flatMap((child, i) => [
    { id: `pr-m${i}`, parent: 'm-mother', child, kind: 'biological' as const },
    { id: `pr-f${i}`, parent: 'm-father', child, kind: 'biological' as const },
  ]),
  households: [
    { id: 'hh-mother', label: "Mother's home", members: ['m-mother', 'm-daughter'] },
    { id: 'hh-father', label: "Father's home", members: ['m-father', 'm-partner', 'm-son'] },
  ],
});

// ---------------------------------------------------------------------------------------
// Bonds: one document per quality. Violence and abuse are directed (`from`).

const DIRECTED: ReadonlySet<BondQuality> = new Set(['violence', 'abuse']);

function bond(quality: BondQuality): FamilyDocument {
  return familyDocument(`Bond: ${quality}`, {
    members: [
      person('m-mother', 'Mother', 'female', { birthDate: '1980' }),
      person('m-father', 'Father', 'male', { birthDate: '1978' }),
      person('m-child', 'Child', 'male', { birthDate: '2009' }),
    ],
    partnerships: [{ id: 'pa-1', partners: ['m-mother', 'm-father'], history: [{ status: 'married', start: '2005' }] }],
    parentage: [
      { id: 'pr-1', parent: 'm-mother', child: 'm-child', kind: 'biological' },
      { id: 'pr-2', parent: 'm-father', child: 'm-child', kind: 'biological' },
    ],
    bonds: [
      {
        id: 'bo-1',
        between: ['m-father', 'm-child'],
        quality,
        ...(DIRECTED.has(quality) ? { from: 'm-father' } : {}),
      },
    ],
  });
}

export const bonds: Record<BondQuality, FamilyDocument> = {
  close: bond('close'),
  fused: bond('fused'),
  distant: bond('distant'),
  conflict: bond('conflict'),
  hostile: bond('hostile'),
  cutoff: bond('cutoff'),
  violence: bond('violence'),
  abuse: bond('abuse'),
  neglect: bond('neglect'),
};

// ---------------------------------------------------------------------------------------
// Not valid: the widget must show its error box (`part="error"`), listing each problem.

/** Fails the JSON Schema: a wrong enum value, a missing required name, an unknown property. */
export const invalidSchemaDocument: unknown = {
  schemaVersion: '1.0',
  members: [
    { id: 'm-1', name: 'Aino', gender: 'female', colour: 'blue' },
    { id: 'm-2', gender: 'male' },
    { id: 'm-3', name: 'Eero', gender: 'man' },
  ],
};

/** Passes the schema but not the integrity checks: a duplicate id, a dangling reference, an impossible date. */
export const invalidIntegrityDocument: unknown = {
  schemaVersion: '1.0',
  members: [
    { id: 'm-1', name: 'Aino', gender: 'female', birthDate: '1990-02-30' },
    { id: 'm-1', name: 'Eero', gender: 'male' },
  ],
  parentage: [{ id: 'pr-1', parent: 'm-1', child: 'm-missing', kind: 'biological' }],
};

/** Every valid document above, by a readable key (for checks). */
export const allNotationDocuments: Record<string, FamilyDocument> = {
  genderSymbols,
  deceased,
  indexPerson,
  pregnancyAndLosses,
  ...Object.fromEntries(Object.entries(partnerships).map(([k, v]) => [`partnership-${k}`, v])),
  ...Object.fromEntries(Object.entries(parentage).map(([k, v]) => [`parentage-${k}`, v])),
  twinsIdentical,
  twinsFraternal,
  households,
  ...Object.fromEntries(Object.entries(bonds).map(([k, v]) => [`bond-${k}`, v])),
};
