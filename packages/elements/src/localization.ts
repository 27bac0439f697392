/**
 * Runtime-mode localisation for the widget's own strings (`msg()` with stable ids,
 * English source). Configuration is lazy: nothing runs at import time, and nothing runs
 * at all while the widget only shows English — so a host page that configures its own
 * `@lit/localize` (possibly the very same deduplicated module) is never pre-empted.
 */
import { configureLocalization, msg as litMsg, str, type LocaleModule } from '@lit/localize';

/**
 * The widget's `msg` and `str`: every module imports them from here, never from
 * `@lit/localize` directly, so that how the widget picks its strings stays in this one
 * module. `msg` keeps `@lit/localize`'s type (and so its brand): `lit-localize extract`
 * finds the calls.
 */
export { str };
type PlainMsg = (template: Parameters<typeof litMsg>[0], options?: Parameters<typeof litMsg>[1]) => ReturnType<typeof litMsg>;
// Unbranded, so the extractor does not take this forwarding call for a message of its own.
const forward: PlainMsg = litMsg;
export const msg = ((template, options) => forward(template, options)) as PlainMsg as typeof litMsg;

export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['fi', 'sv'] as const;

export type TargetLocale = (typeof TARGET_LOCALES)[number];
export type SupportedLocale = typeof SOURCE_LOCALE | TargetLocale;

// Literal import()s so that Vite, esbuild and Storybook can all resolve and split them.
const localeLoaders: Record<TargetLocale, () => Promise<LocaleModule>> = {
  fi: () => import('./locales/fi.js'),
  sv: () => import('./locales/sv.js'),
};

const EMPTY_LOCALE: LocaleModule = { templates: {} };

/** A locale without templates (missing or broken module) renders English. */
async function loadLocale(locale: string): Promise<LocaleModule> {
  const load = localeLoaders[locale as TargetLocale];
  if (!load) return EMPTY_LOCALE;
  try {
    const module = await load();
    return module.templates ? module : EMPTY_LOCALE;
  } catch {
    return EMPTY_LOCALE;
  }
}

type LocaleControls = ReturnType<typeof configureLocalization>;

/** undefined = not tried yet; null = another caller owns this module copy's configuration. */
let controls: LocaleControls | null | undefined;

/**
 * Configures `@lit/localize` once per copy of this module. `configureLocalization`
 * throws when called twice in one `@lit/localize` copy; if a host got there first we
 * leave its configuration alone and our strings fall back to English.
 */
export function ensureLocalization(): LocaleControls | null {
  if (controls !== undefined) return controls;
  try {
    controls = configureLocalization({
      sourceLocale: SOURCE_LOCALE,
      targetLocales: TARGET_LOCALES,
      loadLocale,
    });
  } catch {
    controls = null;
  }
  return controls;
}

/** Switches the widget's strings to `locale` (a supported one); resolves when ready. */
export async function setWidgetLocale(locale: SupportedLocale): Promise<void> {
  const localeControls = ensureLocalization();
  if (!localeControls || localeControls.getLocale() === locale) return;
  await localeControls.setLocale(locale);
}

/** Maps a BCP 47 tag to a supported locale by its primary subtag ("fi-FI" → "fi"); else English. */
export function toSupportedLocale(tag: string | null | undefined): SupportedLocale {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return (TARGET_LOCALES as readonly string[]).includes(primary) ? (primary as TargetLocale) : SOURCE_LOCALE;
}

/**
 * The language an element should speak: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots), else English.
 */
export function resolveLanguage(element: Element): SupportedLocale {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return toSupportedLocale(lang);
    if (node.parentElement) {
      node = node.parentElement;
    } else {
      const root = node.getRootNode();
      node = root instanceof ShadowRoot ? root.host : null;
    }
  }
  return SOURCE_LOCALE;
}
