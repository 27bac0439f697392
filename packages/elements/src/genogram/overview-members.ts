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

/** The attributes of a member's node that can change while the members stay the same. */
interface NodeState {
  className: string;
  /** Undefined for a placeholder: someone not shared with the viewer is not focusable. */
  tabindex: string | undefined;
  label: string;
}

function nodeStateOf(member: MemberView, state: OverviewMemberState): NodeState {
  const label = memberAccessibleName(member);
  if (member.placeholder) return { className: `${state.memberClass(member)} symbol`, tabindex: undefined, label };
  const highlighted = state.highlighted?.has(member.id) ? ' member--highlighted' : '';
  return { className: `${state.memberClass(member)}${highlighted} symbol`, tabindex: member.id === state.focusId ? '0' : '-1', label };
}

/** A node with the attributes many members share: part, role, class and tabindex. */
function prototypeNode(document: Document, placeholder: boolean, node: NodeState): SVGPathElement {
  const prototype = document.createElementNS(SVG_NS, 'path');
  prototype.setAttribute('part', placeholder ? 'member placeholder' : 'member');
  prototype.setAttribute('class', node.className);
  prototype.setAttribute('role', placeholder ? 'img' : 'button');
  if (node.tabindex !== undefined) prototype.setAttribute('tabindex', node.tabindex);
  return prototype;
}

class OverviewMembersDirective extends Directive {
  private members: readonly MemberView[] | undefined;
  private nodes: SVGPathElement[] = [];
  private written: NodeState[] = [];

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
    // Members share most attributes: a node is cloned from a prototype that has them, and
    // only its own id, name and path are set — attribute writes dominate the cost of
    // creating 1,600 nodes.
    const prototypes = new Map<string, SVGPathElement>();
    this.members = model.members;
    this.nodes = [];
    this.written = [];
    for (const member of model.members) {
      const placeholder = member.placeholder === true;
      const written = nodeStateOf(member, state);
      const key = `${placeholder ? 'placeholder' : written.tabindex} ${written.className}`;
      let prototype = prototypes.get(key);
      if (prototype === undefined) prototypes.set(key, (prototype = prototypeNode(document, placeholder, written)));
      const node = prototype.cloneNode(false) as SVGPathElement;
      if (!placeholder) node.setAttribute('data-member-id', member.id);
      node.setAttribute('aria-label', written.label);
      node.setAttribute('d', symbolPathAt(member.variant, model.symbolSize, member.x, member.y));
      fragment.append(node);
      this.nodes.push(node);
      this.written.push(written);
    }
    group.replaceChildren(fragment);
  }

  /** Same members, same places: only class (highlight), tabindex (focus) and name (language) can change. */
  private patch(model: GenogramModel, state: OverviewMemberState): void {
    model.members.forEach((member, index) => {
      const node = this.nodes[index]!;
      const before = this.written[index]!;
      const after = nodeStateOf(member, state);
      if (after.className !== before.className) node.setAttribute('class', after.className);
      if (after.tabindex !== undefined && after.tabindex !== before.tabindex) node.setAttribute('tabindex', after.tabindex);
      if (after.label !== before.label) node.setAttribute('aria-label', after.label);
      this.written[index] = after;
    });
  }
}

/**
 * Fills the element it is placed on with one `<path>` per member of `model`, zoomed out:
 * `<g class="members" ${overviewMembers(model, state)}></g>`.
 */
export const overviewMembers = directive(OverviewMembersDirective);
