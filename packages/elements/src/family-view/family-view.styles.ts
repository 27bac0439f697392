import { css } from 'lit';

/**
 * The element's frame: design tokens, states (empty, notice, error), the stage with the
 * zoom controls. Public tokens are `--fv-*`; each is read once into a private `--_fv-*`
 * with its default, so a token set on any ancestor or on the element itself wins.
 */
export const familyViewStyles = css`
  :host {
    --_fv-font: var(--fv-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_fv-font-size: var(--fv-font-size, 1rem);
    --_fv-text: var(--fv-text-color, #1f2933);
    --_fv-muted: var(--fv-muted-color, #52606d);
    --_fv-background: var(--fv-background, #ffffff);
    --_fv-border: var(--fv-border-color, #cbd2d9);
    --_fv-focus: var(--fv-focus-color, #1a5fb4);
    --_fv-radius: var(--fv-radius, 6px);
    --_fv-symbol-fill: var(--fv-symbol-fill, #ffffff);
    --_fv-symbol-stroke: var(--fv-symbol-stroke, #1f2933);
    --_fv-index-fill: var(--fv-index-fill, #e8f0fe);
    --_fv-line: var(--fv-line-color, #3e4c59);
    --_fv-household: var(--fv-household-color, #7b8794);
    --_fv-household-fill: var(--fv-household-fill, rgb(123 135 148 / 0.06));
    --_fv-bond-positive: var(--fv-bond-positive-color, #2e7d32);
    --_fv-bond-negative: var(--fv-bond-negative-color, #b3261e);
    --_fv-bond-neutral: var(--fv-bond-neutral-color, #616e7c);
    --_fv-error: var(--fv-error-color, #b3261e);
    --_fv-error-background: var(--fv-error-background, #fdecea);
    --_fv-admin: var(--fv-admin-color, #5c3c00);
    --_fv-admin-background: var(--fv-admin-background, #fff4ce);
    --_fv-genogram-height: var(--fv-genogram-height, 30rem);
    --_fv-shared: var(--fv-shared-color, #2e7d32);
    --_fv-not-shared: var(--fv-not-shared-color, #9a3412);
    --_fv-warning: var(--fv-warning-color, #8a5a00);

    display: block;
    box-sizing: border-box;
    font-family: var(--_fv-font);
    font-size: var(--_fv-font-size);
    line-height: 1.4;
    color: var(--_fv-text);
    background: var(--_fv-background);
  }
  :host([hidden]) {
    display: none;
  }
  /* No universal selector: matching it on thousands of SVG nodes (and their
     ::before/::after) made the first render of a large family several times slower. */
  .base,
  .stage,
  .controls,
  .controls button,
  .error,
  .notice,
  .empty,
  .loading,
  .admin-banner,
  .legend {
    box-sizing: border-box;
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
  }

  .admin-banner {
    padding: 0.375rem 0.75rem;
    border: 2px solid var(--_fv-admin);
    border-radius: var(--_fv-radius);
    color: var(--_fv-admin);
    background: var(--_fv-admin-background);
    font-weight: 600;
  }

  .empty,
  .loading,
  .notice {
    padding: 1rem;
    border: 1px dashed var(--_fv-border);
    border-radius: var(--_fv-radius);
    color: var(--_fv-muted);
  }
  .notice-title {
    margin: 0 0 0.25rem;
    color: var(--_fv-text);
    font-weight: 600;
  }
  .notice-text {
    margin: 0;
  }

  .error {
    padding: 0.75rem 1rem;
    border: 2px solid var(--_fv-error);
    border-radius: var(--_fv-radius);
    background: var(--_fv-error-background);
  }
  .error-heading {
    margin: 0 0 0.25rem;
    font-size: 1.05em;
    color: var(--_fv-error);
  }
  .error-intro {
    margin: 0 0 0.25rem;
  }
  .error-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-path {
    color: var(--_fv-muted);
  }
  .error-path code {
    overflow-wrap: anywhere;
  }

  .stage {
    position: relative;
    height: var(--_fv-genogram-height);
    border: 1px solid var(--_fv-border);
    border-radius: var(--_fv-radius);
    overflow: hidden;
    background: var(--_fv-background);
  }
  .controls {
    position: absolute;
    top: 0.5rem;
    inset-inline-end: 0.5rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  /* The zoom buttons of the genogram and of the timeline. */
  .controls button,
  .timeline-controls button {
    box-sizing: border-box;
    min-height: 2.25rem;
    padding: 0.25rem 0.625rem;
    border: 1px solid var(--_fv-border);
    border-radius: var(--_fv-radius);
    font: inherit;
    font-size: 0.875em;
    color: var(--_fv-text);
    background: var(--_fv-background);
    cursor: pointer;
  }
  .controls button:hover,
  .timeline-controls button:hover {
    border-color: var(--_fv-text);
  }
  .controls button:focus-visible,
  .timeline-controls button:focus-visible {
    outline: 3px solid var(--_fv-focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (forced-colors: active) {
    .admin-banner,
    .error,
    .notice,
    .empty,
    .loading,
    .stage {
      border-color: CanvasText;
    }
    .controls button {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .controls button:focus-visible,
  .timeline-controls button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
