/**
 * A deep copy of validated JSON data (plain objects, arrays, strings, numbers, booleans,
 * null), so that the result shares nothing with its input and may be changed or frozen
 * freely: redaction's output and time travel's both are. A plain walk is about ten times
 * faster than `structuredClone`, which must handle every cloneable type.
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cloneJson<unknown>(value[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    // A `__proto__` key (allowed under `extensions`) must stay data, not become the prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: cloneJson(item), enumerable: true, writable: true, configurable: true });
    else out[key] = cloneJson(item);
  }
  return out as T;
}
