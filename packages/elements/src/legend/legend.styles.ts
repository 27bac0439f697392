import { css } from 'lit';

export const legendStyles = css`
  .legend {
    border-top: 1px solid var(--_fv-border);
    padding-block: 0.5rem;
  }
  .legend-heading {
    margin: 0 0 0.5rem;
    font-size: 1em;
    font-weight: 600;
  }
  .legend-defs {
    position: absolute;
  }
  .legend-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem 1.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend-item {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-size: 0.875em;
  }
  .legend-sample {
    flex: none;
    overflow: visible;
  }
`;
