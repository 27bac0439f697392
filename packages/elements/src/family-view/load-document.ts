/**
 * Fetches a family document for the `src` attribute. Never rejects: a failure comes back
 * as what went wrong, and `loadError` words it as a validation error (path "" = the whole
 * document) so it is shown in the error box like invalid data. The words are made when
 * shown, not when the fetch ends, so they are in the element's language of that moment.
 */
import { msg, str } from '../localization.js';
import type { FvValidationError } from '../events.js';

export type LoadFailure =
  | { code: 'fetch-failed'; url: string }
  | { code: 'fetch-status'; url: string; status: number }
  | { code: 'invalid-json'; url: string };

export type LoadResult = { ok: true; data: unknown } | { ok: false; failure: LoadFailure } | { ok: false; aborted: true };

export async function loadFamilyDocument(url: string, signal: AbortSignal): Promise<LoadResult> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
  } catch {
    if (signal.aborted) return { ok: false, aborted: true };
    return { ok: false, failure: { code: 'fetch-failed', url } };
  }
  if (!response.ok) return { ok: false, failure: { code: 'fetch-status', url, status: response.status } };
  try {
    return { ok: true, data: (await response.json()) as unknown };
  } catch {
    if (signal.aborted) return { ok: false, aborted: true };
    return { ok: false, failure: { code: 'invalid-json', url } };
  }
}

/** The failure as an error for the error box and `fv-invalid`, in the active language. */
export function loadError(failure: LoadFailure): FvValidationError {
  const { code, url } = failure;
  switch (code) {
    case 'fetch-failed':
      return { path: '', code, message: msg(str`The family document could not be loaded from ${url}.`, { id: 'error.fetch-failed' }) };
    case 'fetch-status': {
      const status = failure.status;
      return {
        path: '',
        code,
        message: msg(str`The family document could not be loaded from ${url} (HTTP status ${status}).`, { id: 'error.fetch-status' }),
      };
    }
    case 'invalid-json':
      return { path: '', code, message: msg(str`The file at ${url} is not valid JSON.`, { id: 'error.invalid-json' }) };
  }
}
