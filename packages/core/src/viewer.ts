/**
 * Who is looking at the family. The host must say so; without a viewer nothing personal is
 * shown. `admin` sees everything and is meant for demos only (the widget marks it on screen).
 */
export type Viewer =
  | { kind: 'admin' }
  | { kind: 'professional'; professional: string }
  | { kind: 'organization'; organization: string }
  | { kind: 'member'; member: string };

const ID_FIELD = { professional: 'professional', organization: 'organization', member: 'member' } as const;

/**
 * Reads a viewer from an object or a JSON string (an HTML attribute). Anything malformed —
 * an unknown kind, a missing or empty id, extra properties — gives undefined, never a guess:
 * a mistyped viewer must not see more than no viewer.
 */
export function parseViewer(input: unknown): Viewer | undefined {
  try {
    const value: unknown = typeof input === 'string' ? JSON.parse(input) : input;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
    const keys = Object.keys(value);
    if (!Object.hasOwn(value, 'kind')) return undefined;
    const kind: unknown = Reflect.get(value, 'kind');
    if (kind === 'admin') return keys.length === 1 ? { kind } : undefined;
    if (kind !== 'professional' && kind !== 'organization' && kind !== 'member') return undefined;
    const field = ID_FIELD[kind];
    const id: unknown = Reflect.get(value, field);
    if (typeof id !== 'string' || id === '' || keys.length !== 2 || !Object.hasOwn(value, field)) return undefined;
    switch (kind) {
      case 'professional':
        return { kind, professional: id };
      case 'organization':
        return { kind, organization: id };
      case 'member':
        return { kind, member: id };
    }
  } catch {
    return undefined;
  }
}
