/**
 * Numbers written into SVG path data, rounded to one or two decimals.
 *
 * `roundedText(v, places)` is exactly `String(Math.round(v * 10 ** places) / 10 ** places)`,
 * built from whole numbers. Turning a fraction into text makes the engine search for the
 * shortest digits that read back as the same double, which is slow; whole numbers are
 * quick. A 1,600-member genogram writes tens of thousands of coordinates, and with
 * `String()` that text was a third of the time spent building its lines.
 */

const SCALE = [1, 10, 100] as const;

/** `v` rounded to `places` (0, 1 or 2) decimals, as `String()` writes the rounded number. */
export function roundedText(v: number, places: 0 | 1 | 2): string {
  const scale = SCALE[places];
  const units = Math.round(v * scale);
  // Outside the 32-bit range (and for NaN or infinities) the fast path gains nothing.
  if (!(units > -2147483648 && units < 2147483648)) return String(units / scale);
  const remainder = units % scale;
  if (remainder === 0) return String(units / scale); // a whole number (String(-0) is "0")
  const sign = units < 0 ? '-' : '';
  const magnitude = units < 0 ? -units : units;
  const fraction = remainder < 0 ? -remainder : remainder;
  const whole = (magnitude - fraction) / scale;
  if (places === 1) return `${sign}${whole}.${fraction}`;
  // Two places: 5 → ".05", 50 → ".5" (no trailing zero), 55 → ".55".
  if (fraction % 10 === 0) return `${sign}${whole}.${fraction / 10}`;
  return `${sign}${whole}.${fraction < 10 ? '0' : ''}${fraction}`;
}
