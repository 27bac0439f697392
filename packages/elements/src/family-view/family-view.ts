import { LitElement, html, nothing, type ComplexAttributeConverter, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '../localization.js';
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
import { revealInPage } from '../reveal-in-page.js';
import { renderGenogramSvg } from '../genogram/genogram-svg.js';
import { renderGenogramTable } from '../genogram/genogram-table.js';
import { buildGenogramTable, type GenogramTable } from '../genogram/genogram-table-model.js';
import { genogramStyles } from '../genogram/genogram.styles.js';
import { MemberNavigator, isNavigationKey } from '../genogram/keyboard-navigation.js';
import { GenogramZoomController, detailLevelAt, fitScale, type DetailLevel } from '../genogram/zoom-controller.js';
import { renderLegend } from '../legend/legend.js';
import { buildNetworkModel, type NetworkModel } from '../network/network-model.js';
import { renderNetworkView, type NetworkSelection } from '../network/network-view.js';
import { networkStyles } from '../network/network.styles.js';
import { legendStyles } from '../legend/legend.styles.js';
import { resolveLanguage, withLocale, type SupportedLocale } from '../localization.js';
import { renderTimeSlider, dayOf } from '../time-slider/time-slider.js';
import { buildTimelineModel, genogramLaneOrder, type TimelineModel } from '../timeline/timeline-model.js';
import { TimelineController, type TimelineSelection } from '../timeline/timeline-controller.js';
import { timelineStyles } from '../timeline/timeline.styles.js';
import { timeSliderStyles } from '../time-slider/time-slider.styles.js';
import { themeTokenStyles } from '../theme/tokens.styles.js';
import { errorsForViewer, renderErrors, renderFailure } from './errors.js';
import { familyViewStyles } from './family-view.styles.js';
import { loadError, loadFamilyDocument, type LoadFailure } from './load-document.js';
import { localizedValidationMessages } from './validation-messages.js';
import { renderNotice, type NoticeReason } from './notice.js';
import { isViewerInDocument } from './viewer-in-document.js';

export const FAMILY_VIEW_NAMES = ['overview', 'genogram', 'timeline', 'network', 'consent'] as const;
export type FamilyViewName = (typeof FAMILY_VIEW_NAMES)[number];

export const FAMILY_VIEW_THEMES = ['auto', 'light', 'dark'] as const;
export type FamilyViewTheme = (typeof FAMILY_VIEW_THEMES)[number];

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
type SourceState = { url: string; status: 'loading' } | { url: string; status: 'loaded' } | { url: string; status: 'failed'; failure: LoadFailure };

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
  /** Built when the genogram is first shown as a table. */
  genogramTable?: GenogramTable;
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
  /** `locale`: the language of the messages of an invalid result. */
  validation?: { input: unknown; locale: SupportedLocale; result: ValidationResult };
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

/** Validated once per input — and again in another language, while its errors are shown. */
function validated(held: Unredacted, input: unknown, locale: SupportedLocale): ValidationResult {
  const memo = held.validation;
  if (memo && memo.input === input && (memo.result.ok || memo.locale === locale)) return memo.result;
  const result = withLocale(locale, () => validate(input, { messages: localizedValidationMessages() }));
  held.validation = { input, locale, result };
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
 * @summary A family at a glance: its genogram, the services each member gets over time,
 * who coordinates them and who may see what — only what the viewer may see.
 * @tagname family-view
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
 * @fires {FvSelectEvent} fv-select - `detail: { type, id }` when something is clicked, or Enter/Space is pressed on it: a `member` in the genogram (never a placeholder); a `service` or `event` on the timeline or a `service` in the details panel; a `professional`, `event` or `goal` in the network view.
 * @fires {FvInvalidEvent} fv-invalid - `detail: { errors: [{ path, message, code }] }` once per document that fails validation or cannot be loaded.
 * @fires {FvAsOfChangeEvent} fv-as-of-change - `detail: { date }` (`YYYY-MM-DD`) when the user moves the overview's time slider; the element has already moved to the date.
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
 * @csspart controls - The genogram's buttons: zoom, fit, reset, the consent overlay toggle and "Show as table".
 * @csspart consent-toggle - The button that shows what is shared of each member (`aria-pressed`).
 * @csspart consent-details - With the overlay on: what is shared of the member in focus, and why.
 * @csspart genogram-table - The genogram as a table (its text alternative), in its own scrolling box.
 * @csspart genogram-table-toggle - The "Show as table" button of the genogram (`aria-pressed`).
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
 * @csspart time-slider - The overview's time slider (a date range input and its value).
 * @csspart time-reset - "Back to now": returns the slider to the document's date.
 * @csspart timeline - The services timeline (`view="timeline"`, and in the overview).
 * @csspart timeline-controls - The timeline's buttons: zoom in, zoom out, show all and "Show as table".
 * @csspart timeline-overview - The strip above the timeline showing the whole span; click or drag to move.
 * @csspart timeline-chart - The lanes and bars of the timeline (`data-lane-member-id`, `data-service-id`, `data-event-id`).
 * @csspart timeline-detail - The card describing the focused or hovered service or event.
 * @csspart timeline-legend - The timeline's legend of sectors, statuses and markers.
 * @csspart timeline-table - The timeline as tables (services and events), its text alternative.
 * @csspart timeline-table-toggle - The "Show as table" button of the timeline (`aria-pressed`).
 *
 * Theming: every `--fv-*` custom property below is a token (theme/tokens.ts) with a light
 * default and a dark one; set it on `family-view` or an ancestor to override both. Under
 * `forced-colors: active` the system colours win over all of them.
 *
 * @cssprop [--fv-background=#ffffff] - Background of the element, the drawings and their frames. Dark: `#14181d`.
 * @cssprop [--fv-surface=#f3f5f8] - Background of panels set apart: the details panel, the timeline card, table heads. Dark: `#1d232a`.
 * @cssprop [--fv-text-color=#1f2933] - Text, and the ink of marks drawn in text colour. Dark: `#e4e7eb`.
 * @cssprop [--fv-muted-color=#52606d] - Secondary text: labels, hints, dates. Dark: `#a7b1bc`.
 * @cssprop [--fv-border-color=#cbd2d9] - Frames, table rules and button borders. Dark: `#4b5563`.
 * @cssprop [--fv-focus-color=#1a5fb4] - The keyboard focus ring. Dark: `#7cb3ff`.
 * @cssprop [--fv-link-color=#1a5fb4] - Links (phone, e-mail, web). Dark: `#8cbcff`.
 * @cssprop [--fv-highlight-color=#1a5fb4] - What is selected: the members of the selected service, the selected lane and bar, pressed toggles. Dark: `#7cb3ff`.
 * @cssprop [--fv-error-color=#b3261e] - Error box border and heading. Dark: `#ff8a80`.
 * @cssprop [--fv-error-background=#fdecea] - Error box background. Dark: `#3b1716`.
 * @cssprop [--fv-warning-color=#8a5a00] - Consents that expire soon. Dark: `#f0b43c`.
 * @cssprop [--fv-admin-color=#5c3c00] - Administrator banner text and border. Dark: `#ffd98a`.
 * @cssprop [--fv-admin-background=#fff4ce] - Administrator banner background. Dark: `#3a2c05`.
 * @cssprop [--fv-shared-color=#2e7d32] - Shared scopes, active consents, achieved goals. Dark: `#6fcf73`.
 * @cssprop [--fv-not-shared-color=#9a3412] - Scopes not shared, and restrictions. Dark: `#ff9f6b`.
 * @cssprop [--fv-symbol-fill=#ffffff] - Inside of member symbols. Dark: `#1d232a`.
 * @cssprop [--fv-symbol-stroke=#1f2933] - Outline of member symbols. Dark: `#e4e7eb`.
 * @cssprop [--fv-index-fill=#e8f0fe] - Inside of the index person’s symbol; background of the coordinator’s card. Dark: `#1d3557`.
 * @cssprop [--fv-line-color=#3e4c59] - Couple, parentage and twin lines. Dark: `#b8c2cc`.
 * @cssprop [--fv-household-color=#6b7785] - Household outlines. Dark: `#8d9aa8`.
 * @cssprop [--fv-household-fill=rgb(123 135 148 / 0.06)] - Inside of household outlines. Dark: `rgb(141 154 168 / 0.08)`.
 * @cssprop [--fv-bond-positive-color=#2e7d32] - Close and fused bonds. Dark: `#6fcf73`.
 * @cssprop [--fv-bond-negative-color=#b3261e] - Conflict, hostile, violence, abuse and neglect bonds, and their arrowheads. Dark: `#ff8a80`.
 * @cssprop [--fv-bond-neutral-color=#616e7c] - Distant and cut-off bonds. Dark: `#a7b1bc`.
 * @cssprop [--fv-mark-color=#a33c00] - The date travelled to: its line, label and the bars active on it. Dark: `#ffab70`.
 * @cssprop [--fv-sector-social=#1d5fa8] - Bars and chips of social services (sector `social`). Dark: `#7cb3ff`.
 * @cssprop [--fv-sector-health=#b42318] - Bars and chips of health care (sector `health`). Dark: `#ff8f85`.
 * @cssprop [--fv-sector-early-childhood=#9c3d7f] - Bars and chips of early childhood education (sector `early-childhood`). Dark: `#eb9fd3`.
 * @cssprop [--fv-sector-education=#6041b0] - Bars and chips of education (sector `education`). Dark: `#bba6f7`.
 * @cssprop [--fv-sector-benefits=#7d5700] - Bars and chips of benefits (sector `benefits`). Dark: `#e3b64a`.
 * @cssprop [--fv-sector-employment=#00705f] - Bars and chips of employment services (sector `employment`). Dark: `#4fd1b7`.
 * @cssprop [--fv-sector-housing=#7a4b2a] - Bars and chips of housing (sector `housing`). Dark: `#dcaa84`.
 * @cssprop [--fv-sector-ngo=#2d7a32] - Bars and chips of NGOs (sector `ngo`). Dark: `#83d187`.
 * @cssprop [--fv-sector-parish=#4a4e8c] - Bars and chips of parishes (sector `parish`). Dark: `#aeb2f0`.
 * @cssprop [--fv-sector-police=#1f2f4d] - Bars and chips of police (sector `police`). Dark: `#a5b8dc`.
 * @cssprop [--fv-sector-other=#5b6675] - Bars and chips of other organisations (sector `other`). Dark: `#b3bcc7`.
 * @cssprop [--fv-on-sector-color=#ffffff] - Sector letters drawn on a sector colour. Dark: `#10151a`.
 * @cssprop [--fv-status-planned=#3e4c59] - Status `planned`: the dashed outline of a planned service. Dark: `#c3ccd5`.
 * @cssprop [--fv-status-waiting=#3e4c59] - Status `waiting`: the hatching of a service applied for and waiting. Dark: `#c3ccd5`.
 * @cssprop [--fv-status-active=#1f2933] - Status `active`: the arrow where an active service runs on. Dark: `#e4e7eb`.
 * @cssprop [--fv-status-paused=#ffffff] - Status `paused`: the stripes of a paused service. Dark: `#14181d`.
 * @cssprop [--fv-status-ended=#ffffff] - Status `ended`: the colour an ended service fades towards. Dark: `#14181d`.
 * @cssprop [--fv-status-declined=#1f2933] - Status `declined`: the strike through a declined service. Dark: `#e4e7eb`.
 * @cssprop [--fv-doors-1-color=#dde3ea] - "How many doors", lowest band (1 organisation or worker). Dark: `#262e37`.
 * @cssprop [--fv-doors-2-color=#b3c0ce] - "How many doors", second band. Dark: `#3b4756`.
 * @cssprop [--fv-doors-3-color=#5f7186] - "How many doors", third band. Dark: `#8799ad`.
 * @cssprop [--fv-doors-4-color=#2f3b47] - "How many doors", highest band. Dark: `#c4d0dc`.
 * @cssprop [--fv-on-doors-color=#ffffff] - Numbers on the two highest "doors" bands (the text colour is used on the others). Dark: `#10151a`.
 * @cssprop [--fv-font-family=system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif] - Font of all text.
 * @cssprop [--fv-font-size=1rem] - Base font size; everything else is relative to it.
 * @cssprop [--fv-line-height=1.4] - Line height of text.
 * @cssprop [--fv-space-1=0.25rem] - Spacing scale, step 1 (smallest gaps).
 * @cssprop [--fv-space-2=0.5rem] - Spacing scale, step 2.
 * @cssprop [--fv-space-3=0.75rem] - Spacing scale, step 3 (panel padding).
 * @cssprop [--fv-space-4=1rem] - Spacing scale, step 4.
 * @cssprop [--fv-space-5=1.5rem] - Spacing scale, step 5.
 * @cssprop [--fv-space-6=2rem] - Spacing scale, step 6 (largest gaps).
 * @cssprop [--fv-radius=6px] - Corner radius of frames, cards and buttons.
 * @cssprop [--fv-focus-width=3px] - Width of the keyboard focus ring.
 * @cssprop [--fv-genogram-height=30rem] - Height of the genogram area.
 * @cssprop [--fv-timeline-height=30rem] - Height of the timeline’s scrolling lanes.
 * @cssprop [--fv-transition-duration=120ms] - Length of hover and press transitions; 0s when the user prefers reduced motion.
 */
// Registration lives in define.ts, after all decorators have run.
export class FamilyView extends LitElement {
  static override styles = [themeTokenStyles, familyViewStyles, genogramStyles, legendStyles, consentStyles, networkStyles, detailsStyles, timeSliderStyles, timelineStyles];

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

  /**
   * Colour scheme: `auto` (default) follows the user's `prefers-color-scheme`; `light` and
   * `dark` force one (a demo, Storybook, or a host with its own theme switch). Reflected,
   * because the styles key on the attribute; any other value counts as `auto`. Forced
   * colours (Windows High Contrast) win over all three.
   */
  @property({ reflect: true })
  theme: FamilyViewTheme = 'auto';

  /** Mirrors the native `lang` attribute so a language change re-renders. */
  @property({ attribute: 'lang' })
  protected langAttribute?: string;

  /** The language of the running (or last) update: `resolveLanguage(this)` when it began. */
  private locale: SupportedLocale = 'en';
  /** The language the shown errors were written in. */
  private displayLocale?: SupportedLocale;
  /** Notices an ancestor's `lang` changing (the element's own is a property). */
  private langObserver?: MutationObserver;

  @state()
  private source?: SourceState;

  /** The member in the tab order (roving tabindex). */
  @state()
  private focusId?: string;

  /** The member whose details panel is open (selected in the genogram); undefined when closed. */
  @state()
  private detailsId?: string;

  /**
   * The member whose details panel was just opened by selecting them: the status line says
   * so (the panel opens below the drawing, out of a screen reader's way and often below the
   * fold). Cleared when the panel closes, so reopening it is announced again.
   */
  @state()
  private announcedDetailsId?: string;
  /** After the next render, scroll the panel that just opened into view (see revealDetails). */
  private detailsToReveal?: string;

  /** Whether the genogram marks what is shared of each member (the consent overlay). */
  @state()
  private sharingShown = false;

  /**
   * Which drawings are shown as tables ("Show as table"). Element state, so it survives
   * re-renders, view switches and the time slider; forgotten with the family it was
   * chosen for (see forgetOtherFamilies), like every other per-family state.
   */
  @state()
  private tables: { genogram: boolean; timeline: boolean } = { genogram: false, timeline: false };
  /** The redacted document `tables` was chosen for. */
  private tablesFor?: FamilyDocument;

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
    const result = validated(held, input, resolveLanguage(this));
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
    this.observeLanguage();
    // A load cut short by disconnecting starts again when the element comes back.
    if (this.hasUpdated && this.src && !this.source) this.requestUpdate('src');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
    this.langObserver = undefined;
    if (this.asOfFrame !== undefined) cancelAnimationFrame(this.asOfFrame);
    this.asOfFrame = undefined;
    this.pendingAsOf = undefined;
    if (this.source?.status === 'loading') {
      this.fetchController?.abort();
      this.fetchController = undefined;
      this.source = undefined;
    }
  }

  /**
   * The whole update — willUpdate, render, the controllers' hostUpdated, updated — runs in
   * the element's language, so every `msg()` in it speaks that language whatever another
   * widget (or the host's own `@lit/localize`) on the page speaks.
   */
  protected override performUpdate(): void {
    this.locale = resolveLanguage(this);
    withLocale(this.locale, () => super.performUpdate());
  }

  /**
   * Watches `lang` on the document and on every shadow root above the element; an update is
   * requested only when the language the element resolves to changed.
   */
  private observeLanguage(): void {
    this.langObserver?.disconnect();
    const observer = new MutationObserver(() => {
      if (resolveLanguage(this) !== this.locale) this.requestUpdate();
    });
    const options = { attributes: true, attributeFilter: ['lang'], subtree: true };
    observer.observe(this.ownerDocument.documentElement, options);
    for (let root = this.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) observer.observe(root, options);
    this.langObserver = observer;
    // Moved under another language while disconnected.
    if (this.hasUpdated && resolveLanguage(this) !== this.locale) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src')) this.startLoading();
    // Errors are written in a language: in another one they are written anew.
    const errorsInOtherLanguage = this.display.kind === 'invalid' && this.displayLocale !== this.locale;
    if (errorsInOtherLanguage || changed.has('data') || changed.has('src') || changed.has('viewer') || changed.has('source') || changed.has('asOf')) {
      this.display = this.computeDisplay();
      this.displayLocale = this.locale;
      this.forgetOtherFamilies();
      if (this.display.kind === 'family') {
        const { model } = this.display;
        const focusable = (id: string | undefined) => model.members.some((m) => m.id === id && !m.placeholder);
        if (!focusable(this.focusId)) this.focusId = model.initialFocusId;
        if (!focusable(this.detailsId)) this.detailsId = undefined;
        // Render checks this too; cleared here so no id of a departed member stays on the element.
        if (this.announcedDetailsId !== this.detailsId) this.announcedDetailsId = undefined;
        const services = this.display.redactedDocument.services ?? [];
        if (!services.some((s) => s.id === this.selectedServiceId)) this.selectedServiceId = undefined;
        this.expectedViewSize = this.estimateViewSize();
        const { width, height } = this.expectedViewSize;
        this.detail = detailLevelAt(fitScale(model.bounds, width, height));
      } else {
        // Ids of the last family must not outlive it (a new viewer may not know them).
        this.focusId = undefined;
        this.detailsId = undefined;
        this.announcedDetailsId = undefined;
        this.selectedServiceId = undefined;
      }
    }
    // A status line left from another view would be read out of context.
    if (changed.has('view')) this.announcedDetailsId = undefined;
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
    if (this.detailsToReveal !== undefined) {
      const id = this.detailsToReveal;
      this.detailsToReveal = undefined;
      if (id === this.detailsId) this.revealDetails(id);
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
      lang=${this.locale}
      data-locale=${this.locale}
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
    if (source?.status === 'failed') return this.invalid([loadError(source.failure)], source, viewer);
    if (input === undefined || input === null) return { kind: 'empty' };

    try {
      const result = timed('validate', () => validated(held, input, this.locale));
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
    if (this.tablesFor !== current) {
      this.tablesFor = current;
      if (this.tables.genogram || this.tables.timeline) this.tables = { genogram: false, timeline: false };
    }
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
      } else if ('failure' in result) {
        this.source = { url, status: 'failed', failure: result.failure };
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
        // The views that can show the details panel, each with its status line.
        return html`${this.renderPanelViews(view, display)}${this.renderDetailsStatus(display)}`;
    }
  }

  private renderPanelViews(view: Exclude<FamilyViewName, 'consent' | 'network'>, display: FamilyDisplay): TemplateResult {
    if (view === 'overview') return html`${this.renderSlider(display)}${this.renderGenogram(display)}${this.renderTimeline(display)}`;
    if (view === 'timeline') return html`${this.renderTimeline(display)}${this.renderDetails(display, resolveLanguage(this))}`;
    return this.renderGenogram(display);
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
    // One template for both: Lit keeps the table toggle (and its focus) when it is pressed.
    const table = this.tables.genogram;
    return html`${display.viewer.kind === 'member' ? renderMemberIntro() : nothing}
      <div part="stage" class=${table ? 'stage stage--table' : 'stage'}>
        ${table
          ? nothing
          : renderGenogramSvg(model, {
              focusId: this.focusId,
              labelsHidden: this.detail !== 'full',
              patternsHidden: this.detail === 'no-patterns',
              handlers: { click: this.onGenogramClick, keydown: this.onGenogramKeydown, focusin: this.onGenogramFocusin },
              ...(sharing && { overlay: sharingMarks(model, sharing, locale) }),
              highlighted: this.membersOfSelectedService(display),
            })}
        <div part="controls" class="controls" role="group" aria-label=${table ? msg('Genogram', { id: 'genogram.label' }) : msg('Zoom', { id: 'genogram.zoom' })}>
          ${table
            ? nothing
            : html`<button type="button" @click=${() => this.zoom.zoomIn()}>${msg('Zoom in', { id: 'genogram.zoom-in' })}</button>
                <button type="button" @click=${() => this.zoom.zoomOut()}>${msg('Zoom out', { id: 'genogram.zoom-out' })}</button>
                <button type="button" @click=${() => this.zoom.fit()}>${msg('Fit to view', { id: 'genogram.fit' })}</button>
                <button type="button" @click=${() => this.zoom.reset()}>${msg('Reset', { id: 'genogram.reset' })}</button>
                <button type="button" part="consent-toggle" aria-pressed=${String(this.sharingShown)} @click=${this.toggleSharing}>
                  ${msg('Show what is shared', { id: 'genogram.consent-toggle' })}
                </button>`}
          <button type="button" part="genogram-table-toggle" class="table-toggle" aria-pressed=${String(table)} @click=${this.toggleGenogramTable}>
            ${msg('Show as table', { id: 'genogram.table-toggle' })}
          </button>
        </div>
        ${table ? this.genogramTable(display) : nothing}
      </div>
      ${this.sharingShown && !table ? renderSharingDetails(focused, focused && sharing?.get(focused.id), locale) : nothing}
      ${this.renderDetails(display, locale)} ${table ? nothing : renderLegend(model.legend)}${this.renderMyInformation(display, locale)}`;
  }

  /**
   * "Show as table", last in the drawing's controls. The table takes the drawing's place
   * rather than following it: a screen reader user does not meet everything twice, a
   * keyboard user does not tab through the drawing's stop and zoom buttons to reach it,
   * and a sighted user finds it where the drawing was, under the button they pressed
   * (which keeps its place and focus). The name stays and `aria-pressed` tells the state,
   * as the APG's toggle button asks ("Show as picture, pressed" would say the opposite).
   * The zoom buttons and the consent overlay, which act on the drawing, go with it.
   */
  private readonly toggleGenogramTable = (): void => {
    this.tables = { ...this.tables, genogram: !this.tables.genogram };
  };

  private readonly toggleTimelineTable = (): void => {
    this.tables = { ...this.tables, timeline: !this.tables.timeline };
  };

  /** The genogram's members and relationships as a table, from what the drawing shows. */
  private genogramTable(display: FamilyDisplay): TemplateResult {
    display.genogramTable ??= buildGenogramTable(display.document, display.model);
    return renderGenogramTable(display.genogramTable, {
      selectedId: this.detailsId,
      highlighted: this.membersOfSelectedService(display),
      select: (id) => this.selectMember(id),
      escape: () => {
        this.detailsId = undefined;
      },
    });
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
      table: { shown: this.tables.timeline, toggle: this.toggleTimelineTable },
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

  /**
   * A polite status line, "Details of Leila Rezaei opened below.", while the panel that
   * selecting a member opened is open. Always in the DOM in the views that can open the
   * panel, so screen readers hear it change; the name comes from what this viewer sees.
   */
  private renderDetailsStatus(display: FamilyDisplay): TemplateResult {
    const id = this.announcedDetailsId;
    const member = id !== undefined && id === this.detailsId ? display.model.members.find((m) => m.id === id) : undefined;
    return html`<p class="visually-hidden" role="status">
      ${member ? msg(str`Details of ${member.name} opened below.`, { id: 'details.opened' }) : nothing}
    </p>`;
  }

  /**
   * The panel opens below the drawing, often below the page's fold: scroll the page (and the
   * host's scroll boxes) so its heading and Close button come into sight, as little as
   * needed and never so far that the selected member leaves the top of the view.
   */
  private revealDetails(id: string): void {
    const header = this.renderRoot.querySelector('[part="details"] .details-header');
    const member = this.renderRoot.querySelector(`[data-member-id="${CSS.escape(id)}"]`);
    if (!header || !member) return;
    const { top: headerTop, bottom } = header.getBoundingClientRect();
    const memberTop = member.getBoundingClientRect().top;
    // A span taller than the view keeps its top in sight: the member, when it is in sight
    // (one panned out of the drawing's box, or scrolled away, is not worth scrolling back to).
    const top = memberTop >= 0 && memberTop < headerTop && memberTop < window.innerHeight ? memberTop : headerTop;
    revealInPage(this, { top, bottom });
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
    this.announcedDetailsId = id;
    this.detailsToReveal = id;
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
    const found = this.renderRoot.querySelector<SVGGElement | HTMLElement>(`[data-member-id="${CSS.escape(id)}"]`);
    // In the genogram's table the member's row carries the id, and its name button takes focus.
    const node = found?.querySelector<HTMLButtonElement>('button.table-select') ?? found;
    if (!node) return;
    // The drawing pans instead of the page scrolling; the table scrolls as a page does.
    const inDrawing = node === found;
    node.focus({ preventScroll: inDrawing });
    const member = this.display.model.members.find((m) => m.id === id);
    if (!member) return;
    const { dy } = this.zoom.reveal(member);
    if (!inDrawing) return;
    // Where the member ends up, even if the drawing is partly below the page's fold.
    const shown = node.getBoundingClientRect();
    revealInPage(this, { top: shown.top + dy, bottom: shown.bottom + dy });
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
