/**
 * Fetches a family document for the `src` attribute. Never rejects: failures come back
 * as an error in the same shape as a validation error (path "" = the whole document),
 * so they are shown in the error box like invalid data.
 */
import { msg, str } from '../localization.js';
import type { FvValidationError } from '../events.js';

export type LoadResult = { ok: true; data: unknown } | { ok: false; error: FvValidationError } | { ok: false; aborted: true };

export async function loadFamilyDocument(url: string, signal: AbortSignal): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    if (signal.aborted) return { ok: false, aborted: true };
    return failure('fetch-failed', msg(str`The family document could not be loaded from ${url}.`, { id: 'error.fetch-failed' }));
  }
  if (!response.ok) {
    const status = response.status;
    return failure(
      'fetch-status',
      msg(str`The family document could not be loaded from ${url} (HTTP status ${status}).`, { id: 'error.fetch-status' }),
    );
  }
  try {
    return { ok: true, data: (await response.json()) as unknown };
  } catch {
    if (signal.aborted) return { ok: false, aborted: true };
    return failure('invalid-json', msg(str`The file at ${url} is not valid JSON.`, { id: 'error.invalid-json' }));
  }
}

function failure(code: string, message: string): LoadResult {
  return { ok: false, error: { path: '', code, message } };
}
