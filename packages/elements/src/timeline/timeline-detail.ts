/**
 * The detail card beside the chart: what the bar or marker under the pointer or the
 * keyboard focus is — the service's name, organisation, responsible worker, periods,
 * intensity and status, and the member's doors per year; or the meeting's title, kind,
 * status, date and place. A live region, so moving the focus reads it out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../localization.js';
import type { ServiceInfo, TimelineItemRef, TimelineLane, TimelineModel } from './timeline-model.js';
import {
  doorsText,
  eventKindName,
  eventStatusName,
  formatDate,
  periodText,
  sectorLetter,
  sectorTitle,
  statusName,
} from './timeline-words.js';

function row(term: string, value: TemplateResult | string | undefined): TemplateResult | typeof nothing {
  if (value === undefined || value === '') return nothing;
  return html`<div class="detail-row"><dt>${term}</dt><dd>${value}</dd></div>`;
}

function doorsList(lane: TimelineLane, locale: string): TemplateResult | typeof nothing {
  if (lane.doors.length === 0) return nothing;
  return html`<p class="detail-doors-heading">${msg('How many doors, by year', { id: 'timeline.detail.doors' })}</p>
    <ul class="detail-doors">
      ${lane.doors.map((door) => html`<li class=${lane.peak === door ? 'detail-doors-peak' : ''}>${doorsText(door, locale)}</li>`)}
    </ul>`;
}

/** The responsible worker with their title: "Sam Worker (Social worker)". */
export function workerText(service: Pick<ServiceInfo, 'responsibleName' | 'responsibleTitle'>): string | undefined {
  const { responsibleName: name, responsibleTitle: title } = service;
  return name === undefined ? undefined : title === undefined ? name : msg(str`${name} (${title})`, { id: 'timeline.detail.worker-title' });
}

function serviceCard(model: TimelineModel, index: number, locale: string): TemplateResult | typeof nothing {
  const bar = model.bars[index];
  const service = bar && model.services.get(bar.serviceId);
  const lane = bar && model.lanes[bar.lane];
  if (!bar || !service || !lane) return nothing;
  const worker = workerText(service);
  const periods = service.periods.filter((p) => p.start || p.end);
  return html`<div class="detail-card" data-service-id=${service.id}>
    <h3 class="detail-title">${service.name}</h3>
    <dl class="detail-list">
      ${row(msg('Status', { id: 'timeline.detail.status' }), statusName(service.status))}
      ${row(
        msg('Sector', { id: 'timeline.detail.sector' }),
        html`<span class=${`sector-chip sector--${service.sector}`} aria-hidden="true">${sectorLetter(service.sector)}</span>
          ${sectorTitle(service.sector)}`,
      )}
      ${row(msg('Organisation', { id: 'timeline.detail.organisation' }), service.organizationName)}
      ${row(msg('Responsible worker', { id: 'timeline.detail.worker' }), worker)}
      ${row(
        msg('Periods', { id: 'timeline.detail.periods' }),
        periods.length === 0
          ? undefined
          : html`<ul class="detail-periods">${periods.map((p) => html`<li>${periodText(p, locale)}</li>`)}</ul>`,
      )}
      ${row(msg('Applied', { id: 'timeline.detail.applied' }), service.applied && formatDate(service.applied, locale))}
      ${row(msg('Intensity', { id: 'timeline.detail.intensity' }), service.intensity)}
      ${row(msg('For', { id: 'timeline.detail.member' }), lane.name)}
    </dl>
    ${doorsList(lane, locale)}
  </div>`;
}

function eventCard(model: TimelineModel, index: number, locale: string): TemplateResult | typeof nothing {
  const marker = model.events[index];
  const info = marker && model.eventInfo.get(marker.eventId);
  const lane = marker && model.lanes[marker.lane];
  if (!marker || !info || !lane) return nothing;
  return html`<div class="detail-card" data-event-id=${info.id}>
    <h3 class="detail-title">${info.title}</h3>
    <dl class="detail-list">
      ${row(msg('Status', { id: 'timeline.detail.status' }), eventStatusName(info.status))}
      ${row(msg('Kind', { id: 'timeline.detail.kind' }), eventKindName(info.kind))}
      ${row(msg('Date', { id: 'timeline.detail.date' }), formatDate(info.start, locale))}
      ${row(msg('Place', { id: 'timeline.detail.place' }), info.location)}
      ${row(msg('For', { id: 'timeline.detail.member' }), lane.name)}
    </dl>
  </div>`;
}

export function renderTimelineDetail(model: TimelineModel, ref: TimelineItemRef | undefined, locale: string): TemplateResult {
  const card = ref === undefined ? nothing : ref.kind === 'bar' ? serviceCard(model, ref.index, locale) : eventCard(model, ref.index, locale);
  return html`<div part="timeline-detail" class="timeline-detail" aria-live="polite">
    ${card === nothing
      ? html`<p class="detail-hint">${msg('Point at a service or meeting, or move to it with the keyboard, to see its details here.', { id: 'timeline.detail.hint' })}</p>`
      : card}
  </div>`;
}
