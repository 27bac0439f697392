/**
 * The timeline's legend: the sectors (colour and letter), the statuses (each drawn its
 * own way), the event markers, the lines and the doors band — only what is in use. The
 * samples use the chart's classes with unstretched textures of their own.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg } from '../localization.js';
import type { EventStatus, ServiceStatus } from '@family-view/core';
import type { TimelineModel } from './timeline-model.js';
import { eventStatusName, sectorLetter, sectorTitle, statusName } from './timeline-words.js';

const W = 36;
const H = 16;
const LEGEND_HATCH = 'fv-tl-legend-hatch';
const LEGEND_STRIPES = 'fv-tl-legend-stripes';

function sample(content: SVGTemplateResult): TemplateResult {
  return html`<svg class="legend-sample" aria-hidden="true" width=${W} height=${H} viewBox=${`0 0 ${W} ${H}`}>${content}</svg>`;
}

function statusSample(status: ServiceStatus): TemplateResult {
  const bar = svg`<rect class=${`bars bars--${status} sector--other`} x="2" y="2" width="30" height="12"></rect>`;
  switch (status) {
    case 'waiting':
      return sample(svg`${bar}<rect class="bars-texture" fill=${`url(#${LEGEND_HATCH})`} x="2" y="2" width="30" height="12"></rect>`);
    case 'paused':
      return sample(svg`${bar}<rect class="bars-texture" fill=${`url(#${LEGEND_STRIPES})`} x="2" y="2" width="30" height="12"></rect>`);
    case 'declined':
      return sample(svg`${bar}<path class="bars-strike" d="M2 8h30"></path>`);
    case 'active':
      return sample(svg`${bar}<path class="open-end-arrows" d="M30 1l6 7l-6 7z"></path>`);
    default:
      return sample(bar);
  }
}

function eventSample(status: EventStatus): TemplateResult {
  const d = 'M18 8h0';
  return sample(svg`<g class=${`event event--${status}`}><path class="event-dot" d=${d}></path>${
    status === 'done' ? nothing : svg`<path class="event-hole" d=${d}></path>`
  }${status === 'cancelled' ? svg`<path class="event-strike" d="M18 2v12"></path>` : nothing}</g>`);
}

function item(key: string, drawing: TemplateResult, text: string): TemplateResult {
  return html`<li class="legend-item" data-legend-key=${key}>${drawing}<span class="legend-text">${text}</span></li>`;
}

export function renderTimelineLegend(model: TimelineModel, markShown: boolean): TemplateResult {
  return html`<section part="timeline-legend" class="legend timeline-legend" aria-label=${msg('Timeline legend', { id: 'timeline.legend' })}>
    <h2 class="legend-heading">${msg('Timeline legend', { id: 'timeline.legend' })}</h2>
    <svg class="legend-defs" width="0" height="0" aria-hidden="true"><defs>
      <pattern id=${LEGEND_HATCH} patternUnits="userSpaceOnUse" width="8" height="8"><path class="texture-line" d="M-2 2L2 -2M0 8L8 0M6 10L10 6"></path></pattern>
      <pattern id=${LEGEND_STRIPES} patternUnits="userSpaceOnUse" width="8" height="4"><rect class="texture-fill" width="8" height="2"></rect></pattern>
    </defs></svg>
    <ul class="legend-list">
      ${model.sectorsInUse.map((sector) =>
        item(
          `sector:${sector}`,
          html`<span class=${`sector-chip sector--${sector}`} aria-hidden="true">${sectorLetter(sector)}</span>`,
          sectorTitle(sector),
        ),
      )}
      ${model.statusesInUse.map((status) => item(`status:${status}`, statusSample(status), statusName(status)))}
      ${model.eventStatusesInUse.map((status) => item(`event:${status}`, eventSample(status), eventStatusName(status)))}
      ${model.asOf === undefined
        ? nothing
        : item('line:as-of', sample(svg`<g class="as-of-line"><line class="pin-line" x1="18" x2="18" y1="0" y2=${H}></line></g>`), msg('The document’s date', { id: 'timeline.legend.as-of' }))}
      ${markShown
        ? item('line:mark', sample(svg`<g class="mark-line"><line class="pin-line" x1="18" x2="18" y1="0" y2=${H}></line></g>`), msg('The date shown', { id: 'timeline.legend.mark' }))
        : nothing}
      ${model.maxDoors > 0
        ? item(
            'doors',
            sample(svg`${[1, 2, 3, 4].map((level, i) => svg`<rect class=${`doors doors--${level}`} x=${i * 9} y="3" width="9" height="10"></rect>`)}`),
            msg('Doors: organisations and workers met in a year, darker for more', { id: 'timeline.legend.doors' }),
          )
        : nothing}
    </ul>
  </section>`;
}
