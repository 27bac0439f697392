/**
 * Core's validation messages in the widget's language: the same catalogue shape as core's
 * English one, every sentence through `msg()`. Each function makes its words when called, so
 * `validate` must run inside `withLocale` (the element's update does). The JSON Pointer stays
 * as it is, in backticks; quoted values stay as the document has them.
 */
import { describeValue, type EntityKind, type NotJson, type PatternKind, type RuleHint, type ValidationMessages } from '@family-view/core';
import { currentLocale, msg, str } from '../localization.js';

/** `/members/0/name` in backticks; the root is "The document". */
function field(path: string): string {
  return path === '' ? msg('The document', { id: 'validation.document' }) : `\`${path}\``;
}

/** A value as a message may show it: strings quoted, containers only by kind. */
function describe(value: unknown): string {
  const description = describeValue(value);
  switch (description.kind) {
    case 'string':
      return description.quoted;
    case 'literal':
      return description.text;
    case 'empty-array':
      return msg('an empty array', { id: 'validation.value.empty-array' });
    case 'array':
      return msg('an array', { id: 'validation.value.array' });
    case 'object':
      return msg('an object', { id: 'validation.value.object' });
    case 'nothing':
      return msg('nothing', { id: 'validation.value.nothing' });
    case 'function':
      return msg('a function', { id: 'validation.value.function' });
    case 'symbol':
      return msg('a symbol', { id: 'validation.value.symbol' });
  }
}

function jsonType(name: string): string {
  switch (name) {
    case 'string':
      return msg('a string', { id: 'validation.json-type.string' });
    case 'object':
      return msg('an object', { id: 'validation.json-type.object' });
    case 'array':
      return msg('an array', { id: 'validation.json-type.array' });
    case 'boolean':
      return msg('true or false', { id: 'validation.json-type.boolean' });
    case 'number':
      return msg('a number', { id: 'validation.json-type.number' });
    case 'integer':
      return msg('a whole number', { id: 'validation.json-type.integer' });
    case 'null':
      return 'null';
    default:
      return name;
  }
}

function patternWords(kind: PatternKind | undefined, pattern: string): string {
  switch (kind) {
    case 'date':
      return msg('a date as YYYY, YYYY-MM or YYYY-MM-DD', { id: 'validation.pattern.date' });
    case 'date-time':
      return msg('a date-time with seconds and offset, such as "2025-03-01T09:30:00+02:00"', { id: 'validation.pattern.date-time' });
    case 'date-or-date-time':
      return msg('a date (YYYY, YYYY-MM or YYYY-MM-DD) or a date-time with seconds and offset, such as "2025-03-01T09:30:00+02:00"', {
        id: 'validation.pattern.date-or-date-time',
      });
    case 'schema-version':
      return msg('a version "1.MINOR" such as "1.0"', { id: 'validation.pattern.schema-version' });
    case 'language-tag':
      return msg('a BCP 47 language tag such as "fi" or "sv-FI"', { id: 'validation.pattern.language-tag' });
    case undefined:
      return msg(str`a string matching /${pattern}/`, { id: 'validation.pattern.other' });
  }
}

/** An entity kind with its article: "a member", "an organization". */
function kindWords(kind: EntityKind): string {
  switch (kind) {
    case 'family':
      return msg('a family', { id: 'validation.kind.family' });
    case 'member':
      return msg('a member', { id: 'validation.kind.member' });
    case 'partnership':
      return msg('a partnership', { id: 'validation.kind.partnership' });
    case 'parentage':
      return msg('a parentage', { id: 'validation.kind.parentage' });
    case 'twins':
      return msg('a twin group', { id: 'validation.kind.twins' });
    case 'bond':
      return msg('a bond', { id: 'validation.kind.bond' });
    case 'household':
      return msg('a household', { id: 'validation.kind.household' });
    case 'organization':
      return msg('an organisation', { id: 'validation.kind.organization' });
    case 'professional':
      return msg('a professional', { id: 'validation.kind.professional' });
    case 'service':
      return msg('a service', { id: 'validation.kind.service' });
    case 'coordinator':
      return msg('a coordinator', { id: 'validation.kind.coordinator' });
    case 'event':
      return msg('an event', { id: 'validation.kind.event' });
    case 'goal':
      return msg('a goal', { id: 'validation.kind.goal' });
    case 'note':
      return msg('a note', { id: 'validation.kind.note' });
    case 'consent':
      return msg('a consent', { id: 'validation.kind.consent' });
    case 'restriction':
      return msg('a restriction', { id: 'validation.kind.restriction' });
  }
}

/** The rule's reason as a sentence after the message; nothing without one. */
function withHint(message: string, hint: RuleHint | undefined): string {
  switch (hint) {
    case undefined:
      return message;
    case 'service-periods': {
      const why = msg('A service that is active, paused, ended or declined needs at least one period.', { id: 'validation.hint.service-periods' });
      return `${message} ${why}`;
    }
    case 'restriction-scope-all': {
      const why = msg('"all" must stand alone.', { id: 'validation.hint.restriction-scope-all' });
      return `${message} ${why}`;
    }
  }
}

function notJson(path: string, what: NotJson, detail: string): string {
  const at = field(path);
  switch (what) {
    case 'undefined':
      return msg(str`${at} is undefined; a family document must be plain JSON data.`, { id: 'validation.not-json.undefined' });
    case 'function':
      return msg(str`${at} is a function; a family document must be plain JSON data.`, { id: 'validation.not-json.function' });
    case 'symbol':
      return msg(str`${at} is a symbol; a family document must be plain JSON data.`, { id: 'validation.not-json.symbol' });
    case 'bigint':
      return msg(str`${at} is a bigint; a family document must be plain JSON data.`, { id: 'validation.not-json.bigint' });
    case 'number':
      return msg(str`${at} is the non-finite number ${detail}; a family document must be plain JSON data.`, { id: 'validation.not-json.number' });
    case 'cycle':
      return msg(str`${at} refers to one of its own containers (a cycle); a family document must be plain JSON data.`, {
        id: 'validation.not-json.cycle',
      });
    case 'unreadable':
      return msg(str`${at} is unreadable (reading it threw an error); a family document must be plain JSON data.`, {
        id: 'validation.not-json.unreadable',
      });
    case 'class-instance':
      return msg(str`${at} is an instance of a class; a family document must be plain JSON data.`, { id: 'validation.not-json.class-instance' });
    case 'built-in':
      return msg(str`${at} is a built-in object (${detail}); a family document must be plain JSON data.`, { id: 'validation.not-json.built-in' });
  }
}

const formatNumber = (value: number): string => new Intl.NumberFormat(currentLocale()).format(value);
const quotedNames = (names: readonly string[]): string[] => names.map((name) => `\`${name}\``);
const either = (names: readonly string[]): string => new Intl.ListFormat(currentLocale(), { type: 'disjunction' }).format(quotedNames(names));
const plainList = (values: readonly unknown[]): string => values.map((value) => String(value)).join(', ');

const catalogue: ValidationMessages = {
  'not-an-object': (got) => {
    const value = describe(got);
    return msg(str`The family document must be a JSON object; got ${value}.`, { id: 'validation.not-an-object' });
  },
  'not-json': (path, what, detail = '') => notJson(path, what, detail),
  'too-deep': (path, max) => {
    const at = field(path);
    const levels = formatNumber(max);
    return msg(str`${at} is nested more than ${levels} levels deep; a family document is never that deep.`, { id: 'validation.too-deep' });
  },
  'too-large': (max) => {
    const values = formatNumber(max);
    return msg(str`The document holds more than ${values} values, too many to validate.`, { id: 'validation.too-large' });
  },
  'unsupported-version': (path, got) => {
    const at = field(path);
    const value = describe(got);
    return msg(str`${at} is ${value}, but only major version 1 ("1.0", "1.1", …) is supported.`, { id: 'validation.unsupported-version' });
  },
  type: (path, expected, got) => {
    const at = field(path);
    const type = jsonType(expected);
    const value = describe(got);
    return msg(str`${at} must be ${type}; got ${value}.`, { id: 'validation.type' });
  },
  required: (path, hint) => {
    const at = field(path);
    return withHint(msg(str`${at} is required but missing.`, { id: 'validation.required' }), hint);
  },
  'unknown-property': (path) => {
    const at = field(path);
    return msg(str`${at} is not a known property here; remove it or move it into \`extensions\`.`, { id: 'validation.unknown-property' });
  },
  enum: (path, allowed, got) => {
    const at = field(path);
    const values = plainList(allowed);
    const value = describe(got);
    return msg(str`${at} must be one of ${values}; got ${value}.`, { id: 'validation.enum' });
  },
  pattern: (path, expected, pattern, got) => {
    const at = field(path);
    const form = patternWords(expected, pattern);
    const value = describe(got);
    return msg(str`${at} must be ${form}; got ${value}.`, { id: 'validation.pattern' });
  },
  empty: (path) => {
    const at = field(path);
    return msg(str`${at} must not be empty.`, { id: 'validation.empty' });
  },
  'too-few': (path, min, count, atLeastOneOf, hint) => {
    const at = field(path);
    if (atLeastOneOf) {
      const names = either(atLeastOneOf);
      return msg(str`${at} must name at least one of ${names}.`, { id: 'validation.too-few.one-of' });
    }
    const got = formatNumber(count);
    if (min === 1) return withHint(msg(str`${at} must have at least one item; got ${got}.`, { id: 'validation.too-few.one' }), hint);
    const least = formatNumber(min);
    return withHint(msg(str`${at} must have at least ${least} items; got ${got}.`, { id: 'validation.too-few' }), hint);
  },
  'too-many': (path, max, count, hint) => {
    const at = field(path);
    const got = formatNumber(count);
    if (max === 1) return withHint(msg(str`${at} must have at most one item; got ${got}.`, { id: 'validation.too-many.one' }), hint);
    const most = formatNumber(max);
    return withHint(msg(str`${at} must have at most ${most} items; got ${got}.`, { id: 'validation.too-many' }), hint);
  },
  invalid: (path, exactlyOneOf) => {
    const at = field(path);
    if (!exactlyOneOf) return msg(str`${at} is not valid here.`, { id: 'validation.invalid' });
    const names = either(exactlyOneOf);
    return msg(str`${at} must name exactly one of ${names}.`, { id: 'validation.invalid.one-of' });
  },
  'invalid-date': (path, got) => {
    const at = field(path);
    const value = describe(got);
    return got.includes('T')
      ? msg(str`${at} must be a real calendar date and time; got ${value}.`, { id: 'validation.invalid-date.date-time' })
      : msg(str`${at} must be a real calendar date; got ${value}.`, { id: 'validation.invalid-date' });
  },
  'duplicate-id': (path, id, firstPath) => {
    const at = field(path);
    const value = describe(id);
    const first = field(firstPath);
    return msg(str`${at} repeats the id ${value} already used at ${first}; ids must be unique across the whole document.`, {
      id: 'validation.duplicate-id',
    });
  },
  'unresolved-reference': (path, id, expected) => {
    const at = field(path);
    const value = describe(id);
    const kind = kindWords(expected);
    return msg(str`${at} refers to ${value}, but nothing in the document has that id (expected ${kind}).`, { id: 'validation.unresolved-reference' });
  },
  'wrong-reference-kind': (path, id, expected, actual) => {
    const at = field(path);
    const value = describe(id);
    const wanted = kindWords(expected);
    const found = kindWords(actual);
    return msg(str`${at} must refer to ${wanted}, but ${value} is ${found}.`, { id: 'validation.wrong-reference-kind' });
  },
  'parentage-cycle': (path, chain) => {
    const at = field(path);
    const cycle = chain.join(' → ');
    return msg(str`${at} closes a parentage cycle (${cycle}); no one can be their own ancestor.`, { id: 'validation.parentage-cycle' });
  },
  'self-parent': (path, id) => {
    const at = field(path);
    const value = describe(id);
    return msg(str`${at} makes ${value} their own parent.`, { id: 'validation.self-parent' });
  },
  'period-order': (path, value, otherPath, otherValue) => {
    const at = field(path);
    const other = field(otherPath);
    return msg(str`${at} (${value}) is earlier than ${other} (${otherValue}); it must be the same or later.`, { id: 'validation.period-order' });
  },
  'history-order': (path, value, previousPath, previousValue) => {
    const at = field(path);
    const previous = field(previousPath);
    return msg(str`${at} (${value}) is earlier than ${previous} (${previousValue}); partnership history must be in time order.`, {
      id: 'validation.history-order',
    });
  },
  'same-partner': (path, id) => {
    const at = field(path);
    const value = describe(id);
    return msg(str`${at} repeats ${value}; a partnership needs two different members.`, { id: 'validation.same-partner' });
  },
  'same-member': (path, id) => {
    const at = field(path);
    const value = describe(id);
    return msg(str`${at} repeats ${value}; each member may be named only once here.`, { id: 'validation.same-member' });
  },
  'bond-direction': (path, id, between) => {
    const at = field(path);
    const members = plainList(between);
    const value = describe(id);
    return msg(str`${at} must be one of the two members in \`between\` (${members}); got ${value}.`, { id: 'validation.bond-direction' });
  },
  'too-many-errors': (shown, total) => {
    const first = formatNumber(shown);
    const all = formatNumber(total);
    return msg(str`Only the first ${first} of ${all} errors are listed; fix those and validate again.`, { id: 'validation.too-many-errors' });
  },
};

/** The catalogue for `validate(input, { messages })`; call `validate` inside `withLocale`. */
export function localizedValidationMessages(): ValidationMessages {
  return catalogue;
}
