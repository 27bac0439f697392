/**
 * Roving focus across the timeline's bars and event markers: Left/Right walk a lane in
 * time order, Up/Down go to the item nearest in time in the next lane above/below that
 * has any, Home/End to the lane's first/last item. One tab stop for thousands of bars.
 */
import { itemStart, type TimelineItemRef, type TimelineModel } from './timeline-model.js';

export type TimelineNavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export function isTimelineNavigationKey(key: string): key is TimelineNavigationKey {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown' || key === 'Home' || key === 'End';
}

const same = (a: TimelineItemRef, b: TimelineItemRef) => a.kind === b.kind && a.index === b.index;

/** The item every keyboard walk starts from: the first item of the first lane that has any. */
export function firstItem(model: TimelineModel): TimelineItemRef | undefined {
  for (const items of model.laneItems) if (items.length) return items[0];
  return undefined;
}

export function laneOfItem(model: TimelineModel, ref: TimelineItemRef): number | undefined {
  const item = ref.kind === 'bar' ? model.bars[ref.index] : model.events[ref.index];
  return item?.lane;
}

/** The item reached from `from` by `key`, or undefined when there is none that way. */
export function nextItem(model: TimelineModel, from: TimelineItemRef, key: TimelineNavigationKey): TimelineItemRef | undefined {
  const lane = laneOfItem(model, from);
  if (lane === undefined) return undefined;
  const items = model.laneItems[lane] ?? [];
  const at = items.findIndex((item) => same(item, from));
  switch (key) {
    case 'ArrowLeft':
      return at > 0 ? items[at - 1] : undefined;
    case 'ArrowRight':
      return at >= 0 ? items[at + 1] : undefined;
    case 'Home':
      return items[0];
    case 'End':
      return items[items.length - 1];
    case 'ArrowUp':
    case 'ArrowDown': {
      const step = key === 'ArrowUp' ? -1 : 1;
      const day = itemStart(model, from);
      for (let l = lane + step; l >= 0 && l < model.laneItems.length; l += step) {
        const candidates = model.laneItems[l]!;
        if (candidates.length) return nearestInTime(model, candidates, day);
      }
      return undefined;
    }
  }
}

/** Days from `day` to an item: 0 inside a bar, else to its nearer end. */
function distanceInTime(model: TimelineModel, item: TimelineItemRef, day: number): number {
  if (item.kind === 'event') return Math.abs(model.events[item.index]!.day - day);
  const bar = model.bars[item.index]!;
  if (day < bar.start) return bar.start - day;
  if (day >= bar.end) return day - bar.end + 1;
  return 0;
}

function nearestInTime(model: TimelineModel, items: readonly TimelineItemRef[], day: number): TimelineItemRef | undefined {
  let best: TimelineItemRef | undefined;
  let bestDistance = Infinity;
  for (const item of items) {
    const distance = distanceInTime(model, item, day);
    if (distance < bestDistance) {
      best = item;
      bestDistance = distance;
    }
  }
  return best;
}
