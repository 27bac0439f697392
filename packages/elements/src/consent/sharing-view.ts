/**
 * The consent overlay drawn: a row of small squares under each member, one per scope
 * (filled = shared with you, empty with a slash = not shared), each with a tooltip; the
 * same words as the member's accessible description; and a panel that spells them out
 * for the member in focus.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg, str } from '../localization.js';
import type { GenogramModel, MemberView } from '../genogram/genogram-model.js';
import type { MemberOverlay } from '../genogram/genogram-svg.js';
import { placeholderName } from '../genogram/member-text.js';
import { audienceText, dateText, scopeName } from './consent-words.js';
import type { ScopeSharing, SharingOverlay, SharingReason } from './sharing-overlay.js';

const BADGE = 7;
const GAP = 2;

export function sharingReasonText(reason: SharingReason, locale: string): string {
  switch (reason.kind) {
    case 'admin':
      return msg('Administrator view', { id: 'sharing.reason.admin' });
    case 'self':
      return msg('This is you', { id: 'sharing.reason.self' });
    case 'guardian':
      return msg('You are their guardian', { id: 'sharing.reason.guardian' });
    case 'own-service': {
      if (reason.service === undefined) return msg('Your organisation provides one of their services', { id: 'sharing.reason.own-service-unnamed' });
      const service = reason.service;
      return msg(str`Your organisation provides their service ${service}`, { id: 'sharing.reason.own-service' });
    }
    case 'consent': {
      if (reason.audience.length === 0) return msg('Shared with you by consent', { id: 'sharing.reason.consent-plain' });
      const audience = audienceText(reason.audience, locale);
      if (reason.until === undefined) return msg(str`Shared with you by consent to ${audience}`, { id: 'sharing.reason.consent' });
      const until = dateText(reason.until, locale);
      return msg(str`Shared with you by consent to ${audience}, until ${until}`, { id: 'sharing.reason.consent-until' });
    }
    case 'not-shared':
      return msg('Not shared with you', { id: 'sharing.reason.not-shared' });
  }
}

function scopeLine(sharing: ScopeSharing, locale: string): string {
  const scope = scopeName(sharing.scope);
  const reason = sharingReasonText(sharing.reason, locale);
  return msg(str`${scope}: ${reason}`, { id: 'sharing.scope-line' });
}

function badges(sharing: readonly ScopeSharing[], y: number, locale: string): SVGTemplateResult {
  const left = -(sharing.length * BADGE + (sharing.length - 1) * GAP) / 2;
  return svg`<g class="sharing" aria-hidden="true">${sharing.map((s, i) => {
    const x = left + i * (BADGE + GAP);
    const square = `M${x} ${y}h${BADGE}v${BADGE}h${-BADGE}Z`;
    // Not shared: the empty square is crossed out, so the difference is never colour alone.
    const d = s.shared ? square : `${square}M${x} ${y + BADGE}L${x + BADGE} ${y}`;
    return svg`<g class="sharing-scope" data-scope=${s.scope} data-shared=${String(s.shared)}><title>${scopeLine(
      s,
      locale,
    )}</title><path class=${`sharing-badge ${s.shared ? 'sharing-badge--shared' : 'sharing-badge--hidden'}`} d=${d}></path></g>`;
  })}</g>`;
}

/** The overlay per member id, ready for `renderGenogramSvg`. */
export function sharingMarks(model: GenogramModel, overlay: SharingOverlay, locale: string): Map<string, MemberOverlay> {
  // Under the two label lines; a placeholder has no label, so right under its symbol.
  const underLabels = model.labelOffset + 34;
  const underSymbol = model.symbolSize / 2 + 6;
  const marks = new Map<string, MemberOverlay>();
  for (const member of model.members) {
    const sharing = overlay.get(member.id);
    if (!sharing) continue;
    marks.set(member.id, {
      marks: badges(sharing, member.placeholder ? underSymbol : underLabels, locale),
      ...(!member.placeholder && { description: sharingDescription(sharing, locale) }),
    });
  }
  return marks;
}

export function sharingDescription(sharing: readonly ScopeSharing[], locale: string): string {
  return sharing.map((s) => scopeLine(s, locale)).join('. ');
}

/** The panel beside the drawing: what is shared of the member in focus, and why. */
export function renderSharingDetails(member: MemberView | undefined, sharing: readonly ScopeSharing[] | undefined, locale: string): TemplateResult {
  const who = member === undefined ? undefined : member.placeholder ? placeholderName() : member.name;
  return html`<section part="consent-details" class="consent-details" aria-labelledby="fv-consent-details-heading">
    <h2 id="fv-consent-details-heading" class="panel-heading">
      ${who === undefined
        ? msg('What is shared with you', { id: 'sharing.details.heading' })
        : msg(str`What is shared with you: ${who}`, { id: 'sharing.details.heading-member' })}
    </h2>
    <p class="panel-intro">
      ${msg(
        'The squares under each person, left to right: name and birthday, family relations, services, meetings, goals, notes, address and phone. A filled square is shared with you; an empty, crossed-out square is not.',
        { id: 'sharing.details.key' },
      )}
    </p>
    ${sharing === undefined
      ? nothing
      : html`<ul class="sharing-list">
          ${sharing.map(
            (s) => html`<li class=${`sharing-item ${s.shared ? 'sharing-item--shared' : 'sharing-item--hidden'}`} data-scope=${s.scope}>
              <span class="sharing-mark" aria-hidden="true">${s.shared ? '■' : '□'}</span>
              <span class="sharing-scope-name">${scopeName(s.scope)}:</span>
              <span class="sharing-reason">${sharingReasonText(s.reason, locale)}</span>
            </li>`,
          )}
        </ul>`}
  </section>`;
}
