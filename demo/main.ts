/**
 * The demo host page: what a family portal or client system does around
 * `<family-view>`. It chooses a family document, says who is looking, listens to the
 * widget's events — and never reaches into the widget's shadow DOM.
 */
import '@family-view/elements';
import type { FamilyDocument, Viewer } from '@family-view/core';
import { fixtureList } from '../test/fixtures/index.js';

/** The widget as a host sees it: its public properties and attributes only. */
interface FamilyViewElement extends HTMLElement {
  data: unknown;
  viewer: Viewer | null | undefined;
  readonly updateComplete?: Promise<boolean>;
}

interface SelectDetail {
  type: string;
  id: string;
}

interface InvalidDetail {
  errors: Array<{ path: string; message: string; code?: string }>;
}

const VIEWS = ['overview', 'genogram', 'timeline', 'network', 'consent'] as const;
type View = (typeof VIEWS)[number];
const LANGS = ['en', 'fi', 'sv'] as const;
const THEMES = ['auto', 'light', 'dark'] as const;
const DIRS = ['ltr', 'rtl'] as const;
const PASTED = 'pasted';

function $<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`demo: ${selector} is missing from index.html`);
  return element;
}

const widget = $<FamilyViewElement>('#family-view');
const familySelect = $<HTMLSelectElement>('#family-select');
const viewSelect = $<HTMLSelectElement>('#view-select');
const viewerSelect = $<HTMLSelectElement>('#viewer-select');
const langSelect = $<HTMLSelectElement>('#lang-select');
const themeSelect = $<HTMLSelectElement>('#theme-select');
const dirSelect = $<HTMLSelectElement>('#dir-select');
const widgetTitle = $<HTMLElement>('#widget-title');
const widgetStatus = $<HTMLElement>('#widget-status');
const pasteForm = $<HTMLFormElement>('#paste-form');
const pasteInput = $<HTMLTextAreaElement>('#paste-input');
const errorsSummary = $<HTMLElement>('#errors-summary');
const errorsList = $<HTMLOListElement>('#errors-list');
const selectLog = $<HTMLOListElement>('#select-log');

// ---------------------------------------------------------------------------------------
// Who may be looking. The options come from the document being shown, so that anyone can
// see the same family through different eyes: the all-seeing demo admin, every
// professional, every organisation and every family member of the document, and no
// viewer at all. (A real host never lets its user choose: it knows who is logged in.)

interface ViewerOption {
  /** Stable value for the <select> and the URL. */
  value: string;
  label: string;
  /** <optgroup> label; options without a group come first. */
  group?: string;
  viewer: Viewer | null;
}

type ViewerSource = (document: Partial<FamilyDocument> | null) => ViewerOption[];

/** Entries of a list in a (possibly pasted, possibly broken) document that have a string id. */
function entries(list: unknown): Array<Record<string, unknown> & { id: string }> {
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is Record<string, unknown> & { id: string } =>
      item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string',
  );
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() ? value : fallback;
}

const builtInViewers: ViewerSource = () => [
  { value: 'admin', label: 'Admin (demo: sees everything)', viewer: { kind: 'admin' } },
  { value: 'none', label: 'No viewer', viewer: null },
];

const professionalViewers: ViewerSource = (document) => {
  const organizations = new Map(entries(document?.organizations).map((o) => [o.id, text(o.name, o.id)]));
  return entries(document?.professionals).map((p) => {
    const about = [p.title, organizations.get(String(p.organization))].filter((part) => typeof part === 'string' && part);
    return {
      value: `professional:${p.id}`,
      label: `${text(p.name, p.id)}${about.length > 0 ? ` — ${about.join(', ')}` : ''}`,
      group: 'Professionals',
      viewer: { kind: 'professional', professional: p.id },
    };
  });
};

const organizationViewers: ViewerSource = (document) =>
  entries(document?.organizations).map((o) => ({
    value: `organization:${o.id}`,
    label: text(o.name, o.id),
    group: 'Organisations',
    viewer: { kind: 'organization', organization: o.id },
  }));

const memberViewers: ViewerSource = (document) =>
  entries(document?.members)
    .filter((m) => m.placeholder !== true)
    .map((m) => ({
      value: `member:${m.id}`,
      label: `${text(m.name, m.id)} (family portal)`,
      group: 'Family members',
      viewer: { kind: 'member', member: m.id },
    }));

const viewerSources: ViewerSource[] = [builtInViewers, professionalViewers, organizationViewers, memberViewers];

function viewerOptions(document: Partial<FamilyDocument> | null): ViewerOption[] {
  return viewerSources.flatMap((source) => source(document));
}

// ---------------------------------------------------------------------------------------
// State, kept in the URL so that a view can be shared or reloaded.

interface State {
  family: string;
  view: View;
  viewer: string;
  lang: string;
  theme: (typeof THEMES)[number];
  dir: (typeof DIRS)[number];
}

/** `value` when it is one of `allowed`, else the first of them. */
function oneOf<T extends string>(allowed: readonly T[], value: string | null): T {
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : (allowed[0] as T);
}

const fixtureKeys: string[] = fixtureList.map((fixture) => fixture.key);

function readState(): State {
  const params = new URLSearchParams(location.search);
  const family = params.get('family') ?? '';
  const view = params.get('view') ?? '';
  const lang = params.get('lang') ?? '';
  return {
    family: fixtureKeys.includes(family) ? family : (fixtureKeys[0] ?? ''),
    view: (VIEWS as readonly string[]).includes(view) ? (view as View) : 'overview',
    viewer: params.get('viewer') ?? 'admin',
    lang: (LANGS as readonly string[]).includes(lang) ? lang : 'en',
    theme: oneOf(THEMES, params.get('theme')),
    dir: oneOf(DIRS, params.get('dir')),
  };
}

let state = readState();
let pastedDocument: unknown = null;

function writeState(): void {
  const params = new URLSearchParams();
  if (state.family !== PASTED) params.set('family', state.family);
  params.set('view', state.view);
  params.set('viewer', state.viewer);
  params.set('lang', state.lang);
  params.set('theme', state.theme);
  params.set('dir', state.dir);
  history.replaceState(null, '', `?${params.toString()}`);
}

function currentDocument(): unknown {
  if (state.family === PASTED) return pastedDocument;
  return fixtureList.find((fixture) => fixture.key === state.family)?.document ?? null;
}

function asDocumentLike(value: unknown): Partial<FamilyDocument> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Partial<FamilyDocument>) : null;
}

// ---------------------------------------------------------------------------------------
// Rendering the host page's own controls (plain DOM, text only: no innerHTML).

function option(value: string, label: string): HTMLOptionElement {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = label;
  return element;
}

function renderFamilyOptions(): void {
  familySelect.replaceChildren(...fixtureList.map((fixture) => option(fixture.key, fixture.title)));
  if (state.family === PASTED) familySelect.append(option(PASTED, 'Pasted document'));
  familySelect.value = state.family;
}

function renderViewerOptions(): ViewerOption[] {
  const options = viewerOptions(asDocumentLike(currentDocument()));
  const ungrouped = options.filter((o) => !o.group).map((o) => option(o.value, o.label));
  const groups = new Map<string, HTMLOptGroupElement>();
  for (const o of options.filter((candidate) => candidate.group)) {
    const label = o.group ?? '';
    let group = groups.get(label);
    if (!group) {
      group = document.createElement('optgroup');
      group.label = label;
      groups.set(label, group);
    }
    group.append(option(o.value, o.label));
  }
  viewerSelect.replaceChildren(...ungrouped, ...groups.values());
  // A viewer who is not in this document becomes "No viewer", never the all-seeing admin:
  // switching family (or pasting) must not widen what is shown without anyone choosing it.
  if (!options.some((o) => o.value === state.viewer)) state.viewer = 'none';
  viewerSelect.value = state.viewer;
  return options;
}

function documentTitle(value: unknown): string {
  if (state.family !== PASTED) {
    return fixtureList.find((fixture) => fixture.key === state.family)?.title ?? 'Family';
  }
  const label = asDocumentLike(value)?.family?.label;
  return typeof label === 'string' && label.trim() ? `${label} (pasted)` : 'Pasted document';
}

/** Pushes the current state into the widget: attributes, then properties. */
function update(): void {
  const data = currentDocument();
  const options = renderViewerOptions();
  const chosen = options.find((o) => o.value === state.viewer) ?? null;

  viewSelect.value = state.view;
  langSelect.value = state.lang;
  themeSelect.value = state.theme;
  dirSelect.value = state.dir;
  widget.setAttribute('view', state.view);
  widget.setAttribute('lang', state.lang);
  // The host page follows the same theme, as a portal with its own dark mode would.
  widget.setAttribute('theme', state.theme);
  document.documentElement.dataset.theme = state.theme;
  widget.setAttribute('dir', state.dir);
  widget.viewer = chosen?.viewer ?? null;
  widget.data = data;

  widgetTitle.textContent = documentTitle(data);
  const viewerLabel = chosen ? chosen.label : 'no viewer';
  widgetStatus.textContent = `Showing the ${state.view} view to: ${viewerLabel}.`;
  writeState();
}

/** Shows `data` and lists what the widget reports about it (fv-invalid, or nothing). */
let showToken = 0;

function showDocument(): void {
  const context = documentContext();
  const token = ++showToken;
  errorsSeen = false;
  errorsList.replaceChildren();
  errorsSummary.textContent = `${context}: checking…`;
  update();
  // fv-invalid arrives during the widget's update; if none came, say so.
  void Promise.resolve(widget.updateComplete).then(() => {
    requestAnimationFrame(() => {
      if (token !== showToken || errorsSeen) return;
      // null (or nothing) is no document, not a valid one: the widget shows its empty state.
      errorsSummary.textContent =
        currentDocument() == null ? `${context}: null is no document; the widget shows its empty state.` : `${context}: no errors reported.`;
    });
  });
}

function documentContext(): string {
  return state.family === PASTED ? 'Pasted document' : 'Current document';
}

// ---------------------------------------------------------------------------------------
// Validation errors reported by the widget (fv-invalid), beside its own error box.

let errorsSeen = false;

function showErrors(errors: InvalidDetail['errors'], context: string): void {
  errorsSeen = errors.length > 0;
  errorsList.replaceChildren(
    ...errors.map((error) => {
      const item = document.createElement('li');
      const path = document.createElement('code');
      path.className = 'errors__path';
      path.textContent = error.path === '' ? '(the whole document)' : error.path;
      const message = document.createElement('span');
      message.className = 'errors__message';
      message.textContent = error.message;
      item.append(path, ' ', message);
      if (error.code) {
        const code = document.createElement('span');
        code.className = 'errors__code';
        code.textContent = ` [${error.code}]`;
        item.append(code);
      }
      return item;
    }),
  );
  errorsSummary.textContent =
    errors.length === 0
      ? `${context}: no errors.`
      : `${context}: ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}.`;
}

widget.addEventListener('fv-invalid', (event) => {
  const detail = (event as CustomEvent<InvalidDetail>).detail;
  showErrors(detail?.errors ?? [], documentContext());
});

// ---------------------------------------------------------------------------------------
// The fv-select log.

/** Logs an fv-select or fv-as-of-change detail, newest first. */
function logEvent(type: string, detail: unknown): void {
  const item = document.createElement('li');
  const time = document.createElement('time');
  const now = new Date();
  time.dateTime = now.toISOString();
  time.textContent = now.toLocaleTimeString();
  const what = document.createElement('code');
  what.textContent = `${type} ${JSON.stringify(detail)}`;
  item.append(time, ' ', what);
  selectLog.prepend(item);
  while (selectLog.children.length > 50) selectLog.lastElementChild?.remove();
}

widget.addEventListener('fv-select', (event) => logEvent('fv-select', (event as CustomEvent<SelectDetail>).detail));
widget.addEventListener('fv-as-of-change', (event) => logEvent('fv-as-of-change', (event as CustomEvent<unknown>).detail));

$<HTMLButtonElement>('#clear-log').addEventListener('click', () => selectLog.replaceChildren());

// ---------------------------------------------------------------------------------------
// Controls.

$<HTMLFormElement>('#settings').addEventListener('submit', (event) => event.preventDefault());

familySelect.addEventListener('change', () => {
  state = { ...state, family: familySelect.value };
  if (state.family !== PASTED) renderFamilyOptions(); // drops "Pasted document"
  showDocument();
});
viewSelect.addEventListener('change', () => {
  state = { ...state, view: viewSelect.value as View };
  update();
});
viewerSelect.addEventListener('change', () => {
  state = { ...state, viewer: viewerSelect.value };
  update();
});
langSelect.addEventListener('change', () => {
  state = { ...state, lang: langSelect.value };
  update();
});
themeSelect.addEventListener('change', () => {
  state = { ...state, theme: oneOf(THEMES, themeSelect.value) };
  update();
});
dirSelect.addEventListener('change', () => {
  state = { ...state, dir: oneOf(DIRS, dirSelect.value) };
  update();
});

/** A document with two mistakes, to show the error box and the fv-invalid list. */
const BROKEN_EXAMPLE = {
  schemaVersion: '1.0',
  members: [
    { id: 'm-1', name: 'Aino', gender: 'female', birthDate: '1990-02-30' },
    { id: 'm-2', name: 'Eero', gender: 'male' },
  ],
  parentage: [{ id: 'p-1', parent: 'm-1', child: 'm-3', kind: 'biological' }],
};

$<HTMLButtonElement>('#paste-load-current').addEventListener('click', () => {
  pasteInput.value = JSON.stringify(currentDocument(), null, 2);
  pasteInput.focus();
});
$<HTMLButtonElement>('#paste-load-broken').addEventListener('click', () => {
  pasteInput.value = JSON.stringify(BROKEN_EXAMPLE, null, 2);
  pasteInput.focus();
});

pasteForm.addEventListener('submit', (event) => {
  event.preventDefault();
  let parsed: unknown;
  try {
    parsed = JSON.parse(pasteInput.value);
  } catch (error) {
    // Not JSON at all: the widget never sees it; report it like a validation error.
    const message = error instanceof Error ? error.message : String(error);
    showErrors([{ path: '', message: `This is not JSON: ${message}`, code: 'not-json' }], 'Pasted text');
    pasteInput.focus();
    return;
  }
  pastedDocument = parsed;
  state = { ...state, family: PASTED };
  renderFamilyOptions();
  showDocument();
});

// ---------------------------------------------------------------------------------------

renderFamilyOptions();
showDocument();
