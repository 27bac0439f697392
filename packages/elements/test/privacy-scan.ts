/**
 * Looking for what `redact` removed, everywhere the element could let it out: the shadow
 * DOM (text, every attribute, accessible names and descriptions, SVG titles), the console,
 * the `fv-*` events, the `data` getter and every property the element holds.
 */
import { fixture, html } from '@open-wc/testing';
import { redact, validate, type FamilyDocument, type Viewer } from '@family-view/core';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { PATH_DATA, VOCABULARY_KEYS, renderedStrings, settle, shadow } from './helpers.js';


/** Shorter strings ("36", "fi", "m-1") say nothing on their own and match by chance. */
const MIN_LENGTH = 4;

/** Every string value of a JSON document with the key it sits under. */
function stringValues(value: unknown, key = '', out: Array<{ key: string; value: string }> = []): Array<{ key: string; value: string }> {
  if (typeof value === 'string') out.push({ key, value });
  else if (Array.isArray(value)) for (const item of value) stringValues(item, key, out);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) stringValues(v, k, out);
  return out;
}

export function validDocument(input: unknown): FamilyDocument {
  const result = validate(input);
  if (!result.ok) throw new Error(`fixture is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.document;
}

/**
 * The strings of `original` the viewer must never meet: every string value that occurs
 * nowhere in `redact(original, viewer)` — names, contact details, service names, notes,
 * ids of hidden members, restrictions that deny the viewer — except vocabulary, bare
 * years (an age or a date of something shown may read "2019" too) and very short strings.
 */
export function forbiddenStrings(original: FamilyDocument, viewer: Viewer | undefined): string[] {
  const allowed = stringValues(redact(original, viewer)).map((s) => s.value);
  const allowedText = allowed.join('\u0000');
  const forbidden = new Set<string>();
  for (const { key, value } of stringValues(original)) {
    const trimmed = value.trim();
    if (VOCABULARY_KEYS.has(key) || trimmed.length < MIN_LENGTH || /^\d{4}$/.test(trimmed)) continue;
    if (!allowedText.includes(value)) forbidden.add(value);
  }
  return [...forbidden];
}

/** Text of the ARIA id references (aria-labelledby, aria-describedby) under `root`. */
export function referencedTexts(root: ShadowRoot): string[] {
  const texts: string[] = [];
  for (const element of root.querySelectorAll('[aria-labelledby], [aria-describedby]')) {
    for (const attribute of ['aria-labelledby', 'aria-describedby']) {
      for (const id of (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
        texts.push(root.getElementById(id)?.textContent ?? '');
      }
    }
  }
  return texts;
}

/**
 * Every string reachable from the element's own properties (string and symbol keys) —
 * Lit's reactive properties and bookkeeping included — walking objects, arrays, maps and
 * sets, but not into DOM nodes or functions.
 */
export function propertyStrings(el: FamilyView): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, depth: number): void => {
    if (typeof value === 'string') {
      if (!PATH_DATA.test(value)) found.push(value); // geometry the timeline keeps (see PATH_DATA)
      return;
    }
    if (value === null || typeof value !== 'object' || depth > 12 || seen.has(value)) return;
    if (value instanceof Node || value instanceof Window || value instanceof Event) return;
    seen.add(value);
    if (value instanceof Map) {
      for (const [k, v] of value) {
        visit(k, depth + 1);
        visit(v, depth + 1);
      }
    } else if (value instanceof Set || Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else {
      for (const key of Reflect.ownKeys(value)) {
        const descriptor = Object.getOwnPropertyDescriptor(value, key);
        if (descriptor && 'value' in descriptor) visit(descriptor.value, depth + 1);
      }
    }
  };
  for (const key of Reflect.ownKeys(el)) {
    const descriptor = Object.getOwnPropertyDescriptor(el, key);
    if (descriptor && 'value' in descriptor) visit(descriptor.value, 0);
  }
  // The reactive properties Lit declares, read through their accessors.
  const declared = (el.constructor as unknown as { elementProperties: Map<PropertyKey, unknown> }).elementProperties;
  for (const key of declared.keys()) visit(Reflect.get(el, key), 0);
  visit(el.data, 0);
  return found;
}

/** Everything the element shows or holds, as one list of strings. */
export function elementStrings(el: FamilyView): string[] {
  const root = el.shadowRoot;
  if (!root) throw new Error('no shadow root');
  return [
    ...renderedStrings(root),
    ...referencedTexts(root),
    ...el.getAttributeNames().map((name) => el.getAttribute(name) ?? ''),
    JSON.stringify(el.data ?? null),
    ...propertyStrings(el),
  ];
}

const TABLE_TOGGLES = '[part~="genogram-table-toggle"], [part~="timeline-table-toggle"]';

/**
 * The text alternatives too: turns every "Show as table" toggle in the view on, scans the
 * tables, presses every name in them (each fires `fv-select`, a member's opens the details
 * panel) and scans again; then turns the toggles off, so the walk goes on with the drawings.
 */
export async function tablesShown(el: FamilyView): Promise<string[]> {
  const root = el.shadowRoot;
  if (!root) throw new Error('no shadow root');
  const pressed = (toggle: Element) => toggle.getAttribute('aria-pressed') === 'true';
  const toggles = [...root.querySelectorAll<HTMLButtonElement>(TABLE_TOGGLES)];
  for (const toggle of toggles) if (!pressed(toggle)) toggle.click();
  await el.updateComplete;
  await el.updateComplete;
  const seen = elementStrings(el);
  // A name's click adds nothing to the tables but marks; what it opens is the details panel.
  for (const name of root.querySelectorAll<HTMLButtonElement>('button.table-select')) {
    name.click();
    await el.updateComplete;
    const details = root.querySelector('[part="details"]');
    if (details) seen.push(...renderedStrings(details));
  }
  seen.push(...referencedTexts(root));
  for (const toggle of root.querySelectorAll<HTMLButtonElement>(TABLE_TOGGLES)) if (pressed(toggle)) toggle.click();
  await el.updateComplete;
  await el.updateComplete;
  return seen;
}

export function leaks(haystack: readonly string[], forbidden: readonly string[]): string[] {
  const text = haystack.join('\u0000');
  return forbidden.filter((value) => text.includes(value));
}

// ----------------------------------------------------------------- console and events
type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';
const CONSOLE_METHODS: ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug'];
const EVENT_TYPES = ['fv-select', 'fv-invalid', 'fv-as-of-change'];

/** Records console output and fv-* event details until `stop()`. */
export function recordOutput(): { logged: string[]; details: string[]; stop(): void } {
  const logged: string[] = [];
  const details: string[] = [];
  const originals = new Map<ConsoleMethod, (...args: unknown[]) => void>();
  for (const method of CONSOLE_METHODS) {
    const original = console[method];
    originals.set(method, original);
    console[method] = (...args: unknown[]) => {
      logged.push(args.map((a) => (typeof a === 'string' ? a : (JSON.stringify(a) ?? String(a)))).join(' '));
      original.apply(console, args);
    };
  }
  const record = (event: Event) => details.push(JSON.stringify((event as CustomEvent).detail));
  for (const type of EVENT_TYPES) document.addEventListener(type, record);
  return {
    logged,
    details,
    stop() {
      for (const [method, original] of originals) console[method] = original;
      for (const type of EVENT_TYPES) document.removeEventListener(type, record);
    },
  };
}

/** Every viewer a document knows, and one it does not. */
export function viewersOf(doc: FamilyDocument): Array<{ label: string; viewer: Viewer }> {
  return [
    { label: 'admin', viewer: { kind: 'admin' } },
    ...(doc.professionals ?? []).map((p) => ({ label: `professional ${p.id}`, viewer: { kind: 'professional', professional: p.id } as Viewer })),
    ...(doc.organizations ?? []).map((o) => ({ label: `organisation ${o.id}`, viewer: { kind: 'organization', organization: o.id } as Viewer })),
    ...doc.members.map((m) => ({ label: `member ${m.id}`, viewer: { kind: 'member', member: m.id } as Viewer })),
    { label: 'unknown professional', viewer: { kind: 'professional', professional: 'pr-not-in-this-family' } },
  ];
}

/** The views after the genogram, each scanned whole, with everything in it selected once. */
const OTHER_VIEWS = ['consent', 'timeline', 'network', 'overview'] as const;
const SELECTABLE = '[data-professional-id], [data-event-id], [data-goal-id], [data-service-id]';

/** Shows `doc` to `viewer` in every view and returns every string that left the element. */
export async function everythingShown(el: FamilyView, viewer: Viewer): Promise<string[]> {
  const output = recordOutput();
  try {
    const seen: string[] = [];
    el.viewer = viewer;
    el.setAttribute('view', 'genogram');
    // No frames, two updates: the zoom may ask for one more (labels shown or hidden) after the first.
    await settle(el, 0);
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part~="consent-toggle"]');
    if (toggle && toggle.getAttribute('aria-pressed') !== 'true') {
      toggle.click();
      await settle(el, 0);
    }
    seen.push(...elementStrings(el));
    // Every member node: each click fires fv-select, and focus moves the details panel.
    for (const node of shadow(el).querySelectorAll<SVGGElement>('[part~="member"]')) {
      node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      node.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      await el.updateComplete;
      seen.push(...renderedStrings(shadow(el)), ...referencedTexts(shadow(el)));
    }
    for (const view of OTHER_VIEWS) {
      el.setAttribute('view', view);
      await settle(el, 0);
      seen.push(...elementStrings(el));
      // Select everything selectable: each fires fv-select, and may open details.
      for (const node of shadow(el).querySelectorAll<HTMLElement>(SELECTABLE)) {
        // Focus first: the timeline's detail card shows the focused bar or marker.
        node.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
        await el.updateComplete;
        seen.push(...renderedStrings(shadow(el)));
        node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        await el.updateComplete;
        seen.push(...renderedStrings(shadow(el)), ...referencedTexts(shadow(el)));
      }
      // The timeline's and the overview's drawings as tables (the overview's at the document's date).
      if (view === 'timeline' || view === 'overview') for (const text of await tablesShown(el)) seen.push(text);
    }
    seen.push(...output.logged, ...output.details);
    return seen;
  } finally {
    output.stop();
  }
}

/** A `<family-view>` with nothing set yet. */
export async function emptyElement(): Promise<FamilyView> {
  return fixture<FamilyView>(html`<family-view view="genogram"></family-view>`);
}

/** The sample families, each with its validated document. */
export const samples = Object.entries(fixtures).map(([name, input]) => ({ name, input, doc: validDocument(input) }));
