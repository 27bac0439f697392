/**
 * A small shape for each consent and restriction state, always next to the state's name:
 * the shape and the word carry the meaning, colour only helps.
 */
import { html, type TemplateResult } from 'lit';
import type { ConsentState, RestrictionState } from './consent-state.js';

export type StateIcon = ConsentState | `restriction-${RestrictionState}`;

const CIRCLE = 'M2 8a6 6 0 1 0 12 0a6 6 0 1 0 -12 0Z';

const PATHS: Record<StateIcon, string> = {
  // filled circle
  active: CIRCLE,
  // triangle with an exclamation mark
  expiring: 'M8 1.5L15 14.5H1Z M8 6V10 M8 12V12.2',
  // empty circle
  pending: CIRCLE,
  // empty circle, crossed out
  expired: `${CIRCLE} M3.8 12.2L12.2 3.8`,
  // an X
  revoked: 'M3 3L13 13M13 3L3 13',
  // no-entry sign: circle with a bar
  'restriction-active': `${CIRCLE} M4.5 8H11.5`,
  'restriction-pending': `${CIRCLE} M4.5 8H11.5`,
  'restriction-expired': 'M4.5 8H11.5',
};

export function stateIcon(icon: StateIcon): TemplateResult {
  return html`<svg class=${`state-icon state-icon--${icon}`} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"
    focusable="false"><path d=${PATHS[icon]}></path></svg>`;
}
