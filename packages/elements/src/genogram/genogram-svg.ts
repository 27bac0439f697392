/**
 * The genogram as one SVG, rendered with Lit from a `GenogramModel`. Members are one
 * small template each, with no listeners of their own: the element delegates pointer
 * and keyboard events from the `<svg>` root. The `.viewport` group's `transform` is
 * owned by d3-zoom, so it is deliberately not bound here.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg } from '../localization.js';
import type { BondView, CoupleView, GenogramModel, HouseholdView, MemberView, ParentageView, TwinsView } from './genogram-model.js';
import { memberAccessibleName, memberDetail, needsSqueeze } from './member-text.js';
import { overviewLinesTemplate } from './genogram-overview.js';
import { overviewMembers } from './overview-members.js';
import { symbolPath, symbolPathAt } from './symbols.js';

export const ARROW_MARKER_ID = 'fv-arrow';
const HELP_ID = 'fv-genogram-help';

export interface GenogramEventHandlers {
  click: (event: MouseEvent) => void;
  keydown: (event: KeyboardEvent) => void;
  focusin: (event: FocusEvent) => void;
}

/** Extra marks drawn on a member (the consent overlay), and the words that describe them. */
export interface MemberOverlay {
  marks: SVGTemplateResult;
  /** Becomes the node's accessible description; undefined for none. */
  description?: string;
}

export interface GenogramRenderOptions {
  /** The member that takes part in the tab order (roving tabindex); the rest are -1. */
  focusId: string | undefined;
  /** Zoomed far out labels would be unreadable specks: they are left out of the DOM. */
  labelsHidden: boolean;
  /** Zoomed out further, line patterns are drawn solid (see PATTERNS_MIN_SCALE). */
  patternsHidden?: boolean;
  handlers: GenogramEventHandlers;
  /** Per member id, when an overlay is on. */
  overlay?: ReadonlyMap<string, MemberOverlay>;
  /** Members to mark, e.g. those of the service selected on the timeline. */
  highlighted?: ReadonlySet<string> | undefined;
}

function memberClass(member: MemberView): string {
  const { variant } = member;
  const stillbirth = variant.shape.startsWith('stillbirth-') ? ' member--stillbirth' : '';
  return `member member--${variant.shape}${stillbirth}${variant.deceased ? ' member--deceased' : ''}${
    variant.index ? ' member--index' : ''
  }`;
}

/**
 * A member redaction hid: no id, name, dates or gender — a dashed neutral symbol named
 * "Not shared with you". Not focusable and not selectable (there is nothing to select);
 * left in the accessibility tree as an image, so reading the drawing meets it.
 */
function placeholderNode(member: MemberView, model: GenogramModel, overlay: MemberOverlay | undefined): SVGTemplateResult {
  return svg`<g part="member placeholder" class=${memberClass(member)} role="img" aria-label=${memberAccessibleName(member)}
    transform=${`translate(${member.x} ${member.y})`}><path class="symbol" d=${symbolPath(member.variant, model.symbolSize)}></path>${
      overlay?.marks ?? nothing
    }</g>`;
}

function memberNode(
  member: MemberView,
  index: number,
  model: GenogramModel,
  options: GenogramRenderOptions,
): SVGTemplateResult {
  const overlay = options.overlay?.get(member.id);
  if (member.placeholder) return placeholderNode(member, model, overlay);
  const className = options.highlighted?.has(member.id) ? `${memberClass(member)} member--highlighted` : memberClass(member);
  const tabindex = member.id === options.focusId ? '0' : '-1';
  const name = memberAccessibleName(member);
  const transform = `translate(${member.x} ${member.y})`;
  // The overlay's words: ids count members, never name them (ARIA ids stay in this root).
  const descriptionId = overlay?.description === undefined ? undefined : `fv-member-description-${index}`;
  const extra = overlay
    ? svg`${descriptionId === undefined ? nothing : svg`<desc id=${descriptionId}>${overlay.description}</desc>`}${overlay.marks}`
    : nothing;
  if (options.labelsHidden && !overlay) {
    // One node per member, the symbol itself: what makes a 1,600-member family fast to show whole.
    // Drawn in place, not translated: see symbolPathAt.
    return svg`<path part="member" class=${`${className} symbol`} data-member-id=${member.id} role="button" tabindex=${tabindex}
      aria-label=${name} d=${symbolPathAt(member.variant, model.symbolSize, member.x, member.y)}></path>`;
  }
  const d = symbolPath(member.variant, model.symbolSize);
  if (options.labelsHidden) {
    return svg`<g part="member" class=${className} data-member-id=${member.id} role="button" tabindex=${tabindex}
      aria-label=${name} aria-describedby=${descriptionId ?? nothing} transform=${transform}><path class="symbol"
      d=${d}></path>${extra}</g>`;
  }
  const labelY = model.labelOffset;
  const detail = memberDetail(member);
  // Two <text>s, not <tspan>s: fewer nodes for 1,600 members. The space between them
  // keeps the visible "Leila 36" a readable part of the accessible name (speech input).
  if (!needsSqueeze(member.name, model.labelChars)) {
    return svg`<g part="member" class=${className} data-member-id=${member.id} role="button" tabindex=${tabindex}
      aria-label=${name} aria-describedby=${descriptionId ?? nothing} transform=${transform}><path class="symbol"
      d=${d}></path><text class="member-label member-name" y=${labelY} dy="1em">${member.name}</text> <text
      class="member-label member-detail" y=${labelY} dy="2.25em">${detail}</text>${extra}</g>`;
  }
  // A long name is squeezed into the room it has, and kept as a tooltip.
  return svg`<g part="member" class=${className} data-member-id=${member.id} role="button" tabindex=${tabindex}
    aria-label=${name} aria-describedby=${descriptionId ?? nothing} transform=${transform}><title>${member.name}</title><path
    class="symbol" d=${d}></path><text class="member-label member-name" y=${labelY} dy="1em" textLength=${model.labelWidth}
    lengthAdjust="spacingAndGlyphs">${member.name}</text> <text class="member-label member-detail" y=${labelY}
    dy="2.25em">${detail}</text>${extra}</g>`;
}

function coupleNode(couple: CoupleView): SVGTemplateResult {
  // Line and marks (slashes, cross) in one path: one node per couple.
  const d = couple.marks === undefined ? couple.path : `${couple.path} ${couple.marks}`;
  return svg`<path class=${`couple couple--${couple.style}`} data-partnership-id=${couple.partnershipId ?? nothing} d=${d}></path>`;
}

function parentageNode(line: ParentageView): SVGTemplateResult {
  return svg`<path class=${`parentage parentage--${line.kind}`} data-parentage-id=${line.id} d=${line.path}></path>`;
}

function twinsNode(twins: TwinsView): SVGTemplateResult {
  return svg`<g class=${`twins ${twins.identical ? 'twins--identical' : 'twins--fraternal'}`} data-twins-id=${twins.id}
    >${twins.forkPath === undefined ? nothing : svg`<path class="twins-fork" d=${twins.forkPath}></path>`}${
      twins.barPath === undefined ? nothing : svg`<path class="twins-bar" d=${twins.barPath}></path>`
    }</g>`;
}

function householdNode(household: HouseholdView): SVGTemplateResult {
  return svg`<polygon class="household" data-household-id=${household.id} points=${household.points}></polygon>`;
}

/** Bond strokes; `markerId` names the arrowhead marker in the same shadow root. */
export function bondStrokesTemplate(bond: Pick<BondView, 'paths' | 'arrow'>, markerId: string): SVGTemplateResult {
  return svg`${bond.paths.map((d) => svg`<path class="bond-line" d=${d}></path>`)}${
    bond.arrow === undefined ? nothing : svg`<path class="bond-arrow" d=${bond.arrow} marker-end=${`url(#${markerId})`}></path>`
  }`;
}

function bondNode(bond: BondView): SVGTemplateResult {
  return svg`<g class=${`bond bond--${bond.quality}`} data-bond-id=${bond.id}>${bondStrokesTemplate(bond, ARROW_MARKER_ID)}</g>`;
}

/** An arrowhead marker pointing along the line, tip at the line's end. */
export function arrowMarker(id: string): SVGTemplateResult {
  return svg`<marker id=${id} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9"
    markerUnits="userSpaceOnUse" orient="auto"><path class="arrowhead" d="M0 0 L10 5 L0 10 Z"></path></marker>`;
}

function detailedLinesTemplate(model: GenogramModel): SVGTemplateResult {
  return svg`<g class="households">${model.households.map(householdNode)}</g>
    <g class="bonds">${model.bonds.map(bondNode)}</g>
    <g class="lines">${model.couples.map(coupleNode)}${model.parentage.map(parentageNode)}${model.twins.map(twinsNode)}</g>`;
}

function membersTemplate(model: GenogramModel, options: GenogramRenderOptions): SVGTemplateResult {
  if (options.labelsHidden && options.overlay === undefined) {
    // Zoomed out with nothing drawn on the members: one bare <path> each, made without Lit.
    const state = { focusId: options.focusId, highlighted: options.highlighted, memberClass };
    return svg`<g class="members" ${overviewMembers(model, state)}></g>`;
  }
  return svg`<g class="members">${model.members.map((m, i) => memberNode(m, i, model, options))}</g>`;
}

export function renderGenogramSvg(model: GenogramModel, options: GenogramRenderOptions): TemplateResult {
  const { handlers } = options;
  // Focus listeners sit on a wrapper: Chrome puts an <svg> with focus listeners in the tab
  // order, an extra stop before the members.
  return html`<p id=${HELP_ID} class="visually-hidden">
      ${msg('Use the arrow keys to move between people and Enter to select one. Ctrl and the mouse wheel zoom.', {
        id: 'genogram.help',
      })}
    </p>
    <div class="genogram-frame" @focusin=${handlers.focusin}><svg
      part="genogram"
      class=${`genogram${options.labelsHidden ? ' genogram--overview' : ''}${options.patternsHidden ? ' genogram--solid' : ''}`}
      role="group"
      aria-label=${msg('Genogram', { id: 'genogram.label' })}
      aria-describedby=${HELP_ID}
      @click=${handlers.click}
      @keydown=${handlers.keydown}
    >
      <defs>${arrowMarker(ARROW_MARKER_ID)}</defs>
      <g class="viewport">
        ${options.labelsHidden ? overviewLinesTemplate(model, ARROW_MARKER_ID) : detailedLinesTemplate(model)}
        ${membersTemplate(model, options)}
      </g>
    </svg></div>`;
}
