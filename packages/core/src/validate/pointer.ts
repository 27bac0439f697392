import type { JsonValue } from './types.js';

/** Escapes one reference token (RFC 6901 §3): `~` → `~0`, `/` → `~1`. */
export function escapeToken(token: string | number): string {
  if (typeof token === 'number') return String(token);
  // Fast path: paths are built for every value of a large document.
  return token.includes('~') || token.includes('/') ? token.replace(/~/g, '~0').replace(/\//g, '~1') : token;
}

/** Builds a JSON Pointer from unescaped tokens: `pointer('members', 0, 'name')` → `/members/0/name`. */
export function pointer(...tokens: readonly (string | number)[]): string {
  let out = '';
  for (const t of tokens) out += `/${escapeToken(t)}`;
  return out;
}

/** Appends tokens to an existing pointer. */
export function childPointer(base: string, ...tokens: readonly (string | number)[]): string {
  return base + pointer(...tokens);
}

/** Splits a JSON Pointer into unescaped tokens; undefined when it is not a pointer. */
export function parsePointer(p: string): string[] | undefined {
  if (p === '') return [];
  if (!p.startsWith('/')) return undefined;
  return p
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Looks a pointer up in JSON data, own properties only (never `__proto__` and friends). */
export function resolvePointer(root: JsonValue, p: string): { found: true; value: JsonValue } | { found: false } {
  const tokens = parsePointer(p);
  if (!tokens) return { found: false };
  let value: JsonValue = root;
  for (const token of tokens) {
    if (Array.isArray(value)) {
      if (!/^(0|[1-9]\d*)$/.test(token) || Number(token) >= value.length) return { found: false };
      value = value[Number(token)] as JsonValue;
    } else if (value !== null && typeof value === 'object' && Object.hasOwn(value, token)) {
      value = value[token] as JsonValue;
    } else {
      return { found: false };
    }
  }
  return { found: true, value };
}
