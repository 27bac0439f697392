import { readFileSync } from 'node:fs';
import { parsePointer } from '../../src/validate/pointer.js';

/** Plain JSON test data. */
export type Node = { [key: string]: unknown };

/** The schema file, as the tests read it. */
export const schema = JSON.parse(readFileSync(new URL('../../src/schema/family-document.schema.json', import.meta.url), 'utf8')) as Node & {
  $defs: Record<string, Node>;
  examples: unknown[];
};

/** A fresh copy of the schema's own valid example document. */
export const example = (): Node => structuredClone(schema.examples[0]) as Node;

/**
 * Sets the value at a JSON Pointer of plain test data; `undefined` deletes it, and the
 * token `-` appends to an array.
 */
export function setAt(root: unknown, path: string, value: unknown): void {
  const tokens = parsePointer(path) ?? [];
  const last = tokens.pop();
  let node = root;
  for (const t of tokens) node = (node as Node)[t];
  if (last === undefined || node === null || typeof node !== 'object') throw new Error(`bad test path ${path}`);
  if (Array.isArray(node) && last === '-') node.push(value);
  else if (value === undefined) delete (node as Node)[last];
  else (node as Node)[last] = value;
}
