/**
 * The services timeline, rendered with Lit from a `TimelineModel`, inside the host's
 * shadow root. What zoom changes is not bound here: the `TimelineController` owns the
 * transforms of `.timeline-plot` and the pinned lines, the axis and the overview window,
 * so that a zoom frame touches a handful of attributes instead of re-rendering thousands
 * of bars. Bars are drawn twice: as a few long paths (the picture) and as invisible,
 * focusable shapes that carry `data-service-id` (what the keyboard, pointer and screen
 * readers meet). Event markers are zero-length strokes with round caps, so they stay
 * round however far the x axis is stretched.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '../localization.js';
import type { DoorCount } from '@family-view/core';
import { SECTORS, itemKey, laneItems, type TimelineBar, type TimelineEventMarker, type TimelineItemRef, type TimelineLane, type TimelineModel } from './timeline-model.js';
import { ROW } from './timeline-layout.js';
import { barPicture, barsPath, baseDomain, densityPath, doorBandPaths, openEndArrows, originOf } from './timeline-paths.js';
import { renderTimelineDetail } from './timeline-detail.js';
import { renderTimelineLegend } from './timeline-legend.js';
import { renderTimelineTable } from './timeline-table.js';
import { barLabel, eventLabel, formatDate, formatDay, peakCountsText, peakDoorsText, peakWhenText, sectorLetter } from './timeline-words.js';

/** Width of the lane labels on the left. */
export const GUTTER = 184;
/**
 * On a narrow chart (a phone) the labels get less: with 184 px a 300 px chart would keep
 * under 100 px for time. Names still fit (squeezed when long); the peak line takes two.
 */
export const NARROW_GUTTER = 120;
/** Charts narrower than this get the narrow gutter. */
export const NARROW_CHART = 480;

/** The gutter for a chart this wide. */
export function gutterFor(chartWidth: number): number {
  return chartWidth < NARROW_CHART ? NARROW_GUTTER : GUTTER;
}
/** Room kept right of the plot. */
export const RIGHT_PAD = 12;
export const AXIS_HEIGHT = 40;
export const OVERVIEW_HEIGHT = 28;
export const OVERVIEW_BINS = 400;
/** The gutter clips lane labels this far from its right edge. */
const GUTTER_CLIP_MARGIN = 8;
/** Where lane labels start. */
const LANE_LABEL_X = 8;
/** The width a lane label may take before it is squeezed (see `fitTextsToWidth`). */
export function laneLabelRoom(gutter: number): number {
  return gutter - GUTTER_CLIP_MARGIN - LANE_LABEL_X - 4;
}

/** Ids are unique in the host's shadow root, which may hold other views too. */
export const TIMELINE_IDS = {
  help: 'fv-tl-help',
  scaleBase: 'fv-tl-scale-base',
  hatch: 'fv-tl-hatch',
  stripes: 'fv-tl-stripes',
  letter: (sector: string) => `fv-tl-letter-${sector}`,
} as const;

export interface TimelineHandlers {
  keydown: (event: KeyboardEvent) => void;
  click: (event: MouseEvent) => void;
  focusin: (event: FocusEvent) => void;
  focusout: (event: FocusEvent) => void;
  pointerover: (event: PointerEvent) => void;
  pointerleave: (event: PointerEvent) => void;
  overviewPointerdown: (event: PointerEvent) => void;
  zoomIn: () => void;
  zoomOut: () => void;
  fit: () => void;
}

export interface TimelineRenderOptions {
  locale: string;
  /** Highlights this member's lane. */
  selectedMemberId?: string | undefined;
  /** Highlights this service's bars, in every lane. */
  selectedServiceId?: string | undefined;
  /** A UTC day number (time travel): a second line, and the bars active that day marked. */
  markDate?: number | undefined;
  /** The item whose details the card shows; undefined for the hint. */
  detail?: TimelineItemRef | undefined;
  /**
   * The lanes whose labels, bars and markers get DOM nodes, in order (default: all). The
   * picture always shows every lane; a big family gets nodes only near the scrolled-to
   * lanes, which keeps its first render fast.
   */
  lanes?: readonly number[] | undefined;
  handlers: TimelineHandlers;
  /** The "Show as table" toggle in the controls, and the table in place of the chart while it is pressed. */
  table?: TimelineTableToggle | undefined;
  /** Width of the lane labels (see `gutterFor`); `GUTTER` by default. */
  gutter?: number | undefined;
}

export interface TimelineTableToggle {
  shown: boolean;
  toggle: () => void;
  /** A name in the table was pressed. */
  select: (type: 'service' | 'event', id: string) => void;
}

function patterns(locale: string): SVGTemplateResult {
  // The zoom stretches x; `scaleBase` carries the inverse stretch (set by the controller),
  // and the patterns that must keep their shape inherit it through `href`.
  return svg`<pattern id=${TIMELINE_IDS.scaleBase} patternUnits="userSpaceOnUse" width="8" height=${ROW}></pattern>
    <pattern id=${TIMELINE_IDS.hatch} href=${`#${TIMELINE_IDS.scaleBase}`} width="8" height="8">
      <path class="texture-line" d="M-2 2L2 -2M0 8L8 0M6 10L10 6"></path></pattern>
    <pattern id=${TIMELINE_IDS.stripes} patternUnits="userSpaceOnUse" width="100000" height="4">
      <rect class="texture-fill" width="100000" height="2"></rect></pattern>
    ${guard([locale], () =>
      SECTORS.map(
        (sector) => svg`<pattern id=${TIMELINE_IDS.letter(sector)} href=${`#${TIMELINE_IDS.scaleBase}`} width="44" height=${ROW}>
          <text class="sector-letter" x="4" y="11.5">${sectorLetter(sector)}</text></pattern>`,
      ),
    )}`;
}

/**
 * The bars and the doors band in a few long paths: of every lane, or of `lanes` only (the
 * picture drawn while the view moves, see `MovingPicture`).
 */
export function pictureTemplate(model: TimelineModel, lanes?: readonly number[]): SVGTemplateResult {
  const picture = barPicture(model, lanes);
  return svg`<g class="doors-band">${doorBandPaths(model, lanes).map(
    ({ level, d }) => svg`<path class=${`doors doors--${level}`} d=${d}></path>`,
  )}</g>
    <g class="bars-picture">
      ${picture.groups.map(
        ({ status, sector, short, d }) => svg`<path class=${`bars bars--${status} sector--${sector}${short ? ' bars--short' : ''}`} d=${d}></path>`,
      )}
      ${picture.waiting ? svg`<path class="bars-texture bars-texture--waiting" fill=${`url(#${TIMELINE_IDS.hatch})`} d=${picture.waiting}></path>` : nothing}
      ${picture.paused ? svg`<path class="bars-texture bars-texture--paused" fill=${`url(#${TIMELINE_IDS.stripes})`} d=${picture.paused}></path>` : nothing}
      ${picture.strikes ? svg`<path class="bars-strike" d=${picture.strikes}></path>` : nothing}
      ${picture.letters.map(({ sector, d }) => svg`<path class="bars-letters" fill=${`url(#${TIMELINE_IDS.letter(sector)})`} d=${d}></path>`)}
    </g>`;
}

function barClass(bar: TimelineBar, selectedServiceId: string | undefined, markDate: number | undefined): string {
  let className = `bar bar--${bar.status} sector--${bar.sector}`;
  if (bar.serviceId === selectedServiceId) className += ' bar--selected';
  if (markDate !== undefined && bar.start <= markDate && markDate < bar.end) className += ' bar--active-at-mark';
  return className;
}

function barHits(model: TimelineModel, lanes: readonly number[], selectedServiceId: string | undefined, markDate: number | undefined): SVGTemplateResult {
  const origin = originOf(model);
  // Keyed: a node keeps representing its bar (and keeps focus) when the lanes shown change.
  return svg`<g class="bar-hits">${repeat(
    laneItems(model, lanes, 'bar'),
    (bar) => bar.index,
    (bar) => {
      const name = model.services.get(bar.serviceId)?.name ?? '';
      return svg`<rect class=${barClass(bar, selectedServiceId, markDate)} data-service-id=${bar.serviceId} data-item=${itemKey({ kind: 'bar', index: bar.index })}
        role="button" tabindex="-1" aria-label=${barLabel(name, bar.status, model.lanes[bar.lane]!.name)}
        x=${bar.start - origin} y=${bar.y} width=${bar.end - bar.start} height=${bar.height}></rect>`;
    },
  )}</g>`;
}

function eventMarkers(model: TimelineModel, lanes: readonly number[], locale: string): SVGTemplateResult {
  const origin = originOf(model);
  return svg`<g class="event-markers">${repeat(
    laneItems(model, lanes, 'event'),
    (marker) => marker.index,
    (marker) => eventMarker(model, marker, origin, locale),
  )}</g>`;
}

function eventMarker(model: TimelineModel, marker: TimelineEventMarker, origin: number, locale: string): SVGTemplateResult {
  const info = model.eventInfo.get(marker.eventId);
  const d = `M${marker.day - origin} ${marker.y}h0`;
  const label = eventLabel(info?.title ?? '', marker.status, info ? formatDate(info.start, locale) : '', model.lanes[marker.lane]!.name);
  return svg`<g class=${`event event--${marker.status}`} data-event-id=${marker.eventId} data-item=${itemKey({ kind: 'event', index: marker.index })}
    role="button" tabindex="-1" aria-label=${label}><path class="event-dot" d=${d}></path>${
      marker.status === 'done' ? nothing : svg`<path class="event-hole" d=${d}></path>`
    }${marker.status === 'cancelled' ? svg`<path class="event-strike" d=${`M${marker.day - origin} ${marker.y - 6}v12`}></path>` : nothing}</g>`;
}

/** A lane this tall has room for a third label line (see laneLabels). */
const THREE_LINE_LANE = 3 * ROW;

/**
 * Each lane's name and, when it has services, its busiest year. In the narrow gutter that
 * line is split in two where the lane has room, so it is squeezed less (or not at all).
 */
function laneLabels(
  model: TimelineModel,
  lanes: readonly number[],
  locale: string,
  selectedMemberId: string | undefined,
  gutter: number,
): SVGTemplateResult {
  const shown = lanes.map((index) => model.lanes[index]).filter((lane) => lane !== undefined);
  const split = gutter < GUTTER;
  const peakLines = (lane: TimelineLane, peak: DoorCount) =>
    split && lane.height >= THREE_LINE_LANE
      ? svg`<text class="lane-peak" x=${LANE_LABEL_X} y=${lane.y + 27}>${peakWhenText(peak)}</text><text class="lane-peak"
          x=${LANE_LABEL_X} y=${lane.y + 40}>${peakCountsText(peak, locale)}</text>`
      : svg`<text class="lane-peak" x=${LANE_LABEL_X} y=${lane.y + 27}>${peakDoorsText(peak, locale)}</text>`;
  return svg`<svg class="lane-labels" x="0" y="0" width=${gutter - GUTTER_CLIP_MARGIN} height=${chartHeight(model)} overflow="hidden">${repeat(
    shown,
    (lane) => lane.index,
    (lane) => svg`<g class=${lane.memberId === selectedMemberId ? 'lane-label lane-label--selected' : 'lane-label'} data-lane-member-id=${lane.memberId}>
      <text class="lane-name" x=${LANE_LABEL_X} y=${lane.y + 13}>${lane.name}</text>${lane.peak ? peakLines(lane, lane.peak) : nothing}</g>`,
  )}</svg>`;
}

/** The chart's height: its lanes, and never less than two rows. */
export function chartHeight(model: TimelineModel): number {
  return Math.max(model.height, ROW * 2);
}

function laneStripes(model: TimelineModel): string {
  let d = '';
  for (const lane of model.lanes) if (lane.index % 2 === 1) d += `M0 ${lane.y}h100000v${lane.height}h-100000z`;
  return d;
}

function selectedLane(model: TimelineModel, memberId: string | undefined): SVGTemplateResult | typeof nothing {
  const lane = memberId === undefined ? undefined : model.lanes.find((l) => l.memberId === memberId);
  return lane ? svg`<rect class="lane-selected" x="0" y=${lane.y} width="100000" height=${lane.height}></rect>` : nothing;
}

/**
 * The chart. Nested `<svg>` viewports clip the plot and the lane labels, not `clip-path:
 * url(#…)`: through such a reference Chromium's style cache kept every removed timeline
 * alive (memory.browser.test.ts).
 */
function chartTemplate(model: TimelineModel, options: TimelineRenderOptions): TemplateResult {
  const { handlers, locale, selectedServiceId, markDate, selectedMemberId } = options;
  const gutter = options.gutter ?? GUTTER;
  const height = chartHeight(model);
  const lanes = options.lanes ?? model.lanes.map((lane) => lane.index);
  const hasItems = model.bars.length + model.events.length > 0;
  // Focus listeners sit on the wrapper: Chrome puts an SVG element with focus listeners in the tab order.
  return html`<div class="timeline-scroll" @focusin=${handlers.focusin} @focusout=${handlers.focusout}>
    <svg part="timeline-chart" class="timeline-chart" role="group" height=${height}
      aria-label=${msg('Services of each family member over time', { id: 'timeline.chart.label' })}
      aria-describedby=${TIMELINE_IDS.help} tabindex=${hasItems ? nothing : '0'}
      @keydown=${handlers.keydown} @click=${handlers.click} @pointerover=${handlers.pointerover} @pointerleave=${handlers.pointerleave}>
      <defs>
        ${patterns(locale)}
      </defs>
      <path class="lane-stripes" d=${guard([model], () => laneStripes(model))}></path>
      ${selectedLane(model, selectedMemberId)}
      <g class="grid"></g>
      <svg class="plot-area" x=${gutter} y="0" width="0" height=${height} overflow="hidden"><g transform=${`translate(${-gutter} 0)`}>
        <g class="timeline-plot">
          <g class="whole-picture">${guard([model], () => pictureTemplate(model))}</g>
          <g class="near-picture"></g>
          ${selectedServiceId === undefined
            ? nothing
            : svg`<path class="bars-selected" d=${barsPath(model, (bar) => bar.serviceId === selectedServiceId)}></path>`}
          ${markDate === undefined
            ? nothing
            : svg`<path class="bars-at-mark" d=${barsPath(model, (bar) => bar.start <= markDate && markDate < bar.end)}></path>`}
          ${guard([model, lanes, locale, selectedServiceId, markDate], () => barHits(model, lanes, selectedServiceId, markDate))}
          ${guard([model, lanes, locale], () => eventMarkers(model, lanes, locale))}
        </g>
        <g class="open-ends"><path class="open-end-arrows" d=${guard([model], () => openEndArrows(model))}></path></g>
        ${model.asOf === undefined ? nothing : svg`<g class="as-of-line"><line class="pin-line" x1="0" x2="0" y1="0" y2=${height}></line></g>`}
        ${markDate === undefined ? nothing : svg`<g class="mark-line"><line class="pin-line" x1="0" x2="0" y1="0" y2=${height}></line></g>`}
        <g class="door-numbers" aria-hidden="true"></g>
      </g></svg>
      <rect class="gutter" x="0" y="0" width=${gutter} height=${height}></rect>
      ${guard([model, lanes, locale, selectedMemberId, gutter], () => laneLabels(model, lanes, locale, selectedMemberId, gutter))}
      <rect class="focus-ring" x="0" y="0" width="0" height="0" visibility="hidden"></rect>
    </svg>
  </div>`;
}

function axisTemplate(model: TimelineModel, options: TimelineRenderOptions): TemplateResult {
  const { locale, markDate } = options;
  const asOf = model.asOf === undefined ? undefined : formatDay(model.asOf, locale);
  const mark = markDate === undefined ? undefined : formatDay(markDate, locale);
  return html`<svg class="timeline-axis" height=${AXIS_HEIGHT} aria-hidden="true">
    <g class="axis" transform=${`translate(0 ${AXIS_HEIGHT - 1})`}></g>
    ${asOf === undefined
      ? nothing
      : svg`<g class="as-of-label"><text class="pin-label" x="4" y="11">${msg(str`As of ${asOf}`, { id: 'timeline.as-of' })}</text></g>`}
    ${mark === undefined
      ? nothing
      : svg`<g class="mark-label"><text class="pin-label" x="4" y="11">${msg(str`Shown: ${mark}`, { id: 'timeline.mark' })}</text></g>`}
  </svg>`;
}

function overviewTemplate(model: TimelineModel, handlers: TimelineHandlers, gutter: number): TemplateResult {
  // A mouse shortcut only: the same moves are the zoom buttons and keys, so it is hidden from assistive technology.
  return html`<svg part="timeline-overview" class="timeline-overview" height=${OVERVIEW_HEIGHT} aria-hidden="true"
    @pointerdown=${handlers.overviewPointerdown}>
    <rect class="overview-frame" x=${gutter} y="0.5" width="0" height=${OVERVIEW_HEIGHT - 1}></rect>
    <g class="overview-plot"><path class="overview-density" d=${guard([model], () => densityPath(model, OVERVIEW_BINS, OVERVIEW_HEIGHT - 4))}></path></g>
    ${model.asOf === undefined ? nothing : svg`<line class="overview-as-of" x1="0" x2="0" y1="0" y2=${OVERVIEW_HEIGHT}></line>`}
    <rect class="overview-window" x="0" y="1" width="0" height=${OVERVIEW_HEIGHT - 2}></rect>
  </svg>`;
}

/**
 * The zoom buttons, then the table toggle. The toggle keeps its place (and focus) when
 * pressed: Lit keeps the same button, only the zoom buttons before it come and go. Its
 * name stays "Show as table" and `aria-pressed` tells the state (a name that changed with
 * the state would be read as "Show as picture, pressed").
 */
function controlsTemplate(options: TimelineRenderOptions): TemplateResult {
  const { handlers, table } = options;
  const label = table?.shown ? msg('Services over time', { id: 'timeline.label' }) : msg('Zoom the timeline', { id: 'timeline.zoom' });
  return html`<div part="timeline-controls" class="timeline-controls" role="group" aria-label=${label}>
    ${table?.shown
      ? nothing
      : html`<button type="button" @click=${handlers.zoomIn}>${msg('Zoom in', { id: 'timeline.zoom-in' })}</button>
          <button type="button" @click=${handlers.zoomOut}>${msg('Zoom out', { id: 'timeline.zoom-out' })}</button>
          <button type="button" @click=${handlers.fit}>${msg('Show all', { id: 'timeline.fit' })}</button>`}
    ${table
      ? html`<button type="button" part="timeline-table-toggle" class="table-toggle" aria-pressed=${String(table.shown)} @click=${table.toggle}>
          ${msg('Show as table', { id: 'timeline.table-toggle' })}
        </button>`
      : nothing}
  </div>`;
}

export function renderTimeline(model: TimelineModel, options: TimelineRenderOptions): TemplateResult {
  const { handlers } = options;
  if (!baseDomain(model) || model.lanes.length === 0) {
    return html`<section part="timeline" class="timeline timeline--empty" aria-label=${msg('Services over time', { id: 'timeline.label' })}>
      <p class="timeline-empty">${msg('There are no dated services or meetings to show.', { id: 'timeline.empty' })}</p>
    </section>`;
  }
  return html`<section part="timeline" class="timeline" aria-label=${msg('Services over time', { id: 'timeline.label' })}>
    ${options.table?.shown
      ? nothing
      : html`<p id=${TIMELINE_IDS.help} class="visually-hidden">
          ${msg('Use the arrow keys to move between services and meetings, Enter to select one, plus and minus to zoom, Shift and the left or right arrow to move in time.', {
            id: 'timeline.help',
          })}
        </p>`}
    ${controlsTemplate(options)}
    ${options.table?.shown
      ? renderTimelineTable(model, {
          locale: options.locale,
          markDate: options.markDate,
          selectedServiceId: options.selectedServiceId,
          select: options.table.select,
        })
      : html`${overviewTemplate(model, handlers, options.gutter ?? GUTTER)} ${axisTemplate(model, options)} ${chartTemplate(model, options)}
        ${renderTimelineDetail(model, options.detail, options.locale)} ${renderTimelineLegend(model, options.markDate !== undefined)}`}
  </section>`;
}
