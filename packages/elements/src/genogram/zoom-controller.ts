/**
 * Zoom and pan of the genogram with d3-zoom. The element renders the SVG; this
 * controller attaches d3-zoom to it after each render, owns the `.viewport` group's
 * `transform`, and offers the actions behind the zoom buttons. Animated transitions are
 * skipped when the user prefers reduced motion.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { select } from 'd3-selection';
import 'd3-transition'; // adds selection.transition(), used for animated zooms
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { setIfChanged } from '../set-if-changed.js';

export interface ContentBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ZoomTarget {
  svg: SVGSVGElement;
  viewport: SVGGElement;
  bounds: ContentBounds;
  /** Where "Reset" centres at scale 1 (the index person, else the middle). */
  home: { x: number; y: number };
  /**
   * The drawing's box as expected from sizes laid out before this render. Fitting to it
   * at once means the first frame is laid out and painted in place; the resize
   * observer corrects it if the real box differs.
   */
  expectedSize?: { width: number; height: number };
}

/** Below this scale, 12px labels would be under 5px: they are hidden (see the element). */
export const LABELS_MIN_SCALE = 0.4;

/**
 * Below this scale a dash pattern's period (10–20 units) is a few pixels at most: the
 * patterns cannot be told apart, yet rasterising thousands of dashes was most of a large
 * family's first paint. Lines are drawn solid until the user zooms in (see the element).
 */
export const PATTERNS_MIN_SCALE = 0.2;

/** How much of the drawing's detail is worth drawing at a scale. */
export type DetailLevel = 'full' | 'no-labels' | 'no-patterns';

export function detailLevelAt(scale: number): DetailLevel {
  return scale >= LABELS_MIN_SCALE ? 'full' : scale >= PATTERNS_MIN_SCALE ? 'no-labels' : 'no-patterns';
}

const STEP = 1.5;
const MAX_SCALE = 8;
const FIT_MAX_SCALE = 1.5;
const FIT_PADDING = 16;
/** Room kept free above the drawing for the zoom buttons. */
const FIT_PADDING_TOP = 56;
const DURATION_MS = 250;

/** The scale that shows all of `bounds` in a `width` × `height` box, never enlarged beyond 1.5×. */
export function fitScale(bounds: ContentBounds, width: number, height: number): number {
  const scale = Math.min(
    FIT_MAX_SCALE,
    (width - 2 * FIT_PADDING) / Math.max(bounds.width, 1),
    (height - FIT_PADDING_TOP - FIT_PADDING) / Math.max(bounds.height, 1),
  );
  return Math.max(scale, 1e-3);
}

export class GenogramZoomController implements ReactiveController {
  private target: ZoomTarget | undefined;
  private behavior: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  private resizeObserver: ResizeObserver | undefined;
  /** The drawing's box as last reported by the resize observer: reading it never forces a layout. */
  private size: { width: number; height: number } | undefined;
  /** The expected box, used until the resize observer reports the real one. */
  private assumedSize: { width: number; height: number } | undefined;
  /** Until the user zooms or pans, the drawing keeps fitting the box as it resizes. */
  private autoFit = true;
  /** A new drawing waits for its box to be measured before it is fitted. */
  private fitPending = false;

  /** `onScale` hears every scale change (e.g. to hide labels when they become specks). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onScale: (scale: number) => void = () => {},
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.detach();
  }

  /**
   * Call after every render with what is drawn now (or undefined when no genogram is
   * shown). A new drawing is fitted to the view: at once when its box is known, else as
   * soon as the resize observer measures it — after layout and before paint, so the
   * first render needs no forced synchronous layout.
   */
  sync(next: ZoomTarget | undefined): void {
    const previous = this.target;
    if (!next) {
      this.detach();
      return;
    }
    if (previous?.svg !== next.svg) {
      this.detach();
      this.attach(next);
      this.fitPending = true;
      if (!this.resizeObserver || next.expectedSize) this.fit(false, next.expectedSize);
    } else if (previous.bounds !== next.bounds) {
      this.target = next;
      this.fitPending = true;
      if (this.size || next.expectedSize) this.fit(false, next.expectedSize);
    } else {
      this.target = next;
    }
  }

  zoomIn(): void {
    this.autoFit = false;
    this.scaleBy(STEP);
  }

  zoomOut(): void {
    this.autoFit = false;
    this.scaleBy(1 / STEP);
  }

  /** Shows the whole drawing, centred, never enlarged beyond 1.5×. */
  fit(animated = true, assumedSize?: { width: number; height: number }): void {
    const target = this.target;
    if (!target) return;
    if (assumedSize && !this.size) this.assumedSize = assumedSize;
    const { width, height } = this.viewSize(target.svg);
    if (width === 0 || height === 0) return; // not laid out (hidden): the resize observer fits later
    // Until the resize observer has measured the box, a fit is provisional.
    this.fitPending = this.size === undefined;
    this.autoFit = true;
    const { bounds } = target;
    const k = fitScale(bounds, width, height);
    // A big family must still fit, so the lower zoom limit follows the fitted scale.
    this.behavior?.scaleExtent([Math.min(0.1, k / 2), MAX_SCALE]);
    const middleY = FIT_PADDING_TOP + (height - FIT_PADDING_TOP - FIT_PADDING) / 2;
    const transform = zoomIdentity
      .translate(width / 2 - k * (bounds.x + bounds.width / 2), middleY - k * (bounds.y + bounds.height / 2))
      .scale(k);
    this.apply(transform, animated);
  }

  /** Scale 1, centred on the home point. */
  reset(): void {
    const target = this.target;
    if (!target) return;
    this.autoFit = false;
    const { width, height } = this.viewSize(target.svg);
    this.apply(zoomIdentity.translate(width / 2 - target.home.x, height / 2 - target.home.y), true);
  }

  /**
   * Pans so that a point of the drawing (e.g. a member reached by keyboard) is in view.
   * Returns how far the point moves on screen (in px; zero when it was in view already), so
   * that the caller can tell where it ends up before any animation has run.
   */
  reveal(point: { x: number; y: number }, margin = 40): { dx: number; dy: number } {
    const target = this.target;
    const behavior = this.behavior;
    const stays = { dx: 0, dy: 0 };
    if (!target || !behavior) return stays;
    const t = this.current();
    const { width, height } = this.viewSize(target.svg);
    const [sx, sy] = t.apply([point.x, point.y]);
    if (sx >= margin && sx <= width - margin && sy >= margin && sy <= height - margin) return stays;
    this.autoFit = false;
    this.apply(t.translate((width / 2 - sx) / t.k, (height / 2 - sy) / t.k), true);
    return { dx: width / 2 - sx, dy: height / 2 - sy };
  }

  /** The current transform (identity when nothing is attached). */
  current(): ZoomTransform {
    const svg = this.target?.svg;
    return svg ? zoomTransform(svg) : zoomIdentity;
  }

  private attach(target: ZoomTarget): void {
    this.target = target;
    const { svg, viewport } = target;
    const behavior = zoom<SVGSVGElement, unknown>()
      .extent(() => {
        const { width, height } = this.viewSize(svg);
        return [
          [0, 0],
          [width, height],
        ];
      })
      .scaleExtent([0.1, MAX_SCALE])
      // The page keeps scrolling under the wheel; Ctrl+wheel (and trackpad pinch) zooms.
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        if (event.sourceEvent) this.autoFit = false;
        const transform = event.transform.toString();
        // An unchanged transform (a refit to the same box) must not invalidate the layout.
        setIfChanged(viewport, 'transform', transform);
        this.onScale(event.transform.k);
      });
    // No double-click zoom: a double click on a member is two selections, not a zoom.
    select(svg).call(behavior).on('dblclick.zoom', null);
    this.behavior = behavior;
    if (typeof ResizeObserver === 'function') {
      this.resizeObserver = new ResizeObserver((entries) => {
        const box = entries[entries.length - 1]?.contentRect;
        if (box) this.size = { width: box.width, height: box.height };
        if (this.autoFit || this.fitPending) this.fit(false);
      });
      this.resizeObserver.observe(svg);
    }
  }

  private detach(): void {
    const svg = this.target?.svg;
    if (svg) {
      const selection = select(svg);
      selection.interrupt();
      selection.on('.zoom', null);
    }
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.behavior = undefined;
    this.target = undefined;
    this.size = undefined;
    this.assumedSize = undefined;
    this.autoFit = true;
    this.fitPending = false;
  }

  private scaleBy(factor: number): void {
    const target = this.target;
    const behavior = this.behavior;
    if (!target || !behavior) return;
    const selection = select(target.svg);
    if (this.animate()) behavior.scaleBy(selection.transition().duration(DURATION_MS), factor);
    else behavior.scaleBy(selection, factor);
  }

  private apply(transform: ZoomTransform, animated: boolean): void {
    const target = this.target;
    const behavior = this.behavior;
    if (!target || !behavior) return;
    const selection = select(target.svg);
    if (animated && this.animate()) behavior.transform(selection.transition().duration(DURATION_MS), transform);
    else {
      selection.interrupt();
      behavior.transform(selection, transform);
    }
  }

  private animate(): boolean {
    const view = this.host.ownerDocument.defaultView;
    return !(view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false);
  }

  /** The box to zoom in; measuring it (a forced layout) only when nothing better is known. */
  private viewSize(svg: SVGSVGElement): { width: number; height: number } {
    return this.size ?? this.assumedSize ?? { width: svg.clientWidth, height: svg.clientHeight };
  }
}
