/**
 * What every story file shares: the `view` and `lang` controls, and a story that shows a
 * document to a viewer (passed as properties, like a host does: documents are too large
 * for the controls panel and the URL).
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Viewer } from '@family-view/core';

export const VIEWS = ['overview', 'genogram', 'timeline', 'network', 'consent'] as const;
export const LANGS = ['en', 'fi', 'sv'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
export const DIRS = ['ltr', 'rtl'] as const;

export interface Args {
  view: (typeof VIEWS)[number];
  lang: (typeof LANGS)[number];
  /** `theme` attribute; auto follows the device (prefers-color-scheme). */
  theme?: (typeof THEMES)[number];
  /** `dir` attribute, as a right-to-left host page would set on an ancestor. */
  dir?: (typeof DIRS)[number];
}

export type Story = StoryObj<Args>;

/** The all-seeing demo viewer; the widget marks it visibly (admin banner). */
export const ADMIN = { kind: 'admin' } as Viewer;

export const argTypes = {
  view: { control: 'select', options: VIEWS, description: 'Which view (`view` attribute)' },
  lang: { control: 'inline-radio', options: LANGS, description: 'Language (`lang` attribute)' },
  theme: { control: 'inline-radio', options: THEMES, description: 'Colour scheme (`theme` attribute)' },
  dir: { control: 'inline-radio', options: DIRS, description: 'Text direction (`dir` attribute)' },
} as const;

/** What the element offers a play function. */
export interface RenderedWidget extends HTMLElement {
  readonly updateComplete: Promise<boolean>;
}

export interface ShowOptions {
  description?: string;
  /** Runs after the first render, as a user would act (e.g. select a member). */
  play?: (widget: RenderedWidget) => Promise<void> | void;
}

/** A story showing `data` (or a lazily built document) to `viewer`. */
export function show(data: unknown | (() => unknown), viewer: Viewer | null = ADMIN, options: ShowOptions = {}): Story {
  let cached: unknown;
  const document = () => (typeof data === 'function' ? (cached ??= (data as () => unknown)()) : data);
  const { description, play } = options;
  return {
    render: ({ view, lang, theme = 'auto', dir = 'ltr' }) =>
      html`<family-view .data=${document()} .viewer=${viewer} view=${view} lang=${lang} theme=${theme} dir=${dir}></family-view>`,
    ...(description ? { parameters: { docs: { description: { story: description } } } } : {}),
    ...(play
      ? {
          play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
            const widget = canvasElement.querySelector<RenderedWidget>('family-view');
            if (!widget) return;
            await widget.updateComplete;
            await play(widget);
          },
        }
      : {}),
  };
}
