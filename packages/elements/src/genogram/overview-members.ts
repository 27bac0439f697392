/**
 * The members of the zoomed-out genogram, created and patched with plain DOM calls.
 *
 * Zoomed out, every member is one `<path>` with only attributes (no labels, no children).
 * A Lit template per member cost a template clone, two marker comments and the part
 * bookkeeping for each of 1,600 members — about as much as the attributes themselves. This
 * directive sits on the `<g class="members">` element, owns its children, and on later
 * renders of the same members only sets the attributes that changed (focus, highlight,
 * language). The attributes are exactly those the labelled nodes carry, minus the
 * `transform`: the symbol is drawn in place (see `symbolPathAt`).
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { GenogramModel, MemberView } from './genogram-model.js';
import { memberAccessibleName } from './member-text.js';
import { symbolPathAt } from './symbols.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** What decides a member node's attributes besides the member itself. */
export interface OverviewMemberState {
  /** The member in the tab order (roving tabindex); the rest are -1. */
  focusId: string | undefined;
  /** Members to mark, e.g. those of the service selected on the timeline. */
  highlighted: ReadonlySet<string> | undefined;
  /** The classes of a member's node (shape, deceased, index), shared with the labelled drawing. */
  memberClass: (member: MemberView) => string;
}

type Attributes = [name: string, value: string][];

/** The attributes that differ from member to member; the rest are shared by many. */
const OWN_ATTRIBUTES: ReadonlySet<string> = new Set(['data-member-id', 'aria-label', 'd']);

/** The node's attributes; `d` last, so a patch can reuse it (same members, same places). */
function attributesOf(member: MemberView, d: string, state: OverviewMemberState): Attributes {
  const label = memberAccessibleName(member);
  if (member.placeholder) {
    // Someone not shared with the viewer: no id, not focusable, not selectable.
    return [
      ['part', 'member placeholder'],
      ['class', `${state.memberClass(member)} symbol`],
      ['role', 'img'],
      ['aria-label', label],
      ['d', d],
    ];
  }
  const highlighted = state.highlighted?.has(member.id) ? ' member--highlighted' : '';
  return [
    ['part', 'member'],
    ['class', `${state.memberClass(member)}${highlighted} symbol`],
    ['data-member-id', member.id],
    ['role', 'button'],
    ['tabindex', member.id === state.focusId ? '0' : '-1'],
    ['aria-label', label],
    ['d', d],
  ];
}

class OverviewMembersDirective extends Directive {
  private members: readonly MemberView[] | undefined;
  private nodes: SVGPathElement[] = [];
  private written: Attributes[] = [];

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('overviewMembers() belongs in an element, e.g. <g ${…}>');
  }

  render(_model: GenogramModel, _state: OverviewMemberState): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [model, state]: [GenogramModel, OverviewMemberState]): typeof noChange {
    if (model.members !== this.members) this.create(part.element, model, state);
    else this.patch(model, state);
    return noChange;
  }

  private create(group: Element, model: GenogramModel, state: OverviewMemberState): void {
    const document = group.ownerDocument;
    const fragment = document.createDocumentFragment();
    // Members share most attributes (part, class, role, tabindex): a node is cloned from a
    // prototype that has them, and only its own id, name and path are set — a third of the
    // attribute writes, which dominate the cost of creating 1,600 nodes.
    const prototypes = new Map<string, SVGPathElement>();
    this.members = model.members;
    this.nodes = [];
    this.written = [];
    for (const member of model.members) {
      const attributes = attributesOf(member, symbolPathAt(member.variant, model.symbolSize, member.x, member.y), state);
      const shared = attributes.filter(([name]) => !OWN_ATTRIBUTES.has(name));
      const key = shared.map(([name, value]) => `${name}=${value}`).join('\n');
      let prototype = prototypes.get(key);
      if (prototype === undefined) {
        prototype = document.createElementNS(SVG_NS, 'path');
        for (const [name, value] of shared) prototype.setAttribute(name, value);
        prototypes.set(key, prototype);
      }
      const node = prototype.cloneNode(false) as SVGPathElement;
      for (const [name, value] of attributes) if (OWN_ATTRIBUTES.has(name)) node.setAttribute(name, value);
      fragment.append(node);
      this.nodes.push(node);
      this.written.push(attributes);
    }
    group.replaceChildren(fragment);
  }

  private patch(model: GenogramModel, state: OverviewMemberState): void {
    model.members.forEach((member, index) => {
      const node = this.nodes[index]!;
      const before = this.written[index]!;
      const after = attributesOf(member, before[before.length - 1]![1], state);
      after.forEach(([name, value], at) => {
        if (before[at]?.[1] !== value) node.setAttribute(name, value);
      });
      this.written[index] = after;
    });
  }
}

/**
 * Fills the element it is placed on with one `<path>` per member of `model`, zoomed out:
 * `<g class="members" ${overviewMembers(model, state)}></g>`.
 */
export const overviewMembers = directive(OverviewMembersDirective);
