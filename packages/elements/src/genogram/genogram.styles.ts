import { css } from 'lit';

/**
 * Genogram drawing styles. Line styles are classes (never inline styles: a strict CSP
 * forbids them), so that every relationship differs by pattern, not by colour alone.
 * Shared by the legend samples, which reuse the same classes.
 */
export const genogramStyles = css`
  .genogram {
    display: block;
    width: 100%;
    height: 100%;
    cursor: grab;
    user-select: none;
    touch-action: none;
  }
  .genogram:active {
    cursor: grabbing;
  }

  .member {
    color: var(--_fv-symbol-stroke);
    fill: var(--_fv-symbol-fill);
    stroke: currentColor;
    stroke-width: 2;
    cursor: pointer;
    outline: none;
  }
  .member:hover {
    stroke-width: 3;
  }
  .member:focus-visible {
    color: var(--_fv-focus);
    stroke-width: 3.5;
    outline: 3px solid var(--_fv-focus);
    outline-offset: 4px;
  }
  .member--index {
    fill: var(--_fv-index-fill);
  }
  /* Members of the selected service: a heavier, double-dashed outline, not colour alone. */
  .member--highlighted {
    color: var(--_fv-focus);
    stroke-width: 4;
  }
  .member--highlighted .symbol,
  .member--highlighted.symbol {
    stroke-dasharray: 6 2;
  }
  .symbol {
    stroke-linecap: round;
    stroke-linejoin: round;
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
    .member:focus-visible {
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
