/**
 * The sectors and service statuses of data-model.md, in its order: the order legends,
 * tokens and the manifest list them in. One list, so that a sector added to the data model
 * is a type error here until every colour and word has it.
 */
import type { Sector, ServiceStatus } from '@family-view/core';

export const SECTORS = [
  'social',
  'health',
  'early-childhood',
  'education',
  'benefits',
  'employment',
  'housing',
  'ngo',
  'parish',
  'police',
  'other',
] as const satisfies readonly Sector[];

export const SERVICE_STATUSES = ['planned', 'waiting', 'active', 'paused', 'ended', 'declined'] as const satisfies readonly ServiceStatus[];

// Both lists must be complete: these fail to compile when the data model gains a value.
const everySector: Exclude<Sector, (typeof SECTORS)[number]> extends never ? true : false = true;
const everyStatus: Exclude<ServiceStatus, (typeof SERVICE_STATUSES)[number]> extends never ? true : false = true;
void everySector;
void everyStatus;
