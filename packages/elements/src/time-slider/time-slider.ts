/**
 * The overview's time slider: which date the family is shown at. A native range input
 * (keyboard and screen readers know it) over UTC days, whose spoken value is the date in
 * words. Arrow keys move a month, Page Up / Page Down a year, Home / End to the ends: a
 * family's span is decades, and a day per key press would be no use.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '../localization.js';
import { dayNumber, daysInMonth, fromDayNumber, parsePartialDate } from '@family-view/core';
import { dateText } from '../consent/consent-words.js';

export interface TimeSliderState {
  /** Both ends inclusive, `YYYY-MM-DD`. */
  min: string;
  max: string;
  /** The date shown, `YYYY-MM-DD` or a partial date. */
  value: string;
  /** The document's own "now"; the reset button goes back to it. */
  documentAsOf?: string;
  /** True while the family is shown at another date than the document's. */
  travelling: boolean;
}

export interface TimeSliderHandlers {
  /** The user picked a date (`YYYY-MM-DD`). */
  change(date: string): void;
  /** Back to the document's own date. */
  reset(): void;
}

/** The first day of a (partial) ISO date as a UTC day number, as core counts days. */
export function dayOf(iso: string): number {
  return parsePartialDate(iso)?.first ?? 0;
}

export function isoOf(day: number): string {
  const { year, month, day: date } = fromDayNumber(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The same day `months` months later (the month's last day when it has fewer days). */
function addMonths(day: number, months: number): number {
  const { year, month, day: date } = fromDayNumber(day);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return dayNumber(targetYear, targetMonth, Math.min(date, daysInMonth(targetYear, targetMonth)));
}

const STEP_KEYS: Record<string, number> = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -12, PageUp: 12 };

export function renderTimeSlider(state: TimeSliderState, locale: string, handlers: TimeSliderHandlers): TemplateResult {
  const min = dayOf(state.min);
  const max = dayOf(state.max);
  const value = Math.min(max, Math.max(min, dayOf(state.value)));
  const label = dateText(state.value, locale);
  const commit = (day: number) => handlers.change(isoOf(Math.min(max, Math.max(min, day))));
  const onInput = (event: Event) => commit(Number((event.target as HTMLInputElement).value));
  const onKeydown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const months = STEP_KEYS[event.key];
    let next: number | undefined;
    if (months !== undefined) next = addMonths(value, months);
    else if (event.key === 'Home') next = min;
    else if (event.key === 'End') next = max;
    if (next === undefined) return;
    event.preventDefault();
    commit(next);
  };
  // The button goes away once back at now: focus moves to the slider first, or it would be
  // lost (to the page's <body>) and a screen reader would announce nothing.
  const onReset = (event: Event) => {
    const slider = (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLInputElement>('input[type="range"]');
    handlers.reset();
    slider?.focus();
  };
  return html`<div part="time-slider" class=${state.travelling ? 'time-slider time-slider--travelling' : 'time-slider'}>
    <label class="time-slider-label" for="fv-time-slider">${msg('Show the family on', { id: 'time.label' })}</label>
    <input
      id="fv-time-slider"
      type="range"
      min=${min}
      max=${max}
      step="1"
      .value=${String(value)}
      aria-valuetext=${label}
      @input=${onInput}
      @keydown=${onKeydown}
    />
    <output for="fv-time-slider" class="time-slider-value" aria-live="off">${label}</output>
    ${state.travelling && state.documentAsOf !== undefined
      ? html`<button type="button" part="time-reset" class="time-slider-reset" @click=${onReset}>
          ${msg('Back to now', { id: 'time.reset' })}
        </button>`
      : nothing}
  </div>`;
}
