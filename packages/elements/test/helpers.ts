/**
 * Shared helpers for the element's browser tests: typed access to mocha's globals, a
 * guard that fails a test on any console warning (Lit dev-mode warnings included),
 * fixture mounting, tiny family documents, and a DOM scanner for privacy checks.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../src/define.js';
import type { FamilyView } from '../src/family-view/family-view.js';

// ---------------------------------------------------------------------------- mocha
interface MochaContext {
  timeout(ms: number): void;
}
type TestFunction = (this: MochaContext) => void | Promise<unknown>;
interface MochaGlobals {
  describe(title: string, body: () => void): void;
  it(title: string, body: TestFunction): void;
  before(body: TestFunction): void;
  after(body: TestFunction): void;
  beforeEach(body: TestFunction): void;
  afterEach(body: TestFunction): void;
}
// The test runner provides mocha's functions as globals; typed here without @types/mocha.
const mocha = globalThis as unknown as MochaGlobals;
export const describe = mocha.describe.bind(globalThis);
export const it = mocha.it.bind(globalThis);
export const before = mocha.before.bind(globalThis);
export const after = mocha.after.bind(globalThis);
export const beforeEach = mocha.beforeEach.bind(globalThis);
export const afterEach = mocha.afterEach.bind(globalThis);

// ------------------------------------------------------------------ warning guard
const DEV_MODE_NOTICE = /Lit is in dev mode/;

/**
 * Call inside a `describe`: every test in it fails when anything warns on the console
 * (Lit's dev-mode warnings among them), except Lit's one-off "dev mode" notice.
 */
export function failOnConsoleWarnings(): void {
  failOnConsole('warn', 'console warnings during the test');
}

/** Call inside a `describe`: every test in it fails when anything is logged as an error. */
export function failOnConsoleErrors(): void {
  failOnConsole('error', 'console errors during the test');
}

function failOnConsole(method: 'warn' | 'error', what: string): void {
  let logged: string[] = [];
  let original: typeof console.warn = console[method];
  beforeEach(() => {
    logged = [];
    original = console[method];
    console[method] = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      if (!DEV_MODE_NOTICE.test(text)) logged.push(text);
      original.apply(console, args);
    };
  });
  afterEach(() => {
    console[method] = original;
    expect(logged, what).to.deep.equal([]);
  });
}

// ------------------------------------------------------------------------ mounting
export const ADMIN = { kind: 'admin' } as const;

export async function mount(data: unknown, viewer: unknown = ADMIN): Promise<FamilyView> {
  const el = await fixture<FamilyView>(html`<family-view .viewer=${viewer} .data=${data}></family-view>`);
  await el.updateComplete;
  // The first fit happens once the drawing's box is measured: after the next layout.
  await nextFrame();
  await nextFrame();
  return el;
}

/**
 * Waits until an element has settled: its update, then `frames` animation frames (resize
 * observers measure, the zoom refits), then any update those asked for.
 */
export async function settle(el: { updateComplete: Promise<unknown> }, frames = 2): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < frames; i++) await nextFrame();
  await el.updateComplete;
}

export function shadow(el: FamilyView): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error('family-view has no shadow root');
  return root;
}

export function memberNodes(el: FamilyView): SVGGElement[] {
  return [...shadow(el).querySelectorAll<SVGGElement>('[data-member-id]')];
}

export function memberNode(el: FamilyView, id: string): SVGGElement {
  const node = shadow(el).querySelector<SVGGElement>(`[data-member-id="${CSS.escape(id)}"]`);
  if (!node) throw new Error(`no node for member ${id}`);
  return node;
}

/** The path data of a member's symbol. */
export function symbolPathOf(el: FamilyView, id: string): string {
  return memberNode(el, id).querySelector('path.symbol')?.getAttribute('d') ?? '';
}

/** How many times `command` (an SVG path letter) occurs in path data. */
export function countCommands(d: string, command: string): number {
  return d.split(command).length - 1;
}

export function viewportTransform(el: FamilyView): string {
  return shadow(el).querySelector('g.viewport')?.getAttribute('transform') ?? '';
}

/** Scale factor of an SVG `translate(x,y) scale(k)` transform as d3-zoom writes it. */
export function scaleOf(transform: string): number {
  const match = /scale\(([^)]+)\)/.exec(transform);
  return match ? Number(match[1]) : 1;
}

// ----------------------------------------------------------------- tiny documents
export interface TinyMember {
  id: string;
  name: string;
  gender: 'female' | 'male' | 'other' | 'unknown';
  [field: string]: unknown;
}

export function person(id: string, gender: TinyMember['gender'], extra: Record<string, unknown> = {}): TinyMember {
  const name = `${id.charAt(0).toUpperCase()}${id.slice(1)}`;
  const member: TinyMember = { id, name, gender, birthDate: '1980-01-01', ...extra };
  // `{ birthDate: undefined }` means "no birth date": drop it rather than send undefined.
  for (const key of Object.keys(member)) if (member[key] === undefined) delete member[key];
  return member;
}

export function familyDocument(parts: { members: TinyMember[] } & Record<string, unknown>): Record<string, unknown> {
  return { schemaVersion: '1.0', asOf: '2025-03-01', ...parts };
}

/** Two partners and one child, with the given partnership history and parentage kind. */
export function coupleWithChild(
  history: Array<{ status: string; start?: string }>,
  childKind = 'biological',
): Record<string, unknown> {
  return familyDocument({
    members: [person('anna', 'female'), person('bert', 'male'), person('cleo', 'female', { birthDate: '2010-05-05' })],
    partnerships: [{ id: 'p1', partners: ['anna', 'bert'], history }],
    parentage: [
      { id: 'pa1', parent: 'anna', child: 'cleo', kind: childKind },
      { id: 'pa2', parent: 'bert', child: 'cleo', kind: childKind },
    ],
  });
}

// --------------------------------------------------------------- privacy scanning
/** Every text node's data and every attribute value under `root`, through open shadow roots. */
/**
 * SVG path data: an absolute move to two numbers, then only numbers and command letters.
 * It carries no one's data, yet "h-10" inside it ("go 10 left") reads as the id "h-10" to a
 * substring check, so scans skip it. An id or name on its own never has this shape.
 */
export const PATH_DATA = /^M-?[\d.]+[ ,]-?[\d.]+[MmLlHhVvCcSsQqTtAaZz\d\s.,+-]*$/;

export function renderedStrings(root: Node): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.COMMENT_NODE) {
      // Lit's marker comments are empty or `?lit$…`; anything else would be content.
      const data = (node as CharacterData).data;
      if (node.nodeType === Node.TEXT_NODE || !data.startsWith('?lit$')) found.push(data);
    }
    if (node instanceof Element) {
      for (const attr of Array.from(node.attributes)) {
        // Path data holding anything but numbers and commands fails PATH_DATA and is scanned.
        if (attr.name === 'd' && PATH_DATA.test(attr.value)) continue;
        found.push(attr.value);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of Array.from(node.childNodes)) visit(child);
  };
  visit(root);
  return found;
}

/** Keys whose values are enumerations or format markers, not anyone's data. */
export const VOCABULARY_KEYS: ReadonlySet<string> = new Set([
  'schemaVersion',
  'asOf',
  'gender',
  'kind',
  'status',
  'quality',
  'sector',
  'scope',
  'reason',
  'languages',
  'system',
  'sectors',
]);

/** Personal strings of a document: ids, names, dates, addresses, free text — everything but enumerations. */
export function personalStrings(document: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (!VOCABULARY_KEYS.has(key) && value.trim().length >= 3) found.add(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key);
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(document, '');
  return [...found];
}

/** The personal strings that occur anywhere in `haystack`. */
export function leakedStrings(haystack: readonly string[], personal: readonly string[]): string[] {
  const text = haystack.join('\n');
  return personal.filter((value) => text.includes(value));
}
