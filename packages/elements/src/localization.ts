/**
 * The widget's own strings in its own language, per element.
 *
 * `@lit/localize`'s runtime mode has one locale per copy of the module and may be configured
 * only once: that cannot give two widgets on one page two languages, and it would collide
 * with a host page that configures `@lit/localize` itself. So the widget never calls
 * `configureLocalization` and never installs a `msg` implementation. It only borrows
 * `@lit/localize`'s types and `str` tag (for `lit-localize extract` and `build`) and picks
 * its strings here: `withLocale(locale, work)` makes a language's templates the active ones
 * while `work` runs, and `msg()` looks its id up in them.
 */
import type { MsgOptions, StrResult, TemplateLike, TemplateMap, msg as litMsg } from '@lit/localize';
import { str } from '@lit/localize';
import { templates as fiTemplates } from './locales/fi.js';
import { templates as svTemplates } from './locales/sv.js';

export { str };

export const SOURCE_LOCALE = 'en';
export const TARGET_LOCALES = ['fi', 'sv'] as const;

export type TargetLocale = (typeof TARGET_LOCALES)[number];
export type SupportedLocale = typeof SOURCE_LOCALE | TargetLocale;

/** The generated runtime-mode modules (`npm run localize:build`); English is the source itself. */
const TEMPLATES: Readonly<Record<SupportedLocale, TemplateMap | undefined>> = {
  en: undefined,
  fi: fiTemplates,
  sv: svTemplates,
};

/** The language `msg()` speaks now, and its templates (undefined = English). */
let activeLocale: SupportedLocale = SOURCE_LOCALE;
let active: TemplateMap | undefined;

/** The language of the running `withLocale` (English outside one): for `Intl` formats made alongside `msg()`. */
export function currentLocale(): SupportedLocale {
  return activeLocale;
}

/**
 * Runs `work` with `locale`'s strings active, and puts the previous ones back afterwards
 * (also when `work` throws, and when calls nest). Synchronous only: strings made after an
 * `await` inside `work` are English.
 */
export function withLocale<T>(locale: SupportedLocale, work: () => T): T {
  const previous = { locale: activeLocale, templates: active };
  activeLocale = locale;
  active = TEMPLATES[locale];
  try {
    return work();
  } finally {
    activeLocale = previous.locale;
    active = previous.templates;
  }
}

const isStrResult = (template: TemplateLike): template is StrResult => typeof template === 'object' && 'strTag' in template;

/** `strings` with `values` between them; `order[i]` is the index of the source value at gap i. */
function join(strings: readonly string[], values: readonly unknown[], order?: readonly unknown[]): string {
  let text = strings[0] ?? '';
  for (let i = 1; i < strings.length; i++) {
    text += String(order ? values[order[i - 1] as number] : values[i - 1]);
    text += strings[i];
  }
  return text;
}

/** A translation's placeholders must each name one of the source's values. */
function fitsSource(translation: StrResult, source: StrResult): boolean {
  return (
    translation.values.length === translation.strings.length - 1 &&
    translation.values.every((index) => Number.isInteger(index) && (index as number) >= 0 && (index as number) < source.values.length)
  );
}

/**
 * The active language's text for a message: its translation by `options.id`, else the
 * English source. A `str` translation holds, in place of each expression, the index of the
 * source value that goes there, so translators may reorder the placeholders. `html`
 * templates are not used inside `msg()` in this code base: one is returned as it is, in
 * English.
 */
function pick(template: TemplateLike, options?: MsgOptions): string | Exclude<TemplateLike, string | StrResult> {
  const id = options?.id;
  const translation = id === undefined ? undefined : active?.[id];
  if (typeof template === 'string') return typeof translation === 'string' ? translation : template;
  if (!isStrResult(template)) return template;
  if (typeof translation === 'string') return translation; // a translation that needs none of the values
  if (translation && isStrResult(translation) && fitsSource(translation, template)) {
    return join(translation.strings, template.values, translation.values);
  }
  return join(template.strings, template.values);
}

/**
 * The widget's `msg`: every module imports it (and `str`) from here, never from
 * `@lit/localize`. It keeps `@lit/localize`'s type, and so its brand, for
 * `lit-localize extract` to find the calls. (A call of a branded `msg` in this module would
 * itself count as a message: there is none.)
 */
export const msg = pick as typeof litMsg;

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
