/**
 * `validate(input, options?)`: is this a family document the widget can show? Checks, in order:
 * that the input is plain JSON data (copying it), the schema version, then the JSON Schema
 * (CSP-safe generated validator) and integrity together: when the schema fails, integrity still
 * checks the parts it found well-formed, so one round lists both kinds of error, schema errors
 * first. Never throws, never mutates `input`. Messages are English unless `options.messages`
 * gives another catalogue.
 */
import schemaValidator from '../validator.generated.js';
import { copyJson } from './copy.js';
import { checkIntegrity } from './integrity.js';
import { withIntegrityErrors } from './integrity-partial.js';
import { messages as englishMessages, type ValidationMessages } from './messages.js';
import { mapSchemaErrors } from './schema-errors.js';
import type { JsonObject, JsonValue, ValidationError, ValidationResult } from './types.js';

export type { ValidationError, ValidationErrorCode, ValidationResult } from './types.js';
export type { NotJson, PatternKind, RuleHint, ValidationMessages, ValueDescription } from './messages.js';
export { describeValue, messages as englishValidationMessages } from './messages.js';

/** At most this many errors are returned; the last one is then a `too-many-errors` entry. */
export const MAX_ERRORS = 100;

export interface ValidateOptions {
  /** The messages to write the errors with (say, in the reader's language); English by default. */
  messages?: ValidationMessages;
}

/**
 * Validates a family document. On success `document` is a deep copy of the input as plain JSON
 * data, so later changes to the host's object cannot change what was validated. Paths and
 * codes do not depend on the catalogue; only the messages do.
 */
export function validate(input: unknown, options: ValidateOptions = {}): ValidationResult {
  const messages = options.messages ?? englishMessages;
  try {
    return capped(run(input, messages), messages);
  } catch {
    // Unreachable by design (unless a custom catalogue throws); the promise of never throwing is kept.
    return { ok: false, errors: [{ path: '', code: 'invalid', message: safely(() => messages.invalid(''), englishMessages.invalid('')) }] };
  }
}

/** A custom catalogue's message, or English should it fail. */
function safely(message: () => string, fallback: string): string {
  try {
    return message();
  } catch {
    return fallback;
  }
}

function run(input: unknown, messages: ValidationMessages): ValidationResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return fail([{ path: '', code: 'not-an-object', message: messages['not-an-object'](input) }]);
  }
  const copy = copyJson(input, messages);
  if (!copy.ok) return fail(copy.errors);
  const data = copy.value;
  if (!isObject(data)) return fail([{ path: '', code: 'not-an-object', message: messages['not-an-object'](data) }]);

  const version = versionError(data, messages);
  if (version) return fail([version]);
  if (!schemaValidator(data)) return fail(withIntegrityErrors(data, mapSchemaErrors(schemaValidator.errors ?? [], data, messages), messages));
  // A valid document: integrity reads it as it is, with nothing left out.
  const integrity = checkIntegrity(data, messages);
  return integrity.length > 0 ? fail(integrity) : { ok: true, document: data };
}

const fail = (errors: ValidationError[]): ValidationResult => ({ ok: false, errors });

const isObject = (v: JsonValue): v is JsonObject => v !== null && typeof v === 'object' && !Array.isArray(v);

// A well-formed version of another major is a different contract: its shape errors would only be noise.
function versionError(data: JsonObject, messages: ValidationMessages): ValidationError | undefined {
  const version = data.schemaVersion;
  if (typeof version === 'string' && /^\d+\.\d+$/.test(version) && !version.startsWith('1.')) {
    return { path: '/schemaVersion', code: 'unsupported-version', message: messages['unsupported-version']('/schemaVersion', version) };
  }
  return undefined;
}

function capped(result: ValidationResult, messages: ValidationMessages): ValidationResult {
  if (result.ok || result.errors.length <= MAX_ERRORS) return result;
  const shown = result.errors.slice(0, MAX_ERRORS - 1);
  const total = result.errors.length;
  return { ok: false, errors: [...shown, { path: '', code: 'too-many-errors', message: messages['too-many-errors'](shown.length, total) }] };
}
