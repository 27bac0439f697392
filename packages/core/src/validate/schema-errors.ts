/**
 * Turns Ajv's raw errors into ValidationErrors. Ajv (allErrors) reports every failing keyword,
 * including each failed branch of a oneOf/anyOf and the `if` that selected a `then`; a host
 * developer wants one sentence per problem, so those are folded into the most useful one.
 */
import type { AjvErrorObject } from '../validator.generated.js';
import { SCHEMA_PATTERNS, messages as englishMessages, ruleHints, type ValidationMessages } from './messages.js';
import { childPointer, resolvePointer } from './pointer.js';
import type { JsonValue, ValidationError } from './types.js';

const BRANCH_REQUIRED = /\/(?:anyOf|oneOf)\/\d+\/required$/;

const str = (v: unknown): string => (typeof v === 'string' ? v : String(v));
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v));
const ruleKey = (path: string): string => path.replace(/\/\d+(?=\/|$)/g, '/*');

export function mapSchemaErrors(raw: readonly AjvErrorObject[], data: JsonValue, messages: ValidationMessages = englishMessages): ValidationError[] {
  const valueAt = (path: string): unknown => {
    const found = resolvePointer(data, path);
    return found.found ? found.value : undefined;
  };

  // A value of the wrong type makes every other complaint about it noise.
  const wrongType = new Set(raw.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  // Branches of a failed oneOf/anyOf that only say "this property is required" name the alternatives.
  const alternatives = new Map<string, string[]>();
  for (const e of raw) {
    if (e.keyword === 'required' && BRANCH_REQUIRED.test(e.schemaPath)) {
      const names = alternatives.get(e.instancePath) ?? [];
      names.push(str(e.params.missingProperty));
      alternatives.set(e.instancePath, names);
    }
  }
  const unknownAt = (path: string): Set<string> =>
    new Set(raw.filter((e) => e.instancePath === path && e.keyword === 'unevaluatedProperties').map((e) => str(e.params.unevaluatedProperty)));

  const out: ValidationError[] = [];
  for (const e of raw) {
    if (e.keyword === 'if') continue;
    if (e.keyword !== 'type' && wrongType.has(e.instancePath)) continue;
    if (e.keyword === 'required' && BRANCH_REQUIRED.test(e.schemaPath)) continue;
    const mapped = mapOne(messages, e, valueAt, () => alternatives.get(e.instancePath) ?? presentKeys(valueAt(e.instancePath), unknownAt(e.instancePath)));
    if (!out.some((o) => o.path === mapped.path && o.code === mapped.code && o.message === mapped.message)) out.push(mapped);
  }
  return out;
}

// Keys of an object that a oneOf found too many of (all passing branches): the known ones present.
function presentKeys(value: unknown, unknown: Set<string>): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.keys(value).filter((k) => k !== 'extensions' && !unknown.has(k));
}

function mapOne(messages: ValidationMessages, e: AjvErrorObject, valueAt: (path: string) => unknown, choices: () => string[]): ValidationError {
  const path = e.instancePath;
  const got = valueAt(path);
  // Rules that live in `if`/`then` get a word on why they apply.
  const hint = e.schemaPath.includes('/then/') ? ruleHints[ruleKey(path)] : undefined;
  switch (e.keyword) {
    case 'required': {
      const at = childPointer(path, str(e.params.missingProperty));
      const why = e.schemaPath.includes('/then/') ? ruleHints[ruleKey(at)] : undefined;
      return { path: at, code: 'required', message: messages.required(at, why) };
    }
    case 'unevaluatedProperties':
    case 'additionalProperties': {
      const at = childPointer(path, str(e.params.unevaluatedProperty ?? e.params.additionalProperty));
      return { path: at, code: 'unknown-property', message: messages['unknown-property'](at) };
    }
    case 'type':
      return { path, code: 'type', message: messages.type(path, str(e.params.type), got) };
    case 'enum':
      return { path, code: 'enum', message: messages.enum(path, Array.isArray(e.params.allowedValues) ? e.params.allowedValues : [], got) };
    case 'const':
      return { path, code: 'enum', message: messages.enum(path, [JSON.stringify(e.params.allowedValue)], got) };
    case 'pattern': {
      const pattern = str(e.params.pattern);
      return { path, code: 'pattern', message: messages.pattern(path, SCHEMA_PATTERNS[pattern], pattern, got) };
    }
    case 'minLength':
      return { path, code: 'empty', message: messages.empty(path) };
    case 'minItems':
      return { path, code: 'too-few', message: messages['too-few'](path, num(e.params.limit), Array.isArray(got) ? got.length : 0, undefined, hint) };
    case 'maxItems':
      return { path, code: 'too-many', message: messages['too-many'](path, num(e.params.limit), Array.isArray(got) ? got.length : 0, hint) };
    case 'anyOf':
      return { path, code: 'too-few', message: messages['too-few'](path, 1, 0, choices()) };
    case 'oneOf': {
      const names = choices();
      return { path, code: 'invalid', message: messages.invalid(path, names.length > 0 ? names : undefined) };
    }
    default:
      return { path, code: 'invalid', message: messages.invalid(path) };
  }
}
