/**
 * Every validation message, one function per code. `messages` is the English catalogue and the
 * default; a host may pass its own (`validate(input, { messages })`), for instance one in the
 * reader's language. A catalogue gets meanings, not English fragments: the value found (to be
 * described with `describeValue`), the JSON type, entity kind, pattern kind or rule expected.
 * Each English message is one plain sentence that names the field by its JSON Pointer and says
 * what was expected.
 */
import type { EntityKind } from '../schema/entities.js';
import type { ValidationErrorCode } from './types.js';

const MAX_SHOWN_CHARS = 60;

/** What a string matching each of the schema's patterns is, keyed by the pattern. */
export type PatternKind = 'date' | 'date-time' | 'date-or-date-time' | 'schema-version' | 'language-tag';

export const SCHEMA_PATTERNS: Readonly<Record<string, PatternKind>> = {
  '^\\d{4}(-\\d{2}(-\\d{2})?)?$': 'date',
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$': 'date-time',
  '^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))?)?)?$': 'date-or-date-time',
  '^1\\.\\d+$': 'schema-version',
  '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$': 'language-tag',
};

/** A rule that lives in the schema's `if`/`then`, named so that a message can say why it applies. */
export type RuleHint = 'service-periods' | 'restriction-scope-all';

/** The rules by the path they apply to, with indexes as `*`. */
export const ruleHints: Readonly<Record<string, RuleHint>> = {
  '/services/*/periods': 'service-periods',
  '/restrictions/*/scope': 'restriction-scope-all',
};

/** Why a value is not JSON data; `detail` (a number such as NaN, a built-in's name) goes with it. */
export type NotJson = 'undefined' | 'function' | 'symbol' | 'bigint' | 'number' | 'cycle' | 'unreadable' | 'class-instance' | 'built-in';

/**
 * A value as a message may show it: a string quoted as JSON (and shortened), a number, boolean
 * or null as written, anything else only by its kind — never its content.
 */
export type ValueDescription =
  | { kind: 'string'; quoted: string }
  | { kind: 'literal'; text: string }
  | { kind: 'empty-array' | 'array' | 'object' | 'nothing' | 'function' | 'symbol' };

export function describeValue(value: unknown): ValueDescription {
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
    return { kind: 'string', quoted: JSON.stringify(shown) };
  }
  if (value === null) return { kind: 'literal', text: 'null' };
  if (Array.isArray(value)) return { kind: value.length === 0 ? 'empty-array' : 'array' };
  switch (typeof value) {
    case 'number':
    case 'boolean':
    case 'bigint':
      return { kind: 'literal', text: String(value) };
    case 'undefined':
      return { kind: 'nothing' };
    case 'object':
      return { kind: 'object' };
    case 'function':
      return { kind: 'function' };
    default:
      return { kind: 'symbol' };
  }
}

/**
 * A catalogue of validation messages: one function per code. `path` is the JSON Pointer of the
 * field ("" = the whole document); `got` is the value found, unchanged (describe it with
 * `describeValue`, which quotes strings and shows nothing of containers).
 */
export interface ValidationMessages {
  'not-an-object': (got: unknown) => string;
  'not-json': (path: string, what: NotJson, detail?: string) => string;
  'too-deep': (path: string, max: number) => string;
  'too-large': (max: number) => string;
  'unsupported-version': (path: string, got: unknown) => string;
  /** `expected`: a JSON Schema type name (`string`, `object`, `array`, `boolean`, `number`, `integer`, `null`). */
  type: (path: string, expected: string, got: unknown) => string;
  required: (path: string, hint?: RuleHint) => string;
  'unknown-property': (path: string) => string;
  enum: (path: string, allowed: readonly unknown[], got: unknown) => string;
  /** `expected` is undefined for a pattern this version does not know; `pattern` is the regular expression. */
  pattern: (path: string, expected: PatternKind | undefined, pattern: string, got: unknown) => string;
  empty: (path: string) => string;
  /** With `atLeastOneOf`: an object that must name at least one of these properties; else a list too short. */
  'too-few': (path: string, min: number, count: number, atLeastOneOf?: readonly string[], hint?: RuleHint) => string;
  'too-many': (path: string, max: number, count: number, hint?: RuleHint) => string;
  /** With `exactlyOneOf`: an object that must name exactly one of these properties. */
  invalid: (path: string, exactlyOneOf?: readonly string[]) => string;
  'invalid-date': (path: string, got: string) => string;
  'duplicate-id': (path: string, id: string, firstPath: string) => string;
  'unresolved-reference': (path: string, id: string, expected: EntityKind) => string;
  'wrong-reference-kind': (path: string, id: string, expected: EntityKind, actual: EntityKind) => string;
  'parentage-cycle': (path: string, chain: readonly string[]) => string;
  'self-parent': (path: string, id: string) => string;
  'period-order': (path: string, value: string, otherPath: string, otherValue: string) => string;
  'history-order': (path: string, value: string, previousPath: string, previousValue: string) => string;
  'same-partner': (path: string, id: string) => string;
  'same-member': (path: string, id: string) => string;
  'bond-direction': (path: string, id: string, between: readonly string[]) => string;
  'too-many-errors': (shown: number, total: number) => string;
}

// One message per code: a new code does not compile until the catalogue has its message.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const oneMessagePerCode: SameKeys<keyof ValidationMessages, ValidationErrorCode> = true;
void oneMessagePerCode;

// ------------------------------------------------------------------ English, the default

/** `/members/0/name` in backticks; the root is "The document". */
export function field(path: string): string {
  return path === '' ? 'The document' : `\`${path}\``;
}

/** A short, safe description of a value: strings quoted (and shortened), containers by kind. */
export function describe(value: unknown): string {
  const description = describeValue(value);
  switch (description.kind) {
    case 'string':
      return description.quoted;
    case 'literal':
      return description.text;
    case 'empty-array':
      return 'an empty array';
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    case 'nothing':
      return 'nothing';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
  }
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'a string',
  object: 'an object',
  array: 'an array',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  null: 'null',
};

const PATTERN_WORDS: Readonly<Record<PatternKind, string>> = {
  date: 'a date as YYYY, YYYY-MM or YYYY-MM-DD',
  'date-time': 'a date-time with seconds and offset, such as "2025-03-01T09:30:00+02:00"',
  'date-or-date-time': 'a date (YYYY, YYYY-MM or YYYY-MM-DD) or a date-time with seconds and offset, such as "2025-03-01T09:30:00+02:00"',
  'schema-version': 'a version "1.MINOR" such as "1.0"',
  'language-tag': 'a BCP 47 language tag such as "fi" or "sv-FI"',
};

/** What a string matching each of the schema's patterns looks like, in English, keyed by the pattern. */
export const patternExpectations: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SCHEMA_PATTERNS).map(([pattern, kind]) => [pattern, PATTERN_WORDS[kind]]),
);

const HINT_WORDS: Readonly<Record<RuleHint, string>> = {
  'service-periods': 'a service that is active, paused, ended or declined needs at least one period',
  'restriction-scope-all': '"all" must stand alone',
};

const NOT_JSON: Readonly<Record<NotJson, string>> = {
  undefined: 'undefined',
  function: 'a function',
  symbol: 'a symbol',
  bigint: 'a bigint',
  number: 'the non-finite number ',
  cycle: 'a reference to one of its own containers (a cycle)',
  unreadable: 'unreadable (reading it threw an error)',
  'class-instance': 'an instance of a class',
  'built-in': 'a built-in object: ',
};

const withArticle = (kind: EntityKind | string): string => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);
const items = (n: number): string => (n === 1 ? '1 item' : `${n} items`);
const list = (values: readonly unknown[]): string => values.map((v) => String(v)).join(', ');
const orList = (names: readonly string[]): string =>
  names.length <= 1 ? names.map((n) => `\`${n}\``).join('') : `${names.slice(0, -1).map((n) => `\`${n}\``).join(', ')} or \`${names.at(-1)}\``;
const because = (hint: RuleHint | undefined): string => (hint ? ` (${HINT_WORDS[hint]})` : '');

export const messages: ValidationMessages = {
  'not-an-object': (got) => `The family document must be a JSON object; got ${describe(got)}.`,
  'not-json': (path, what, detail = '') => `${field(path)} is ${NOT_JSON[what]}${detail}; a family document must be plain JSON data.`,
  'too-deep': (path, max) => `${field(path)} is nested more than ${max} levels deep; a family document is never that deep.`,
  'too-large': (max) => `The document holds more than ${max} values, too many to validate.`,
  'unsupported-version': (path, got) => `${field(path)} is ${describe(got)}, but only major version 1 ("1.0", "1.1", …) is supported.`,
  type: (path, expected, got) => `${field(path)} must be ${TYPE_NAMES[expected] ?? expected}; got ${describe(got)}.`,
  required: (path, hint) => `${field(path)} is required but missing${because(hint)}.`,
  'unknown-property': (path) => `${field(path)} is not a known property here; remove it or move it into \`extensions\`.`,
  enum: (path, allowed, got) => `${field(path)} must be one of ${list(allowed)}; got ${describe(got)}.`,
  pattern: (path, expected, pattern, got) =>
    `${field(path)} must be ${expected ? PATTERN_WORDS[expected] : `a string matching /${pattern}/`}; got ${describe(got)}.`,
  empty: (path) => `${field(path)} must not be empty.`,
  'too-few': (path, min, count, atLeastOneOf, hint) =>
    atLeastOneOf
      ? `${field(path)} must name at least one of ${orList(atLeastOneOf)}.`
      : `${field(path)} must have at least ${items(min)}; got ${count}${because(hint)}.`,
  'too-many': (path, max, count, hint) => `${field(path)} must have at most ${items(max)}; got ${count}${because(hint)}.`,
  invalid: (path, exactlyOneOf) =>
    exactlyOneOf ? `${field(path)} must name exactly one of ${orList(exactlyOneOf)}.` : `${field(path)} is not valid here.`,
  'invalid-date': (path, got) => `${field(path)} must be a real calendar ${got.includes('T') ? 'date and time' : 'date'}; got ${describe(got)}.`,
  'duplicate-id': (path, id, firstPath) =>
    `${field(path)} repeats the id ${describe(id)} already used at ${field(firstPath)}; ids must be unique across the whole document.`,
  'unresolved-reference': (path, id, expected) => `${field(path)} refers to ${describe(id)}, but no ${expected} has that id.`,
  'wrong-reference-kind': (path, id, expected, actual) =>
    `${field(path)} must refer to ${withArticle(expected)}, but ${describe(id)} is ${withArticle(actual)}.`,
  'parentage-cycle': (path, chain) => `${field(path)} closes a parentage cycle (${chain.join(' → ')}); no one can be their own ancestor.`,
  'self-parent': (path, id) => `${field(path)} makes ${describe(id)} their own parent.`,
  'period-order': (path, value, otherPath, otherValue) =>
    `${field(path)} (${value}) is earlier than ${field(otherPath)} (${otherValue}); it must be the same or later.`,
  'history-order': (path, value, previousPath, previousValue) =>
    `${field(path)} (${value}) is earlier than ${field(previousPath)} (${previousValue}); partnership history must be in time order.`,
  'same-partner': (path, id) => `${field(path)} repeats ${describe(id)}; a partnership needs two different members.`,
  'same-member': (path, id) => `${field(path)} repeats ${describe(id)}; each member may be named only once here.`,
  'bond-direction': (path, id, between) =>
    `${field(path)} must be one of the two members in \`between\` (${list(between)}); got ${describe(id)}.`,
  'too-many-errors': (shown, total) => `Only the first ${shown} of ${total} errors are listed; fix those and validate again.`,
};
