/**
 * Turns a redacted family document into what the services timeline draws: one lane per
 * visible member (genogram order), the service bars and event markers in those lanes, the
 * time span, "how many doors" per member and year, and the lookups behind the detail
 * card. Pure and locale-free (words are chosen at render time). Everything comes from the
 * document it is given, which must already be `redact`'s output.
 */
import {
  doorsByYear,
  normalize,
  plannedBars,
  serviceBars,
  type DoorCount,
  type EventKind,
  type EventStatus,
  type FamilyDocument,
  type ParsedDate,
  type ParsedPartialDate,
  type Sector,
  type ServiceBar,
  type ServiceStatus,
} from '@family-view/core';
import { SECTORS } from '../sectors.js';
import { BAR_HEIGHT, barTop, laneGeometry, packRows, type LaneGeometry } from './timeline-layout.js';

export { SECTORS } from '../sectors.js';

export const SERVICE_STATUSES: readonly ServiceStatus[] = ['planned', 'waiting', 'active', 'paused', 'ended', 'declined'];
export const EVENT_STATUSES: readonly EventStatus[] = ['planned', 'done', 'cancelled'];

export interface TimelineLane extends LaneGeometry {
  memberId: string;
  name: string;
  /** Position from the top, 0-based. */
  index: number;
  /** Years with at least one door, in order. */
  doors: readonly DoorCount[];
  /** The year with the most doors (organisations + workers); undefined without any. */
  peak: DoorCount | undefined;
  /** This lane's bars are `bars[firstBar … firstBar + barCount - 1]`; its markers likewise. */
  firstBar: number;
  barCount: number;
  firstEvent: number;
  eventCount: number;
}

export interface TimelineBar {
  /** Position in `TimelineModel.bars`. */
  index: number;
  serviceId: string;
  memberId: string;
  lane: number;
  status: ServiceStatus;
  /** The service's sector; `other` when neither it nor its organisation names one. */
  sector: Sector;
  /** UTC day numbers; `end` exclusive. */
  start: number;
  end: number;
  /** No end date: the bar runs to `asOf`. */
  openEnd: boolean;
  /** Which of the service's `periods` the bar draws; undefined for a waiting or undated planned bar. */
  periodIndex: number | undefined;
  /** Top edge, in the chart's pixels; overlapping bars of a lane are stacked in rows. */
  y: number;
  height: number;
}

export interface TimelineEventMarker {
  /** Position in `TimelineModel.events`. */
  index: number;
  eventId: string;
  memberId: string;
  lane: number;
  /** UTC day number of the start. */
  day: number;
  status: EventStatus;
  /** Centre line, in the chart's pixels. */
  y: number;
}

/** An item the keyboard can move to: a bar or an event marker. */
export type TimelineItemRef = { kind: 'bar'; index: number } | { kind: 'event'; index: number };

export interface ServiceInfo {
  id: string;
  name: string;
  status: ServiceStatus;
  sector: Sector;
  organizationName: string | undefined;
  responsibleName: string | undefined;
  responsibleTitle: string | undefined;
  periods: ReadonlyArray<{ start: ParsedPartialDate | undefined; end: ParsedPartialDate | undefined }>;
  applied: ParsedPartialDate | undefined;
  intensity: string | undefined;
}

export interface EventInfo {
  id: string;
  title: string;
  kind: EventKind;
  status: EventStatus;
  start: ParsedDate;
  location: string | undefined;
}

export interface TimelineModel {
  lanes: readonly TimelineLane[];
  /** The height of all lanes together, in pixels. */
  height: number;
  /** Sorted by lane, then start, then end. */
  bars: readonly TimelineBar[];
  /** Sorted by lane, then day. */
  events: readonly TimelineEventMarker[];
  /** Every bar and marker, and `asOf`; undefined when nothing is dated. */
  span: { start: number; end: number } | undefined;
  /** The document's "now" (its first day), undefined without `asOf`. */
  asOf: number | undefined;
  /** Per lane, its bars and markers in time order: what Left/Right walk through. */
  laneItems: ReadonlyArray<readonly TimelineItemRef[]>;
  /** Service details by id, for names, tooltips and tables. */
  services: { get(serviceId: string): ServiceInfo | undefined };
  eventInfo: ReadonlyMap<string, EventInfo>;
  /** The most doors (organisations + workers) any member met in one year. */
  maxDoors: number;
  /** Sectors and statuses in use, for the legend. */
  sectorsInUse: readonly Sector[];
  statusesInUse: readonly ServiceStatus[];
  eventStatusesInUse: readonly EventStatus[];
}

/** The bars, or the event markers, of the given lanes (lane indices), lane by lane. */
export function laneItems(model: TimelineModel, lanes: readonly number[], kind: 'bar'): TimelineBar[];
export function laneItems(model: TimelineModel, lanes: readonly number[], kind: 'event'): TimelineEventMarker[];
export function laneItems(model: TimelineModel, lanes: readonly number[], kind: 'bar' | 'event'): Array<TimelineBar | TimelineEventMarker> {
  const list: ReadonlyArray<TimelineBar | TimelineEventMarker> = kind === 'bar' ? model.bars : model.events;
  const out: Array<TimelineBar | TimelineEventMarker> = [];
  for (const index of lanes) {
    const lane = model.lanes[index];
    if (!lane) continue;
    const first = kind === 'bar' ? lane.firstBar : lane.firstEvent;
    const count = kind === 'bar' ? lane.barCount : lane.eventCount;
    for (let i = first; i < first + count; i++) out.push(list[i]!);
  }
  return out;
}

/** The lanes that overlap the pixels `[top, bottom)`, as a first and last index (last < first when none). */
export function lanesBetween(model: TimelineModel, top: number, bottom: number): { first: number; last: number } {
  const lanes = model.lanes;
  // Lanes are in y order: binary search for the first lane ending below `top`.
  let lo = 0;
  let hi = lanes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lanes[mid]!.y + lanes[mid]!.height <= top) lo = mid + 1;
    else hi = mid;
  }
  let last = lo - 1;
  while (last + 1 < lanes.length && lanes[last + 1]!.y < bottom) last++;
  return { first: lo, last };
}

/** Where an item starts on the time axis, for keyboard movement and revealing. */
export function itemStart(model: TimelineModel, ref: TimelineItemRef): number {
  return ref.kind === 'bar' ? model.bars[ref.index]!.start : model.events[ref.index]!.day;
}

export function itemLane(model: TimelineModel, ref: TimelineItemRef): number {
  return ref.kind === 'bar' ? model.bars[ref.index]!.lane : model.events[ref.index]!.lane;
}

/** A stable string for an item: `b12` or `e3`. */
export function itemKey(ref: TimelineItemRef): string {
  return `${ref.kind === 'bar' ? 'b' : 'e'}${ref.index}`;
}

export function parseItemKey(key: string | null | undefined): TimelineItemRef | undefined {
  const match = key ? /^([be])(\d+)$/.exec(key) : null;
  if (!match) return undefined;
  return { kind: match[1] === 'b' ? 'bar' : 'event', index: Number(match[2]) };
}

const doorTotal = (d: DoorCount) => d.organizations + d.professionals;

export function buildTimelineModel(document: FamilyDocument, laneOrder: readonly string[]): TimelineModel {
  const family = normalize(document);

  // Lanes: visible members in the order given; anyone left out of it follows in document order.
  const laneOf = new Map<string, number>();
  const laneMembers: Array<{ id: string; name: string }> = [];
  const addLane = (id: string) => {
    const member = family.members.get(id);
    if (!member || member.placeholder === true || laneOf.has(id)) return;
    laneOf.set(id, laneMembers.length);
    laneMembers.push({ id, name: member.name });
  };
  for (const id of laneOrder) addLane(id);
  for (const member of document.members) addLane(member.id);

  const coreBars = serviceBars(family);
  const doors = doorsByYear(family, coreBars);

  // Bars by lane, each lane's by time: one small sort per lane, not one over every bar.
  const barsByLane: TimelineBar[][] = laneMembers.map(() => []);
  const addBar = (bar: ServiceBar) => {
    const lane = laneOf.get(bar.memberId);
    if (lane === undefined) return;
    barsByLane[lane]!.push({
      index: 0,
      serviceId: bar.serviceId,
      memberId: bar.memberId,
      lane,
      status: bar.status,
      sector: bar.sector ?? 'other',
      start: bar.start,
      end: bar.end,
      openEnd: bar.openEnd,
      periodIndex: bar.periodIndex,
      y: 0,
      height: BAR_HEIGHT,
    });
  };
  for (const bar of coreBars) addBar(bar);
  for (const bar of plannedBars(family)) addBar(bar);
  const bars: TimelineBar[] = [];
  for (const laneBars of barsByLane) {
    if (laneBars.length > 1) laneBars.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const bar of laneBars) bars.push(bar);
  }
  bars.forEach((bar, index) => (bar.index = index));

  const events: TimelineEventMarker[] = [];
  for (const event of document.events ?? []) {
    const start = family.eventStart.get(event.id);
    if (!start) continue;
    for (const memberId of new Set(event.members ?? [])) {
      const lane = laneOf.get(memberId);
      if (lane !== undefined) events.push({ index: 0, eventId: event.id, memberId, lane, day: start.first, status: event.status, y: 0 });
    }
  }
  events.sort((a, b) => a.lane - b.lane || a.day - b.day);
  events.forEach((marker, index) => (marker.index = index));

  // Lanes top to bottom, each as tall as its stacked bars need.
  const lanesWithEvents = new Set(events.map((e) => e.lane));
  let top = 0;
  const lanes: TimelineLane[] = laneMembers.map(({ id, name }, index) => {
    const years = doors.get(id) ?? [];
    let peak: DoorCount | undefined;
    for (const year of years) if (!peak || doorTotal(year) > doorTotal(peak)) peak = year;
    const laneBars = barsByLane[index]!;
    const { rows, count } = packRows(laneBars);
    const geometry = laneGeometry(top, count, lanesWithEvents.has(index), years.length > 0);
    laneBars.forEach((bar, i) => (bar.y = barTop(geometry.barsY, rows[i]!)));
    top += geometry.height;
    return { memberId: id, name, index, doors: years, peak, ...geometry, firstBar: laneBars[0]?.index ?? 0, barCount: laneBars.length, firstEvent: 0, eventCount: 0 };
  });
  for (const marker of events) {
    const lane = lanes[marker.lane]!;
    marker.y = lane.eventY ?? 0;
    if (lane.eventCount++ === 0) lane.firstEvent = marker.index;
  }
  let maxDoors = 0;
  for (const lane of lanes) if (lane.peak) maxDoors = Math.max(maxDoors, doorTotal(lane.peak));

  const asOf = family.asOf?.first;
  let spanStart = Infinity;
  let spanEnd = -Infinity;
  for (const bar of bars) {
    spanStart = Math.min(spanStart, bar.start);
    spanEnd = Math.max(spanEnd, bar.end);
  }
  for (const marker of events) {
    spanStart = Math.min(spanStart, marker.day);
    spanEnd = Math.max(spanEnd, marker.day + 1);
  }
  if (asOf !== undefined) {
    spanStart = Math.min(spanStart, asOf);
    spanEnd = Math.max(spanEnd, asOf + 1);
  }
  const span = Number.isFinite(spanStart) ? { start: spanStart, end: spanEnd } : undefined;

  const laneItems: TimelineItemRef[][] = lanes.map(() => []);
  const starts: number[][] = lanes.map(() => []);
  // Both lists are sorted by lane and time: merge them per lane.
  for (const bar of bars) {
    laneItems[bar.lane]!.push({ kind: 'bar', index: bar.index });
    starts[bar.lane]!.push(bar.start);
  }
  for (const marker of events) {
    const items = laneItems[marker.lane]!;
    const times = starts[marker.lane]!;
    let at = times.length;
    while (at > 0 && times[at - 1]! > marker.day) at--;
    items.splice(at, 0, { kind: 'event', index: marker.index });
    times.splice(at, 0, marker.day);
  }

  // Built per service when first asked for: only the bars near the view and the one
  // hovered need theirs, and a large family has thousands of services.
  const serviceInfo = new Map<string, ServiceInfo>();
  const services = {
    get(serviceId: string): ServiceInfo | undefined {
      let info = serviceInfo.get(serviceId);
      if (info) return info;
      const service = family.services.get(serviceId);
      if (!service) return undefined;
      const organization = family.organizations.get(service.organization);
      const responsible = service.responsible === undefined ? undefined : family.professionals.get(service.responsible);
      info = {
        id: service.id,
        name: service.name,
        status: service.status,
        sector: family.sectorOf(service.id) ?? 'other',
        organizationName: organization?.name,
        responsibleName: responsible?.name,
        responsibleTitle: responsible?.title,
        periods: (family.servicePeriods.get(service.id) ?? []).map((p) => ({ start: p.start, end: p.end })),
        applied: family.serviceApplied.get(service.id),
        intensity: service.intensity,
      };
      serviceInfo.set(serviceId, info);
      return info;
    },
  };
  const eventInfo = new Map<string, EventInfo>();
  for (const event of document.events ?? []) {
    const start = family.eventStart.get(event.id);
    if (start) eventInfo.set(event.id, { id: event.id, title: event.title, kind: event.kind, status: event.status, start, location: event.location });
  }

  const sectors = new Set(bars.map((b) => b.sector));
  const statuses = new Set(bars.map((b) => b.status));
  const eventStatuses = new Set(events.map((e) => e.status));
  return {
    lanes,
    height: top,
    bars,
    events,
    span,
    asOf,
    laneItems,
    services,
    eventInfo,
    maxDoors,
    sectorsInUse: SECTORS.filter((s) => sectors.has(s)),
    statusesInUse: SERVICE_STATUSES.filter((s) => statuses.has(s)),
    eventStatusesInUse: EVENT_STATUSES.filter((s) => eventStatuses.has(s)),
  };
}

/**
 * Lane order from the genogram: generation by generation, left to right, so that the
 * lanes read like the genogram does. Placeholders are left out.
 */
export function genogramLaneOrder(members: ReadonlyArray<{ id: string; generation: number; x: number; placeholder: boolean }>): string[] {
  return members
    .filter((m) => !m.placeholder)
    .slice()
    .sort((a, b) => a.generation - b.generation || a.x - b.x)
    .map((m) => m.id);
}
