import { css } from 'lit';

/**
 * The network view ("whom to turn to"): cards that flow into as many columns as fit and
 * stack to one below about 34rem (360 px phones included). It reads `<family-view>`'s
 * private `--_fv-*` tokens (theme/tokens.styles.ts).
 * Goal and task states differ by shape and word; colour only helps.
 *
 * Not `content-visibility: auto` on far member groups: it cut a 400-member family's layout
 * tenfold, but Chromium 156 leaves the skipped groups' headings out of the accessibility
 * tree (their buttons stay), so a screen reader could not find them by heading.
 */
export const networkStyles = css`
  .network,
  .network-section,
  .network-card,
  .network-item {
    box-sizing: border-box;
  }
  .network {
    display: flex;
    flex-direction: column;
    gap: 1.25rem;
    min-width: 0;
    /* Free text may be one 200-letter word (a Finnish compound): break it, never scroll sideways. */
    overflow-wrap: anywhere;
  }
  .network p {
    margin: 0;
  }
  .network-heading {
    margin: 0;
    font-size: 1.15em;
  }
  .network-section-heading {
    margin: 0 0 0.5rem;
    font-size: 1.05em;
  }
  .network-member-heading {
    margin: 0.75rem 0 0.375rem;
    font-size: 1em;
  }
  .network-intro,
  .network-empty,
  .network-more,
  .network-about,
  .network-role,
  .network-kind,
  .network-for,
  .network-via-events,
  .network-service-status {
    color: var(--_fv-muted);
  }
  .network-intro {
    margin-block-end: 0.5rem;
  }
  .network-empty {
    padding: 0.75rem;
    border: 1px dashed var(--_fv-border);
    border-radius: var(--_fv-radius, 6px);
  }

  .network-coordinators,
  .network-cards,
  .network-events,
  .network-goals {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
    gap: 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .network-coordinators {
    grid-template-columns: 1fr;
  }
  .network-coordinator {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
    gap: 0.75rem;
  }

  .network-card,
  .network-item {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
    padding: 0.75rem;
    border: 1px solid var(--_fv-border);
    border-radius: var(--_fv-radius, 6px);
    cursor: pointer;
  }
  .network-card--coordinator {
    border-width: 2px;
    border-color: var(--_fv-focus);
    background: var(--_fv-index-fill);
  }
  .network-card--backup {
    border-style: dashed;
  }
  .network-card--via-events {
    border-style: dotted;
  }
  .network-role {
    font-size: 0.875em;
    font-weight: 600;
    text-transform: none;
  }
  .network-name {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
  }

  /* The name or title is the card's button: looks like a heading, shows focus clearly. */
  .network-select {
    /* 24 px at least, whatever the page's root font size (WCAG 2.5.8). */
    min-height: max(24px, 1.5rem);
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .network-select:hover {
    text-decoration-thickness: 2px;
  }
  .network-select:focus-visible,
  .network a:focus-visible {
    outline: var(--_fv-focus-width) solid var(--_fv-focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .network a {
    color: var(--_fv-link);
  }

  .network-services,
  .network-unstaffed-list,
  .network-tasks {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.1rem;
  }
  .network-tasks {
    padding: 0;
    list-style: none;
  }
  .network-contacts {
    display: grid;
    gap: 0.125rem;
    margin: 0.375rem 0 0;
  }
  .network-contact {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.375rem;
  }
  .network-contact dt {
    color: var(--_fv-muted);
  }
  .network-contact dt::after {
    content: ':';
  }
  .network-contact dd {
    margin: 0;
  }
  .network-unstaffed {
    margin-block-start: 0.5rem;
  }

  .network-when {
    font-weight: 600;
  }

  .network-goal-status,
  .network-task {
    display: flex;
    align-items: flex-start;
    gap: 0.375rem;
  }
  .network-goal-status {
    align-items: center;
    font-weight: 600;
  }
  .network-task {
    flex-wrap: wrap;
    padding-block: 0.125rem;
  }
  .network-task-state {
    font-weight: 600;
  }
  .network-task--done .network-task-text {
    color: var(--_fv-muted);
  }
  .network-goal--achieved,
  .network-goal--dropped {
    color: var(--_fv-muted);
  }
  .network-icon {
    flex: none;
    width: 1em;
    height: 1em;
    margin-block-start: 0.15em;
    overflow: visible;
  }
  .network-goal-status .network-icon {
    margin-block-start: 0;
  }
  .network-icon-outline {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .network-icon-solid {
    fill: currentColor;
  }
  .network-icon--achieved,
  .network-icon--task-done {
    color: var(--_fv-shared);
  }
  .network-icon--in-progress {
    color: var(--_fv-focus);
  }

  @media (forced-colors: active) {
    .network-card--coordinator {
      border-color: CanvasText;
    }
    .network-icon {
      color: CanvasText;
    }
  }
`;
