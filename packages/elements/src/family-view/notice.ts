/**
 * Why nothing of the family is shown: no viewer, a viewer the document does not know, or
 * a viewer with whom nothing is shared. Never a word from the document.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../localization.js';

export type NoticeReason = 'no-viewer' | 'unknown-viewer' | 'nothing-shared';

function noticeWords(reason: NoticeReason): [title: string, text: string] {
  switch (reason) {
    case 'no-viewer':
      return [
        msg('Who is looking?', { id: 'notice.no-viewer.title' }),
        msg('Nothing personal is shown until the page tells this view who is looking (the viewer).', {
          id: 'notice.no-viewer.text',
        }),
      ];
    case 'unknown-viewer':
      return [
        msg("Not part of this family's network", { id: 'notice.unknown-viewer.title' }),
        msg("The viewer is not part of this family's network, so nothing about the family is shown.", {
          id: 'notice.unknown-viewer.text',
        }),
      ];
    case 'nothing-shared':
      return [
        msg('Nothing is shared with you', { id: 'notice.nothing-shared.title' }),
        msg('Nothing about this family has been shared with you.', { id: 'notice.nothing-shared.text' }),
      ];
  }
}

export function renderNotice(reason: NoticeReason): TemplateResult {
  const [title, text] = noticeWords(reason);
  return html`<div part="notice" class="notice" role="status" data-reason=${reason}>
    <p class="notice-title">${title}</p>
    <p class="notice-text">${text}</p>
  </div>`;
}
