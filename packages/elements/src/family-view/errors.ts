/**
 * Problems with the family document, as the viewer may see them. A validation message may
 * quote a value of the document ("…got \"Hanna Ahonen\""), and an invalid document cannot
 * be redacted; so only viewers who work with the data (admin, professional, organisation)
 * get the messages. A member (the family's portal) or no viewer gets the path and the code
 * with a generic sentence per code — in the error box and in `fv-invalid` alike, because
 * the host page that hears the event is the page the viewer looks at.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '../localization.js';
import type { Viewer } from '@family-view/core';
import type { FvValidationError } from '../events.js';

export function mayReadErrorMessages(viewer: Viewer | undefined): boolean {
  return viewer?.kind === 'admin' || viewer?.kind === 'professional' || viewer?.kind === 'organization';
}

/** Path and code always; the message only for viewers who may read it, else a generic one. */
export function errorsForViewer(errors: readonly FvValidationError[], viewer: Viewer | undefined): FvValidationError[] {
  const full = mayReadErrorMessages(viewer);
  return errors.map(({ path, code, message }) => ({ path, code, message: full ? message : genericErrorMessage(code) }));
}

/** A sentence that says what kind of problem it is without quoting anything. */
export function genericErrorMessage(code: string): string {
  switch (code) {
    case 'required':
      return msg('Something required is missing.', { id: 'error.generic.required' });
    case 'type':
    case 'enum':
    case 'pattern':
    case 'empty':
    case 'invalid':
    case 'invalid-date':
      return msg('A value is not in the expected form.', { id: 'error.generic.form' });
    case 'unknown-property':
      return msg('The document has a field that is not part of the family document.', { id: 'error.generic.unknown-property' });
    case 'too-few':
    case 'too-many':
      return msg('A list has too few or too many items.', { id: 'error.generic.count' });
    case 'duplicate-id':
      return msg('Two entries have the same identifier.', { id: 'error.generic.duplicate-id' });
    case 'unresolved-reference':
    case 'wrong-reference-kind':
      return msg('An entry refers to something that is not there.', { id: 'error.generic.reference' });
    case 'parentage-cycle':
    case 'self-parent':
      return msg('The parent and child links go round in a circle.', { id: 'error.generic.cycle' });
    case 'period-order':
    case 'history-order':
      return msg('Dates are in the wrong order.', { id: 'error.generic.order' });
    case 'same-partner':
    case 'same-member':
    case 'bond-direction':
      return msg('A relationship does not join two different people correctly.', { id: 'error.generic.relationship' });
    case 'not-an-object':
    case 'not-json':
    case 'too-deep':
    case 'too-large':
    case 'unsupported-version':
    case 'invalid-json':
      return msg('The family document cannot be read.', { id: 'error.generic.unreadable' });
    case 'fetch-failed':
    case 'fetch-status':
      return msg('The family document could not be loaded.', { id: 'error.generic.fetch' });
    case 'render-failed':
      return msg('The family could not be drawn.', { id: 'error.render-failed' });
    case 'too-many-errors':
      return msg('There are more problems than can be listed.', { id: 'error.generic.too-many' });
    default:
      return msg('The family document has a problem.', { id: 'error.generic.other' });
  }
}

export function renderFailure(): FvValidationError {
  return { path: '', code: 'render-failed', message: msg('The family could not be drawn.', { id: 'error.render-failed' }) };
}

export function renderErrors(errors: readonly FvValidationError[]): TemplateResult {
  return html`<div part="error" class="error" role="alert">
    <h2 class="error-heading">${msg('The family cannot be shown', { id: 'error.heading' })}</h2>
    <p class="error-intro">${msg('The family document has these problems:', { id: 'error.intro' })}</p>
    <ul class="error-list">
      ${errors.map(
        (error) => html`<li class="error-item" data-error-code=${error.code}>
          <span class="error-message">${error.message}</span>
          <span class="error-path"
            >${msg('Path:', { id: 'error.path' })}
            <code>${error.path === '' ? msg('(the whole document)', { id: 'error.path.root' }) : error.path}</code></span
          >
        </li>`,
      )}
    </ul>
  </div>`;
}
