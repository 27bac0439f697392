/**
 * The picture of the timeline as a few long SVG paths instead of thousands of shapes:
 * bars grouped by status and sector, the texture overlays (hatching, stripes, strike,
 * sector letters), the doors band and the overview's density. Coordinates: x in days
 * from the model's origin (the zoom scales them), y in pixels. Pure.
 */
import type { Sector, ServiceStatus } from '@family-view/core';
import { DOOR_HEIGHT } from './timeline-layout.js';
import { laneItems, type TimelineBar, type TimelineModel } from './timeline-model.js';

export interface BarGroupPath {
  status: ServiceStatus;
  sector: Sector;
  /** Bars shorter than `SHORT_BAR_DAYS`, drawn with an outline so that they never vanish. */
  short: boolean;
  d: string;
}

/** Bars shorter than this get an outline (at full span a pixel is often a week or more). */
export const SHORT_BAR_DAYS = 62;

export interface BarPicture {
  /** One path per status × sector × short-or-not in use. */
  groups: BarGroupPath[];
  /** Per sector: every bar of it, filled with the sector's letter pattern. */
  letters: Array<{ sector: Sector; d: string }>;
  /** Waiting bars, hatched. */
  waiting: string;
  /** Paused bars, striped. */
  paused: string;
  /** Declined bars: a line struck through the middle. */
  strikes: string;
}

const rect = (x: number, y: number, width: number, height: number): string => `M${x} ${y}h${width}v${height}h${-width}z`;

/** A bar's subpath, days relative to `origin`. */
export function barRect(bar: Pick<TimelineBar, 'start' | 'end' | 'y' | 'height'>, origin: number): string {
  return rect(bar.start - origin, bar.y, bar.end - bar.start, bar.height);
}

/**
 * The days the timeline shows when it fits: the span with a little room either side, or
 * a year either side of `asOf` when nothing is dated; undefined when there is neither.
 */
export function baseDomain(model: TimelineModel): { start: number; end: number } | undefined {
  const span = model.span ?? (model.asOf === undefined ? undefined : { start: model.asOf - 365, end: model.asOf + 366 });
  if (!span) return undefined;
  const pad = Math.max(30, Math.round((span.end - span.start) * 0.02));
  return { start: span.start - pad, end: span.end + pad };
}

/** The day every x coordinate is counted from: the start of the base domain. */
export function originOf(model: TimelineModel): number {
  return baseDomain(model)?.start ?? 0;
}

/** The picture of every bar, or of the bars of `lanes` only (lane indices). */
export function barPicture(model: TimelineModel, lanes?: readonly number[]): BarPicture {
  const origin = originOf(model);
  const groups = new Map<string, { status: ServiceStatus; sector: Sector; short: boolean; parts: string[] }>();
  const letters = new Map<Sector, string[]>();
  const waiting: string[] = [];
  const paused: string[] = [];
  const strikes: string[] = [];
  for (const bar of lanes === undefined ? model.bars : laneItems(model, lanes, 'bar')) {
    const d = barRect(bar, origin);
    const short = bar.end - bar.start < SHORT_BAR_DAYS;
    const key = `${bar.status}|${bar.sector}|${short}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { status: bar.status, sector: bar.sector, short, parts: [] }));
    group.parts.push(d);
    let sectorParts = letters.get(bar.sector);
    if (!sectorParts) letters.set(bar.sector, (sectorParts = []));
    sectorParts.push(d);
    if (bar.status === 'waiting') waiting.push(d);
    else if (bar.status === 'paused') paused.push(d);
    else if (bar.status === 'declined') strikes.push(`M${bar.start - origin} ${bar.y + bar.height / 2}h${bar.end - bar.start}`);
  }
  return {
    groups: [...groups.values()].map(({ status, sector, short, parts }) => ({ status, sector, short, d: parts.join('') })),
    letters: [...letters].map(([sector, parts]) => ({ sector, d: parts.join('') })),
    waiting: waiting.join(''),
    paused: paused.join(''),
    strikes: strikes.join(''),
  };
}

/** Outlines of the bars that pass `test` (the selected service, those active on the marked day). */
export function barsPath(model: TimelineModel, test: (bar: TimelineBar) => boolean): string {
  const origin = originOf(model);
  let d = '';
  for (const bar of model.bars) if (test(bar)) d += barRect(bar, origin);
  return d;
}

/** Doors in a year, in four levels; the strongest years are the darkest. */
export function doorLevel(total: number): 1 | 2 | 3 | 4 {
  if (total >= 10) return 4;
  if (total >= 6) return 3;
  if (total >= 3) return 2;
  return 1;
}

const yearStart = (year: number): number => Math.round(Date.UTC(year, 0, 1) / 86_400_000);

/** The doors band: per level, one rectangle per member and year; of `lanes` only when given. */
export function doorBandPaths(model: TimelineModel, lanes?: readonly number[]): Array<{ level: number; d: string }> {
  const origin = originOf(model);
  const parts = new Map<number, string[]>();
  for (const lane of lanes === undefined ? model.lanes : lanes.map((index) => model.lanes[index])) {
    if (lane?.doorsY === undefined) continue;
    for (const door of lane.doors) {
      const level = doorLevel(door.organizations + door.professionals);
      const start = yearStart(door.year);
      let list = parts.get(level);
      if (!list) parts.set(level, (list = []));
      list.push(rect(start - origin, lane.doorsY, yearStart(door.year + 1) - start, DOOR_HEIGHT));
    }
  }
  return [...parts].sort(([a], [b]) => a - b).map(([level, list]) => ({ level, d: list.join('') }));
}

/**
 * Arrowheads at `asOf` for the bars still running there (active or paused with no end):
 * drawn at x = 0, for a group the zoom moves to `asOf`'s end, so they keep their shape.
 */
export function openEndArrows(model: TimelineModel): string {
  if (model.asOf === undefined) return '';
  const end = model.asOf + 1;
  let d = '';
  for (const bar of model.bars) {
    if (!bar.openEnd || bar.end !== end || (bar.status !== 'active' && bar.status !== 'paused')) continue;
    d += `M0 ${bar.y - 1}l6 ${bar.height / 2 + 1}l-6 ${bar.height / 2 + 1}z`;
  }
  return d;
}

/**
 * The overview strip's picture: how many bars run in each of `bins` slices of the base
 * domain, as an area `height` high, x from 0 to `bins`.
 */
export function densityPath(model: TimelineModel, bins: number, height: number): string {
  const span = baseDomain(model);
  if (!span || model.bars.length === 0) return '';
  const width = (span.end - span.start) / bins;
  const counts = new Float64Array(bins + 1);
  // Each bar adds one to every slice it touches: a difference array keeps this linear.
  for (const bar of model.bars) {
    const from = Math.min(bins - 1, Math.floor((bar.start - span.start) / width));
    const to = Math.min(bins - 1, Math.max(from, Math.ceil((bar.end - span.start) / width) - 1));
    counts[from]! += 1;
    counts[to + 1]! -= 1;
  }
  let running = 0;
  let max = 0;
  const values: number[] = [];
  for (let i = 0; i < bins; i++) {
    running += counts[i]!;
    values.push(running);
    max = Math.max(max, running);
  }
  if (max === 0) return '';
  let d = `M0 ${height}`;
  values.forEach((value, i) => {
    const y = height - (value / max) * height;
    d += `V${y.toFixed(1)}H${i + 1}`;
  });
  return `${d}V${height}z`;
}
