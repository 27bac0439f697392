/**
 * Small shapes for the states of goals and tasks, always beside their word: the shape and
 * the word carry the meaning, colour only helps.
 */
import { html, svg, type TemplateResult } from 'lit';
import type { GoalStatus } from '@family-view/core';

export type NetworkIcon = GoalStatus | 'task-done' | 'task-open';

const CIRCLE = 'M2 8a6 6 0 1 0 12 0a6 6 0 1 0 -12 0Z';
const BOX = 'M2.5 2.5H13.5V13.5H2.5Z';

/** `outline` is stroked; `solid` (when there is one) is filled. */
const SHAPES: Record<NetworkIcon, { outline: string; solid?: string }> = {
  // an empty circle: nothing done yet
  open: { outline: CIRCLE },
  // a circle with its right half filled: under way
  'in-progress': { outline: CIRCLE, solid: 'M8 2a6 6 0 0 1 0 12Z' },
  // a tick in a circle
  achieved: { outline: `${CIRCLE} M4.8 8.2L7 10.4L11.4 5.8` },
  // a circle struck through
  dropped: { outline: `${CIRCLE} M3.8 12.2L12.2 3.8` },
  // a ticked box
  'task-done': { outline: `${BOX} M4.6 8.2L7 10.6L11.6 5.4` },
  // an empty box
  'task-open': { outline: BOX },
};

export function networkIcon(icon: NetworkIcon): TemplateResult {
  const shape = SHAPES[icon];
  return html`<svg class=${`network-icon network-icon--${icon}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"
    focusable="false"><path class="network-icon-outline" d=${shape.outline}></path>${shape.solid === undefined
      ? null
      : svg`<path class="network-icon-solid" d=${shape.solid}></path>`}</svg>`;
}
