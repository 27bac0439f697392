/**
 * Registers the elements. Safe to run more than once and from two copies of the bundle
 * on one page: a tag that is already defined is left alone. Touches nothing global but
 * `customElements`, and not even that where it does not exist (server-side imports).
 */
import { FamilyView } from './family-view/family-view.js';

export const FAMILY_VIEW_TAG = 'family-view';

export function defineElements(): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(FAMILY_VIEW_TAG)) customElements.define(FAMILY_VIEW_TAG, FamilyView);
}

defineElements();

declare global {
  interface HTMLElementTagNameMap {
    'family-view': FamilyView;
  }
}
