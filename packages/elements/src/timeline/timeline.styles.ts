import { css } from 'lit';

/**
 * The services timeline. Sector and status colours are tokens (`--fv-sector-<sector>`,
 * `--fv-status-<status>`, read through their private `--_fv-*` copies: see
 * theme/tokens.ts, whose defaults keep the letters on them readable). Colour is never
 * the only cue: every bar carries its sector's letter, and each status is drawn its own way — planned dashed, waiting
 * hatched, active solid with an arrow at its open end, paused striped, ended faded,
 * declined outlined and struck through.
 *
 * Shapes inside `.timeline-plot` are stretched along x by the zoom: their strokes use
 * `vector-effect: non-scaling-stroke`, and no text lives there.
 */
export const timelineStyles = css`
  .timeline {
    display: flex;
    flex-direction: column;
    gap: 0.375rem;
    box-sizing: border-box;
    min-width: 0;
  }
  .sector--social {
    --_fv-sector: var(--_fv-sector-social);
  }
  .sector--health {
    --_fv-sector: var(--_fv-sector-health);
  }
  .sector--early-childhood {
    --_fv-sector: var(--_fv-sector-early-childhood);
  }
  .sector--education {
    --_fv-sector: var(--_fv-sector-education);
  }
  .sector--benefits {
    --_fv-sector: var(--_fv-sector-benefits);
  }
  .sector--employment {
    --_fv-sector: var(--_fv-sector-employment);
  }
  .sector--housing {
    --_fv-sector: var(--_fv-sector-housing);
  }
  .sector--ngo {
    --_fv-sector: var(--_fv-sector-ngo);
  }
  .sector--parish {
    --_fv-sector: var(--_fv-sector-parish);
  }
  .sector--police {
    --_fv-sector: var(--_fv-sector-police);
  }
  .sector--other {
    --_fv-sector: var(--_fv-sector-other);
  }

  .timeline-controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    justify-content: flex-end;
  }

  /* Time runs left to right whatever the writing direction: the drawings keep ltr under
     dir="rtl" (lane names stay at the start of the gutter), while the buttons, the card and
     the legend around them mirror. */
  .timeline-overview,
  .timeline-axis,
  .timeline-chart {
    display: block;
    direction: ltr;
    width: 100%;
    user-select: none;
  }
  .timeline-overview {
    cursor: pointer;
    touch-action: none;
  }
  .overview-frame {
    fill: none;
    stroke: var(--_fv-border);
  }
  .overview-density {
    fill: var(--_fv-muted);
    fill-opacity: 0.35;
  }
  .overview-as-of {
    stroke: var(--_fv-text);
    stroke-width: 1.5;
  }
  .overview-window {
    fill: var(--_fv-focus);
    fill-opacity: 0.12;
    stroke: var(--_fv-focus);
    stroke-width: 1.5;
  }

  .axis text {
    fill: var(--_fv-muted);
    font-family: var(--_fv-font);
    font-size: 11px;
  }
  .axis line,
  .axis path {
    stroke: var(--_fv-border);
  }
  .pin-label {
    font-size: 11px;
    font-weight: 600;
    fill: var(--_fv-text);
    stroke: var(--_fv-background);
    stroke-width: 3px;
    paint-order: stroke;
  }
  .mark-label .pin-label {
    fill: var(--_fv-mark);
  }

  .timeline-scroll {
    height: var(--_fv-timeline-height);
    overflow-x: hidden;
    overflow-y: auto;
    border: 1px solid var(--_fv-border);
    border-radius: var(--_fv-radius);
    background: var(--_fv-background);
  }
  .timeline-chart {
    cursor: grab;
    touch-action: pan-y;
    outline: none;
  }
  .timeline-chart:active {
    cursor: grabbing;
  }
  .timeline-chart:focus-visible {
    outline: var(--_fv-focus-width) solid var(--_fv-focus);
    outline-offset: calc(-1 * var(--_fv-focus-width));
  }
  .lane-stripes {
    fill: var(--_fv-text);
    fill-opacity: 0.035;
  }
  .lane-selected {
    fill: var(--_fv-highlight);
    fill-opacity: 0.1;
  }
  .grid line {
    stroke: var(--_fv-border);
    stroke-width: 1;
    stroke-opacity: 0.7;
  }
  .gutter {
    fill: var(--_fv-background);
    stroke: var(--_fv-border);
  }
  .lane-name {
    font-size: 12px;
    fill: var(--_fv-text);
  }
  .lane-label--selected .lane-name {
    font-weight: 700;
  }
  .lane-peak {
    font-size: 10px;
    fill: var(--_fv-muted);
  }

  /* The picture: fills and outlines by status, colours by sector. Only what is stroked
     gets vector-effect: Chrome lays out every non-scaling shape again on each zoom frame. */
  .bars {
    fill: var(--_fv-sector);
    stroke: none;
  }
  .bars--short,
  .bars--planned,
  .bars--declined,
  .bars-strike,
  .bars-selected,
  .bars-at-mark,
  .event-dot,
  .event-hole,
  .event-strike,
  .legend-sample .bars {
    vector-effect: non-scaling-stroke;
  }
  /* A bar too short to see at this zoom still shows its outline, a pixel or more wide. */
  .bars--short {
    stroke: var(--_fv-sector);
    stroke-width: 1;
  }
  .bars--planned {
    fill-opacity: 0.1;
    stroke: var(--_fv-status-planned);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }
  .bars--waiting {
    fill-opacity: 0.18;
  }
  .bars--paused {
    fill-opacity: 0.55;
  }
  /* Faded: mixed towards the ended colour (the background by default) and translucent. */
  .bars--ended {
    fill: color-mix(in srgb, var(--_fv-sector) 70%, var(--_fv-status-ended));
    fill-opacity: 0.6;
  }
  .bars--declined {
    fill: var(--_fv-background);
    stroke: var(--_fv-sector);
    stroke-width: 1.5;
  }
  /* A sample is small: statuses drawn without an outline get a thin one there. Planned and
     declined keep the outline the chart gives them. */
  .legend-sample .bars:not(.bars--planned, .bars--declined) {
    stroke: var(--_fv-sector);
    stroke-width: 1;
  }
  .bars-texture {
    stroke: none;
  }
  .texture-line {
    stroke: var(--_fv-status-waiting);
    stroke-opacity: 0.6;
    stroke-width: 1.25;
  }
  .texture-fill {
    fill: var(--_fv-status-paused);
    fill-opacity: 0.75;
  }
  .bars-strike {
    fill: none;
    stroke: var(--_fv-status-declined);
    stroke-width: 1.5;
  }
  .bars-letters {
    stroke: none;
  }
  .sector-letter {
    font-family: var(--_fv-font);
    font-size: 9px;
    font-weight: 700;
    fill: var(--_fv-on-sector);
    stroke: var(--_fv-sector);
    stroke-width: 2.5px;
    stroke-linejoin: round;
    paint-order: stroke;
  }
  .open-end-arrows {
    fill: var(--_fv-status-active);
  }
  .bars-selected {
    fill: none;
    stroke: var(--_fv-highlight);
    stroke-width: 3;
  }
  .bars-at-mark {
    fill: none;
    stroke: var(--_fv-mark);
    stroke-width: 2;
  }

  /* What the pointer and keyboard meet: invisible, focusable, the ring drawn apart. */
  .bar {
    fill: none;
    stroke: none;
    pointer-events: all;
    cursor: pointer;
    outline: none;
  }
  .event {
    cursor: pointer;
    outline: none;
  }
  .event-dot {
    fill: none;
    stroke: var(--_fv-text);
    stroke-width: 10;
    stroke-linecap: round;
  }
  .event-hole {
    fill: none;
    stroke: var(--_fv-background);
    stroke-width: 5;
    stroke-linecap: round;
    pointer-events: none;
  }
  .event--cancelled .event-dot {
    stroke: var(--_fv-muted);
  }
  .event-strike {
    stroke: var(--_fv-text);
    stroke-width: 2;
    pointer-events: none;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_fv-focus);
    stroke-width: var(--_fv-focus-width);
    pointer-events: none;
  }

  .pin-line {
    stroke-width: 1.5;
    pointer-events: none;
  }
  .as-of-line .pin-line {
    stroke: var(--_fv-text);
    stroke-dasharray: 6 3;
  }
  .mark-line .pin-line {
    stroke: var(--_fv-mark);
    stroke-width: 2;
  }

  .doors {
    stroke: none;
  }
  .doors--1 {
    fill: var(--_fv-doors-1);
  }
  .doors--2 {
    fill: var(--_fv-doors-2);
  }
  .doors--3 {
    fill: var(--_fv-doors-3);
  }
  .doors--4 {
    fill: var(--_fv-doors-4);
  }
  .door-number {
    font-size: 9px;
    font-weight: 600;
    text-anchor: middle;
    fill: var(--_fv-text);
    pointer-events: none;
  }
  .door-number--3,
  .door-number--4 {
    fill: var(--_fv-on-doors);
  }

  .timeline-detail {
    overflow-wrap: anywhere;
    min-height: 4.5rem;
    padding: var(--_fv-space-2) var(--_fv-space-3);
    border: 1px solid var(--_fv-border);
    border-radius: var(--_fv-radius);
    background: var(--_fv-surface);
  }
  .detail-hint {
    margin: 0;
    color: var(--_fv-muted);
  }
  .detail-title {
    margin: 0 0 0.25rem;
    font-size: 1em;
  }
  .detail-list {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.125rem 0.75rem;
    margin: 0;
  }
  .detail-row {
    display: contents;
  }
  .detail-list dt {
    color: var(--_fv-muted);
  }
  .detail-list dd {
    margin: 0;
  }
  .detail-periods,
  .detail-doors {
    margin: 0;
    padding-inline-start: 1.125rem;
  }
  .detail-doors-heading {
    margin: 0.375rem 0 0;
    font-weight: 600;
  }
  .detail-doors-peak {
    font-weight: 700;
  }
  .sector-chip {
    display: inline-block;
    min-width: 1.25em;
    padding: 0 0.25em;
    border-radius: 3px;
    font-size: 0.8em;
    font-weight: 700;
    line-height: 1.5;
    text-align: center;
    color: var(--_fv-on-sector);
    background: var(--_fv-sector);
  }
  .timeline-empty {
    margin: 0;
    padding: 1rem;
    border: 1px dashed var(--_fv-border);
    border-radius: var(--_fv-radius);
    color: var(--_fv-muted);
  }

  /* Forced colours: the tokens already turn sectors and statuses into CanvasText, letters
     into Canvas (theme/tokens.styles.ts); sectors stay apart by their letters, statuses by
     their dashes, hatching, stripes and strikes. No stroke on .bars: it would be stretched
     by the zoom. */
  @media (forced-colors: active) {
    /* An author's system colours are kept, but text gets a Canvas backplate: a Canvas
       letter would vanish on it, so the chip turns into an outlined letter. */
    .sector-chip {
      border: 1px solid CanvasText;
      color: CanvasText;
      background: Canvas;
    }
    .bars-strike,
    .bars-selected,
    .event-dot,
    .event-strike,
    .as-of-line .pin-line {
      stroke: CanvasText;
    }
    .focus-ring,
    .overview-window {
      stroke: Highlight;
    }
    .timeline-controls button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
  }

  /* "Show as table": its pressed state, and the timeline's tables (their shared look is
     in genogram.styles.ts: .fv-table, .table-scroll, .table-note, .table-select). */
  .timeline-controls button[aria-pressed='true'] {
    border-color: var(--_fv-focus);
    box-shadow: inset 0 0 0 1px var(--_fv-focus);
    font-weight: 600;
  }
  .timeline-tables {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    min-width: 0;
  }
  .timeline-table th[scope='rowgroup'] {
    background: var(--_fv-background);
  }
  .timeline-table-none td {
    color: var(--_fv-muted);
  }
  .timeline-table-row--selected > td {
    background: var(--_fv-index-fill);
  }
  @media (forced-colors: active) {
    .timeline-controls button[aria-pressed='true'] {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }
  }

  @container fv (max-width: 30rem) {
    .detail-list {
      grid-template-columns: 1fr;
    }
    .detail-list dd {
      margin-block-end: var(--_fv-space-1);
    }
  }
`;
