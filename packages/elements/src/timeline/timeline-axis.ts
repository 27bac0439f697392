/**
 * The shared time axis: a UTC time scale over the model's days, tick labels in the
 * element's language (`Intl.DateTimeFormat`) at whatever level the zoom shows — years,
 * months or days — and the axis drawn from them.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { select } from 'd3-selection';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { dateFormatter } from './timeline-words.js';
import { setIfChanged } from '../set-if-changed.js';

export const MS_PER_DAY = 86_400_000;

export const dateOfDay = (day: number): Date => new Date(day * MS_PER_DAY);
export const dayOfDate = (date: Date): number => date.getTime() / MS_PER_DAY;

/** Days `[start, end)` onto pixels `[left, right]`. */
export function timeScale(start: number, end: number, left: number, right: number): ScaleTime<number, number> {
  return scaleUtc().domain([dateOfDay(start), dateOfDay(end)]).range([left, right]);
}

/**
 * A tick label for `date`, as precise as the tick is: a year on 1 January, a month on
 * the first of a month (with its year in January... which is a year tick), else a day.
 */
export function localizedTickFormat(locale: string): (date: Date) => string {
  const year = dateFormatter(locale, { year: 'numeric' });
  const month = dateFormatter(locale, { month: 'short' });
  const day = dateFormatter(locale, { day: 'numeric', month: 'short' });
  return (date: Date) => {
    if (utcDay.floor(date) < date) return day.format(date); // hours: not reached by the zoom, shown as their day
    if (utcMonth.floor(date) < date) return day.format(date);
    if (utcYear.floor(date) < date) return month.format(date);
    return year.format(date);
  };
}

/** Half a pixel keeps one-pixel tick lines sharp on a screen of one device pixel per CSS pixel. */
function crispOffset(): number {
  return (globalThis.devicePixelRatio ?? 1) > 1 ? 0 : 0.5;
}

/** The label format each axis group was last written with: a new one relabels every tick. */
const labelledWith = new WeakMap<SVGGElement, (date: Date) => string>();

/** Where the axis's ticks go: x of a date before the pan, the pan, and the axis line's ends. */
export interface AxisPlacement {
  /** x of a date under the zoom's scale, without its pan (translation). */
  unpannedX: (date: Date) => number;
  /** The pan: added to every tick by their common group. */
  pan: number;
  /** The axis line, from `left` to `right`. */
  left: number;
  right: number;
}

/**
 * Draws or moves a top axis in `group`: the domain line, and a `g.tick` per date of `ticks`
 * (bound to it) with a 6px line and a label above it, inside one `g.ticks` that carries the
 * pan.
 *
 * Not d3-axis: that writes every label again on each call, and a replaced text node is laid
 * out and painted anew — in every zoom and pan frame, for labels that did not change. Here
 * ticks are keyed by their date: a tick that stays only moves, and only a new tick (or a new
 * format) is labelled. A pan moves only the ticks' group (a tick's own place depends on the
 * zoom alone), so most pan frames write one attribute. The markup is otherwise d3-axis's.
 */
export function drawTimeAxis(group: SVGGElement, ticks: readonly Date[], format: (date: Date) => string, placement: AxisPlacement): void {
  const offset = crispOffset();
  const root = select(group);
  if (!group.hasAttribute('text-anchor')) root.attr('fill', 'none').attr('text-anchor', 'middle');
  let domainLine = root.select<SVGPathElement>('path.domain');
  if (domainLine.empty()) domainLine = root.insert<SVGPathElement>('path', ':first-child').attr('class', 'domain').attr('stroke', 'currentColor');
  setIfChanged(domainLine.node()!, 'd', `M${placement.left + offset},0H${placement.right + offset}`);
  let tickGroup = root.select<SVGGElement>('g.ticks');
  if (tickGroup.empty()) tickGroup = root.append('g').attr('class', 'ticks');
  setIfChanged(tickGroup.node()!, 'transform', `translate(${placement.pan},0)`);
  const relabel = labelledWith.get(group) !== format;
  labelledWith.set(group, format);
  tickGroup
    .selectAll<SVGGElement, Date>('g.tick')
    .data(ticks, (date) => String(+date))
    .join(
      (enter) => {
        const tick = enter.append('g').attr('class', 'tick');
        tick.append('line').attr('stroke', 'currentColor').attr('y2', -6);
        tick.append('text').attr('fill', 'currentColor').attr('y', -9).text(format);
        return tick;
      },
      (update) => (relabel ? update.call((ticks) => ticks.select('text').text(format)) : update),
    )
    .each(function (this: SVGGElement, date: Date) {
      setIfChanged(this, 'transform', `translate(${placement.unpannedX(date) + offset},0)`);
    });
}
