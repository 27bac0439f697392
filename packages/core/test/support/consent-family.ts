import type { FamilyDocument } from '../../src/types.generated.js';

/**
 * A small family built for the consent rules: one rule, one switch. Mum (guardian) and
 * Dad (separated), Kid (9) and Teen (17), Gran (adult, no consents), an unborn
 * half-sibling's hidden father. Three organisations in three sectors.
 */
export function consentFamily(): FamilyDocument {
  return {
    schemaVersion: '1.0',
    asOf: '2025-03-01',
    family: { id: 'fam', label: 'Test family' },
    members: [
      { id: 'mum', name: 'Mum Secretname', gender: 'female', birthDate: '1985-04-02', phone: '+358 40 111', address: 'Mum Street 1', nonDisclosure: true },
      { id: 'dad', name: 'Dad Secretname', gender: 'male', birthDate: '1983', phone: '+358 40 222', email: 'dad@example.org' },
      { id: 'kid', name: 'Kid Secretname', gender: 'male', birthDate: '2016-01-10' },
      { id: 'teen', name: 'Teen Secretname', gender: 'female', birthDate: '2007-06-01' },
      { id: 'gran', name: 'Gran Secretname', gender: 'female', birthDate: '1950', address: 'Gran Road 9', phone: '+358 40 333' },
      { id: 'exdad', name: 'Exdad Secretname', gender: 'male', birthDate: '1970' },
      { id: 'half1', name: 'Half One', gender: 'female', birthDate: '2001-02-02' },
      { id: 'half2', name: 'Half Two', gender: 'male', birthDate: '2003-03-03' },
    ],
    partnerships: [{ id: 'pmd', partners: ['mum', 'dad'], history: [{ status: 'married', start: '2006' }, { status: 'separated', start: '2023' }] }],
    parentage: [
      { id: 'mum-kid', parent: 'mum', child: 'kid', kind: 'biological' },
      { id: 'dad-kid', parent: 'dad', child: 'kid', kind: 'biological' },
      { id: 'mum-teen', parent: 'mum', child: 'teen', kind: 'biological' },
      { id: 'dad-teen', parent: 'dad', child: 'teen', kind: 'biological' },
      { id: 'gran-mum', parent: 'gran', child: 'mum', kind: 'biological' },
      { id: 'ex-half1', parent: 'exdad', child: 'half1', kind: 'biological' },
      { id: 'ex-half2', parent: 'exdad', child: 'half2', kind: 'biological' },
      { id: 'mum-half1', parent: 'mum', child: 'half1', kind: 'biological' },
      { id: 'mum-half2', parent: 'mum', child: 'half2', kind: 'biological' },
    ],
    households: [{ id: 'home', label: 'Home', members: ['mum', 'kid', 'teen'], address: 'Mum Street 1' }],
    bonds: [{ id: 'b-conflict', between: ['mum', 'dad'], quality: 'conflict' }],
    organizations: [
      { id: 'social', name: 'Family social work', sector: 'social' },
      { id: 'school', name: 'Hill School', sector: 'education' },
      { id: 'clinic', name: 'Health Clinic', sector: 'health' },
      { id: 'shelter', name: 'Shelter', sector: 'ngo' },
    ],
    professionals: [
      { id: 'sw', name: 'Sonja Social', organization: 'social', title: 'Social worker' },
      { id: 'teacher', name: 'Tero Teacher', organization: 'school' },
      { id: 'nurse', name: 'Nina Nurse', organization: 'clinic' },
      { id: 'doctor', name: 'Dora Doctor', organization: 'clinic' },
    ],
    services: [
      { id: 's-social', name: 'Family social work', organization: 'social', members: ['mum', 'kid', 'teen'], responsible: 'sw', status: 'active', periods: [{ start: '2024-01' }] },
      { id: 's-school', name: 'Primary school', organization: 'school', members: ['kid'], responsible: 'teacher', status: 'active', periods: [{ start: '2022-08' }] },
      { id: 's-clinic', name: 'Child health', organization: 'clinic', members: ['kid', 'teen'], responsible: 'nurse', status: 'active', periods: [{ start: '2016' }] },
      { id: 's-shelter', name: 'Shelter stay', organization: 'shelter', members: ['mum', 'kid'], status: 'ended', periods: [{ start: '2024-02', end: '2024-03' }], sensitive: true },
    ],
    coordinators: [{ id: 'coord', professional: 'sw', members: ['mum', 'kid', 'teen'], title: 'Omatyöntekijä' }],
    events: [
      { id: 'e-meeting', kind: 'network-meeting', title: 'Network meeting', start: '2025-03-20', status: 'planned', members: ['mum', 'kid'], professionals: ['sw', 'teacher'] },
      { id: 'e-shelter', kind: 'meeting', title: 'Shelter intake', start: '2024-02-01', status: 'done', members: ['mum'], services: ['s-shelter'] },
      { id: 'e-school', kind: 'meeting', title: 'School talk', start: '2025-01-15', status: 'done', members: ['kid'], services: ['s-school'] },
    ],
    goals: [
      { id: 'g-home', text: 'Calm home', members: ['mum', 'kid'], owner: { member: 'mum' }, status: 'open', tasks: [{ text: 'Routine chart', done: false, assignee: { member: 'dad' } }] },
      { id: 'g-read', text: 'Reads fluently', services: ['s-school'], members: ['kid'], status: 'in-progress' },
    ],
    notes: [
      { id: 'n-teen', author: { member: 'teen' }, about: ['teen'], date: '2025-02-01', text: 'Teen private words', kind: 'own-view' },
      { id: 'n-kid', author: { professional: 'sw' }, about: ['kid'], date: '2025-02-02', text: 'Kid note words', kind: 'note' },
    ],
    consents: [
      { id: 'c-clinic-kid', subject: 'kid', grantedBy: 'mum', to: { professionals: ['nurse'] }, scope: ['identity', 'services', 'relations'], status: 'active' },
      { id: 'c-social-all', subject: 'kid', grantedBy: 'mum', to: { organizations: ['social'] }, scope: ['identity', 'relations', 'services', 'events', 'goals', 'notes', 'contact'], status: 'active' },
      { id: 'c-social-mum', subject: 'mum', grantedBy: 'mum', to: { sectors: ['social'] }, scope: ['identity', 'relations', 'services', 'events', 'goals', 'contact'], status: 'active' },
      { id: 'c-social-teen', subject: 'teen', grantedBy: 'teen', to: { organizations: ['social'] }, scope: ['identity', 'relations', 'services', 'notes'], status: 'active' },
      { id: 'c-expired', subject: 'gran', grantedBy: 'gran', to: { organizations: ['social'] }, scope: ['identity'], period: { start: '2020', end: '2024-12-31' }, status: 'active' },
      { id: 'c-future', subject: 'dad', grantedBy: 'dad', to: { organizations: ['social'] }, scope: ['identity'], period: { start: '2025-06' }, status: 'active' },
      { id: 'c-revoked', subject: 'gran', grantedBy: 'gran', to: { organizations: ['school'] }, scope: ['identity'], status: 'revoked' },
      { id: 'c-teen-to-gran', subject: 'teen', grantedBy: 'teen', to: { members: ['gran'] }, scope: ['identity', 'goals'], status: 'active' },
      { id: 'c-halves', subject: 'half1', grantedBy: 'half1', to: { organizations: ['social'] }, scope: ['identity', 'relations'], status: 'active' },
      { id: 'c-halves2', subject: 'half2', grantedBy: 'half2', to: { organizations: ['social'] }, scope: ['identity', 'relations'], status: 'active' },
    ],
    restrictions: [
      { id: 'r-dad', subject: 'kid', deny: { members: ['dad'] }, scope: ['all'], reason: 'safety', decidedBy: 'sw' },
      { id: 'r-teen-notes', subject: 'teen', deny: { members: ['mum'] }, scope: ['notes'], reason: 'child-wish' },
      { id: 'r-old', subject: 'kid', deny: { professionals: ['nurse'] }, scope: ['identity'], reason: 'other', period: { start: '2020', end: '2021' } },
    ],
  };
}
