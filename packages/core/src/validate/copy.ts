import { messages } from './messages.js';
import { childPointer } from './pointer.js';
import type { JsonObject, JsonValue, ValidationError } from './types.js';

/** Far deeper than any family document (≈ 6 levels) yet safe for recursion. */
export const MAX_DEPTH = 64;
/** Far more values than a family the widget can show; stops pathological shared-reference graphs. */
export const MAX_VALUES = 1_000_000;

type Copy = { ok: true; value: JsonValue } | { ok: false; errors: ValidationError[] };

class Abort extends Error {}

/**
 * Copies `input` into fresh plain JSON data, reading every value exactly once, so that what is
 * validated is exactly what is returned and later changes to the host's object cannot reach it.
 * Like JSON.stringify, object properties whose value is `undefined` are left out. Anything that
 * is not JSON data (functions, cycles, Dates, throwing getters, NaN…) is reported, never thrown.
 * Keys such as `__proto__` become ordinary own properties, so prototypes are never touched.
 */
export function copyJson(input: unknown): Copy {
  const errors: ValidationError[] = [];
  const ancestors = new Set<object>();
  let values = 0;

  const fail = (path: string, message: string, code: ValidationError['code'] = 'not-json'): undefined => {
    errors.push({ path, message, code });
    return undefined;
  };

  const copy = (value: unknown, path: string, depth: number): JsonValue | undefined => {
    if (++values > MAX_VALUES) {
      fail(path, messages['too-large'](MAX_VALUES), 'too-large');
      throw new Abort();
    }
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        return Number.isFinite(value) ? value : fail(path, messages['not-json'](path, 'number', String(value)));
      case 'object':
        if (value === null) return null;
        if (value instanceof UnreadableValue) return fail(path, messages['not-json'](path, 'unreadable'));
        if (depth >= MAX_DEPTH) {
          fail(path, messages['too-deep'](path, MAX_DEPTH), 'too-deep');
          throw new Abort();
        }
        if (ancestors.has(value)) return fail(path, messages['not-json'](path, 'cycle'));
        ancestors.add(value);
        try {
          return copyContainer(value, path, depth);
        } finally {
          ancestors.delete(value);
        }
      case 'undefined':
      case 'function':
      case 'symbol':
      case 'bigint':
        return fail(path, messages['not-json'](path, typeof value as 'undefined' | 'function' | 'symbol' | 'bigint'));
      default:
        return fail(path, messages['not-json'](path, 'unreadable'));
    }
  };

  const copyContainer = (value: object, path: string, depth: number): JsonValue | undefined => {
    let entries: [string, unknown][];
    let isArray: boolean;
    try {
      isArray = Array.isArray(value);
      if (!isArray && !isPlainObject(value)) {
        const tag = tagOf(value);
        return fail(path, tag === 'Object' ? messages['not-json'](path, 'class-instance') : messages['not-json'](path, 'built-in', tag));
      }
      entries = isArray ? readArray(value as unknown[]) : readObject(value);
    } catch (error) {
      if (error instanceof Abort) throw error;
      return fail(path, messages['not-json'](path, 'unreadable'));
    }
    if (isArray) {
      const out: JsonValue[] = [];
      for (const [key, item] of entries) out.push(copy(item, childPointer(path, key), depth + 1) ?? null);
      return out;
    }
    const out: JsonObject = {};
    for (const [key, item] of entries) {
      if (item === undefined) continue;
      const copied = copy(item, childPointer(path, key), depth + 1);
      // defineProperty, not assignment: a "__proto__" key must stay data, not swap the prototype.
      if (copied !== undefined) Object.defineProperty(out, key, { value: copied, enumerable: true, writable: true, configurable: true });
    }
    return out;
  };

  // Reads one property at a time so a throwing getter is reported at its own path.
  const readObject = (value: object): [string, unknown][] =>
    Object.keys(value).map((key) => [key, readProperty(value, key)]);
  const readArray = (value: unknown[]): [string, unknown][] =>
    Array.from({ length: value.length }, (_, i) => [String(i), readProperty(value, String(i))]);
  const readProperty = (value: object, key: string): unknown => {
    try {
      return Reflect.get(value, key);
    } catch {
      return new UnreadableValue();
    }
  };

  let value: JsonValue | undefined;
  try {
    value = copy(input, '', 0);
  } catch (error) {
    if (!(error instanceof Abort)) fail('', messages['not-json']('', 'unreadable'));
  }
  return errors.length === 0 && value !== undefined ? { ok: true, value } : { ok: false, errors };
}

/** Marks a property whose getter threw; it is not a plain object, so `copy` reports it. */
class UnreadableValue {}

// Plain object: its prototype is Object.prototype (of any realm: an iframe's too) or null.
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === null || (Object.getPrototypeOf(proto) === null && tagOf(value) === 'Object');
}

function tagOf(value: object): string {
  try {
    return Object.prototype.toString.call(value).slice(8, -1);
  } catch {
    return 'unreadable';
  }
}
