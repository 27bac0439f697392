import { css } from 'lit';

/**
 * The consent table, the member's "Who can see my information" panel, the overlay's
 * details panel and the state shapes. States differ by shape and word first; colour
 * (the `--fv-shared-color`, `--fv-not-shared-color` and `--fv-warning-color` tokens)
 * only helps.
 */
export const consentStyles = css`
  .consent,
  .my-information,
  .consent-details,
  .member-intro {
    box-sizing: border-box;
  }
  .panel-heading {
    margin: 0 0 0.25rem;
    font-size: 1.05em;
  }
  .panel-intro {
    margin: 0 0 0.5rem;
    color: var(--_fv-muted);
  }

  .consent-table {
    width: 100%;
    margin-block: 0 1rem;
    border-collapse: collapse;
    font-size: 0.9375em;
  }
  .consent-table caption {
    padding-block: 0.25rem;
    overflow-wrap: anywhere;
    font-weight: 600;
    text-align: start;
  }
  .consent-table th,
  .consent-table td {
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_fv-border);
    text-align: start;
    vertical-align: top;
    /* A long unbroken name or id must wrap, not push the table out of the widget's box. */
    overflow-wrap: anywhere;
  }
  .consent-table thead th {
    background: var(--_fv-surface);
  }
  .consent-granted-by,
  .restriction-reason {
    display: block;
    color: var(--_fv-muted);
    font-size: 0.9em;
  }
  .consent-none td {
    color: var(--_fv-muted);
  }
  .consent-entry--expired,
  .consent-entry--revoked,
  .restriction-entry--expired {
    color: var(--_fv-muted);
  }
  .consent-state {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    white-space: nowrap;
  }

  .state-icon {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .state-icon--active {
    color: var(--_fv-shared);
    fill: currentColor;
  }
  .state-icon--expiring {
    color: var(--_fv-warning);
  }
  .state-icon--restriction-active,
  .state-icon--restriction-pending {
    color: var(--_fv-not-shared);
  }
  .state-icon--restriction-pending {
    stroke-dasharray: 2 2;
  }

  .my-information,
  .consent-details {
    padding-block: 0.5rem;
    border-top: 1px solid var(--_fv-border);
  }
  .my-scope-heading {
    margin: 0.5rem 0 0.125rem;
    font-size: 1em;
  }
  .my-lines,
  .sharing-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .sharing-list {
    list-style: none;
    padding-inline-start: 0;
  }
  .sharing-item {
    padding-inline-start: 1.25em;
    text-indent: -1.25em;
  }
  .sharing-mark {
    display: inline-block;
    width: 1.25em;
    text-indent: 0;
  }
  .sharing-item--shared .sharing-mark {
    color: var(--_fv-shared);
  }
  .sharing-item--hidden .sharing-mark {
    color: var(--_fv-not-shared);
  }
  .sharing-scope-name {
    font-weight: 600;
  }

  .controls button[aria-pressed='true'] {
    border-color: var(--_fv-focus);
    box-shadow: inset 0 0 0 1px var(--_fv-focus);
    font-weight: 600;
  }

  /* Narrow: the four columns fit by breaking long words rather than pushing the page
     sideways (WCAG 1.4.10 reflow); states may wrap under their shape. */
  @container fv (max-width: 36rem) {
    .consent-table th,
    .consent-table td {
      padding: var(--_fv-space-1);
      overflow-wrap: anywhere;
      hyphens: auto;
    }
    .consent-state {
      white-space: normal;
    }
  }

  @media (forced-colors: active) {
    .state-icon,
    .sharing-mark {
      color: CanvasText;
    }
    .state-icon--active {
      fill: CanvasText;
    }
    .consent-table th,
    .consent-table td {
      border-color: CanvasText;
    }
    .controls button[aria-pressed='true'] {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }
  }
`;
