/**
 * `view="consent"`: one table per member shown, one row group per scope of their data,
 * one row per consent (`data-consent-id`) or restriction (`data-restriction-id`) that
 * covers it — who may see it (or may not, and why), for which period, and the state at
 * the document's date in words and a shape.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../localization.js';
import type { ConsentEntry, ConsentViewModel, MemberConsents, RestrictionEntry, ScopeConsents } from './consent-model.js';
import { EXPIRING_WITHIN_DAYS } from './consent-state.js';
import {
  audienceText,
  consentStateName,
  dateText,
  periodText,
  reasonLabel,
  restrictionStateName,
  scopeName,
} from './consent-words.js';
import { stateIcon } from './state-icon.js';

export function renderConsentView(model: ConsentViewModel, locale: string): TemplateResult {
  const date = dateText(model.asOf, locale);
  const days = EXPIRING_WITHIN_DAYS;
  return html`<section part="consent" class="consent" aria-labelledby="fv-consent-heading">
    <h2 id="fv-consent-heading" class="panel-heading">${msg('Who may see what', { id: 'consent.heading' })}</h2>
    <p class="panel-intro">
      ${msg(str`Consents and restrictions on ${date}. A consent that ends within ${days} days is marked as expiring soon.`, {
        id: 'consent.intro',
      })}
    </p>
    ${model.members.map((member) => memberTable(member, locale))}
  </section>`;
}

function memberTable(member: MemberConsents, locale: string): TemplateResult {
  return html`<table part="consent-table" class="consent-table" data-subject-id=${member.memberId}>
    <caption>
      ${member.name}
    </caption>
    <thead>
      <tr>
        <th scope="col">${msg('Information', { id: 'consent.column.scope' })}</th>
        <th scope="col">${msg('Who may see it', { id: 'consent.column.audience' })}</th>
        <th scope="col">${msg('Period', { id: 'consent.column.period' })}</th>
        <th scope="col">${msg('State', { id: 'consent.column.state' })}</th>
      </tr>
    </thead>
    ${member.scopes.map((scope) => scopeRows(scope, locale))}
  </table>`;
}

function scopeRows(scope: ScopeConsents, locale: string): TemplateResult {
  const header = html`<th scope="rowgroup" rowspan=${Math.max(1, scope.entries.length)}>${scopeName(scope.scope)}</th>`;
  if (scope.entries.length === 0) {
    return html`<tbody data-scope=${scope.scope}>
      <tr class="consent-none">
        ${header}
        <td colspan="3">${msg('No consent or restriction recorded', { id: 'consent.none' })}</td>
      </tr>
    </tbody>`;
  }
  return html`<tbody data-scope=${scope.scope}>
    ${scope.entries.map((entry, i) => {
      const first = i === 0 ? header : null;
      return entry.kind === 'consent' ? consentRow(entry, first, locale) : restrictionRow(entry, first, locale);
    })}
  </tbody>`;
}

function consentRow(entry: ConsentEntry, header: TemplateResult | null, locale: string): TemplateResult {
  const audience = audienceText(entry.audience, locale);
  const grantedBy = entry.grantedBy === undefined ? undefined : audienceText([entry.grantedBy], locale);
  return html`<tr class=${`consent-entry consent-entry--${entry.state}`} data-consent-id=${entry.consentId} data-state=${entry.state}>
    ${header}
    <td>
      ${audience}${grantedBy === undefined
        ? null
        : html`<span class="consent-granted-by">${msg(str`Given by ${grantedBy}`, { id: 'consent.granted-by' })}</span>`}
    </td>
    <td>${periodText(entry.period, locale)}</td>
    <td><span class="consent-state">${stateIcon(entry.state)}${consentStateName(entry.state)}</span></td>
  </tr>`;
}

function restrictionRow(entry: RestrictionEntry, header: TemplateResult | null, locale: string): TemplateResult {
  const audience = audienceText(entry.audience, locale);
  const reason = reasonLabel(entry.reason);
  return html`<tr class=${`restriction-entry restriction-entry--${entry.state}`} data-restriction-id=${entry.restrictionId} data-state=${entry.state}>
    ${header}
    <td>
      ${msg(str`Not for ${audience}`, { id: 'consent.restriction.audience' })}
      <span class="restriction-reason">${msg(str`Reason: ${reason}`, { id: 'consent.restriction.reason' })}</span>
    </td>
    <td>${periodText(entry.period, locale)}</td>
    <td><span class="consent-state">${stateIcon(`restriction-${entry.state}`)}${restrictionStateName(entry.state)}</span></td>
  </tr>`;
}
