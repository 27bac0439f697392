/**
 * A deep copy of validated JSON data (plain objects, arrays and primitives), so that time
 * travel's result shares nothing with its input and may be changed or frozen freely.
 */
export function cloneJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => cloneJson(item)) as T;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    // A `__proto__` key (allowed under `extensions`) must stay data, not become the prototype.
    if (key === '__proto__') Object.defineProperty(out, key, { value: cloneJson(item), enumerable: true, writable: true, configurable: true });
    else out[key] = cloneJson(item);
  }
  return out as T;
}
