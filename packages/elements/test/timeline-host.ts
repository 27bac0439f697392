/**
 * A test-only host for the services timeline: a LitElement that calls the timeline's
 * render function and controller the way `<family-view>` does, with the element's
 * styles. Mounting goes through core's `redact`, as the element's does.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { fixture } from '@open-wc/testing';
import { settle } from './helpers.js';
import { redact, type FamilyDocument, type Viewer } from '@family-view/core';
import { familyViewStyles } from '../src/family-view/family-view.styles.js';
import { legendStyles } from '../src/legend/legend.styles.js';
import { buildTimelineModel, type TimelineModel } from '../src/timeline/timeline-model.js';
import { TimelineController, type TimelineSelection } from '../src/timeline/timeline-controller.js';
import { timelineStyles } from '../src/timeline/timeline.styles.js';
import { themeTokenStyles } from '../src/theme/tokens.styles.js';

export class TimelineTestHost extends LitElement {
  // The tokens first, as in <family-view>: the styles read their private copies.
  static override styles = [themeTokenStyles, familyViewStyles, legendStyles, timelineStyles];

  @property({ attribute: false }) model?: TimelineModel;
  @property({ attribute: false }) locale = 'en';
  @property({ attribute: false }) selectedMemberId?: string;
  @property({ attribute: false }) selectedServiceId?: string;
  @property({ attribute: false }) markDate?: number;

  readonly timeline = new TimelineController(this);
  readonly selections: TimelineSelection[] = [];

  protected override render(): TemplateResult | typeof nothing {
    if (!this.model) return nothing;
    return html`${this.timeline.render(this.model, {
      locale: this.locale,
      selectedMemberId: this.selectedMemberId,
      selectedServiceId: this.selectedServiceId,
      markDate: this.markDate,
      onSelect: (selection) => this.selections.push(selection),
    })}`;
  }
}

if (!customElements.get('fv-timeline-test-host')) customElements.define('fv-timeline-test-host', TimelineTestHost);

export const ADMIN_VIEWER: Viewer = { kind: 'admin' };

export interface MountedTimeline {
  host: TimelineTestHost;
  root: ShadowRoot;
  model: TimelineModel;
  /** The redacted document the timeline was built from. */
  shown: FamilyDocument;
}

/** Redacts `document` for `viewer`, builds the model (lanes in document order) and renders it, settled. */
export async function mountTimeline(document: unknown, viewer: Viewer = ADMIN_VIEWER, locale = 'en'): Promise<MountedTimeline> {
  const shown = redact(document as FamilyDocument, viewer);
  const model = buildTimelineModel(shown, shown.members.map((m) => m.id));
  const host = await fixture<TimelineTestHost>(html`<fv-timeline-test-host .model=${model} .locale=${locale}></fv-timeline-test-host>`);
  await settle(host);
  return { host, root: host.shadowRoot!, model, shown };
}

