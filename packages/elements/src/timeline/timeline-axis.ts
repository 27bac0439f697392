/**
 * The shared time axis: a UTC time scale over the model's days, and tick labels in the
 * element's language (`Intl.DateTimeFormat`) at whatever level the zoom shows — years,
 * months or days.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { dateFormatter } from './timeline-words.js';

export const MS_PER_DAY = 86_400_000;

export const dateOfDay = (day: number): Date => new Date(day * MS_PER_DAY);
export const dayOfDate = (date: Date): number => date.getTime() / MS_PER_DAY;

/** Days `[start, end)` onto pixels `[left, right]`. */
export function timeScale(start: number, end: number, left: number, right: number): ScaleTime<number, number> {
  return scaleUtc().domain([dateOfDay(start), dateOfDay(end)]).range([left, right]);
}

/**
 * A tick label for `date`, as precise as the tick is: a year on 1 January, a month on
 * the first of a month (with its year in January... which is a year tick), else a day.
 */
export function localizedTickFormat(locale: string): (date: Date) => string {
  const year = dateFormatter(locale, { year: 'numeric' });
  const month = dateFormatter(locale, { month: 'short' });
  const day = dateFormatter(locale, { day: 'numeric', month: 'short' });
  return (date: Date) => {
    if (utcDay.floor(date) < date) return day.format(date); // hours: not reached by the zoom, shown as their day
    if (utcMonth.floor(date) < date) return day.format(date);
    if (utcYear.floor(date) < date) return month.format(date);
    return year.format(date);
  };
}
