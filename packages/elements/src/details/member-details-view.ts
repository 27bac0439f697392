/**
 * The details panel of the selected member: a labelled region next to the drawing, with a
 * close button (Escape closes it too, see the element). Plain words; contact details only
 * as the redacted document holds them.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../localization.js';
import type { NetworkContact, NetworkCoordinator } from '@family-view/core';
import { dateText, listText } from '../consent/consent-words.js';
import { memberDetail } from '../genogram/member-text.js';
import { emailLink, phoneLink } from '../network/contact-links.js';
import { serviceStatusName } from '../network/network-words.js';
import type { DetailsService, MemberDetails } from './member-details.js';

export interface MemberDetailsHandlers {
  close(): void;
  selectService(id: string): void;
}

const HEADING_ID = 'fv-details-heading';

/** A language code in words in the reader's language ("fa" → "Persian"); the code when unknown. */
function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function row(label: string, value: TemplateResult | string): TemplateResult {
  return html`<div class="details-row"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function aboutSection(details: MemberDetails, locale: string): TemplateResult {
  const rows: TemplateResult[] = [];
  const age = memberDetail(details.view);
  if (details.view.lifeYears !== undefined) rows.push(row(msg('Years', { id: 'details.years' }), age));
  else if (age !== '') rows.push(row(msg('Age', { id: 'details.age' }), age));
  if (details.languages.length > 0) {
    rows.push(
      row(
        msg('Languages', { id: 'details.languages' }),
        listText(
          details.languages.map((code) => languageName(code, locale)),
          locale,
        ),
      ),
    );
  }
  if (details.needsInterpreter) {
    rows.push(row(msg('Interpreter', { id: 'details.interpreter' }), msg('Needs an interpreter', { id: 'details.interpreter-needed' })));
  }
  if (details.tags.length > 0) rows.push(row(msg('Notes', { id: 'details.tags' }), listText(details.tags, locale)));
  const { phone, email, address } = details.contact;
  if (phone !== undefined) rows.push(row(msg('Phone', { id: 'details.phone' }), phoneLink(phone)));
  if (email !== undefined) rows.push(row(msg('Email', { id: 'details.email' }), emailLink(email)));
  if (address !== undefined) rows.push(row(msg('Address', { id: 'details.address' }), address));
  return rows.length === 0 ? html`` : html`<dl class="details-list">${rows}</dl>`;
}

function contactLine(contact: NetworkContact): TemplateResult {
  return html`${contact.phone === undefined ? nothing : html` · ${phoneLink(contact.phone)}`}${contact.email === undefined
    ? nothing
    : html` · ${emailLink(contact.email)}`}${contact.availability === undefined ? nothing : html` · ${contact.availability}`}`;
}

function coordinatorSection(coordinators: readonly NetworkCoordinator[]): TemplateResult {
  if (coordinators.length === 0) {
    return html`<h4 class="details-subheading">${msg('Whom to call', { id: 'details.whom-to-call' })}</h4>
      <p class="details-empty">${msg('No coordinator is named yet.', { id: 'details.no-coordinator' })}</p>`;
  }
  return html`<h4 class="details-subheading">${msg('Whom to call', { id: 'details.whom-to-call' })}</h4>
    <ul class="details-coordinators">
      ${coordinators.map(
        (c) => html`<li data-coordinator-id=${c.coordinatorId}>
          <p>
            <strong>${c.role ?? msg('Coordinator', { id: 'network.coordinator.generic-role' })}:</strong>
            <span data-professional-id=${c.coordinator.professionalId}>${c.coordinator.name}</span>${contactLine(c.coordinator)}
          </p>
          ${c.backup === undefined
            ? nothing
            : html`<p>
                ${msg(str`When ${c.coordinator.name} is away:`, { id: 'details.backup' })}
                <span data-professional-id=${c.backup.professionalId}>${c.backup.name}</span>${contactLine(c.backup)}
              </p>`}
        </li>`,
      )}
    </ul>`;
}

function serviceItem(service: DetailsService, handlers: MemberDetailsHandlers): TemplateResult {
  return html`<li data-service-id=${service.serviceId}>
    <button type="button" class="details-service" @click=${() => handlers.selectService(service.serviceId)}>${service.name}</button>
    <span class="details-status">(${serviceStatusName(service.status)})</span>
    ${service.organization === undefined ? nothing : html`<span class="details-org">${service.organization}</span>`}
    ${service.worker === undefined
      ? nothing
      : html`<span class="details-worker"
          >${msg(str`Worker: ${service.worker.name}`, { id: 'details.worker' })}${service.worker.phone === undefined
            ? nothing
            : html` · ${phoneLink(service.worker.phone)}`}</span
        >`}
    ${service.intensity === undefined ? nothing : html`<span class="details-intensity">${service.intensity}</span>`}
  </li>`;
}

export function renderMemberDetails(details: MemberDetails, locale: string, handlers: MemberDetailsHandlers): TemplateResult {
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    handlers.close();
  };
  return html`<section
    part="details"
    class="details"
    aria-labelledby=${HEADING_ID}
    data-details-member-id=${details.memberId}
    @keydown=${onKeydown}
  >
    <div class="details-header">
      <h3 id=${HEADING_ID} class="details-heading">${details.view.name}</h3>
      <button type="button" part="details-close" class="details-close" @click=${handlers.close}>
        ${msg('Close details', { id: 'details.close' })}
      </button>
    </div>
    ${aboutSection(details, locale)} ${coordinatorSection(details.coordinators)}
    <h4 class="details-subheading">${msg('Services', { id: 'details.services' })}</h4>
    ${details.services.length === 0
      ? html`<p class="details-empty">${msg('No services to show.', { id: 'details.no-services' })}</p>`
      : html`<ul class="details-services">
          ${details.services.map((s) => serviceItem(s, handlers))}
        </ul>`}
    ${details.ownView.length === 0
      ? nothing
      : html`<h4 class="details-subheading">${msg('In their own words', { id: 'details.own-view' })}</h4>
          <ul class="details-notes">
            ${details.ownView.map(
              (n) => html`<li data-note-id=${n.noteId}>
                <blockquote>${n.text}</blockquote>
                <time datetime=${n.date}>${dateText(n.date, locale)}</time>
              </li>`,
            )}
          </ul>`}
  </section>`;
}
