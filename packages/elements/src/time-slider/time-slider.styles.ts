import { css } from 'lit';

/** The time slider: one row on wide screens, wrapping on a phone. */
export const timeSliderStyles = css`
  .time-slider {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    margin-block-end: 0.5rem;
  }
  .time-slider input[type='range'] {
    /* A time axis, like the timeline under it: earlier on the left even under dir="rtl". */
    direction: ltr;
    flex: 1 1 12rem;
    min-width: 0;
    accent-color: var(--_fv-focus);
  }
  .time-slider input[type='range']:focus-visible,
  .time-slider-reset:focus-visible {
    outline: var(--_fv-focus-width) solid var(--_fv-focus);
    outline-offset: 2px;
  }
  .time-slider-value {
    min-width: 9em;
    font-variant-numeric: tabular-nums;
  }
  /* Travelling in time is marked in words ("Back to now") and by weight, not colour alone. */
  .time-slider--travelling .time-slider-value {
    font-weight: 600;
  }
`;
