import { messages as englishMessages, type ValidationMessages } from './messages.js';
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
export function copyJson(input: unknown, messages: ValidationMessages = englishMessages): Copy {
  const errors: ValidationError[] = [];
  const ancestors = new Set<object>();
  let values = 0;

  const fail = (at: PathNode | undefined, message: (path: string) => string, code: ValidationError['code'] = 'not-json'): undefined => {
    errors.push({ path: pointerOf(at), message: message(pointerOf(at)), code });
    return undefined;
  };

  // Paths are kept as a chain of (parent, key) links and written out only for an error:
  // building a JSON Pointer for each of a large family's values is most of the copy's cost.
  const copy = (value: unknown, at: PathNode | undefined, depth: number): JsonValue | undefined => {
    if (++values > MAX_VALUES) {
      fail(at, () => messages['too-large'](MAX_VALUES), 'too-large');
      throw new Abort();
    }
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'number':
        return Number.isFinite(value) ? value : fail(at, (path) => messages['not-json'](path, 'number', String(value)));
      case 'object':
        if (value === null) return null;
        if (value instanceof UnreadableValue) return fail(at, (path) => messages['not-json'](path, 'unreadable'));
        if (depth >= MAX_DEPTH) {
          fail(at, (path) => messages['too-deep'](path, MAX_DEPTH), 'too-deep');
          throw new Abort();
        }
        if (ancestors.has(value)) return fail(at, (path) => messages['not-json'](path, 'cycle'));
        ancestors.add(value);
        try {
          return copyContainer(value, at, depth);
        } finally {
          ancestors.delete(value);
        }
      case 'undefined':
      case 'function':
      case 'symbol':
      case 'bigint':
        return fail(at, (path) => messages['not-json'](path, typeof value as 'undefined' | 'function' | 'symbol' | 'bigint'));
      default:
        return fail(at, (path) => messages['not-json'](path, 'unreadable'));
    }
  };

  const copyContainer = (value: object, at: PathNode | undefined, depth: number): JsonValue | undefined => {
    let isArray: boolean;
    let keys: string[] | undefined;
    let length = 0;
    try {
      isArray = Array.isArray(value);
      if (!isArray && !isPlainObject(value)) {
        const tag = tagOf(value);
        return fail(at, (path) => (tag === 'Object' ? messages['not-json'](path, 'class-instance') : messages['not-json'](path, 'built-in', tag)));
      }
      if (isArray) length = (value as unknown[]).length;
      else keys = Object.keys(value);
    } catch (error) {
      if (error instanceof Abort) throw error;
      return fail(at, (path) => messages['not-json'](path, 'unreadable'));
    }
    if (isArray) {
      const out: JsonValue[] = new Array<JsonValue>(length);
      for (let i = 0; i < length; i++) out[i] = copy(readProperty(value, i), { parent: at, key: i }, depth + 1) ?? null;
      return out;
    }
    const out: JsonObject = {};
    for (const key of keys!) {
      const item = readProperty(value, key);
      if (item === undefined) continue;
      const copied = copy(item, { parent: at, key }, depth + 1);
      if (copied === undefined) continue;
      // defineProperty for "__proto__": assigning it would swap the prototype, not add data.
      if (key === '__proto__') Object.defineProperty(out, key, { value: copied, enumerable: true, writable: true, configurable: true });
      else out[key] = copied;
    }
    return out;
  };

  // Reads one property at a time so a throwing getter is reported at its own path.
  const readProperty = (value: object, key: string | number): unknown => {
    try {
      return Reflect.get(value, key);
    } catch {
      return new UnreadableValue();
    }
  };

  let value: JsonValue | undefined;
  try {
    value = copy(input, undefined, 0);
  } catch (error) {
    if (!(error instanceof Abort)) fail(undefined, (path) => messages['not-json'](path, 'unreadable'));
  }
  return errors.length === 0 && value !== undefined ? { ok: true, value } : { ok: false, errors };
}

/** One step of a path: the key under the parent (undefined parent = the document). */
interface PathNode {
  parent: PathNode | undefined;
  key: string | number;
}

function pointerOf(at: PathNode | undefined): string {
  const keys: Array<string | number> = [];
  for (let node = at; node; node = node.parent) keys.push(node.key);
  return keys.length === 0 ? '' : childPointer('', ...keys.reverse());
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
