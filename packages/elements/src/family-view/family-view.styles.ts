import { css } from 'lit';

/**
 * The element's frame: states (empty, notice, error), the stage with the zoom controls.
 * Colours, type, space and motion come from the private `--_fv-*` tokens declared in
 * theme/tokens.styles.ts (a host sets the public `--fv-*` ones).
 */
export const familyViewStyles = css`
  /* The tokens (--_fv-*) are declared in theme/tokens.styles.ts, before these rules. */
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_fv-font);
    font-size: var(--_fv-font-size);
    line-height: var(--_fv-line-height);
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

  /* The host decides how wide the element is, not the viewport: layouts answer to this
     container (@container fv), never to viewport media queries. The element takes the
     width its container gives it (a shrink-to-fit parent must give it one). */
  .base {
    container: fv / inline-size;
    display: flex;
    flex-direction: column;
    gap: var(--_fv-space-2);
    min-width: 0;
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
    transition:
      border-color var(--_fv-transition-duration),
      box-shadow var(--_fv-transition-duration);
  }
  .controls button:hover,
  .timeline-controls button:hover {
    border-color: var(--_fv-text);
  }
  .controls button:focus-visible,
  .timeline-controls button:focus-visible {
    outline: var(--_fv-focus-width) solid var(--_fv-focus);
    outline-offset: 2px;
  }

  /* Narrow (a phone, or 200 % zoom): the zoom buttons leave the drawing and wrap in a bar
     under it, in the same order as they take focus. */
  @container fv (max-width: 36rem) {
    .stage {
      display: flex;
      flex-direction: column;
    }
    .stage > .genogram,
    .stage > .genogram-frame {
      flex: 1 1 auto;
      min-height: 0;
    }
    .controls {
      position: static;
      padding: var(--_fv-space-1);
      border-block-start: 1px solid var(--_fv-border);
    }
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

  /* Nothing moves for a user who asked for less motion (the token is 0s then, too). */
  @media (prefers-reduced-motion: reduce) {
    .controls button,
    .timeline-controls button {
      transition: none;
    }
  }
`;
