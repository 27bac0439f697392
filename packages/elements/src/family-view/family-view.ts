import { LitElement, html, nothing, type ComplexAttributeConverter, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { msg } from '../localization.js';
import {
  dateRange,
  familyAt,
  isValidAsOfDate,
  layoutGenogram,
  parseViewer,
  redact,
  validate,
  type FamilyDocument,
  type ValidationResult,
  type Viewer,
} from '@family-view/core';
import { buildConsentModel, type ConsentViewModel } from '../consent/consent-model.js';
import { consentStyles } from '../consent/consent.styles.js';
import { renderConsentView } from '../consent/consent-view.js';
import { buildMyInformation, type MyInformationModel } from '../consent/my-information.js';
import { renderMemberIntro, renderMyInformation } from '../consent/my-information-view.js';
import { buildSharingOverlay, type SharingOverlay } from '../consent/sharing-overlay.js';
import { renderSharingDetails, sharingMarks } from '../consent/sharing-view.js';
import { createAsOfChangeEvent, createInvalidEvent, createSelectEvent, type FvValidationError } from '../events.js';
import { buildMemberDetails } from '../details/member-details.js';
import { renderMemberDetails } from '../details/member-details-view.js';
import { detailsStyles } from '../details/details.styles.js';
import { buildGenogramModel, type GenogramModel } from '../genogram/genogram-model.js';
import { renderGenogramSvg } from '../genogram/genogram-svg.js';
import { genogramStyles } from '../genogram/genogram.styles.js';
import { MemberNavigator, isNavigationKey } from '../genogram/keyboard-navigation.js';
import { GenogramZoomController, detailLevelAt, fitScale, type DetailLevel } from '../genogram/zoom-controller.js';
import { renderLegend } from '../legend/legend.js';
import { buildNetworkModel, type NetworkModel } from '../network/network-model.js';
import { renderNetworkView, type NetworkSelection } from '../network/network-view.js';
import { networkStyles } from '../network/network.styles.js';
import { legendStyles } from '../legend/legend.styles.js';
import { resolveLanguage } from '../localization.js';
import { renderTimeSlider, dayOf } from '../time-slider/time-slider.js';
import { buildTimelineModel, genogramLaneOrder, type TimelineModel } from '../timeline/timeline-model.js';
import { TimelineController, type TimelineSelection } from '../timeline/timeline-controller.js';
import { timelineStyles } from '../timeline/timeline.styles.js';
import { timeSliderStyles } from '../time-slider/time-slider.styles.js';
import { errorsForViewer, renderErrors, renderFailure } from './errors.js';
import { familyViewStyles } from './family-view.styles.js';
import { loadFamilyDocument } from './load-document.js';
import { renderNotice, type NoticeReason } from './notice.js';
import { isViewerInDocument } from './viewer-in-document.js';

export const FAMILY_VIEW_NAMES = ['overview', 'genogram', 'timeline', 'network', 'consent'] as const;
export type FamilyViewName = (typeof FAMILY_VIEW_NAMES)[number];

function toViewName(value: string | null | undefined): FamilyViewName {
  return (FAMILY_VIEW_NAMES as readonly string[]).includes(value ?? '') ? (value as FamilyViewName) : 'overview';
}

/** The `viewer` attribute is JSON; anything unreadable counts as no viewer. */
const viewerAttributeConverter: ComplexAttributeConverter<Viewer | undefined> = {
  fromAttribute(value: string | null): Viewer | undefined {
    if (value === null) return undefined;
    try {
      return parseViewer(JSON.parse(value) as unknown);
    } catch {
      return undefined;
    }
  },
};

/** Where `src` stands. What it delivered is not here: it waits, unredacted, in `unredacted`. */
type SourceState = { url: string; status: 'loading' } | { url: string; status: 'loaded' } | { url: string; status: 'failed'; error: FvValidationError };

/** The family as the viewer may see it, and what is built from it. Nothing here skipped `redact`. */
interface FamilyDisplay {
  kind: 'family';
  viewer: Viewer;
  /** `redact(original, viewer)`: what the consent view and overlay explain. */
  redactedDocument: FamilyDocument;
  /**
   * What the drawing views show: the redacted document, moved to `as-of` when set
   * (`familyAt` after `redact`, so time travel never widens what the viewer sees).
   */
  document: FamilyDocument;
  model: GenogramModel;
  /** Over the members that can take focus (placeholders cannot). */
  navigator: MemberNavigator;
  /** Built when the consent overlay is first shown. */
  sharing?: SharingOverlay;
  /** Built when first rendered. */
  consent?: ConsentViewModel;
  myInformation?: MyInformationModel;
  network?: NetworkModel;
}

/** What the element shows. Only `family` holds anything from the document, and only redacted. */
type DisplayState =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: NoticeReason }
  | { kind: 'invalid'; errors: FvValidationError[] }
  | FamilyDisplay;

/**
 * What the element holds of the host's document before redaction: the input, its
 * validation and the validated original. It lives only in this module-private WeakMap —
 * never in a property, reactive state, attribute, event or the DOM — so that a change of
 * viewer can redact the original again, and nothing else can reach it.
 */
interface Unredacted {
  /** What the host set as `data`. */
  input?: unknown;
  /** What `src` delivered. */
  fetched?: unknown;
  validation?: { input: unknown; result: ValidationResult };
  redaction?: { original: FamilyDocument; viewerKey: string; shown: FamilyDocument };
  /** The input whose errors were last reported, so `fv-invalid` fires once per document. */
  reportedInput?: unknown;
}

const unredacted = new WeakMap<FamilyView, Unredacted>();

function unredactedOf(element: FamilyView): Unredacted {
  let held = unredacted.get(element);
  if (!held) {
    held = {};
    unredacted.set(element, held);
  }
  return held;
}

function validated(held: Unredacted, input: unknown): ValidationResult {
  const memo = held.validation;
  if (memo && memo.input === input) return memo.result;
  const result = validate(input);
  held.validation = { input, result };
  return result;
}

/** The original as `viewer` may see it, redacted once per (original, viewer) and frozen. */
function redacted(held: Unredacted, original: FamilyDocument, viewer: Viewer | undefined): FamilyDocument {
  const viewerKey = JSON.stringify(viewer ?? null);
  const memo = held.redaction;
  if (memo?.original === original && memo.viewerKey === viewerKey) return memo.shown;
  const shown = deepFreeze(redact(original, viewer));
  held.redaction = { original, viewerKey, shown };
  return shown;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** `data` is set through its own accessor: every assignment counts, even of the same object. */
const DATA_PROPERTY = { attribute: false, hasChanged: () => true } as const;

/**
 * `<family-view>` shows a family — as a genogram, or who may see what (`view="consent"`) —
 * from a family document, as the viewer may see it.
 *
 * Data flows one way: `data` (or the JSON at `src`) → validate → `redact(viewer)` → layout →
 * render. Every view renders only redaction's output. The validated original is kept in a
 * module-private WeakMap (so a new viewer can be redacted again) and nowhere else: not in a
 * property, state, attribute, event or the DOM. No viewer shows a notice and nothing
 * personal; so does a viewer the document does not know. `{ "kind": "admin" }` sees
 * everything, under a visible banner. A member viewer (the family's portal) also gets
 * "Who can see my information".
 *
 * Invalid data: the error box and `fv-invalid` carry each problem's `path` and `code`, and
 * its `message` (which may quote the document) only for an admin, professional or
 * organisation viewer; a member or no viewer gets a generic sentence per code.
 *
 * Keyboard: one tab stop in the drawing; arrow keys, Home and End move between members;
 * Enter or Space selects and opens the member's details panel; Escape closes it. Placeholders (members not shared with the viewer) are skipped:
 * there is nothing to select on them. They stay in the accessibility tree as images named
 * "Not shared with you".
 *
 * @fires fv-select - `{ type, id }` when something is clicked, or Enter/Space is pressed on it: a `member` in the genogram (never a placeholder); a `professional`, `event` or `goal` in the network view.
 * @fires fv-invalid - `{ errors: [{ path, message, code }] }` once per document that fails validation or cannot be loaded.
 * @fires fv-as-of-change - `{ date }` when the user moves the time slider (not built yet).
 *
 * @csspart base - The wrapper of everything; `data-view` tells which view is shown.
 * @csspart admin-banner - The "Administrator view" banner.
 * @csspart notice - Why nothing is shown (no viewer, a viewer the document does not know, nothing shared).
 * @csspart empty - Shown when there is no family document.
 * @csspart loading - Shown while `src` is loading.
 * @csspart error - The error box listing each problem's message and path.
 * @csspart stage - The framed area holding the genogram and the zoom controls.
 * @csspart genogram - The genogram `<svg>`.
 * @csspart member - Each member's node in the genogram (`data-member-id` carries its id).
 * @csspart placeholder - With `member`: someone not shared with the viewer (no `data-member-id`).
 * @csspart controls - The zoom buttons and the consent overlay toggle.
 * @csspart consent-toggle - The button that shows what is shared of each member (`aria-pressed`).
 * @csspart consent-details - With the overlay on: what is shared of the member in focus, and why.
 * @csspart legend - The legend of the symbols and lines in use.
 * @csspart member-intro - A member viewer's greeting above their family.
 * @csspart my-information - A member viewer's panel "Who can see my information".
 * @csspart consent - The consent view (`view="consent"`).
 * @csspart consent-table - One table per member in the consent view.
 * @csspart details - The selected member's details panel (who they are, contact, services, whom to call, their own words).
 * @csspart details-close - The button that closes the details panel (Escape does too).
 * @csspart network - The network view (`view="network"`): whom to turn to.
 * @csspart network-coordinators - Its coordinators section; each card is `coordinator`, a backup's `backup`.
 * @csspart coordinator - A coordinator's card (`data-professional-id`).
 * @csspart backup - The card of whom to call when the coordinator is away.
 * @csspart network-workers - Every worker of the visible services, grouped by member.
 * @csspart worker - A worker's card (`data-professional-id`).
 * @csspart network-events - The next planned events; each is `event` (`data-event-id`).
 * @csspart event - A planned event in the network view.
 * @csspart network-plan - The shared plan; each goal is `goal` (`data-goal-id`).
 * @csspart goal - A goal of the shared plan, with its tasks.
 *
 * @cssprop --fv-font-family - Font of all text.
 * @cssprop --fv-font-size - Base font size (default 1rem).
 * @cssprop --fv-text-color - Text colour.
 * @cssprop --fv-muted-color - Secondary text colour.
 * @cssprop --fv-background - Background colour.
 * @cssprop --fv-border-color - Frame and button borders.
 * @cssprop --fv-focus-color - Focus ring colour.
 * @cssprop --fv-radius - Corner radius of frames and buttons.
 * @cssprop --fv-symbol-fill - Inside of member symbols.
 * @cssprop --fv-symbol-stroke - Outline of member symbols.
 * @cssprop --fv-index-fill - Inside of the index person's symbol.
 * @cssprop --fv-line-color - Couple, parentage and twin lines.
 * @cssprop --fv-household-color - Household outlines.
 * @cssprop --fv-household-fill - Inside of household outlines.
 * @cssprop --fv-bond-positive-color - Close and fused bonds.
 * @cssprop --fv-bond-negative-color - Conflict, hostile, violence, abuse and neglect bonds.
 * @cssprop --fv-bond-neutral-color - Distant and cut-off bonds.
 * @cssprop --fv-error-color - Error box border and heading.
 * @cssprop --fv-error-background - Error box background.
 * @cssprop --fv-admin-color - Administrator banner text and border.
 * @cssprop --fv-admin-background - Administrator banner background.
 * @cssprop --fv-genogram-height - Height of the genogram area (default 30rem).
 * @cssprop --fv-shared-color - Shared scopes and active consents.
 * @cssprop --fv-not-shared-color - Scopes not shared, and restrictions.
 * @cssprop --fv-warning-color - Consents that expire soon.
 */
// Registration lives in define.ts, after all decorators have run, so `@localized()`
// is already in place when elements in the page upgrade.
@localized()
export class FamilyView extends LitElement {
  static override styles = [familyViewStyles, genogramStyles, legendStyles, consentStyles, networkStyles, detailsStyles, timeSliderStyles, timelineStyles];

  /** URL to fetch the family document from, instead of `data`. */
  @property()
  src?: string;

  /** Who is looking. Attribute: JSON. No viewer = nothing personal is shown. */
  @property({ converter: viewerAttributeConverter })
  viewer?: Viewer | null;

  /** Which view: `overview` (default), `genogram`, `timeline`, `network` or `consent`. */
  @property()
  view: string = 'overview';

  /**
   * Show the family as it was on this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): the
   * genogram, details and network at that date. Consent is still judged at the
   * document's own `asOf`. An invalid date is ignored. The overview's time slider sets it
   * (and fires `fv-as-of-change`).
   */
  @property({ attribute: 'as-of' })
  asOf?: string;

  /** Mirrors the native `lang` attribute so a language change re-renders. */
  @property({ attribute: 'lang' })
  protected langAttribute?: string;

  @state()
  private source?: SourceState;

  /** The member in the tab order (roving tabindex). */
  @state()
  private focusId?: string;

  /** The member whose details panel is open (selected in the genogram); undefined when closed. */
  @state()
  private detailsId?: string;

  /** Whether the genogram marks what is shared of each member (the consent overlay). */
  @state()
  private sharingShown = false;

  private display: DisplayState = { kind: 'empty' };
  /** The last time-travelled document (redacted first), so re-renders at one date reuse it. */
  private travelMemo?: { from: FamilyDocument; date: string; result: FamilyDocument };
  /** A slider date waiting for the next animation frame (dragging coalesces to one update per frame). */
  private pendingAsOf?: string;
  private asOfFrame?: number;
  private pendingInvalid?: FvValidationError[];
  private fetchController?: AbortController;
  /** Labels, then line patterns, are left out while zoomed out too far to see them; follows the zoom. */
  @state()
  private detail: DetailLevel = 'full';
  /** A member that had focus when its node was re-created, to focus again after the render. */
  private refocusId?: string;
  /** The genogram's box as expected before rendering it (see estimateViewSize). */
  private expectedViewSize?: { width: number; height: number };
  private readonly zoom = new GenogramZoomController(this, (scale) => this.onScaleChange(scale));
  private readonly timeline = new TimelineController(this);
  /** The timeline of the redacted document: built once per document, whatever the slider's date. */
  private timelineMemo?: { from: FamilyDocument; model: TimelineModel };
  /** The service selected on the timeline or in the details panel: its members are highlighted. */
  @state()
  private selectedServiceId?: string;

  constructor() {
    super();
    // A host may set `data` before the element is defined: that own property would hide
    // the accessor (and keep the document on the element). Move it through the accessor.
    if (Object.hasOwn(this, 'data')) {
      const value: unknown = Reflect.get(this, 'data');
      Reflect.deleteProperty(this, 'data');
      this.data = value;
    }
  }

  /**
   * The family document. Set it to show a family (it is validated, then redacted for the
   * viewer). Reading it gives the document as the current viewer may see it —
   * `redact(document, viewer)`, frozen — or undefined while there is no valid document:
   * never the unredacted input. With `src` it is the fetched document, redacted.
   *
   * A custom accessor, not a stored Lit property: the setter hands the input to the
   * module-private store and requests an update; nothing of it stays on the element.
   */
  get data(): FamilyDocument | undefined {
    const held = unredacted.get(this);
    const input = this.src ? held?.fetched : held?.input;
    if (!held || input === undefined || input === null) return undefined;
    const result = validated(held, input);
    return result.ok ? redacted(held, result.document, parseViewer(this.viewer)) : undefined;
  }

  set data(value: unknown) {
    const held = unredactedOf(this);
    held.input = value;
    // The host may have changed the object it sets again: validate it anew.
    if (!this.src) held.validation = undefined;
    this.requestUpdate('data', undefined, DATA_PROPERTY, true, undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A load cut short by disconnecting starts again when the element comes back.
    if (this.hasUpdated && this.src && !this.source) this.requestUpdate('src');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.asOfFrame !== undefined) cancelAnimationFrame(this.asOfFrame);
    this.asOfFrame = undefined;
    this.pendingAsOf = undefined;
    if (this.source?.status === 'loading') {
      this.fetchController?.abort();
      this.fetchController = undefined;
      this.source = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src')) this.startLoading();
    if (changed.has('data') || changed.has('src') || changed.has('viewer') || changed.has('source') || changed.has('asOf')) {
      this.display = this.computeDisplay();
      this.forgetOtherFamilies();
      if (this.display.kind === 'family') {
        const { model } = this.display;
        const focusable = (id: string | undefined) => model.members.some((m) => m.id === id && !m.placeholder);
        if (!focusable(this.focusId)) this.focusId = model.initialFocusId;
        if (!focusable(this.detailsId)) this.detailsId = undefined;
        const services = this.display.redactedDocument.services ?? [];
        if (!services.some((s) => s.id === this.selectedServiceId)) this.selectedServiceId = undefined;
        this.expectedViewSize = this.estimateViewSize();
        const { width, height } = this.expectedViewSize;
        this.detail = detailLevelAt(fitScale(model.bounds, width, height));
      } else {
        // Ids of the last family must not outlive it (a new viewer may not know them).
        this.focusId = undefined;
        this.detailsId = undefined;
        this.selectedServiceId = undefined;
      }
    }
    if (this.sharingShown && this.display.kind === 'family' && !this.display.sharing) {
      this.display.sharing = this.explainSharing(this.display);
    }
  }

  /**
   * The overlay's reasons come from `explain` on the original, read here from the store;
   * `buildSharingOverlay` narrows them to what the redacted document shows.
   */
  private explainSharing(display: FamilyDisplay): SharingOverlay | undefined {
    const original = unredacted.get(this)?.redaction;
    if (original?.shown !== display.redactedDocument) return undefined;
    try {
      return buildSharingOverlay(original.original, display.redactedDocument, display.viewer);
    } catch {
      return undefined; // the overlay is an aid: the family stays readable without it
    }
  }

  protected override updated(): void {
    try {
      this.syncZoom();
    } catch {
      // Zooming is a convenience: the drawing stays readable without it.
    }
    if (this.refocusId !== undefined) {
      const id = this.refocusId;
      this.refocusId = undefined;
      this.renderRoot.querySelector<SVGGElement>(`[data-member-id="${CSS.escape(id)}"]`)?.focus({ preventScroll: true });
    }
    const errors = this.pendingInvalid;
    if (errors) {
      this.pendingInvalid = undefined;
      // After this update, so that a listener may set new data without nesting updates.
      queueMicrotask(() => this.dispatchEvent(createInvalidEvent({ errors })));
    }
  }

  private syncZoom(): void {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.genogram');
    const viewport = svg?.querySelector<SVGGElement>('g.viewport');
    if (this.display.kind !== 'family' || !svg || !viewport) {
      this.zoom.sync(undefined);
      return;
    }
    const { model } = this.display;
    const home = model.members.find((m) => m.id === model.initialFocusId) ?? {
      x: model.bounds.x + model.bounds.width / 2,
      y: model.bounds.y + model.bounds.height / 2,
    };
    const target = { svg, viewport, bounds: model.bounds, home: { x: home.x, y: home.y } };
    this.zoom.sync(this.expectedViewSize ? { ...target, expectedSize: this.expectedViewSize } : target);
    this.expectedViewSize = undefined;
  }

  protected override render(): TemplateResult {
    const shown = toViewName(this.view);
    let body: TemplateResult;
    try {
      body = this.renderBody(shown);
    } catch {
      body = renderErrors(errorsForViewer([renderFailure()], parseViewer(this.viewer)));
    }
    return html`<div
      part="base"
      class="base"
      data-view=${shown}
      data-requested-view=${shown}
      data-state=${this.display.kind}
      data-locale=${resolveLanguage(this)}
    >
      ${this.isAdmin()
        ? html`<div part="admin-banner" class="admin-banner">
            ${msg('Administrator view – shows everything', { id: 'banner.admin' })}
          </div>`
        : nothing}
      ${body}
    </div>`;
  }

  /**
   * The genogram's box before it is rendered, from sizes already laid out (reading them
   * is cheap then). With it the first render is fitted, and a big family starts with its
   * labels hidden, without laying everything out twice.
   */
  private estimateViewSize(): { width: number; height: number } {
    const stage = this.renderRoot.querySelector<HTMLElement>('.stage');
    if (stage) return { width: stage.clientWidth, height: stage.clientHeight };
    // No stage yet: the host's width and the default 30rem height, less the 1px borders.
    const width = this.clientWidth ? this.clientWidth - 2 : 800;
    return { width, height: 30 * 16 - 2 };
  }

  private onScaleChange(scale: number): void {
    const detail = detailLevelAt(scale);
    if (detail === this.detail) return;
    // Member nodes are re-created with or without labels: keep keyboard focus where it was.
    const active = this.shadowRoot?.activeElement;
    this.refocusId = active?.getAttribute('data-member-id') ?? undefined;
    this.detail = detail;
  }

  private isAdmin(): boolean {
    return parseViewer(this.viewer)?.kind === 'admin';
  }

  private computeDisplay(): DisplayState {
    const viewer = parseViewer(this.viewer);
    const held = unredactedOf(this);
    const source = this.src ? this.source : undefined;
    if (this.src && (!source || source.status === 'loading')) return { kind: 'loading' };
    // A failed load stands in for the document: each failure is reported once.
    const input: unknown = source?.status === 'failed' ? source : this.src ? held.fetched : held.input;
    if (held.reportedInput !== input) held.reportedInput = undefined;
    if (source?.status === 'failed') return this.invalid([source.error], source, viewer);
    if (input === undefined || input === null) return { kind: 'empty' };

    try {
      const result = timed('validate', () => validated(held, input));
      if (!result.ok) return this.invalid(result.errors, input, viewer);
      if (!viewer) return { kind: 'restricted', reason: 'no-viewer' };
      if (!isViewerInDocument(result.document, viewer)) return { kind: 'restricted', reason: 'unknown-viewer' };
      const shown = timed('redact', () => redacted(held, result.document, viewer));
      if (shown.members.length === 0) return { kind: 'restricted', reason: 'nothing-shared' };
      const drawn = this.travelled(shown);
      const model = timed('layout', () => buildGenogramModel(drawn, layoutGenogram(drawn)));
      const navigator = new MemberNavigator(model.members.filter((m) => !m.placeholder));
      return { kind: 'family', viewer, redactedDocument: shown, document: drawn, model, navigator };
    } catch {
      return this.invalid([renderFailure()], input, viewer);
    }
  }

  /**
   * Memos built from an earlier redacted document (another viewer's, or the last document's)
   * must not outlive it: nothing one viewer saw may stay on the element while another looks.
   */
  private forgetOtherFamilies(): void {
    const current = this.display.kind === 'family' ? this.display.redactedDocument : undefined;
    if (this.timelineMemo && this.timelineMemo.from !== current) {
      this.timelineMemo = undefined;
      this.timeline.forget();
    }
    if (this.travelMemo && this.travelMemo.from !== current) this.travelMemo = undefined;
  }

  /** The valid `as-of` date, if any, other than the document's own. */
  private travelDate(document: FamilyDocument): string | undefined {
    const date = this.asOf?.trim();
    return date && isValidAsOfDate(date) && date !== document.asOf ? date : undefined;
  }

  /** The redacted document at `as-of`; the redacted document itself without one. */
  private travelled(shown: FamilyDocument): FamilyDocument {
    const date = this.travelDate(shown);
    if (date === undefined) return shown;
    const memo = this.travelMemo;
    if (memo?.from === shown && memo.date === date) return memo.result;
    const result = familyAt(shown, date);
    this.travelMemo = { from: shown, date, result };
    return result;
  }

  /** Errors as this viewer may see them; reported once per input. */
  private invalid(errors: readonly FvValidationError[], input: unknown, viewer: Viewer | undefined): DisplayState {
    const shown = errorsForViewer(errors, viewer);
    const held = unredactedOf(this);
    if (held.reportedInput !== input) {
      held.reportedInput = input;
      this.pendingInvalid = shown.map((error) => ({ ...error }));
    }
    return { kind: 'invalid', errors: shown };
  }

  private startLoading(): void {
    this.fetchController?.abort();
    this.fetchController = undefined;
    const held = unredactedOf(this);
    held.fetched = undefined;
    const url = this.src;
    if (!url) {
      this.source = undefined;
      return;
    }
    const controller = new AbortController();
    this.fetchController = controller;
    this.source = { url, status: 'loading' };
    void loadFamilyDocument(url, controller.signal).then((result) => {
      // A newer src (or a disconnect) made this load stale.
      if (controller !== this.fetchController) return;
      this.fetchController = undefined;
      if (result.ok) {
        held.fetched = result.data;
        held.validation = undefined;
        this.source = { url, status: 'loaded' };
      } else if ('error' in result) {
        this.source = { url, status: 'failed', error: result.error };
      }
    });
  }

  private renderBody(view: FamilyViewName): TemplateResult {
    const display = this.display;
    switch (display.kind) {
      case 'empty':
        return html`<div part="empty" class="empty" role="status">
          ${msg('No family to show yet.', { id: 'state.empty' })}
        </div>`;
      case 'loading':
        return html`<div part="loading" class="loading" role="status">
          ${msg('Loading the family…', { id: 'state.loading' })}
        </div>`;
      case 'restricted':
        return renderNotice(display.reason);
      case 'invalid':
        return renderErrors(display.errors);
      case 'family':
        if (view === 'consent') return this.renderConsent(display);
        if (view === 'network') return this.renderNetwork(display);
        if (view === 'overview') return html`${this.renderSlider(display)}${this.renderGenogram(display)}${this.renderTimeline(display)}`;
        if (view === 'timeline') return html`${this.renderTimeline(display)}${this.renderDetails(display, resolveLanguage(this))}`;
        return this.renderGenogram(display);
    }
  }

  private renderConsent(display: FamilyDisplay): TemplateResult {
    const locale = resolveLanguage(this);
    display.consent ??= buildConsentModel(display.redactedDocument);
    return html`${this.renderMyInformation(display, locale)}${renderConsentView(display.consent, locale)}`;
  }

  /** Whom to turn to: coordinators, workers by member (in genogram order), next events, the plan. */
  private renderNetwork(display: FamilyDisplay): TemplateResult {
    return renderNetworkView(this.networkOf(display), resolveLanguage(this), { select: this.onNetworkSelect });
  }

  private readonly onNetworkSelect = (selection: NetworkSelection): void => {
    this.dispatchEvent(createSelectEvent({ type: selection.type, id: selection.id }));
  };

  /** A member viewer's own panel; nothing for anyone else. */
  private renderMyInformation(display: FamilyDisplay, locale: string): TemplateResult | typeof nothing {
    if (display.viewer.kind !== 'member') return nothing;
    display.myInformation ??= buildMyInformation(display.redactedDocument, display.viewer.member);
    return display.myInformation ? renderMyInformation(display.myInformation, locale) : nothing;
  }

  private renderGenogram(display: FamilyDisplay): TemplateResult {
    const { model } = display;
    const locale = resolveLanguage(this);
    const sharing = this.sharingShown ? display.sharing : undefined;
    const focused = model.members.find((m) => m.id === this.focusId);
    return html`${display.viewer.kind === 'member' ? renderMemberIntro() : nothing}
      <div part="stage" class="stage">
        ${renderGenogramSvg(model, {
          focusId: this.focusId,
          labelsHidden: this.detail !== 'full',
          patternsHidden: this.detail === 'no-patterns',
          handlers: { click: this.onGenogramClick, keydown: this.onGenogramKeydown, focusin: this.onGenogramFocusin },
          ...(sharing && { overlay: sharingMarks(model, sharing, locale) }),
          highlighted: this.membersOfSelectedService(display),
        })}
        <div part="controls" class="controls" role="group" aria-label=${msg('Zoom', { id: 'genogram.zoom' })}>
          <button type="button" @click=${() => this.zoom.zoomIn()}>${msg('Zoom in', { id: 'genogram.zoom-in' })}</button>
          <button type="button" @click=${() => this.zoom.zoomOut()}>${msg('Zoom out', { id: 'genogram.zoom-out' })}</button>
          <button type="button" @click=${() => this.zoom.fit()}>${msg('Fit to view', { id: 'genogram.fit' })}</button>
          <button type="button" @click=${() => this.zoom.reset()}>${msg('Reset', { id: 'genogram.reset' })}</button>
          <button type="button" part="consent-toggle" aria-pressed=${String(this.sharingShown)} @click=${this.toggleSharing}>
            ${msg('Show what is shared', { id: 'genogram.consent-toggle' })}
          </button>
        </div>
      </div>
      ${this.sharingShown ? renderSharingDetails(focused, focused && sharing?.get(focused.id), locale) : nothing}
      ${this.renderDetails(display, locale)} ${renderLegend(model.legend)}${this.renderMyInformation(display, locale)}`;
  }

  /**
   * The services timeline of the redacted document — every service, whatever the slider's
   * date, which it marks instead — with lanes in genogram order.
   */
  private renderTimeline(display: FamilyDisplay): TemplateResult {
    const from = display.redactedDocument;
    if (this.timelineMemo?.from !== from) {
      this.timelineMemo = { from, model: buildTimelineModel(from, genogramLaneOrder(display.model.members)) };
    }
    const travel = this.travelDate(from);
    return this.timeline.render(this.timelineMemo.model, {
      locale: resolveLanguage(this),
      selectedMemberId: this.detailsId,
      selectedServiceId: this.selectedServiceId,
      markDate: travel === undefined ? undefined : dayOf(travel),
      onSelect: this.onTimelineSelect,
    });
  }

  /** The members of the selected service, highlighted in the genogram. */
  private membersOfSelectedService(display: FamilyDisplay): ReadonlySet<string> | undefined {
    if (this.selectedServiceId === undefined) return undefined;
    const service = (display.redactedDocument.services ?? []).find((s) => s.id === this.selectedServiceId);
    return service ? new Set(service.members) : undefined;
  }

  private readonly onTimelineSelect = (selection: TimelineSelection): void => {
    if (selection.type === 'service') this.selectedServiceId = selection.id;
    this.dispatchEvent(createSelectEvent({ type: selection.type, id: selection.id }));
  };

  /** The time slider over the family's dates; nothing when the document has no dates. */
  private renderSlider(display: FamilyDisplay): TemplateResult | typeof nothing {
    const range = dateRange(display.redactedDocument);
    if (!range) return nothing;
    const documentAsOf = display.redactedDocument.asOf;
    const travel = this.pendingAsOf ?? this.travelDate(display.redactedDocument);
    const value = travel ?? documentAsOf ?? range.max;
    return renderTimeSlider(
      { min: range.min, max: range.max, value, travelling: travel !== undefined, ...(documentAsOf !== undefined && { documentAsOf }) },
      resolveLanguage(this),
      { change: (date) => this.moveTo(date), reset: () => this.moveTo(documentAsOf ?? range.max) },
    );
  }

  /** A date from the slider: shown at the next frame (dragging coalesces), then announced. */
  private moveTo(date: string): void {
    this.pendingAsOf = date;
    this.requestUpdate();
    if (this.asOfFrame !== undefined) return;
    this.asOfFrame = requestAnimationFrame(() => {
      this.asOfFrame = undefined;
      const next = this.pendingAsOf;
      this.pendingAsOf = undefined;
      if (next === undefined || next === this.asOf) return;
      this.asOf = next;
      this.dispatchEvent(createAsOfChangeEvent({ date: next }));
    });
  }

  private networkOf(display: FamilyDisplay): NetworkModel {
    const memberOrder = display.model.members.filter((m) => !m.placeholder).map((m) => m.id);
    display.network ??= buildNetworkModel(display.document, { memberOrder });
    return display.network;
  }

  /** The selected member's details panel; nothing while none is selected. */
  private renderDetails(display: FamilyDisplay, locale: string): TemplateResult | typeof nothing {
    const view = display.model.members.find((m) => m.id === this.detailsId);
    const viewerMemberId = display.viewer.kind === 'member' ? display.viewer.member : undefined;
    const details = view && buildMemberDetails(display.document, view, this.networkOf(display), viewerMemberId);
    if (!details) return nothing;
    return renderMemberDetails(details, locale, {
      close: () => this.closeDetails(),
      selectService: (id) => {
        this.selectedServiceId = id;
        this.dispatchEvent(createSelectEvent({ type: 'service', id }));
      },
    });
  }

  /** Closes the details panel and gives focus back to the member it was about. */
  private closeDetails(): void {
    const id = this.detailsId;
    if (id === undefined) return;
    this.detailsId = undefined;
    void this.updateComplete.then(() => this.focusMember(id));
  }

  private selectMember(id: string): void {
    this.detailsId = id;
    this.dispatchEvent(createSelectEvent({ type: 'member', id }));
  }

  private readonly toggleSharing = (): void => {
    this.sharingShown = !this.sharingShown;
  };

  private readonly onGenogramClick = (event: MouseEvent): void => {
    const id = memberIdOf(event.target);
    if (id !== undefined) this.selectMember(id);
  };

  private readonly onGenogramKeydown = (event: KeyboardEvent): void => {
    const id = memberIdOf(event.target);
    if (id === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault(); // Space would scroll the page
      this.selectMember(id);
    } else if (event.key === 'Escape' && this.detailsId !== undefined) {
      event.preventDefault();
      this.detailsId = undefined;
    } else if (isNavigationKey(event.key) && this.display.kind === 'family') {
      event.preventDefault();
      const next = this.display.navigator.next(id, event.key);
      if (next !== undefined) this.focusMember(next);
    }
  };

  private readonly onGenogramFocusin = (event: FocusEvent): void => {
    const id = memberIdOf(event.target);
    if (id !== undefined && id !== this.focusId) this.focusId = id;
  };

  private focusMember(id: string): void {
    if (this.display.kind !== 'family') return;
    const node = this.renderRoot.querySelector<SVGGElement>(`[data-member-id="${CSS.escape(id)}"]`);
    if (!node) return;
    // The drawing pans instead of the page scrolling.
    node.focus({ preventScroll: true });
    const member = this.display.model.members.find((m) => m.id === id);
    if (member) this.zoom.reveal(member);
  }
}

/**
 * Runs a stage of the pipeline and records it as a User Timing measure
 * (`family-view:validate`, `family-view:redact`, `family-view:layout`) so that a host —
 * and `npm run bench` — can see where time goes. Names and durations only: nothing of the
 * family.
 */
function timed<T>(stage: 'validate' | 'redact' | 'layout', run: () => T): T {
  const start = performance.now();
  const result = run();
  try {
    performance.measure(`family-view:${stage}`, { start, end: performance.now() });
  } catch {
    // An old browser without measure options: timing is only a diagnostic.
  }
  return result;
}

/** Placeholders carry no `data-member-id`, so they are never selected. */
function memberIdOf(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  return target.closest('[data-member-id]')?.getAttribute('data-member-id') ?? undefined;
}
