import { css } from 'lit';

/**
 * Genogram drawing styles. Line styles are classes (never inline styles: a strict CSP
 * forbids them), so that every relationship differs by pattern, not by colour alone.
 * Shared by the legend samples, which reuse the same classes.
 */
export const genogramStyles = css`
  /* Holds the drawing's focus listeners (see genogram-svg.ts), as tall as the stage. */
  .genogram-frame {
    height: 100%;
  }
  .genogram {
    display: block;
    /* Not mirrored under dir="rtl": left to right is the siblings' birth order. */
    direction: ltr;
    width: 100%;
    height: 100%;
    cursor: grab;
    user-select: none;
    touch-action: none;
  }
  .genogram:active {
    cursor: grabbing;
  }

  /* The members' shared look is set on their group and inherited (the legend's samples sit
     in such a group too). Zoomed out, a member is a lone <path> with path data of its own, so
     the browser styles each of 1,600 apart: the fewer declarations a node matches itself,
     the cheaper (about 6 ms of the first render). */
  .members {
    color: var(--_fv-symbol-stroke);
    fill: var(--_fv-symbol-fill);
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
    cursor: pointer;
  }
  .member:focus {
    outline: none;
  }
  .member:hover {
    stroke-width: 3;
  }
  .member:focus-visible {
    color: var(--_fv-focus);
    stroke-width: 3.5;
    outline: var(--_fv-focus-width) solid var(--_fv-focus);
    outline-offset: 4px;
  }
  .member--index {
    fill: var(--_fv-index-fill);
  }
  /* Members of the selected service: a heavier, double-dashed outline, not colour alone. */
  .member--highlighted {
    color: var(--_fv-highlight);
    stroke-width: 4;
  }
  .member--highlighted .symbol,
  .member--highlighted.symbol {
    stroke-dasharray: 6 2;
  }
  /* Zoomed out, a member is one node: the symbol itself (hence the compound selectors). */
  .member--miscarriage .symbol,
  .member--miscarriage.symbol {
    fill: currentColor;
  }
  /* Someone not shared with the viewer: neutral, dashed, nothing to click. */
  .member--placeholder {
    color: var(--_fv-muted);
    cursor: default;
  }
  .member--placeholder:hover {
    stroke-width: 2;
  }
  .member--placeholder .symbol,
  .member--placeholder.symbol {
    fill: var(--_fv-background);
    stroke-dasharray: 4 3;
  }
  .member-label {
    fill: var(--_fv-text);
    stroke: var(--_fv-background);
    stroke-width: 3px;
    stroke-linejoin: round;
    paint-order: stroke;
    font-size: 12px;
    text-anchor: middle;
  }
  .member:focus-visible .member-label {
    font-weight: 600;
  }

  .couple,
  .parentage,
  .twins {
    fill: none;
    stroke: var(--_fv-line);
  }
  .couple {
    stroke-width: 2;
  }
  .couple--dating {
    stroke-dasharray: 0.5 5;
    stroke-linecap: round;
    stroke-width: 2.5;
  }
  .couple--engaged {
    stroke-dasharray: 7 5;
  }
  .couple--cohabiting {
    stroke-dasharray: 16 5;
  }
  .couple--implied {
    stroke-width: 1;
  }
  .couple--not-started {
    stroke-width: 1;
    stroke-dasharray: 3 3;
    opacity: 0.6;
  }

  .parentage {
    stroke-width: 1.5;
  }
  .parentage--adoptive {
    stroke-dasharray: 6 4;
  }
  .parentage--foster {
    stroke-dasharray: 0.5 4;
    stroke-linecap: round;
    stroke-width: 2;
  }
  .parentage--step {
    stroke-dasharray: 9 3 2 3;
  }
  .parentage--guardian-only {
    stroke-width: 1;
    stroke-dasharray: 14 6;
  }

  .twins {
    stroke-width: 1.5;
  }

  .household {
    fill: var(--_fv-household-fill);
    stroke: var(--_fv-household);
    stroke-width: 1.5;
    stroke-dasharray: 0.5 5;
    stroke-linecap: round;
  }

  /* Zoomed out too far to read labels, the dots would be under a pixel apart, and painting
     thousands of them made a large family's first paint several times slower: draw the
     outline solid until the user zooms in. */
  .genogram--overview .household {
    stroke-dasharray: none;
  }
  /* Further out still, no dash pattern can be told apart (see PATTERNS_MIN_SCALE). */
  .genogram--solid .couple,
  .genogram--solid .parentage,
  .genogram--solid .bond-line {
    stroke-dasharray: none;
  }

  .bond {
    stroke-width: 1.5;
  }
  .bond-line {
    fill: none;
    stroke: currentColor;
  }
  .bond--close,
  .bond--fused {
    color: var(--_fv-bond-positive);
  }
  .bond--distant,
  .bond--cutoff {
    color: var(--_fv-bond-neutral);
  }
  .bond--conflict,
  .bond--hostile,
  .bond--violence,
  .bond--abuse,
  .bond--neglect {
    color: var(--_fv-bond-negative);
  }
  .bond--distant .bond-line {
    stroke-dasharray: 8 6;
  }
  .bond--neglect .bond-line {
    stroke-dasharray: 0.5 4;
    stroke-linecap: round;
    stroke-width: 2;
  }
  .bond-arrow {
    fill: none;
    stroke: none;
  }
  .arrowhead {
    fill: var(--_fv-bond-negative);
  }

  /* Text alternatives ("Show as table"): the genogram's table here, and the look both
     drawings' tables share (timeline-table.ts uses .table-scroll, .fv-table, .table-note,
     .table-list and .table-select too; both sit in <family-view>'s styles). The table
     stands in the stage, which grows to fit it; each table scrolls sideways in its own
     focusable box, so a narrow screen (360px) never scrolls the page sideways. */
  .stage.stage--table {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    height: auto;
    padding: 0.5rem;
    overflow: visible;
  }
  .stage--table .controls {
    position: static;
    justify-content: flex-end;
    padding: 0;
    border: 0;
  }
  .table-scroll {
    box-sizing: border-box;
    max-width: 100%;
    overflow-x: auto;
    /* The caption is measured against the box, not the wider table (see below). */
    container-type: inline-size;
  }
  .table-scroll:focus-visible,
  .table-select:focus-visible {
    outline: var(--_fv-focus-width, 3px) solid var(--_fv-focus);
    outline-offset: 2px;
  }
  .fv-table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  .fv-table caption {
    /* Stays in view and wraps within the box while the table scrolls sideways under it. */
    position: sticky;
    inset-inline-start: 0;
    max-inline-size: 100cqi;
    box-sizing: border-box;
    padding-block: 0.25rem;
    font-weight: 600;
    text-align: start;
  }
  .fv-table th,
  .fv-table td {
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_fv-border);
    text-align: start;
    vertical-align: top;
  }
  .fv-table thead th {
    background: var(--_fv-index-fill);
  }
  .table-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .table-note {
    color: var(--_fv-muted);
    font-size: 0.9em;
    font-weight: normal;
  }
  /* A name that selects, like a click on its symbol or bar: a link-like button, 24px tall. */
  .table-select {
    min-height: 1.5rem;
    padding: 0;
    border: 0;
    font: inherit;
    font-weight: 600;
    color: inherit;
    text-align: start;
    text-decoration: underline;
    background: none;
    cursor: pointer;
  }
  .table-select[aria-current='true'] {
    text-decoration-thickness: 3px;
  }
  .genogram-table-row--selected > * {
    background: var(--_fv-index-fill);
  }
  /* Members of the selected service, as the drawing marks them: a dashed edge, not colour alone. */
  .genogram-table-row--highlighted > th {
    border-inline-start: 4px dashed var(--_fv-highlight, var(--_fv-focus));
  }
  @media (forced-colors: active) {
    .fv-table th,
    .fv-table td {
      border-color: CanvasText;
    }
    .genogram-table-row--highlighted > th {
      border-inline-start-color: Highlight;
    }
  }

  /* Consent overlay: a filled square per shared scope, an empty one with a slash per scope
     not shared — shape tells them apart, colour only helps. */
  .sharing-badge {
    stroke-width: 1;
    stroke-linejoin: miter;
  }
  .sharing-badge--shared {
    color: var(--_fv-shared);
    fill: currentColor;
    stroke: currentColor;
  }
  .sharing-badge--hidden {
    color: var(--_fv-not-shared);
    fill: var(--_fv-background);
    stroke: currentColor;
  }

  @media (forced-colors: active) {
    .sharing-badge--shared {
      color: CanvasText;
      fill: CanvasText;
    }
    .sharing-badge--hidden {
      color: CanvasText;
      fill: Canvas;
    }
    .member,
    .member--index {
      color: CanvasText;
      fill: Canvas;
    }
    .member--miscarriage .symbol,
    .member--miscarriage.symbol {
      fill: CanvasText;
    }
    .member:focus-visible,
    .member--highlighted {
      color: Highlight;
      outline-color: Highlight;
    }
    .member-label {
      fill: CanvasText;
      stroke: Canvas;
    }
    .couple,
    .parentage,
    .twins,
    .household,
    .bond {
      color: CanvasText;
      stroke: CanvasText;
    }
    .household {
      fill: none;
    }
    .arrowhead {
      fill: CanvasText;
    }
  }
`;
