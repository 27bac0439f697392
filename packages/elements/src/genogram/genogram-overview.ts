/**
 * The genogram zoomed out so far that labels are hidden: every line drawn, but batched —
 * one `<path>` per line style instead of one node per relationship. A large family is
 * thousands of lines; as separate nodes their style, layout and paint were most of its
 * first render. Zoomed in, the element draws one node per relationship again, with its
 * `data-partnership-id` / `data-parentage-id` hooks. Members always keep their own node.
 */
import { svg, type SVGTemplateResult } from 'lit';
import type { Point } from '@family-view/core';
import type { BondView, GenogramModel } from './genogram-model.js';

interface BatchedLines {
  households: string[];
  couples: [style: string, d: string][];
  parentage: [kind: string, d: string][];
  twinForks: [identical: boolean, d: string][];
  twinBars: string[];
  bonds: [quality: string, d: string][];
  /** Arrows keep one path each: a marker only sits at the end of its own path. */
  bondArrows: Pick<BondView, 'id' | 'quality' | 'arrow'>[];
}

/**
 * Batches are also split by region: one path spanning the whole drawing would be
 * rasterised again in every tile it touches, which cost more than the nodes saved.
 */
const REGIONS_PER_SIDE = 8;

type RegionOf = (at: Point) => number;

/** The region of a line, by its anchor (where it starts). */
function regionFinder(model: GenogramModel): RegionOf {
  const { x, y, width, height } = model.bounds;
  const cellWidth = Math.max(width, 1) / REGIONS_PER_SIDE;
  const cellHeight = Math.max(height, 1) / REGIONS_PER_SIDE;
  const clamp = (n: number) => Math.min(REGIONS_PER_SIDE - 1, Math.max(0, Math.floor(n)));
  return (at) => clamp((at.y - y) / cellHeight) * REGIONS_PER_SIDE + clamp((at.x - x) / cellWidth);
}

/**
 * Joins the `d` of each item under its key and region, keys in first-seen order. Items
 * marked `repeats` are left out: they draw a line an earlier item already draws (see
 * `ParentageView.repeats`), and drawing it twice only doubles what the browser parses and
 * paints. Known from the layout rather than found by comparing path text, which cost a
 * hash of every path string.
 */
function joinBy<T extends { at: Point; repeats?: true }, K>(
  items: readonly T[],
  regionOf: RegionOf,
  key: (item: T) => K,
  d: (item: T) => string | undefined,
): [K, string][] {
  const groups = new Map<K, Map<number, string[]>>();
  for (const item of items) {
    if (item.repeats) continue;
    const path = d(item);
    if (path === undefined || path === '') continue;
    const k = key(item);
    let regions = groups.get(k);
    if (!regions) groups.set(k, (regions = new Map()));
    const region = regionOf(item.at);
    let paths = regions.get(region);
    if (!paths) regions.set(region, (paths = []));
    paths.push(path);
  }
  return [...groups].flatMap(([k, regions]) => [...regions.values()].map((paths): [K, string] => [k, paths.join(' ')]));
}

function polygonPath(points: string): string {
  return points === '' ? '' : `M${points.replaceAll(' ', 'L')}Z`;
}

// Built once per model: focus moves and zoom steps re-render without re-joining strings.
const cache = new WeakMap<GenogramModel, BatchedLines>();

function batchedLines(model: GenogramModel): BatchedLines {
  let lines = cache.get(model);
  if (!lines) {
    const region = regionFinder(model);
    lines = {
      households: joinBy(model.households, region, () => 'household', (h) => polygonPath(h.points)).map(([, d]) => d),
      couples: joinBy(model.couples, region, (c) => c.style, (c) => (c.marks === undefined ? c.path : `${c.path} ${c.marks}`)),
      parentage: joinBy(model.parentage, region, (p) => p.kind, (p) => p.path),
      twinForks: joinBy(model.twins, region, (t) => t.identical, (t) => t.forkPath),
      twinBars: joinBy(model.twins, region, () => 'bar', (t) => t.barPath).map(([, d]) => d),
      bonds: joinBy(model.bonds, region, (b) => b.quality, (b) => b.paths.join(' ')),
      bondArrows: model.bonds.filter((b) => b.arrow !== undefined),
    };
    cache.set(model, lines);
  }
  return lines;
}

/** Households, bonds and lines of the zoomed-out drawing, in the same layers and classes as the detailed one. */
export function overviewLinesTemplate(model: GenogramModel, arrowMarkerId: string): SVGTemplateResult {
  const lines = batchedLines(model);
  return svg`<g class="households">${lines.households.map((d) => svg`<path class="household" d=${d}></path>`)}</g><g class="bonds">${lines.bonds.map(
    ([quality, d]) => svg`<g class=${`bond bond--${quality}`}><path class="bond-line" d=${d}></path></g>`,
  )}${lines.bondArrows.map(
    (bond) => svg`<g class=${`bond bond--${bond.quality}`}><path class="bond-arrow" d=${bond.arrow ?? ''}
      marker-end=${`url(#${arrowMarkerId})`}></path></g>`,
  )}</g><g class="lines">${lines.couples.map(
    ([style, d]) => svg`<path class=${`couple couple--${style}`} d=${d}></path>`,
  )}${lines.parentage.map(([kind, d]) => svg`<path class=${`parentage parentage--${kind}`} d=${d}></path>`)}${lines.twinForks.map(
    ([identical, d]) => svg`<g class=${`twins ${identical ? 'twins--identical' : 'twins--fraternal'}`}><path class="twins-fork"
      d=${d}></path></g>`,
  )}${lines.twinBars.map((d) => svg`<g class="twins twins--identical"><path class="twins-bar" d=${d}></path></g>`)}</g>`;
}
