/**
 * The legend: one entry for each symbol and line style in use in the current family,
 * each a small sample drawing and a text label.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../localization.js';
import { arrowMarker } from '../genogram/genogram-svg.js';
import type { LegendKey } from '../genogram/notation.js';
import { legendText } from './legend-entries.js';
import { LEGEND_ARROW_ID, SAMPLE_HEIGHT, SAMPLE_WIDTH, legendSample } from './legend-samples.js';

export function renderLegend(keys: readonly LegendKey[]): TemplateResult {
  const needsArrow = keys.some((k) => k === 'bond:violence' || k === 'bond:abuse' || k === 'bond:neglect');
  return html`<section part="legend" class="legend" aria-label=${msg('Legend', { id: 'legend.label' })}>
    <h2 class="legend-heading">${msg('Legend', { id: 'legend.label' })}</h2>
    ${needsArrow
      ? html`<svg class="legend-defs" width="0" height="0" aria-hidden="true"><defs>${arrowMarker(LEGEND_ARROW_ID)}</defs></svg>`
      : null}
    <ul class="legend-list">
      ${keys.map(
        (key) => html`<li class="legend-item" data-legend-key=${key}>
          <svg class="legend-sample" aria-hidden="true" width=${SAMPLE_WIDTH} height=${SAMPLE_HEIGHT}
            viewBox=${`0 0 ${SAMPLE_WIDTH} ${SAMPLE_HEIGHT}`}>${legendSample(key)}</svg>
          <span class="legend-text">${legendText(key)}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}
