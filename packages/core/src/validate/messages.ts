/**
 * Every validation message, one function per code, so that they can later be routed through
 * the localisation layer in one place. Each returns one plain English sentence that names the
 * field by its JSON Pointer and says what was expected.
 */
import type { EntityKind } from '../schema/entities.js';
import type { ValidationErrorCode } from './types.js';

const MAX_SHOWN_CHARS = 60;

/** `/members/0/name` in backticks; the root is "The document". */
export function field(path: string): string {
  return path === '' ? 'The document' : `\`${path}\``;
}

/** A short, safe description of a value: strings quoted (and shortened), containers by kind. */
export function describe(value: unknown): string {
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN_CHARS ? `${value.slice(0, MAX_SHOWN_CHARS)}…` : value;
    return JSON.stringify(shown);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  switch (typeof value) {
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
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

const withArticle = (kind: EntityKind | string): string => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);
const items = (n: number): string => (n === 1 ? '1 item' : `${n} items`);
const list = (values: readonly unknown[]): string => values.map((v) => String(v)).join(', ');
const orList = (names: readonly string[]): string =>
  names.length <= 1 ? names.map((n) => `\`${n}\``).join('') : `${names.slice(0, -1).map((n) => `\`${n}\``).join(', ')} or \`${names.at(-1)}\``;

/** What a string matching each of the schema's patterns looks like, keyed by the pattern. */
export const patternExpectations: Readonly<Record<string, string>> = {
  '^\\d{4}(-\\d{2}(-\\d{2})?)?$': 'a date as YYYY, YYYY-MM or YYYY-MM-DD',
  '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$':
    'a date-time with seconds and offset, such as "2025-03-01T09:30:00+02:00"',
  '^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2}))?)?)?$':
    'a date (YYYY, YYYY-MM or YYYY-MM-DD) or a date-time with seconds and offset, such as "2025-03-01T09:30:00+02:00"',
  '^1\\.\\d+$': 'a version "1.MINOR" such as "1.0"',
  '^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$': 'a BCP 47 language tag such as "fi" or "sv-FI"',
};

/** Extra words for rules that live in `if`/`then`, keyed by the path with indexes as `*`. */
export const ruleHints: Readonly<Record<string, string>> = {
  '/services/*/periods': 'a service that is active, paused, ended or declined needs at least one period',
  '/restrictions/*/scope': '"all" must stand alone',
};

/** Why a value is not JSON data; `detail` (a number such as NaN, a built-in's name) follows the words. */
export type NotJson = 'undefined' | 'function' | 'symbol' | 'bigint' | 'number' | 'cycle' | 'unreadable' | 'class-instance' | 'built-in';
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

export const messages = {
  'not-an-object': (got: unknown) => `The family document must be a JSON object; got ${describe(got)}.`,
  'not-json': (path: string, what: NotJson, detail = '') =>
    `${field(path)} is ${NOT_JSON[what]}${detail}; a family document must be plain JSON data.`,
  'too-deep': (path: string, max: number) => `${field(path)} is nested more than ${max} levels deep; a family document is never that deep.`,
  'too-large': (max: number) => `The document holds more than ${max} values, too many to validate.`,
  'unsupported-version': (path: string, got: unknown) =>
    `${field(path)} is ${describe(got)}, but only major version 1 ("1.0", "1.1", …) is supported.`,
  type: (path: string, expected: string, got: unknown) => `${field(path)} must be ${TYPE_NAMES[expected] ?? expected}; got ${describe(got)}.`,
  required: (path: string, hint?: string) => `${field(path)} is required but missing${hint ? ` (${hint})` : ''}.`,
  'unknown-property': (path: string) => `${field(path)} is not a known property here; remove it or move it into \`extensions\`.`,
  enum: (path: string, allowed: readonly unknown[], got: unknown) => `${field(path)} must be one of ${list(allowed)}; got ${describe(got)}.`,
  pattern: (path: string, pattern: string, got: unknown) =>
    `${field(path)} must be ${patternExpectations[pattern] ?? `a string matching /${pattern}/`}; got ${describe(got)}.`,
  empty: (path: string) => `${field(path)} must not be empty.`,
  'too-few': (path: string, min: number, count: number, atLeastOneOf?: readonly string[], hint?: string) =>
    atLeastOneOf
      ? `${field(path)} must name at least one of ${orList(atLeastOneOf)}.`
      : `${field(path)} must have at least ${items(min)}; got ${count}${hint ? ` (${hint})` : ''}.`,
  'too-many': (path: string, max: number, count: number, hint?: string) =>
    `${field(path)} must have at most ${items(max)}; got ${count}${hint ? ` (${hint})` : ''}.`,
  invalid: (path: string, exactlyOneOf?: readonly string[]) =>
    exactlyOneOf ? `${field(path)} must name exactly one of ${orList(exactlyOneOf)}.` : `${field(path)} is not valid here.`,
  'invalid-date': (path: string, got: string) =>
    `${field(path)} must be a real calendar ${got.includes('T') ? 'date and time' : 'date'}; got ${describe(got)}.`,
  'duplicate-id': (path: string, id: string, firstPath: string) =>
    `${field(path)} repeats the id ${describe(id)} already used at ${field(firstPath)}; ids must be unique across the whole document.`,
  'unresolved-reference': (path: string, id: string, expected: EntityKind) =>
    `${field(path)} refers to ${describe(id)}, but no ${expected} has that id.`,
  'wrong-reference-kind': (path: string, id: string, expected: EntityKind, actual: EntityKind) =>
    `${field(path)} must refer to ${withArticle(expected)}, but ${describe(id)} is ${withArticle(actual)}.`,
  'parentage-cycle': (path: string, chain: readonly string[]) =>
    `${field(path)} closes a parentage cycle (${chain.join(' → ')}); no one can be their own ancestor.`,
  'self-parent': (path: string, id: string) => `${field(path)} makes ${describe(id)} their own parent.`,
  'period-order': (path: string, value: string, otherPath: string, otherValue: string) =>
    `${field(path)} (${value}) is earlier than ${field(otherPath)} (${otherValue}); it must be the same or later.`,
  'history-order': (path: string, value: string, previousPath: string, previousValue: string) =>
    `${field(path)} (${value}) is earlier than ${field(previousPath)} (${previousValue}); partnership history must be in time order.`,
  'same-partner': (path: string, id: string) => `${field(path)} repeats ${describe(id)}; a partnership needs two different members.`,
  'same-member': (path: string, id: string) => `${field(path)} repeats ${describe(id)}; each member may be named only once here.`,
  'bond-direction': (path: string, id: string, between: readonly string[]) =>
    `${field(path)} must be one of the two members in \`between\` (${list(between)}); got ${describe(id)}.`,
  'too-many-errors': (shown: number, total: number) =>
    `Only the first ${shown} of ${total} errors are listed; fix those and validate again.`,
} satisfies Record<ValidationErrorCode, (...args: never[]) => string>;
