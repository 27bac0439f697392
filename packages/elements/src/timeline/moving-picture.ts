/**
 * While the timeline moves — zoom and pan frames, and a moment after the last — only the
 * lanes near the view are drawn. The whole picture (every bar of every lane, in a few long
 * paths) is set aside, and the same picture of just the lanes that have nodes (those in
 * view and a screen's height either side) stands in for it. What is in view looks the same;
 * a frame of a big family's zoom then redraws a few hundred bars instead of thousands, most
 * of them far outside the view. The whole picture comes back once the view rests.
 */
import { html, nothing, render } from 'lit';
import type { TimelineModel } from './timeline-model.js';
import { pictureTemplate } from './timeline-svg.js';

/** How long after the last frame of a movement the whole picture comes back. */
export const SETTLE_MS = 250;

export class MovingPicture {
  private whole: SVGGElement | null = null;
  private near: SVGGElement | null = null;
  /** The lanes the near picture shows; undefined while the view rests. */
  private drawnLanes: readonly number[] | undefined;
  private drawnModel: TimelineModel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** The groups of the picture as rendered now (the controller finds them after each render). */
  attach(whole: SVGGElement | null, near: SVGGElement | null): void {
    if (whole !== this.whole || near !== this.near) this.settle();
    this.whole = whole;
    this.near = near;
  }

  get moving(): boolean {
    return this.drawnLanes !== undefined;
  }

  /** A frame moved the view: show only `lanes` until `SETTLE_MS` after the last such frame. */
  moved(model: TimelineModel, lanes: readonly number[]): void {
    if (!this.whole || !this.near) return;
    this.show(model, lanes);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settle(), SETTLE_MS);
  }

  /** While moving, the lanes with nodes changed (the view scrolled): the near picture follows. */
  lanesChanged(model: TimelineModel, lanes: readonly number[]): void {
    if (this.moving) this.show(model, lanes);
  }

  /** Back to the whole picture, at once. */
  settle(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.moving) return;
    this.drawnLanes = undefined;
    this.drawnModel = undefined;
    if (this.whole) this.whole.style.removeProperty('display');
    if (this.near) render(nothing, this.near as unknown as HTMLElement);
  }

  private show(model: TimelineModel, lanes: readonly number[]): void {
    if (lanes === this.drawnLanes && model === this.drawnModel) return;
    render(html`${pictureTemplate(model, lanes)}`, this.near! as unknown as HTMLElement);
    this.whole!.style.display = 'none';
    this.drawnLanes = lanes;
    this.drawnModel = model;
  }
}
