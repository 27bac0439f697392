import type { FamilyDocument } from '../types.generated.js';

/**
 * What went wrong, as a stable machine-readable code. Schema codes come first, then integrity
 * codes; a host may switch on them, so codes are only ever added.
 */
export type ValidationErrorCode =
  // the input itself
  | 'not-an-object'
  | 'not-json'
  | 'too-deep'
  | 'too-large'
  | 'unsupported-version'
  // JSON Schema
  | 'type'
  | 'required'
  | 'unknown-property'
  | 'enum'
  | 'pattern'
  | 'empty'
  | 'too-few'
  | 'too-many'
  | 'invalid'
  // integrity
  | 'invalid-date'
  | 'duplicate-id'
  | 'unresolved-reference'
  | 'wrong-reference-kind'
  | 'parentage-cycle'
  | 'self-parent'
  | 'period-order'
  | 'history-order'
  | 'same-partner'
  | 'same-member'
  | 'bond-direction'
  // the list was cut
  | 'too-many-errors';

export interface ValidationError {
  /** JSON Pointer (RFC 6901) of the offending value; for a missing property, where it should be. "" is the whole document. */
  path: string;
  /** One plain sentence naming the field and what was expected: English, or the language of the catalogue given to `validate`. */
  message: string;
  code: ValidationErrorCode;
}

export type ValidationResult = { ok: true; document: FamilyDocument } | { ok: false; errors: ValidationError[] };

/** Plain JSON data, as `validate` copies it from the input. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };
