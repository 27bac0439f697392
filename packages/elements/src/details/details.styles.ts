import { css } from 'lit';

/** The member details panel: stacked rows, readable at 360 px. */
export const detailsStyles = css`
  .details {
    margin-block: 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_fv-border);
    border-radius: var(--_fv-radius);
    background: var(--_fv-surface);
    overflow-wrap: anywhere;
  }
  .details-header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: baseline;
    justify-content: space-between;
  }
  .details-heading {
    margin: 0;
    font-size: 1.15em;
  }
  .details-subheading {
    margin: 0.75rem 0 0.25rem;
    font-size: 1em;
  }
  .details-list {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0;
  }
  .details-row {
    display: contents;
  }
  .details-row dt {
    color: var(--_fv-muted);
  }
  .details-row dd {
    margin: 0;
  }
  .details-services,
  .details-coordinators,
  .details-notes {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .details-services li > span {
    margin-inline-start: 0.35rem;
  }
  .details-org,
  .details-worker,
  .details-intensity {
    display: block;
    color: var(--_fv-muted);
  }
  /* 24 px at least, whatever the page's root font size (WCAG 2.5.8). */
  .details-service,
  .details-close {
    min-height: max(24px, 1.5rem);
    min-width: 24px;
  }
  .details-service {
    font: inherit;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .details-service:focus-visible,
  .details-close:focus-visible,
  .details a:focus-visible {
    outline: var(--_fv-focus-width) solid var(--_fv-focus);
    outline-offset: 2px;
  }
  .details a {
    color: var(--_fv-link);
  }
  .details-notes blockquote {
    margin: 0;
  }
  .details-empty {
    margin: 0;
    color: var(--_fv-muted);
  }
  @container fv (max-width: 30rem) {
    .details-list {
      grid-template-columns: 1fr;
    }
  }
`;
