/**
 * A phone number or e-mail address as a link when it is safe to dial or mail (see
 * `telHref` / `mailtoHref`), else as plain text. Shared by the network view and the
 * member details panel.
 */
import { html, type TemplateResult } from 'lit';
import { mailtoHref, telHref } from './network-words.js';

export function phoneLink(phone: string): TemplateResult {
  const href = telHref(phone);
  return href === undefined ? html`${phone}` : html`<a href=${href}>${phone}</a>`;
}

export function emailLink(email: string): TemplateResult {
  const href = mailtoHref(email);
  return href === undefined ? html`${email}` : html`<a href=${href}>${email}</a>`;
}
