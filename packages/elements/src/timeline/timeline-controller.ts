/**
 * Everything on the timeline that moves: zoom and pan of the time axis with d3-zoom
 * (x only, from decades to days), the buttons and keys behind it, the overview strip,
 * roving keyboard focus across bars and markers, and which item the detail card shows.
 *
 * A zoom frame never re-renders through Lit: bars are drawn once in day coordinates and
 * this controller only rewrites a few attributes — the plot group's
 * `translate(…) scale(k, 1)`, the pattern stretch, the pinned lines, the overview window
 * and the focus ring — and moves the axis ticks (see `drawTimeAxis`). The first frame of a
 * movement swaps the picture of every lane for that of the lanes near the view, until the
 * view rests (see `MovingPicture`).
 *
 * The host calls `render(model, options)` from its own `render()`; the controller finds
 * what it drew in the host's render root after each update.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type { ScaleTime } from 'd3-scale';
import { html, render as litRender, svg } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { select } from 'd3-selection';
import 'd3-transition'; // adds selection.transition(), used for animated zooms
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { dayOfDate, drawTimeAxis, localizedTickFormat, timeScale } from './timeline-axis.js';
import { DOOR_HEIGHT } from './timeline-layout.js';
import { itemKey, lanesBetween, parseItemKey, type TimelineItemRef, type TimelineModel } from './timeline-model.js';
import { firstItem, isTimelineNavigationKey, laneOfItem, nextItem } from './timeline-navigation.js';
import { baseDomain, doorLevel } from './timeline-paths.js';
import { fitTextsToWidth } from './fit-text.js';
import { MovingPicture } from './moving-picture.js';
import { OVERVIEW_BINS, RIGHT_PAD, TIMELINE_IDS, chartHeight, gutterFor, laneLabelRoom, renderTimeline, type TimelineHandlers } from './timeline-svg.js';
import { doorCellText } from './timeline-words.js';
import { toSupportedLocale, withLocale } from '../localization.js';
import { setIfChanged } from '../set-if-changed.js';
import { revealInPage } from '../reveal-in-page.js';

export interface TimelineSelection {
  type: 'service' | 'event';
  id: string;
}

export interface TimelineViewOptions {
  /** The language for dates, numbers and words (see `resolveLanguage`). */
  locale: string;
  /** Highlights this member's lane. */
  selectedMemberId?: string | undefined;
  /** Highlights this service's bars in every lane. */
  selectedServiceId?: string | undefined;
  /** Time travel: a UTC day number; drawn as a second line, bars active that day get `bar--active-at-mark`. */
  markDate?: number | undefined;
  /** Called on click, Enter or Space on a bar (`service`) or an event marker (`event`), or on a name in the table. */
  onSelect?: (selection: TimelineSelection) => void;
  /** Offers "Show as table"; while `shown`, the table stands in place of the chart. */
  table?: { shown: boolean; toggle: () => void } | undefined;
}

const STEP = 1.5;
const PAN_FRACTION = 0.2;
const DURATION_MS = 250;
/** The deepest zoom shows a week across the plot: days are wide. */
const MIN_VISIBLE_DAYS = 7;
/** The widest zoom shows three decades, or the whole span when that is longer. */
const MAX_VISIBLE_DAYS = 30 * 365.25;
/** Room a pinned line's label needs on its right; nearer the edge it goes on the left. */
const PIN_LABEL_ROOM = 140;
/** Door numbers are written in a year's cell once it is this wide. */
const DOOR_NUMBERS_MIN_YEAR_PX = 44;

interface TimelineDom {
  chart: SVGSVGElement;
  scroll: HTMLElement;
  plot: SVGGElement;
  scaleBase: SVGPatternElement | null;
  /** The nested `<svg>` whose viewport clips the plot to the right of the lane labels. */
  plotArea: SVGSVGElement | null;
  grid: SVGGElement | null;
  axis: SVGGElement | null;
  asOfLine: SVGGElement | null;
  asOfLabel: SVGGElement | null;
  markLine: SVGGElement | null;
  markLabel: SVGGElement | null;
  openEnds: SVGGElement | null;
  doorNumbers: SVGGElement | null;
  focusRing: SVGRectElement | null;
  overview: SVGSVGElement | null;
  overviewPlot: SVGGElement | null;
  overviewFrame: SVGRectElement | null;
  overviewWindow: SVGRectElement | null;
  overviewAsOf: SVGLineElement | null;
}

/** A Lit element (or anything with a render root) that shows the timeline. */
export type TimelineHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export class TimelineController implements ReactiveController {
  private model: TimelineModel | undefined;
  private options: TimelineViewOptions = { locale: 'en' };
  /** The item in the tab order (roving tabindex). */
  private focusRef: TimelineItemRef | undefined;
  private hoverRef: TimelineItemRef | undefined;
  /** What the detail card showed last: it stays until something else is pointed at or focused. */
  private lastDetail: TimelineItemRef | undefined;
  /** Whether keyboard focus is on an item (the ring is drawn then). */
  private ringShown = false;
  private dom: TimelineDom | undefined;
  /** The model the DOM was last fitted to. */
  private fittedModel: TimelineModel | undefined;
  private behavior: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private scrollObserver: ResizeObserver | undefined;
  /** The chart's width as last measured; 0 until known. */
  private width = 0;
  private domain: { start: number; end: number } | undefined;
  private gesture = false;
  private scrollFrame = 0;
  /** The lanes that have DOM nodes now (see `TimelineRenderOptions.lanes`), and the pixels they cover. */
  private renderedLanes: readonly number[] = [];
  private renderedSpan = { top: 0, bottom: 0 };
  /** The scroll box's height and position as last seen. */
  private viewHeight = 0;
  private scrollTop = 0;
  /** An item to focus once the render that creates its node is done. */
  private pendingFocus: TimelineItemRef | undefined;
  /** Only the lanes near the view are drawn while it moves. */
  private readonly motion = new MovingPicture();
  /** Set while the controller itself moves the view (fitting a new family, a resize): not a movement of the user's. */
  private quiet = false;

  constructor(private readonly host: TimelineHost) {
    host.addController(this);
  }

  hostUpdated(): void {
    try {
      this.sync();
    } catch {
      // Zooming is a convenience: the timeline stays readable without it.
    }
  }

  hostDisconnected(): void {
    this.detach();
  }

  /**
   * Drops everything of the last family: its model, selection, detail and DOM. The host
   * calls it when the family it shows changes (a new document or viewer), so that nothing
   * of what one viewer saw stays in the controller while another looks.
   */
  forget(): void {
    this.detach();
    this.model = undefined;
    this.fittedModel = undefined;
    this.options = { locale: this.options.locale };
    this.focusRef = undefined;
    this.hoverRef = undefined;
    this.lastDetail = undefined;
    this.pendingFocus = undefined;
    this.renderedLanes = [];
    this.domain = undefined;
  }

  /** The timeline's template, for the host's `render()`. */
  render(model: TimelineModel, options: TimelineViewOptions): TemplateResult {
    if (model !== this.model) {
      this.model = model;
      this.focusRef = firstItem(model);
      this.hoverRef = undefined;
      this.lastDetail = undefined;
      this.pendingFocus = undefined;
      this.renderedLanes = [];
    }
    if (this.renderedLanes.length === 0 || this.needsNewLanes()) this.chooseLanes();
    this.options = options;
    // Read before this render changes the DOM, while the layout is still clean.
    if (!this.width) this.width = this.estimateWidth();
    const detail = this.hoverRef ?? (this.ringShown ? this.focusRef : undefined) ?? this.lastDetail;
    this.lastDetail = detail;
    return renderTimeline(model, {
      locale: options.locale,
      selectedMemberId: options.selectedMemberId,
      selectedServiceId: options.selectedServiceId,
      markDate: options.markDate,
      detail,
      lanes: this.renderedLanes,
      handlers: this.handlers,
      table: options.table && { ...options.table, select: this.selectFromTable },
      gutter: this.gutter,
    });
  }

  /** True when the scrolled-to lanes come near the edge of those with nodes. */
  private needsNewLanes(): boolean {
    if (!this.dom) return false;
    const top = this.scrollTop;
    const height = this.viewHeight || 600;
    const margin = height / 2;
    const { top: renderedTop, bottom: renderedBottom } = this.renderedSpan;
    const needTop = Math.max(0, top - margin);
    const needBottom = Math.min(this.model?.height ?? 0, top + height + margin);
    return needTop < renderedTop || needBottom > renderedBottom;
  }

  /**
   * Nodes for the lanes in view and a screen's height either side, plus the lane of the
   * item in the tab order, so that focus never sits on a node that goes away.
   */
  private chooseLanes(): void {
    const model = this.model;
    if (!model) return;
    // Cached values: reading the scroll box here, during a render, could force a layout.
    const top = this.scrollTop;
    const height = this.viewHeight || 600;
    const from = Math.max(0, top - height);
    const to = top + 2 * height;
    const { first, last } = lanesBetween(model, from, to);
    const lanes: number[] = [];
    for (let i = first; i <= last; i++) lanes.push(i);
    const keep = [this.focusRef, this.pendingFocus].map((ref) => ref && laneOfItem(model, ref));
    for (const lane of keep) if (lane !== undefined && (lane < first || lane > last) && !lanes.includes(lane)) lanes.push(lane);
    lanes.sort((a, b) => a - b);
    this.renderedLanes = lanes;
    const firstLane = model.lanes[first];
    const lastLane = model.lanes[last];
    this.renderedSpan = firstLane && lastLane ? { top: firstLane.y, bottom: lastLane.y + lastLane.height } : { top: 0, bottom: 0 };
    if (first === 0) this.renderedSpan.top = 0;
    if (last === model.lanes.length - 1) this.renderedSpan.bottom = model.height;
  }

  zoomIn(): void {
    this.scaleBy(STEP, this.animate());
  }

  zoomOut(): void {
    this.scaleBy(1 / STEP, this.animate());
  }

  /** Shows the whole span. */
  fit(animated = this.animate()): void {
    this.apply(zoomIdentity, animated);
  }

  /** Moves the view by a fraction of its width (negative: back in time). */
  panBy(fraction: number): void {
    const behavior = this.behavior;
    const dom = this.dom;
    if (!behavior || !dom) return;
    const t = zoomTransform(dom.chart);
    behavior.translateBy(select(dom.chart), (-fraction * this.plotWidth()) / t.k, 0);
  }

  /** Shows the days `[start, end)`. */
  showDays(start: number, end: number, animated = false): void {
    const domain = this.domain;
    if (!domain || end <= start) return;
    const k = (domain.end - domain.start) / (end - start);
    const x = this.gutter - k * this.baseX(start);
    this.apply(zoomIdentity.translate(x, 0).scale(k), animated);
  }

  /** The days shown now, `[start, end)`; undefined while nothing is drawn. */
  visibleDays(): { start: number; end: number } | undefined {
    if (!this.dom || !this.domain) return undefined;
    const t = zoomTransform(this.dom.chart);
    return { start: this.dayAt(t, this.gutter), end: this.dayAt(t, this.gutter + this.plotWidth()) };
  }

  // ------------------------------------------------------------------ handlers

  private readonly handlers: TimelineHandlers = {
    keydown: (event) => this.onKeydown(event),
    click: (event) => {
      const ref = itemOf(event.target);
      if (ref) this.select(ref);
    },
    focusin: (event) => {
      const ref = itemOf(event.target);
      if (!ref) return;
      this.moveRovingTabindex(ref);
      this.ringShown = event.target instanceof Element && event.target.matches(':focus-visible');
      this.drawFocusRing();
      this.host.requestUpdate();
    },
    focusout: (event) => {
      if (itemOf(event.relatedTarget) !== undefined) return; // moving within the chart
      this.ringShown = false;
      this.drawFocusRing();
      this.host.requestUpdate();
    },
    pointerover: (event) => {
      const ref = itemOf(event.target);
      if (!ref || (this.hoverRef && itemKey(this.hoverRef) === itemKey(ref))) return;
      this.hoverRef = ref;
      this.host.requestUpdate();
    },
    pointerleave: () => {
      if (!this.hoverRef) return;
      this.hoverRef = undefined;
      this.host.requestUpdate();
    },
    overviewPointerdown: (event) => this.onOverviewPointerdown(event),
    zoomIn: () => this.zoomIn(),
    zoomOut: () => this.zoomOut(),
    fit: () => this.fit(),
  };

  private readonly selectFromTable = (type: 'service' | 'event', id: string): void => {
    this.options.onSelect?.({ type, id });
  };

  private onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const ref = itemOf(event.target);
    const model = this.model;
    switch (event.key) {
      case '+':
      case '=':
        event.preventDefault();
        this.zoomIn();
        return;
      case '-':
      case '_':
        event.preventDefault();
        this.zoomOut();
        return;
      case '0':
        event.preventDefault();
        this.fit();
        return;
      case 'Enter':
      case ' ':
        if (!ref) return;
        event.preventDefault(); // Space would scroll the page
        this.select(ref);
        return;
    }
    if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && (event.shiftKey || !ref)) {
      event.preventDefault();
      this.panBy(event.key === 'ArrowLeft' ? -PAN_FRACTION : PAN_FRACTION);
      return;
    }
    if (ref && model && isTimelineNavigationKey(event.key)) {
      event.preventDefault();
      const next = nextItem(model, ref, event.key);
      if (next) this.focusItem(next);
    }
  }

  private select(ref: TimelineItemRef): void {
    const model = this.model;
    if (!model) return;
    const id = ref.kind === 'bar' ? model.bars[ref.index]?.serviceId : model.events[ref.index]?.eventId;
    if (id !== undefined) this.options.onSelect?.({ type: ref.kind === 'bar' ? 'service' : 'event', id });
  }

  /** Moves keyboard focus to an item, scrolling and panning so that it is in view. */
  focusItem(ref: TimelineItemRef): void {
    const node = this.nodeOf(ref);
    if (!node) {
      // Its lane has no nodes yet: scroll to it, render, then focus (see sync).
      this.pendingFocus = ref;
      this.scrollToLane(ref);
      this.chooseLanes();
      this.host.requestUpdate();
      return;
    }
    this.moveRovingTabindex(ref);
    node.focus({ preventScroll: true });
    this.reveal(ref);
    // The lane is now in the scroll box; panning along time does not move it up or down.
    const shown = node.getBoundingClientRect();
    revealInPage(this.host, { top: shown.top, bottom: shown.bottom });
  }

  private nodeOf(ref: TimelineItemRef): SVGElement | null {
    return this.dom?.chart.querySelector<SVGElement>(`[data-item="${itemKey(ref)}"]`) ?? null;
  }

  private moveRovingTabindex(ref: TimelineItemRef): void {
    const chart = this.dom?.chart;
    this.focusRef = ref;
    if (!chart) return;
    const key = itemKey(ref);
    for (const node of chart.querySelectorAll<SVGElement>('[data-item][tabindex="0"]')) {
      if (node.getAttribute('data-item') !== key) node.setAttribute('tabindex', '-1');
    }
    this.nodeOf(ref)?.setAttribute('tabindex', '0');
  }

  /** Scrolls the lane into view and pans when the item is outside the plot. */
  private reveal(ref: TimelineItemRef): void {
    const model = this.model;
    const dom = this.dom;
    if (!model || !dom) return;
    const item = ref.kind === 'bar' ? model.bars[ref.index] : model.events[ref.index];
    if (!item) return;
    this.scrollToLane(ref);
    const start = ref.kind === 'bar' ? model.bars[ref.index]!.start : model.events[ref.index]!.day;
    const end = ref.kind === 'bar' ? model.bars[ref.index]!.end : start + 1;
    const visible = this.visibleDays();
    if (!visible || (start < visible.end && end > visible.start)) {
      this.drawFocusRing();
      return;
    }
    const width = visible.end - visible.start;
    this.showDays(start - width / 2, start + width / 2, this.animate());
  }

  private scrollToLane(ref: TimelineItemRef): void {
    const model = this.model;
    const scroll = this.dom?.scroll;
    const laneIndex = model && laneOfItem(model, ref);
    const lane = laneIndex === undefined ? undefined : model?.lanes[laneIndex];
    if (!lane || !scroll) return;
    const { scrollTop, clientHeight } = scroll;
    if (lane.y < scrollTop) scroll.scrollTop = lane.y;
    else if (lane.y + lane.height > scrollTop + clientHeight) scroll.scrollTop = lane.y + lane.height - clientHeight;
    this.scrollTop = scroll.scrollTop;
  }

  // ---------------------------------------------------------------- overview

  private onOverviewPointerdown(event: PointerEvent): void {
    const overview = this.dom?.overview;
    if (!overview || event.button !== 0) return;
    event.preventDefault();
    const moveTo = (clientX: number) => {
      const domain = this.domain;
      const visible = this.visibleDays();
      if (!domain || !visible) return;
      const box = overview.getBoundingClientRect();
      const day = domain.start + ((clientX - box.left - this.gutter) / this.plotWidth()) * (domain.end - domain.start);
      const half = (visible.end - visible.start) / 2;
      this.showDays(day - half, day + half);
    };
    moveTo(event.clientX);
    overview.setPointerCapture?.(event.pointerId);
    const move = (e: PointerEvent) => moveTo(e.clientX);
    const up = () => {
      overview.removeEventListener('pointermove', move);
      overview.removeEventListener('pointerup', up);
      overview.removeEventListener('pointercancel', up);
    };
    overview.addEventListener('pointermove', move);
    overview.addEventListener('pointerup', up);
    overview.addEventListener('pointercancel', up);
  }

  // ------------------------------------------------------------ zoom plumbing

  private sync(): void {
    const root = this.host.renderRoot;
    const chart = root.querySelector<SVGSVGElement>('svg.timeline-chart');
    const plot = chart?.querySelector<SVGGElement>('g.timeline-plot');
    const scroll = chart?.parentElement;
    const model = this.model;
    if (!chart || !plot || !scroll || !model) {
      this.detach();
      return;
    }
    if (this.dom?.chart !== chart) {
      this.detach();
      this.attach(chart, plot, scroll);
    } else {
      // Lit may have added or removed the optional parts (mark line, labels).
      this.dom = this.collect(chart, plot, scroll);
    }
    this.motion.attach(chart.querySelector('g.whole-picture'), chart.querySelector('g.near-picture'));
    this.motion.lanesChanged(model, this.renderedLanes);
    this.domain = baseDomain(model);
    if (this.fittedModel !== model) {
      this.fittedModel = model;
      this.configureExtents();
      this.quietly(() => this.apply(zoomIdentity, false));
    } else {
      this.draw(zoomTransform(chart));
    }
    this.updateTabStop();
    // Labels the gutter would cut off are squeezed instead (measured only when they change).
    fitTextsToWidth(chart.querySelectorAll<SVGTextElement>('.lane-labels text'), laneLabelRoom(this.gutter));
    const pending = this.pendingFocus;
    if (pending && this.nodeOf(pending)) {
      this.pendingFocus = undefined;
      // Not during this update: focusing fires focusin, whose handler requests an update,
      // and an update requested while one finishes is wasted work (Lit warns of it).
      void this.host.updateComplete.then(() => this.focusItem(pending));
    }
  }

  /** The item in the tab order: the roving one when it has a node, else the first with one. */
  private updateTabStop(): void {
    const chart = this.dom?.chart;
    if (!chart) return;
    if (this.focusRef && this.nodeOf(this.focusRef)) {
      this.moveRovingTabindex(this.focusRef);
      return;
    }
    const first = parseItemKey(chart.querySelector('[data-item]')?.getAttribute('data-item'));
    if (first) this.moveRovingTabindex(first);
  }

  private collect(chart: SVGSVGElement, plot: SVGGElement, scroll: HTMLElement): TimelineDom {
    const root = this.host.renderRoot;
    return {
      chart,
      scroll,
      plot,
      scaleBase: chart.querySelector(`#${TIMELINE_IDS.scaleBase}`),
      plotArea: chart.querySelector('svg.plot-area'),
      grid: chart.querySelector('g.grid'),
      axis: root.querySelector('svg.timeline-axis g.axis'),
      asOfLine: chart.querySelector('g.as-of-line'),
      asOfLabel: root.querySelector('svg.timeline-axis g.as-of-label'),
      markLine: chart.querySelector('g.mark-line'),
      markLabel: root.querySelector('svg.timeline-axis g.mark-label'),
      openEnds: chart.querySelector('g.open-ends'),
      doorNumbers: chart.querySelector('g.door-numbers'),
      focusRing: chart.querySelector('rect.focus-ring'),
      overview: root.querySelector('svg.timeline-overview'),
      overviewPlot: root.querySelector('svg.timeline-overview g.overview-plot'),
      overviewFrame: root.querySelector('svg.timeline-overview rect.overview-frame'),
      overviewWindow: root.querySelector('svg.timeline-overview rect.overview-window'),
      overviewAsOf: root.querySelector('svg.timeline-overview line.overview-as-of'),
    };
  }

  private attach(chart: SVGSVGElement, plot: SVGGElement, scroll: HTMLElement): void {
    this.dom = this.collect(chart, plot, scroll);
    // The width as laid out before this render; the resize observer corrects it before paint.
    this.width ||= this.estimateWidth();
    const behavior = zoom<SVGSVGElement, unknown>()
      .extent(() => [
        [this.gutter, 0],
        [this.gutter + this.plotWidth(), 1],
      ])
      // The page keeps scrolling under the wheel; Ctrl+wheel (and trackpad pinch) zooms.
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
      })
      .on('start', () => {
        this.gesture = true;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        this.draw(event.transform);
        if (!this.quiet && this.model) this.motion.moved(this.model, this.renderedLanes);
      })
      .on('end', () => {
        this.gesture = false;
        this.drawDoorNumbers(zoomTransform(chart));
      });
    select(chart).call(behavior).on('dblclick.zoom', null);
    chart.addEventListener('wheel', this.onWheel, { passive: false });
    scroll.addEventListener('scroll', this.onScroll, { passive: true });
    this.behavior = behavior;
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const box = entries[entries.length - 1]?.contentRect;
        if (box && box.width > 0 && Math.abs(box.width - this.width) > 0.5) this.resize(box.width);
      });
      this.resizeObserver.observe(chart);
      this.scrollObserver = new ResizeObserver((entries) => {
        const box = entries[entries.length - 1]?.contentRect;
        if (!box) return;
        this.viewHeight = box.height;
        if (this.needsNewLanes()) {
          this.chooseLanes();
          this.host.requestUpdate();
        }
      });
      this.scrollObserver.observe(scroll);
    }
  }

  private detach(): void {
    this.motion.attach(null, null);
    const dom = this.dom;
    if (dom) {
      const selection = select(dom.chart);
      selection.interrupt();
      selection.on('.zoom', null);
      dom.chart.removeEventListener('wheel', this.onWheel);
      dom.scroll.removeEventListener('scroll', this.onScroll);
    }
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.scrollObserver?.disconnect();
    this.scrollObserver = undefined;
    this.behavior = undefined;
    this.dom = undefined;
    this.fittedModel = undefined;
    this.scrollTop = 0;
    if (this.scrollFrame) cancelAnimationFrame(this.scrollFrame);
    this.scrollFrame = 0;
  }

  /** A sideways wheel (trackpad, or Shift+wheel) pans in time. */
  private readonly onWheel = (event: WheelEvent): void => {
    if (event.ctrlKey || event.metaKey) return; // d3-zoom's
    const sideways = event.shiftKey ? event.deltaY || event.deltaX : Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : 0;
    if (!sideways || !this.behavior || !this.dom) return;
    event.preventDefault();
    const t = zoomTransform(this.dom.chart);
    this.behavior.translateBy(select(this.dom.chart), -sideways / t.k, 0);
  };

  private readonly onScroll = (): void => {
    if (this.scrollFrame) return;
    this.scrollFrame = requestAnimationFrame(() => {
      this.scrollFrame = 0;
      if (!this.dom) return;
      this.scrollTop = this.dom.scroll.scrollTop;
      if (this.needsNewLanes()) {
        this.chooseLanes();
        this.host.requestUpdate();
      }
      this.drawDoorNumbers(zoomTransform(this.dom.chart));
    });
  };

  /** The chart's width before it is laid out: the host's, less the frame. */
  private estimateWidth(): number {
    const chart = this.host.renderRoot.querySelector<SVGSVGElement>('svg.timeline-chart');
    return chart?.clientWidth || Math.max(0, this.host.clientWidth - 2) || 800;
  }

  /** The lane labels' width: less on a narrow chart (see gutterFor). */
  private get gutter(): number {
    return gutterFor(this.width);
  }

  private plotWidth(): number {
    return Math.max(1, this.width - this.gutter - RIGHT_PAD);
  }

  /** Day → x at zoom 1 (the whole base domain across the plot). */
  private baseX(day: number): number {
    const domain = this.domain!;
    return this.gutter + ((day - domain.start) / (domain.end - domain.start)) * this.plotWidth();
  }

  /** The day at pixel `x` under zoom `t`; the inverse of `zoomedX`. */
  private dayAt(t: ZoomTransform, x: number): number {
    const domain = this.domain!;
    return domain.start + ((t.invertX(x) - this.gutter) / this.plotWidth()) * (domain.end - domain.start);
  }

  private tickFormat(): (date: Date) => string {
    const locale = this.options.locale;
    if (this.tickFormatFor?.locale !== locale) this.tickFormatFor = { locale, format: localizedTickFormat(locale) };
    return this.tickFormatFor.format;
  }

  private tickFormatFor: { locale: string; format: (date: Date) => string } | undefined;

  /** The base scale (zoom 1) for the current domain and width, made again only when they change. */
  private baseScale: { key: string; scale: ScaleTime<number, number>; zoomed: ScaleTime<number, number> } | undefined;

  /** The time scale under zoom `t`. One scale, given a new domain each frame: a frame makes no scale objects. */
  private zoomedScale(t: ZoomTransform): ScaleTime<number, number> {
    const domain = this.domain!;
    const right = this.gutter + this.plotWidth();
    const key = `${domain.start} ${domain.end} ${right}`;
    if (this.baseScale?.key !== key) {
      const scale = timeScale(domain.start, domain.end, this.gutter, right);
      this.baseScale = { key, scale, zoomed: scale.copy() };
    }
    const { scale, zoomed } = this.baseScale;
    return zoomed.domain([scale.invert(t.invertX(this.gutter)), scale.invert(t.invertX(right))]);
  }

  private configureExtents(): void {
    const domain = this.domain;
    if (!domain || !this.behavior) return;
    const days = domain.end - domain.start;
    this.behavior
      .scaleExtent([Math.min(1, days / MAX_VISIBLE_DAYS), Math.max(1, days / MIN_VISIBLE_DAYS)])
      .translateExtent([
        [this.gutter, -Infinity],
        [this.gutter + this.plotWidth(), Infinity],
      ]);
  }

  /** A new width: keep the days shown. */
  private resize(width: number): void {
    const visible = this.visibleDays();
    const gutter = this.gutter;
    this.width = width;
    // Across the narrow threshold the gutter changes, and the template draws it.
    if (this.gutter !== gutter) this.host.requestUpdate();
    this.configureExtents();
    if (visible && this.fittedModel) this.quietly(() => this.showDays(visible.start, visible.end));
  }

  /** Moves the view without it counting as a movement (the whole picture stays). */
  private quietly(move: () => void): void {
    this.quiet = true;
    try {
      move();
    } finally {
      this.quiet = false;
    }
  }

  private scaleBy(factor: number, animated: boolean): void {
    const behavior = this.behavior;
    const dom = this.dom;
    if (!behavior || !dom) return;
    // Zoom about the focused item when it is in view, else about the middle.
    const point = this.focusPoint();
    const selection = select(dom.chart);
    if (animated) behavior.scaleBy(selection.transition().duration(DURATION_MS), factor, point);
    else behavior.scaleBy(selection, factor, point);
  }

  private focusPoint(): [number, number] {
    const middle: [number, number] = [this.gutter + this.plotWidth() / 2, 0];
    const model = this.model;
    const ref = this.focusRef;
    if (!model || !ref || !this.dom || !this.ringShown) return middle;
    const day = ref.kind === 'bar' ? (model.bars[ref.index]!.start + model.bars[ref.index]!.end) / 2 : model.events[ref.index]!.day;
    const x = this.zoomedX(zoomTransform(this.dom.chart), day);
    return x >= this.gutter && x <= this.gutter + this.plotWidth() ? [x, 0] : middle;
  }

  private apply(transform: ZoomTransform, animated: boolean): void {
    const behavior = this.behavior;
    const dom = this.dom;
    if (!behavior || !dom) return;
    const selection = select(dom.chart);
    if (animated) behavior.transform(selection.transition().duration(DURATION_MS), transform);
    else {
      selection.interrupt();
      behavior.transform(selection, transform);
    }
  }

  private animate(): boolean {
    const view = this.host.ownerDocument.defaultView;
    return !(view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
  }

  private zoomedX(t: ZoomTransform, day: number): number {
    return t.applyX(this.baseX(day));
  }

  // ------------------------------------------------------------------- frames

  /** One zoom frame: a few attributes and the axis. */
  private draw(t: ZoomTransform): void {
    const dom = this.dom;
    const domain = this.domain;
    const model = this.model;
    if (!dom || !domain || !model) return;
    const plotWidth = this.plotWidth();
    const pxPerDay = (t.k * plotWidth) / (domain.end - domain.start);
    setIfChanged(dom.plot, 'transform', `translate(${t.applyX(this.gutter)} 0) scale(${pxPerDay} 1)`);
    if (dom.scaleBase) setIfChanged(dom.scaleBase, 'patternTransform', `scale(${1 / pxPerDay} 1)`);
    if (dom.plotArea) setIfChanged(dom.plotArea, 'width', String(plotWidth));
    const scale = this.zoomedScale(t);
    // The axis and the grid share their dates: about one per 90 pixels.
    const ticks = scale.ticks(Math.max(2, Math.floor(plotWidth / 90)));
    // Placed without the pan, which their groups carry: a pan frame moves two groups, not every tick.
    const unpannedX = (date: Date) => t.k * this.baseX(dayOfDate(date));
    if (dom.axis) drawTimeAxis(dom.axis, ticks, this.tickFormat(), { unpannedX, pan: t.x, left: this.gutter, right: this.gutter + plotWidth });
    if (dom.grid) {
      const height = String(chartHeight(model));
      setIfChanged(dom.grid, 'transform', `translate(${t.x} 0)`);
      select(dom.grid)
        .selectAll<SVGLineElement, Date>('line')
        .data(ticks, (d) => String(+d)) // keyed by date: zooming moves lines, it does not replace them
        .join((enter) => enter.append('line').attr('y1', 0))
        .each(function (this: SVGLineElement, date: Date) {
          const x = String(unpannedX(date));
          setIfChanged(this, 'x1', x);
          setIfChanged(this, 'x2', x);
          setIfChanged(this, 'y2', height);
        });
    }
    const pin = (line: SVGGElement | null, label: SVGGElement | null, day: number | undefined) => {
      if (day === undefined) return;
      const x = this.zoomedX(t, day);
      if (line) setIfChanged(line, 'transform', `translate(${x} 0)`);
      if (label) {
        setIfChanged(label, 'transform', `translate(${x} 0)`);
        setIfChanged(label, 'visibility', x >= this.gutter && x <= this.gutter + plotWidth ? 'visible' : 'hidden');
        // Near the right edge the label reads leftwards from its line.
        const text = label.firstElementChild;
        const flip = x > this.gutter + plotWidth - PIN_LABEL_ROOM;
        if (text) {
          setIfChanged(text, 'x', flip ? '-4' : '4');
          setIfChanged(text, 'text-anchor', flip ? 'end' : 'start');
        }
      }
    };
    pin(dom.asOfLine, dom.asOfLabel, model.asOf);
    pin(dom.markLine, dom.markLabel, this.options.markDate);
    if (model.asOf !== undefined && dom.openEnds) setIfChanged(dom.openEnds, 'transform', `translate(${this.zoomedX(t, model.asOf + 1)} 0)`);
    this.drawOverview(t);
    this.drawFocusRing(t);
    if (!this.gesture) this.drawDoorNumbers(t);
    else if (dom.doorNumbers) setIfChanged(dom.doorNumbers, 'visibility', 'hidden');
  }

  private drawOverview(t: ZoomTransform): void {
    const dom = this.dom;
    const domain = this.domain;
    if (!dom?.overviewWindow || !domain) return;
    const plotWidth = this.plotWidth();
    if (dom.overviewPlot) setIfChanged(dom.overviewPlot, 'transform', `translate(${this.gutter} 2) scale(${plotWidth / OVERVIEW_BINS} 1)`);
    if (dom.overviewFrame) setIfChanged(dom.overviewFrame, 'width', String(plotWidth));
    // At zoom 1 the plot shows the base domain, as the overview does: the window is the inverse zoom.
    const left = Math.max(this.gutter, t.invertX(this.gutter));
    const right = Math.min(this.gutter + plotWidth, t.invertX(this.gutter + plotWidth));
    setIfChanged(dom.overviewWindow, 'x', String(left));
    setIfChanged(dom.overviewWindow, 'width', String(Math.max(2, right - left)));
    if (dom.overviewAsOf && this.model?.asOf !== undefined) {
      const x = this.baseX(this.model.asOf);
      setIfChanged(dom.overviewAsOf, 'x1', String(x));
      setIfChanged(dom.overviewAsOf, 'x2', String(x));
    }
  }

  /** The ring around the focused item, drawn unstretched (an outline on a stretched shape would stretch). */
  private drawFocusRing(t: ZoomTransform | undefined = this.dom && zoomTransform(this.dom.chart)): void {
    const ring = this.dom?.focusRing;
    const model = this.model;
    const ref = this.focusRef;
    if (!ring || !model || !t) return;
    if (!ref || !this.ringShown) {
      setIfChanged(ring, 'visibility', 'hidden');
      return;
    }
    let left: number;
    let right: number;
    let top: number;
    let bottom: number;
    if (ref.kind === 'bar') {
      const bar = model.bars[ref.index]!;
      left = this.zoomedX(t, bar.start);
      right = this.zoomedX(t, bar.end);
      top = bar.y;
      bottom = bar.y + bar.height;
    } else {
      const marker = model.events[ref.index]!;
      left = right = this.zoomedX(t, marker.day);
      top = bottom = marker.y;
    }
    const pad = 4;
    const minWidth = 8;
    if (right - left < minWidth) {
      const middle = (left + right) / 2;
      left = middle - minWidth / 2;
      right = middle + minWidth / 2;
    }
    // Keep the ring's ends in sight when the bar runs past the plot.
    left = Math.max(left, this.gutter - pad);
    right = Math.min(right, this.width + pad);
    setIfChanged(ring, 'x', String(left - pad));
    setIfChanged(ring, 'y', String(top - pad));
    setIfChanged(ring, 'width', String(Math.max(0, right - left + 2 * pad)));
    setIfChanged(ring, 'height', String(bottom - top + 2 * pad));
    setIfChanged(ring, 'visibility', 'visible');
  }

  /**
   * "How many doors" as numbers, written in each year's cell once years are wide enough:
   * only for the lanes in view, redrawn when a zoom gesture ends or the lanes scroll —
   * often outside the host's update, so the words are made in the timeline's language here.
   */
  private drawDoorNumbers(t: ZoomTransform): void {
    withLocale(toSupportedLocale(this.options.locale), () => this.writeDoorNumbers(t));
  }

  private writeDoorNumbers(t: ZoomTransform): void {
    const dom = this.dom;
    const model = this.model;
    const domain = this.domain;
    const group = dom?.doorNumbers;
    if (!dom || !model || !domain || !group) return;
    const pxPerDay = (t.k * this.plotWidth()) / (domain.end - domain.start);
    const locale = this.options.locale;
    let content: TemplateResult | undefined;
    if (pxPerDay * 365 >= DOOR_NUMBERS_MIN_YEAR_PX) {
      // The scroll box as last seen, not read here: this runs right after the zoom's DOM
      // writes, and reading it would force a layout in every pan frame.
      const { first, last } = lanesBetween(model, this.scrollTop, this.scrollTop + (this.viewHeight || 600));
      const visible = this.visibleDays();
      const cells: Array<{ key: string; x: number; y: number; level: number; text: string }> = [];
      for (let index = first; index <= last; index++) {
        const lane = model.lanes[index]!;
        if (lane.doorsY === undefined) continue;
        for (const door of lane.doors) {
          const start = Date.UTC(door.year, 0, 1) / 86_400_000;
          const end = Date.UTC(door.year + 1, 0, 1) / 86_400_000;
          if (visible && (end < visible.start || start > visible.end)) continue;
          cells.push({
            key: `${index} ${door.year}`,
            // Without the pan (t.x, on the group): a pan moves the group, not each number.
            x: t.k * this.baseX((start + end) / 2),
            y: lane.doorsY + DOOR_HEIGHT - 2,
            level: doorLevel(door.organizations + door.professionals),
            text: doorCellText(door.organizations, door.professionals, locale),
          });
        }
      }
      // Keyed by lane and year: a number that stays in view keeps its node (and its x, on a pan).
      content = html`${repeat(
        cells,
        (cell) => cell.key,
        (cell) => svg`<text class=${`door-number door-number--${cell.level}`} x=${cell.x} y=${cell.y}>${cell.text}</text>`,
      )}`;
    }
    litRender(content ?? html``, group as unknown as HTMLElement);
    setIfChanged(group, 'transform', `translate(${t.x} 0)`);
    setIfChanged(group, 'visibility', 'visible');
  }
}

/** The bar or marker an event happened on. */
function itemOf(target: EventTarget | null): TimelineItemRef | undefined {
  if (!(target instanceof Element)) return undefined;
  return parseItemKey(target.closest('[data-item]')?.getAttribute('data-item'));
}
