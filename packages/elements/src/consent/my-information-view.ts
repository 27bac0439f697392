/**
 * The family portal's words: a short greeting above the family ("Your family") and the
 * panel "Who can see my information", in short plain sentences.
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../localization.js';
import type { Scope } from '@family-view/core';
import { audienceText, dateText, listText, ownScopeName, reasonForYou } from './consent-words.js';
import type { MyConsent, MyInformationModel, MyRestriction, MyScopeInformation } from './my-information.js';

export function renderMemberIntro(): TemplateResult {
  return html`<header part="member-intro" class="member-intro">
    <h2 class="panel-heading">${msg('Your family', { id: 'member.intro.heading' })}</h2>
    <p class="panel-intro">${msg('This is what is shared with you.', { id: 'member.intro.text' })}</p>
  </header>`;
}

export function renderMyInformation(model: MyInformationModel, locale: string): TemplateResult {
  return html`<section part="my-information" class="my-information" aria-labelledby="fv-my-information-heading">
    <h2 id="fv-my-information-heading" class="panel-heading">${msg('Who can see my information', { id: 'my-information.heading' })}</h2>
    <p class="panel-intro">
      ${msg('For each part of your information: who may see it, until when, and what protects it.', { id: 'my-information.intro' })}
    </p>
    ${model.scopes.map((scope) => scopeSection(scope, locale))}
  </section>`;
}

function scopeSection(info: MyScopeInformation, locale: string): TemplateResult {
  const lines: TemplateResult[] = [];
  if (info.nonDisclosure) {
    lines.push(html`<li class="my-line my-line--protected">
      ${msg('Only you. It is hidden from everyone else for your safety (non-disclosure).', { id: 'my-information.non-disclosure' })}
    </li>`);
  }
  for (const consent of info.consents) lines.push(consentLine(consent, locale));
  if (info.guardiansSee) {
    const guardians = listText(info.guardians, locale);
    lines.push(html`<li class="my-line">
      ${info.guardians.length === 0
        ? msg('Your guardians can see it while you are under 18.', { id: 'my-information.guardians-unnamed' })
        : msg(str`Your guardians can see it while you are under 18: ${guardians}.`, { id: 'my-information.guardians' })}
    </li>`);
  }
  if (info.providersSee) lines.push(providersLine(info.scope, info.providers, locale));
  for (const restriction of info.restrictions) lines.push(restrictionLine(restriction, locale));
  if (lines.length === 0) {
    lines.push(html`<li class="my-line">${msg('No one else has been given permission to see it.', { id: 'my-information.nobody' })}</li>`);
  }
  return html`<section class="my-scope" data-scope=${info.scope}>
    <h3 class="my-scope-heading">${ownScopeName(info.scope)}</h3>
    <ul class="my-lines">
      ${lines}
    </ul>
  </section>`;
}

function consentLine(consent: MyConsent, locale: string): TemplateResult {
  const who = audienceText(consent.audience, locale);
  const until = consent.until === undefined ? undefined : dateText(consent.until, locale);
  const text =
    until === undefined
      ? msg(str`${who} can see it.`, { id: 'my-information.consent' })
      : msg(str`${who} can see it until ${until}.`, { id: 'my-information.consent-until' });
  return html`<li class="my-line" data-consent-id=${consent.consentId}>
    ${text}${consent.state === 'expiring' ? html` <strong>${msg('This ends soon.', { id: 'my-information.ends-soon' })}</strong>` : null}
  </li>`;
}

function restrictionLine(restriction: MyRestriction, locale: string): TemplateResult {
  const who = audienceText(restriction.audience, locale);
  const reason = reasonForYou(restriction.reason);
  const until = restriction.until === undefined ? undefined : dateText(restriction.until, locale);
  const text =
    until === undefined
      ? msg(str`${who} cannot see it, ${reason}.`, { id: 'my-information.restriction' })
      : msg(str`${who} cannot see it until ${until}, ${reason}.`, { id: 'my-information.restriction-until' });
  return html`<li class="my-line my-line--protected" data-restriction-id=${restriction.restrictionId}>${text}</li>`;
}

/** True of every provider; the names are those the member's own view shows. */
function providersLine(scope: Scope, providers: readonly string[], locale: string): TemplateResult {
  const organisations = listText(providers, locale);
  return html`<li class="my-line">
    ${providersSentence(scope)}${providers.length === 0
      ? null
      : html` ${msg(str`Among them: ${organisations}.`, { id: 'my-information.providers.named' })}`}
  </li>`;
}

function providersSentence(scope: Scope): string {
  switch (scope) {
    case 'identity':
      return msg('Organisations that provide your services see your name.', { id: 'my-information.providers.identity' });
    case 'services':
      return msg('Organisations that provide your services see those services.', { id: 'my-information.providers.services' });
    case 'events':
      return msg('Organisations that provide your services see the meetings about those services.', { id: 'my-information.providers.events' });
    default:
      return msg('Organisations that provide your services see the goals about those services.', { id: 'my-information.providers.goals' });
  }
}
