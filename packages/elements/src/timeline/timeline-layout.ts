/**
 * Where things go vertically. Each lane is a stack of rows of one height: a row of event
 * markers (when the member has events), the service bars — overlapping ones stacked,
 * each in the first row free at its start — and the "doors" row. Every row starts on a
 * multiple of `ROW`, so the sector letters (an SVG pattern with a `ROW`-high tile) sit
 * in every bar alike. Horizontal positions are days; the zoom maps them to pixels.
 */

export const ROW = 16;
export const BAR_INSET = 2;
export const BAR_HEIGHT = 12;
export const DOOR_INSET = 3;
export const DOOR_HEIGHT = 10;
/** Two rows: room for the two lines of the lane's label. */
export const MIN_LANE_ROWS = 2;

export interface LaneGeometry {
  y: number;
  height: number;
  /** Centre line of the event markers; undefined without events. */
  eventY: number | undefined;
  /** Top of the first bar row. */
  barsY: number;
  /** Top of the doors band; undefined without doors. */
  doorsY: number | undefined;
}

/** Assigns each interval (sorted by start) the first row free at its start; returns the rows and their count. */
export function packRows(intervals: ReadonlyArray<{ start: number; end: number }>): { rows: number[]; count: number } {
  const rowEnds: number[] = [];
  const rows = intervals.map(({ start, end }) => {
    let row = rowEnds.findIndex((rowEnd) => rowEnd <= start);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = end;
    return row;
  });
  return { rows, count: rowEnds.length };
}

export function laneGeometry(y: number, barRows: number, hasEvents: boolean, hasDoors: boolean): LaneGeometry {
  const eventRows = hasEvents ? 1 : 0;
  const rows = eventRows + barRows + (hasDoors ? 1 : 0);
  return {
    y,
    height: Math.max(MIN_LANE_ROWS, rows) * ROW,
    eventY: hasEvents ? y + ROW / 2 : undefined,
    barsY: y + eventRows * ROW,
    doorsY: hasDoors ? y + (eventRows + barRows) * ROW + DOOR_INSET : undefined,
  };
}

/** The top of a bar in row `row` of a lane whose bar rows start at `barsY`. */
export function barTop(barsY: number, row: number): number {
  return barsY + row * ROW + BAR_INSET;
}
