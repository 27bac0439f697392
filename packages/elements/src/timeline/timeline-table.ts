/**
 * The services timeline as tables: the text alternative behind the timeline's "Show as
 * table" toggle. Built from the same `TimelineModel` as the chart, so it lists exactly
 * the bars and markers the chart draws, lane by lane (member by member, in lane order):
 *
 * - services: one row per bar — a period of a service for a member (`data-service-id`) —
 *   with the organisation, the responsible worker, sector and status in words, start, end
 *   (or no end date) and intensity, and whether it ran on the date the slider shows;
 * - meetings and events: one row per marker (`data-event-id`) with date, title, kind and
 *   status.
 *
 * Each table's member column is a row group header, as in the consent view. The names of
 * services and events are buttons that select them, as a click on the bar does. Each
 * table scrolls sideways in its own focusable, named region on a narrow screen.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ParsedPartialDate } from '@family-view/core';
import { msg, str } from '../localization.js';
import type { EventInfo, ServiceInfo, TimelineBar, TimelineEventMarker, TimelineLane, TimelineModel } from './timeline-model.js';
import { workerText } from './timeline-detail.js';
import { eventKindName, eventStatusName, formatDate, formatDay, peakDoorsText, sectorTitle, statusName } from './timeline-words.js';

const SERVICES_CAPTION_ID = 'fv-timeline-services-caption';
const EVENTS_CAPTION_ID = 'fv-timeline-events-caption';

export interface ServiceRow {
  bar: TimelineBar;
  service: ServiceInfo;
  /** The period the bar draws; undefined for a waiting bar or an undated planned one (they start at `applied`). */
  period: { start: ParsedPartialDate | undefined; end: ParsedPartialDate | undefined } | undefined;
}

export interface EventRow {
  marker: TimelineEventMarker;
  info: EventInfo;
}

export interface TimelineTableGroup {
  lane: TimelineLane;
  services: ServiceRow[];
  events: EventRow[];
}

/** Per lane, in lane order, its bars and markers (time order) as table rows. Pure. */
export function timelineTableGroups(model: TimelineModel): TimelineTableGroup[] {
  return model.lanes.map((lane) => {
    const services: ServiceRow[] = [];
    for (let i = lane.firstBar; i < lane.firstBar + lane.barCount; i++) {
      const bar = model.bars[i];
      const service = bar && model.services.get(bar.serviceId);
      if (!bar || !service) continue;
      services.push({ bar, service, period: bar.periodIndex === undefined ? undefined : service.periods[bar.periodIndex] });
    }
    const events: EventRow[] = [];
    for (let i = lane.firstEvent; i < lane.firstEvent + lane.eventCount; i++) {
      const marker = model.events[i];
      const info = marker && model.eventInfo.get(marker.eventId);
      if (marker && info) events.push({ marker, info });
    }
    return { lane, services, events };
  });
}

export interface TimelineTableOptions {
  locale: string;
  /** The date the slider shows (a UTC day number): bars running then say so. */
  markDate?: number | undefined;
  selectedServiceId?: string | undefined;
  /** A service's or event's name button was pressed. */
  select: (type: 'service' | 'event', id: string) => void;
}

function note(text: string): TemplateResult {
  return html`<span class="table-note">${text}</span>`;
}

function memberHeader(lane: TimelineLane, rows: number, locale: string): TemplateResult {
  return html`<th scope="rowgroup" rowspan=${Math.max(1, rows)}>
    ${lane.name}${lane.peak ? html` ${note(peakDoorsText(lane.peak, locale))}` : nothing}
  </th>`;
}

function startCell(row: ServiceRow, locale: string): TemplateResult | string | typeof nothing {
  if (row.period) return row.period.start ? formatDate(row.period.start, locale) : nothing;
  // A waiting (or undated planned) bar starts at the application.
  const applied = row.service.applied;
  return applied ? html`${formatDate(applied, locale)} ${note(msg('applied', { id: 'timeline.table.applied' }))}` : nothing;
}

function endCell(row: ServiceRow, locale: string): string {
  const end = row.period?.end;
  return end ? formatDate(end, locale) : msg('no end date', { id: 'timeline.table.open-end' });
}

function serviceRow(row: ServiceRow, header: TemplateResult | typeof nothing, options: TimelineTableOptions): TemplateResult {
  const { bar, service } = row;
  const { locale, markDate } = options;
  const atMark = markDate !== undefined && bar.start <= markDate && markDate < bar.end;
  const shownDate = markDate === undefined ? '' : formatDay(markDate, locale);
  const selected = service.id === options.selectedServiceId;
  return html`<tr class=${selected ? 'timeline-table-row timeline-table-row--selected' : 'timeline-table-row'} data-service-id=${service.id}>
    ${header}
    <td>
      <button type="button" class="table-select" aria-current=${selected ? 'true' : nothing} @click=${() => options.select('service', service.id)}>
        ${service.name}
      </button>
    </td>
    <td>${service.organizationName ?? nothing}</td>
    <td>${workerText(service) ?? nothing}</td>
    <td>${sectorTitle(service.sector)}</td>
    <td>${statusName(bar.status)}${atMark ? html` ${note(msg(str`in use on ${shownDate}`, { id: 'timeline.table.at-mark' }))}` : nothing}</td>
    <td>${startCell(row, locale)}</td>
    <td>${endCell(row, locale)}</td>
    <td>${service.intensity ?? nothing}</td>
  </tr>`;
}

function servicesTable(groups: readonly TimelineTableGroup[], options: TimelineTableOptions): TemplateResult {
  const { locale } = options;
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby=${SERVICES_CAPTION_ID}>
    <table class="fv-table timeline-table timeline-table--services">
      <caption id=${SERVICES_CAPTION_ID}>
        ${msg('Services of each family member', { id: 'timeline.table.services-caption' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Family member', { id: 'timeline.table.column.member' })}</th>
          <th scope="col">${msg('Service', { id: 'timeline.table.column.service' })}</th>
          <th scope="col">${msg('Organisation', { id: 'timeline.detail.organisation' })}</th>
          <th scope="col">${msg('Responsible worker', { id: 'timeline.detail.worker' })}</th>
          <th scope="col">${msg('Sector', { id: 'timeline.detail.sector' })}</th>
          <th scope="col">${msg('Status', { id: 'timeline.detail.status' })}</th>
          <th scope="col">${msg('Start', { id: 'timeline.table.column.start' })}</th>
          <th scope="col">${msg('End', { id: 'timeline.table.column.end' })}</th>
          <th scope="col">${msg('Intensity', { id: 'timeline.detail.intensity' })}</th>
        </tr>
      </thead>
      ${groups.map(
        (group) => html`<tbody data-lane-member-id=${group.lane.memberId}>
          ${group.services.length === 0
            ? html`<tr class="timeline-table-none">
                ${memberHeader(group.lane, 1, locale)}
                <td colspan="8">${msg('No services shown', { id: 'timeline.table.no-services' })}</td>
              </tr>`
            : group.services.map((row, i) => serviceRow(row, i === 0 ? memberHeader(group.lane, group.services.length, locale) : nothing, options))}
        </tbody>`,
      )}
    </table>
  </div>`;
}

function eventRow(row: EventRow, header: TemplateResult | typeof nothing, options: TimelineTableOptions): TemplateResult {
  const { info } = row;
  return html`<tr class="timeline-table-row" data-event-id=${info.id}>
    ${header}
    <td>${formatDate(info.start, options.locale)}</td>
    <td>
      <button type="button" class="table-select" @click=${() => options.select('event', info.id)}>${info.title}</button>
    </td>
    <td>${eventKindName(info.kind)}</td>
    <td>${eventStatusName(info.status)}</td>
  </tr>`;
}

function eventsTable(groups: readonly TimelineTableGroup[], options: TimelineTableOptions): TemplateResult | typeof nothing {
  const withEvents = groups.filter((group) => group.events.length > 0);
  if (withEvents.length === 0) return nothing;
  return html`<div class="table-scroll" role="region" tabindex="0" aria-labelledby=${EVENTS_CAPTION_ID}>
    <table class="fv-table timeline-table timeline-table--events">
      <caption id=${EVENTS_CAPTION_ID}>
        ${msg('Meetings and events of each family member', { id: 'timeline.table.events-caption' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Family member', { id: 'timeline.table.column.member' })}</th>
          <th scope="col">${msg('Date', { id: 'timeline.detail.date' })}</th>
          <th scope="col">${msg('Meeting or event', { id: 'timeline.table.column.event' })}</th>
          <th scope="col">${msg('Kind', { id: 'timeline.detail.kind' })}</th>
          <th scope="col">${msg('Status', { id: 'timeline.detail.status' })}</th>
        </tr>
      </thead>
      ${withEvents.map(
        (group) => html`<tbody data-lane-member-id=${group.lane.memberId}>
          ${group.events.map((row, i) => eventRow(row, i === 0 ? memberHeader(group.lane, group.events.length, options.locale) : nothing, options))}
        </tbody>`,
      )}
    </table>
  </div>`;
}

export function renderTimelineTable(model: TimelineModel, options: TimelineTableOptions): TemplateResult {
  const groups = timelineTableGroups(model);
  return html`<div part="timeline-table" class="timeline-tables">${servicesTable(groups, options)}${eventsTable(groups, options)}</div>`;
}
