// Hand-written types for validator.generated.js, the Ajv standalone validator that
// scripts/generate-schema-artifacts.mjs builds from the schema. Use `validate()` from
// `validate/` instead: it maps these raw errors to readable ones and checks integrity.
import type { FamilyDocument } from './types.generated.js';

/** One raw Ajv error. Ajv's own messages are turned off. */
export interface AjvErrorObject {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Readonly<Record<string, unknown>>;
}

export interface GeneratedValidator {
  (data: unknown): data is FamilyDocument;
  /** The errors of the last failed call; `null` after a successful one. */
  errors?: AjvErrorObject[] | null;
}

export declare const validate: GeneratedValidator;
export default validate;
