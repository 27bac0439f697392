import { LitElement, html, nothing, type ComplexAttributeConverter, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { layoutGenogram, parseViewer, validate, type Viewer } from '@family-view/core';
import { createInvalidEvent, createSelectEvent, type FvValidationError } from '../events.js';
import { buildGenogramModel, type GenogramModel } from '../genogram/genogram-model.js';
import { renderGenogramSvg } from '../genogram/genogram-svg.js';
import { genogramStyles } from '../genogram/genogram.styles.js';
import { MemberNavigator, isNavigationKey } from '../genogram/keyboard-navigation.js';
import { GenogramZoomController, LABELS_MIN_SCALE, fitScale } from '../genogram/zoom-controller.js';
import { renderLegend } from '../legend/legend.js';
import { legendStyles } from '../legend/legend.styles.js';
import { resolveLanguage } from '../localization.js';
import { familyViewStyles } from './family-view.styles.js';
import { loadFamilyDocument } from './load-document.js';

export const FAMILY_VIEW_NAMES = ['overview', 'genogram', 'timeline', 'network', 'consent'] as const;
export type FamilyViewName = (typeof FAMILY_VIEW_NAMES)[number];

/** Views that exist so far; the others show the genogram until they are built. */
const BUILT_VIEWS: ReadonlySet<FamilyViewName> = new Set<FamilyViewName>(['genogram']);

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

type SourceState =
  | { url: string; status: 'loading' }
  | { url: string; status: 'loaded'; data: unknown }
  | { url: string; status: 'failed'; error: FvValidationError };

/** What the element shows. Only `genogram` holds anything from the document. */
type DisplayState =
  | { kind: 'empty' }
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: 'no-viewer' | 'viewer-not-supported' }
  | { kind: 'invalid'; errors: FvValidationError[] }
  | { kind: 'genogram'; model: GenogramModel; navigator: MemberNavigator };

/**
 * `<family-view>` shows a family — for now as a genogram — from a family document.
 *
 * Data flows one way: `data` (or the JSON at `src`) → validate → layout → render. Until
 * consent rules land, only the explicit viewer `{ "kind": "admin" }` sees the family,
 * under a visible banner; any other viewer, or none, gets a notice and nothing personal.
 *
 * @fires fv-select - `{ type: 'member', id }` when a member is clicked, or Enter/Space is pressed on it.
 * @fires fv-invalid - `{ errors: [{ path, message, code }] }` once per document that fails validation or cannot be loaded.
 * @fires fv-as-of-change - `{ date }` when the user moves the time slider (not built yet).
 *
 * @csspart base - The wrapper of everything; `data-view` tells which view is shown.
 * @csspart admin-banner - The "Administrator view" banner.
 * @csspart notice - Why nothing is shown (no viewer, or a viewer without a view yet).
 * @csspart empty - Shown when there is no family document.
 * @csspart loading - Shown while `src` is loading.
 * @csspart error - The error box listing each problem's message and path.
 * @csspart stage - The framed area holding the genogram and the zoom controls.
 * @csspart genogram - The genogram `<svg>`.
 * @csspart member - Each member's node in the genogram (`data-member-id` carries its id).
 * @csspart controls - The zoom buttons.
 * @csspart legend - The legend of the symbols and lines in use.
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
 */
// Registration lives in define.ts, after all decorators have run, so `@localized()`
// is already in place when elements in the page upgrade.
@localized()
export class FamilyView extends LitElement {
  static override styles = [familyViewStyles, genogramStyles, legendStyles];

  /** The family document (validated before use). */
  @property({ attribute: false })
  data: unknown;

  /** URL to fetch the family document from, instead of `data`. */
  @property()
  src?: string;

  /** Who is looking. Attribute: JSON. No viewer = nothing personal is shown. */
  @property({ converter: viewerAttributeConverter })
  viewer?: Viewer | null;

  /** Which view: `overview` (default), `genogram`, `timeline`, `network` or `consent`. */
  @property()
  view: string = 'overview';

  /** Show the family as it was on this date (stored; time travel comes later). */
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

  private display: DisplayState = { kind: 'empty' };
  /** The input whose errors were last reported, so `fv-invalid` fires once per document. */
  private reportedInput: unknown;
  private pendingInvalid?: FvValidationError[];
  private fetchController?: AbortController;
  /** Labels are left out while zoomed out too far to read them; follows the zoom. */
  @state()
  private labelsHidden = false;
  /** A member that had focus when its node was re-created, to focus again after the render. */
  private refocusId?: string;
  /** The genogram's box as expected before rendering it (see estimateViewSize). */
  private expectedViewSize?: { width: number; height: number };
  private readonly zoom = new GenogramZoomController(this, (scale) => this.onScaleChange(scale));

  override connectedCallback(): void {
    super.connectedCallback();
    // A load cut short by disconnecting starts again when the element comes back.
    if (this.hasUpdated && this.src && !this.source) this.requestUpdate('src');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.source?.status === 'loading') {
      this.fetchController?.abort();
      this.fetchController = undefined;
      this.source = undefined;
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src')) this.startLoading();
    if (changed.has('data') || changed.has('src') || changed.has('viewer') || changed.has('source')) {
      this.display = this.computeDisplay();
      if (this.display.kind === 'genogram') {
        const { model } = this.display;
        if (this.focusId === undefined || !model.members.some((m) => m.id === this.focusId)) {
          this.focusId = model.initialFocusId;
        }
        this.expectedViewSize = this.estimateViewSize();
        const { width, height } = this.expectedViewSize;
        this.labelsHidden = fitScale(model.bounds, width, height) < LABELS_MIN_SCALE;
      } else {
        this.focusId = undefined;
      }
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
    if (this.display.kind !== 'genogram' || !svg || !viewport) {
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
    const requested = toViewName(this.view);
    // Views not built yet show the genogram.
    const shown: FamilyViewName = BUILT_VIEWS.has(requested) ? requested : 'genogram';
    let body: TemplateResult;
    try {
      body = this.renderBody();
    } catch {
      body = this.renderErrors([renderFailure()]);
    }
    return html`<div
      part="base"
      class="base"
      data-view=${shown}
      data-requested-view=${requested}
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
    const hidden = scale < LABELS_MIN_SCALE;
    if (hidden === this.labelsHidden) return;
    // Member nodes are re-created with or without labels: keep keyboard focus where it was.
    const active = this.shadowRoot?.activeElement;
    this.refocusId = active?.getAttribute('data-member-id') ?? undefined;
    this.labelsHidden = hidden;
  }

  private isAdmin(): boolean {
    return parseViewer(this.viewer)?.kind === 'admin';
  }

  private computeDisplay(): DisplayState {
    const source = this.src ? this.source : undefined;
    if (this.src && (!source || source.status === 'loading')) return { kind: 'loading' };
    // A failed load stands in for the document: each failure is reported once.
    const input: unknown = source?.status === 'failed' ? source : source?.status === 'loaded' ? source.data : this.data;
    if (this.reportedInput !== input) this.reportedInput = undefined;
    if (source?.status === 'failed') return this.invalid([source.error], source);
    if (input === undefined || input === null) return { kind: 'empty' };

    // Until redaction lands, nothing of the document is even read for anyone but an admin.
    const viewer = parseViewer(this.viewer);
    if (!viewer) return { kind: 'restricted', reason: 'no-viewer' };
    if (viewer.kind !== 'admin') return { kind: 'restricted', reason: 'viewer-not-supported' };

    try {
      const result = validate(input);
      if (!result.ok) return this.invalid(result.errors, input);
      const model = buildGenogramModel(result.document, layoutGenogram(result.document));
      return { kind: 'genogram', model, navigator: new MemberNavigator(model.members) };
    } catch {
      return this.invalid([renderFailure()], input);
    }
  }

  private invalid(errors: FvValidationError[], input: unknown): DisplayState {
    if (this.reportedInput !== input) {
      this.reportedInput = input;
      this.pendingInvalid = errors.map(({ path, message, code }) => ({ path, message, code }));
    }
    return { kind: 'invalid', errors };
  }

  private startLoading(): void {
    this.fetchController?.abort();
    this.fetchController = undefined;
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
      if (result.ok) this.source = { url, status: 'loaded', data: result.data };
      else if ('error' in result) this.source = { url, status: 'failed', error: result.error };
    });
  }

  private renderBody(): TemplateResult {
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
        return this.renderNotice(display.reason);
      case 'invalid':
        return this.renderErrors(display.errors);
      case 'genogram':
        return this.renderGenogram(display.model);
    }
  }

  private renderNotice(reason: 'no-viewer' | 'viewer-not-supported'): TemplateResult {
    const [title, text] =
      reason === 'no-viewer'
        ? [
            msg('Who is looking?', { id: 'notice.no-viewer.title' }),
            msg('Nothing personal is shown until the page tells this view who is looking (the viewer).', {
              id: 'notice.no-viewer.text',
            }),
          ]
        : [
            msg('This view is not available yet', { id: 'notice.not-available.title' }),
            msg('So far the family can be shown only in the administrator view.', { id: 'notice.not-available.text' }),
          ];
    return html`<div part="notice" class="notice" role="status">
      <p class="notice-title">${title}</p>
      <p class="notice-text">${text}</p>
    </div>`;
  }

  private renderErrors(errors: readonly FvValidationError[]): TemplateResult {
    return html`<div part="error" class="error" role="alert">
      <h2 class="error-heading">${msg('The family cannot be shown', { id: 'error.heading' })}</h2>
      <p class="error-intro">${msg('The family document has these problems:', { id: 'error.intro' })}</p>
      <ul class="error-list">
        ${errors.map(
          (error) => html`<li class="error-item" data-error-code=${error.code}>
            <span class="error-message">${error.message}</span>
            <span class="error-path"
              >${msg('Path:', { id: 'error.path' })}
              <code>${error.path === '' ? msg('(the whole document)', { id: 'error.path.root' }) : error.path}</code></span
            >
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderGenogram(model: GenogramModel): TemplateResult {
    return html`<div part="stage" class="stage">
        ${renderGenogramSvg(model, {
          focusId: this.focusId,
          labelsHidden: this.labelsHidden,
          handlers: { click: this.onGenogramClick, keydown: this.onGenogramKeydown, focusin: this.onGenogramFocusin },
        })}
        <div part="controls" class="controls" role="group" aria-label=${msg('Zoom', { id: 'genogram.zoom' })}>
          <button type="button" @click=${() => this.zoom.zoomIn()}>${msg('Zoom in', { id: 'genogram.zoom-in' })}</button>
          <button type="button" @click=${() => this.zoom.zoomOut()}>${msg('Zoom out', { id: 'genogram.zoom-out' })}</button>
          <button type="button" @click=${() => this.zoom.fit()}>${msg('Fit to view', { id: 'genogram.fit' })}</button>
          <button type="button" @click=${() => this.zoom.reset()}>${msg('Reset', { id: 'genogram.reset' })}</button>
        </div>
      </div>
      ${renderLegend(model.legend)}`;
  }

  private readonly onGenogramClick = (event: MouseEvent): void => {
    const id = memberIdOf(event.target);
    if (id !== undefined) this.dispatchEvent(createSelectEvent({ type: 'member', id }));
  };

  private readonly onGenogramKeydown = (event: KeyboardEvent): void => {
    const id = memberIdOf(event.target);
    if (id === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault(); // Space would scroll the page
      this.dispatchEvent(createSelectEvent({ type: 'member', id }));
    } else if (isNavigationKey(event.key) && this.display.kind === 'genogram') {
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
    if (this.display.kind !== 'genogram') return;
    const node = this.renderRoot.querySelector<SVGGElement>(`[data-member-id="${CSS.escape(id)}"]`);
    if (!node) return;
    // The drawing pans instead of the page scrolling.
    node.focus({ preventScroll: true });
    const member = this.display.model.members.find((m) => m.id === id);
    if (member) this.zoom.reveal(member);
  }
}

function memberIdOf(target: EventTarget | null): string | undefined {
  if (!(target instanceof Element)) return undefined;
  return target.closest('[data-member-id]')?.getAttribute('data-member-id') ?? undefined;
}

function renderFailure(): FvValidationError {
  return {
    path: '',
    code: 'render-failed',
    message: msg('The family could not be drawn.', { id: 'error.render-failed' }),
  };
}
