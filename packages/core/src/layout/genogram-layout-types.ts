/**
 * The genogram layout: pure geometry computed from a family document, drawn by
 * `<family-view>`. Coordinates are in layout units (1 unit = 1 CSS px at zoom 1);
 * x grows rightwards, y downwards. Every member is placed exactly once.
 */

export interface Point {
  x: number;
  y: number;
}

/** One drawn person (or pregnancy). `x`,`y` is the centre of the symbol. */
export interface PlacedMember {
  id: string;
  x: number;
  y: number;
  /** Row index, 0 = the oldest generation drawn. */
  generation: number;
}

/**
 * A couple line: from under partner `a` (left) to under partner `b` (right) at height `y`.
 * `partnershipId` is absent for an implied couple (two parents of one child with no
 * partnership recorded). `depth` > 0 when the line had to run lower to pass under
 * symbols between the partners (several partnerships of one person).
 */
export interface PlacedCouple {
  key: string;
  partnershipId?: string;
  a: string;
  b: string;
  x1: number;
  x2: number;
  /** y of the horizontal couple line. */
  y: number;
  depth: number;
}

/** How one parentage record is drawn: a polyline from the parent side to the child. */
export interface PlacedParentageLine {
  parentageId: string;
  kind: 'biological' | 'adoptive' | 'foster' | 'step' | 'guardian-only';
  parent: string;
  child: string;
  /** Polyline points, from the couple line / parent down to the top of the child's symbol. */
  points: Point[];
  /** True when drawn as part of a sibship hanging from a couple line (shared segments). */
  viaCouple: boolean;
}

/**
 * A sibship: children hanging from one couple line (or one single parent). The drop line
 * runs from `anchor` down to `barY`, the sibling bar spans `barX1`..`barX2`.
 */
export interface PlacedSibship {
  key: string;
  coupleKey?: string;
  parents: string[];
  anchor: Point;
  barY: number;
  barX1: number;
  barX2: number;
  children: string[];
}

/** Twins: one fork point on the sibling bar, lines to each twin; identical twins get a bar. */
export interface PlacedTwinFork {
  twinsId: string;
  identical: boolean;
  fork: Point;
  /** Top of each twin's symbol, in `members` order. */
  ends: Point[];
  /** The identical-twin bar between the first two fork lines, when identical. */
  bar?: [Point, Point];
}

/** A household: a closed polygon (convex hull around its members' symbols). */
export interface PlacedHousehold {
  householdId: string;
  polygon: Point[];
}

/** An emotional bond between two members, drawn as a curve between their centres. */
export interface PlacedBond {
  bondId: string;
  from: Point;
  to: Point;
  /** Control point of a quadratic curve that lifts the line off straight family lines. */
  control: Point;
}

export interface GenogramLayout {
  /** Bounding box of everything drawn. */
  minX: number;
  minY: number;
  width: number;
  height: number;
  /** Symbol size used (the symbol spans x ± symbolSize/2). */
  symbolSize: number;
  /** Distance between neighbouring symbols on a row (labels should fit in it). */
  horizontalSpacing: number;
  /** Where a member's label starts, below the symbol centre (couple lines run above it). */
  labelOffset: number;
  members: PlacedMember[];
  couples: PlacedCouple[];
  sibships: PlacedSibship[];
  parentageLines: PlacedParentageLine[];
  twins: PlacedTwinFork[];
  households: PlacedHousehold[];
  bonds: PlacedBond[];
}

export interface GenogramLayoutOptions {
  /** Side of a member symbol. Default 40. */
  symbolSize?: number;
  /** Minimum distance between the centres of neighbouring symbols on a row. Default 110. */
  horizontalSpacing?: number;
  /** Distance between generation rows. Default 150. */
  rowSpacing?: number;
}
