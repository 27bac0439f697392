/**
 * Turns a validated family document and its layout into what the genogram draws:
 * positions, symbol variants, line paths and the legend entries in use. Pure and
 * locale-free (labels are composed at render time, so a locale switch needs no rebuild).
 */
import {
  ageAt,
  ageRange,
  parsePartialDate,
  type BondQuality,
  type FamilyDocument,
  type Gender,
  type GenogramLayout,
  type MemberKind,
  type ParentageKind,
  type ParsedDate,
  type Point,
} from '@family-view/core';
import { polylinePath, polylinePoints, trimCurve } from './geometry.js';
import { bondStrokes, coupleMarks, type BondStrokes } from './line-styles.js';
import {
  LEGEND_ORDER,
  isLoss,
  legendKeysForSymbol,
  partnershipStatusAt,
  symbolShapeOf,
  type CoupleStyle,
  type LegendKey,
  type SymbolShape,
  type SymbolVariant,
} from './notation.js';

/** Where a line with no points at all (never drawn) is anchored. */
const ORIGIN: Point = { x: 0, y: 0 };

export interface MemberView {
  /** The id in the (redacted) document; for a placeholder it is never rendered. */
  id: string;
  /** Someone redaction hid, drawn only to connect others: no name, dates, gender or id shown. */
  placeholder: boolean;
  x: number;
  y: number;
  generation: number;
  name: string;
  gender: Gender;
  kind: MemberKind;
  variant: SymbolVariant;
  /** Age at the document's date for living persons with a birth date: "36", or "35–36" when the date is partial. */
  age?: string;
  /** "1941–2019" for the deceased ("?" for an unknown year), when any year is known. */
  lifeYears?: string;
}

/**
 * A point on a line, where it starts: the zoomed-out drawing batches lines by region, and
 * finding that from the numbers is cheaper than reading it back out of the path text.
 */
interface Anchored {
  at: Point;
}

export interface CoupleView extends Anchored {
  key: string;
  partnershipId?: string;
  style: CoupleStyle;
  path: string;
  marks?: string;
}

export interface ParentageView extends Anchored {
  id: string;
  kind: ParentageKind;
  path: string;
  /**
   * True when an earlier link of the same kind draws this very line: a child's links to
   * both parents of a couple run down the same drop line. The batched drawing leaves it out.
   */
  repeats?: true;
}

/** `at` is the fork point, which the bar sits next to. */
export interface TwinsView extends Anchored {
  id: string;
  identical: boolean;
  /** Fork lines, only when no parentage line already draws them. */
  forkPath?: string;
  barPath?: string;
}

export interface HouseholdView extends Anchored {
  id: string;
  points: string;
}

export interface BondView extends BondStrokes, Anchored {
  id: string;
  quality: BondQuality;
}

export interface GenogramModel {
  bounds: { x: number; y: number; width: number; height: number };
  symbolSize: number;
  labelOffset: number;
  /** Room for a label under a symbol, in layout units. */
  labelWidth: number;
  /** How many characters of a name fit in `labelWidth` before it must be squeezed. */
  labelChars: number;
  members: MemberView[];
  couples: CoupleView[];
  parentage: ParentageView[];
  twins: TwinsView[];
  households: HouseholdView[];
  bonds: BondView[];
  /** Notation in use, in legend order. */
  legend: LegendKey[];
  /** The member keyboard focus starts on: the index person, else the first drawn. */
  initialFocusId?: string;
}

/** Rough width of one label character at the label font size (no measuring: it must stay fast). */
const LABEL_CHAR_WIDTH = 7;

function yearOf(date: string | undefined): string | undefined {
  return date?.slice(0, 4);
}

/** Whole years when known; a partial birth date ("1989") may leave two possible ages. */
function ageText(birthDate: string, date: ParsedDate): string | undefined {
  const exact = ageAt(birthDate, date);
  if (exact !== undefined) return String(exact);
  const range = ageRange(birthDate, date);
  return range ? `${range.min}–${range.max}` : undefined;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The model's lines and the legend entries they add: built when first asked for. */
type GenogramLines = Pick<GenogramModel, 'couples' | 'parentage' | 'twins' | 'households' | 'bonds' | 'legend'>;

/**
 * The model. Members are built at once (every view needs their order and places); the
 * lines only when something reads them: the timeline needs no line paths, and writing them
 * (zigzag bonds are hundreds of points) was the larger part of building a big family's model.
 */
export function buildGenogramModel(doc: FamilyDocument, layout: GenogramLayout): GenogramModel {
  const date = doc.asOf ?? todayIso();
  const parsedDate = parsePartialDate(date);
  const used = new Set<LegendKey>();
  const byId = new Map(doc.members.map((m) => [m.id, m] as const));
  const position = new Map<string, Point>();
  // Members share their variant object; its legend entries are noted once.
  const variants = new Map<string, SymbolVariant>();
  const variantOf = (shape: SymbolShape, deceased: boolean, index: boolean): SymbolVariant => {
    const key = `${shape}${deceased ? '+d' : ''}${index ? '+i' : ''}`;
    let variant = variants.get(key);
    if (!variant) {
      variant = { shape, deceased, index };
      variants.set(key, variant);
      for (const legendKey of legendKeysForSymbol(variant)) used.add(legendKey);
    }
    return variant;
  };

  const members: MemberView[] = [];
  for (const placed of layout.members) {
    const member = byId.get(placed.id);
    if (!member) continue;
    position.set(placed.id, placed);
    if (member.placeholder === true) {
      // Nothing of the data is used but where it sits: the name is the widget's own label.
      const variant = variantOf('placeholder', false, false);
      members.push({
        id: member.id,
        placeholder: true,
        x: placed.x,
        y: placed.y,
        generation: placed.generation,
        name: '',
        gender: 'unknown',
        kind: 'person',
        variant,
      });
      continue;
    }
    const kind = member.kind ?? 'person';
    const shape = symbolShapeOf(kind, member.gender);
    const deceased = !isLoss(shape) && (member.deceased === true || member.deathDate !== undefined);
    const variant = variantOf(shape, deceased, member.index === true);

    const view: MemberView = {
      id: member.id,
      placeholder: false,
      x: placed.x,
      y: placed.y,
      generation: placed.generation,
      name: member.name,
      gender: member.gender,
      kind,
      variant,
    };
    if (deceased) {
      const born = yearOf(member.birthDate);
      const died = yearOf(member.deathDate);
      if (born !== undefined || died !== undefined) view.lifeYears = `${born ?? '?'}–${died ?? '?'}`;
    } else if (kind === 'person' && member.birthDate !== undefined && parsedDate) {
      const age = ageText(member.birthDate, parsedDate);
      if (age !== undefined) view.age = age;
    }
    members.push(view);
  }

  let lines: GenogramLines | undefined;
  const linesOf = (): GenogramLines => (lines ??= buildLines(doc, layout, date, position, used));

  const model: GenogramModel = {
    bounds: { x: layout.minX, y: layout.minY, width: layout.width, height: layout.height },
    symbolSize: layout.symbolSize,
    labelOffset: layout.labelOffset,
    labelWidth: layout.horizontalSpacing - 8,
    labelChars: Math.max(6, Math.floor((layout.horizontalSpacing - 8) / LABEL_CHAR_WIDTH)),
    members,
    get couples() {
      return linesOf().couples;
    },
    get parentage() {
      return linesOf().parentage;
    },
    get twins() {
      return linesOf().twins;
    },
    get households() {
      return linesOf().households;
    },
    get bonds() {
      return linesOf().bonds;
    },
    get legend() {
      return linesOf().legend;
    },
  };
  // Placeholders take no focus: there is nothing to select on them.
  const initial = members.find((m) => m.variant.index && !m.placeholder) ?? members.find((m) => !m.placeholder);
  if (initial) model.initialFocusId = initial.id;
  return model;
}

/** Couple, parentage, twin, household and bond lines; `used` gains their legend entries. */
function buildLines(
  doc: FamilyDocument,
  layout: GenogramLayout,
  date: string,
  position: ReadonlyMap<string, Point>,
  used: Set<LegendKey>,
): GenogramLines {
  const half = layout.symbolSize / 2;
  const partnerships = new Map((doc.partnerships ?? []).map((p) => [p.id, p] as const));
  const couples: CoupleView[] = [];
  for (const couple of layout.couples) {
    const a = position.get(couple.a);
    const b = position.get(couple.b);
    if (!a || !b) continue;
    const partnership = couple.partnershipId === undefined ? undefined : partnerships.get(couple.partnershipId);
    const style: CoupleStyle = partnership ? (partnershipStatusAt(partnership.history, date) ?? 'not-started') : 'implied';
    used.add(`couple:${style}`);
    const at = { x: couple.x1, y: a.y + half };
    const view: CoupleView = {
      key: couple.key,
      style,
      path: polylinePath([at, { x: couple.x1, y: couple.y }, { x: couple.x2, y: couple.y }, { x: couple.x2, y: b.y + half }]),
      at,
    };
    if (couple.partnershipId !== undefined) view.partnershipId = couple.partnershipId;
    // Marks sit left of the middle, clear of the children's drop line.
    const marks = coupleMarks(style, couple.x1 + (couple.x2 - couple.x1) * 0.3, couple.y);
    if (marks !== undefined) view.marks = marks;
    couples.push(view);
  }

  const childrenWithLines = new Set<string>();
  // A line is known by whom it joins: via the couple, both parents' links share one.
  const pathOfLine = new Map<string, string>();
  const linesOfKind = new Set<string>();
  const parentage: ParentageView[] = layout.parentageLines.map((line) => {
    used.add(`parentage:${line.kind}`);
    childrenWithLines.add(line.child);
    const joins = line.viaCouple ? `${line.child}\ncouple` : `${line.child}\n${line.parent}`;
    let path = pathOfLine.get(joins);
    if (path === undefined) pathOfLine.set(joins, (path = polylinePath(line.points)));
    const view: ParentageView = { id: line.parentageId, kind: line.kind, path, at: line.points[0] ?? ORIGIN };
    const drawn = `${joins}\n${line.kind}`;
    if (linesOfKind.has(drawn)) view.repeats = true;
    else linesOfKind.add(drawn);
    return view;
  });

  const twinMembers = new Map((doc.twins ?? []).map((t) => [t.id, t.members] as const));
  const twins: TwinsView[] = layout.twins.map((fork) => {
    used.add(fork.identical ? 'twins:identical' : 'twins:fraternal');
    const view: TwinsView = { id: fork.twinsId, identical: fork.identical, at: fork.fork };
    const drawnByParentage = (twinMembers.get(fork.twinsId) ?? []).every((id) => childrenWithLines.has(id));
    if (!drawnByParentage) view.forkPath = fork.ends.map((end) => polylinePath([fork.fork, end])).join(' ');
    if (fork.bar) view.barPath = polylinePath(fork.bar);
    return view;
  });

  const households: HouseholdView[] = layout.households.map((h) => {
    used.add('household');
    return { id: h.householdId, points: polylinePoints(h.polygon), at: h.polygon[0] ?? ORIGIN };
  });

  const bondQuality = new Map((doc.bonds ?? []).map((b) => [b.id, b.quality] as const));
  const bonds: BondView[] = [];
  for (const placed of layout.bonds) {
    const quality = bondQuality.get(placed.bondId);
    if (!quality) continue;
    used.add(`bond:${quality}`);
    // The layout runs bonds from `from` (the doer) to the other member: arrows point at the end.
    const curve = trimCurve({ start: placed.from, control: placed.control, end: placed.to }, half + 6);
    bonds.push({ id: placed.bondId, quality, at: curve.start, ...bondStrokes(quality, curve) });
  }

  return { couples, parentage, twins, households, bonds, legend: LEGEND_ORDER.filter((key) => used.has(key)) };
}
