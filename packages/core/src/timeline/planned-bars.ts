/**
 * Bars for services that have no dated period yet. `serviceBars` places a service by its
 * periods (and a waiting one by its application); a planned service usually has no
 * period at all, yet the family should see it coming. Pure; UTC day numbers, ends
 * exclusive, like `serviceBars`.
 */
import type { NormalizedFamily } from '../normalize.js';
import type { ServiceBar } from './service-bars.js';

/**
 * One bar per member of each planned service without a dated period: from its `applied`
 * date (when it was planned) to `asOf`, else a one-day bar on `asOf` ("planned, not yet
 * dated"). Nothing without `asOf`, or when `applied` lies after it.
 */
export function plannedBars(family: NormalizedFamily): ServiceBar[] {
  const asOfDay = family.asOf?.last;
  if (asOfDay === undefined) return [];
  const bars: ServiceBar[] = [];
  for (const service of family.document.services ?? []) {
    if (service.status !== 'planned') continue;
    const dated = (family.servicePeriods.get(service.id) ?? []).some((period) => period.start !== undefined);
    if (dated) continue; // serviceBars draws its periods
    const applied = family.serviceApplied.get(service.id);
    if (applied && applied.first > asOfDay) continue;
    const start = applied ? applied.first : asOfDay;
    const sector = family.sectorOf(service.id);
    for (const memberId of service.members) {
      bars.push({ serviceId: service.id, memberId, status: 'planned', sector, start, end: asOfDay + 1, openEnd: true, periodIndex: undefined });
    }
  }
  return bars;
}
