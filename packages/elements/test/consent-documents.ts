/**
 * A small family with one consent in each state and restrictions with every kind of
 * audience, judged at 2025-03-01, for the consent tests.
 *
 * - Anna (adult) gave consents to the Social office (active), to Aino Worker (ends in 19
 *   days: expiring), to Hill school (expired, revoked, one not started yet, and one for
 *   her name only); she keeps her address from Hill school (restriction, for safety).
 * - Cleo (12) is Anna's and Bert's child; a court order keeps all of Cleo from Bert.
 * - Bert has a debt counselling service at the Social office.
 */
import type { FamilyDocument } from '@family-view/core';

export const AS_OF = '2025-03-01';

export const consentFamily: FamilyDocument = {
  schemaVersion: '1.0',
  asOf: AS_OF,
  family: { id: 'fam-test', label: 'Test family' },
  members: [
    { id: 'anna', name: 'Anna Aalto', gender: 'female', birthDate: '1980-01-01', address: 'Secret Street 1', phone: '+358 40 000 0001' },
    { id: 'bert', name: 'Bert Berg', gender: 'male', birthDate: '1979-06-06', phone: '+358 40 000 0002' },
    { id: 'cleo', name: 'Cleo Berg', gender: 'female', birthDate: '2012-05-05' },
  ],
  parentage: [
    { id: 'pa-anna-cleo', parent: 'anna', child: 'cleo', kind: 'biological' },
    { id: 'pa-bert-cleo', parent: 'bert', child: 'cleo', kind: 'biological' },
  ],
  organizations: [
    { id: 'o-social', name: 'Social office', sector: 'social' },
    { id: 'o-school', name: 'Hill school', sector: 'education' },
  ],
  professionals: [{ id: 'pr-aino', name: 'Aino Worker', title: 'Social worker', organization: 'o-social' }],
  services: [
    { id: 's-debt', name: 'Debt counselling', organization: 'o-social', members: ['bert'], status: 'active', periods: [{ start: '2024-01-01' }] },
  ],
  consents: [
    { id: 'cs-active', subject: 'anna', grantedBy: 'anna', to: { organizations: ['o-social'] }, scope: ['identity', 'relations', 'services'], status: 'active' },
    {
      id: 'cs-expiring',
      subject: 'anna',
      grantedBy: 'anna',
      to: { professionals: ['pr-aino'] },
      scope: ['identity', 'notes'],
      period: { start: '2024-01-01', end: '2025-03-20' },
      status: 'active',
    },
    { id: 'cs-school-name', subject: 'anna', grantedBy: 'anna', to: { organizations: ['o-school'] }, scope: ['identity'], status: 'active' },
    {
      id: 'cs-expired',
      subject: 'anna',
      grantedBy: 'anna',
      to: { organizations: ['o-school'] },
      scope: ['services'],
      period: { start: '2023-01-01', end: '2024-12-31' },
      status: 'active',
    },
    { id: 'cs-revoked', subject: 'anna', grantedBy: 'anna', to: { sectors: ['education'] }, scope: ['goals'], status: 'revoked' },
    { id: 'cs-pending', subject: 'anna', grantedBy: 'anna', to: { organizations: ['o-school'] }, scope: ['events'], period: { start: '2025-06-01' }, status: 'active' },
    { id: 'cs-cleo', subject: 'cleo', grantedBy: 'anna', to: { organizations: ['o-school'] }, scope: ['identity', 'services'], status: 'active' },
  ],
  restrictions: [
    { id: 'r-anna-school', subject: 'anna', deny: { organizations: ['o-school'] }, scope: ['contact'], reason: 'safety' },
    { id: 'r-cleo-bert', subject: 'cleo', deny: { members: ['bert'] }, scope: ['all'], reason: 'court-order', period: { start: '2024-06-01' } },
  ],
};
