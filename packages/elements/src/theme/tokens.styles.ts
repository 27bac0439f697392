import { unsafeCSS, type CSSResult } from 'lit';
import { THEME_TOKENS, type ColorToken, type ThemeToken } from './tokens.js';

/**
 * The token layer of the element's styles, built from `THEME_TOKENS`.
 *
 * One pattern throughout: on `:host`, each public token is read once into a private copy,
 * `--_fv-text: var(--fv-text-color, #1f2933)`, and components read only the private copy.
 * So a host's `family-view { --fv-text-color: … }` (or the same on any ancestor) wins over
 * the default — styles from outside beat `:host` rules, and the `var()` fallback only
 * applies when nobody set the token — while the dark scheme and forced colours can swap
 * the defaults without touching a single component rule.
 *
 * - Light is the default; `prefers-color-scheme: dark` swaps in the dark defaults unless
 *   `theme="light"`, and `theme="dark"` swaps them in whatever the media says. `theme`
 *   also sets `color-scheme`, so the slider and the scrollbars follow.
 * - `forced-colors: active` sets the private copies to system colours outright, ignoring
 *   both the defaults and anything the host set: the user's palette wins.
 * - `prefers-reduced-motion: reduce` makes every transition instant.
 *
 * `unsafeCSS` only because the text is built from constants; no input reaches it.
 */

function declarations<T extends ThemeToken>(tokens: readonly T[], value: (token: T) => string): string {
  return tokens.map((token) => `${token.private}: ${value(token)};`).join('\n    ');
}

const colorTokens = THEME_TOKENS.filter((token): token is ColorToken => token.kind === 'color');

const lightDeclarations = declarations(THEME_TOKENS, (token) => `var(${token.name}, ${token.light})`);
const darkDeclarations = declarations(colorTokens, (token) => `var(${token.name}, ${token.dark})`);
const forcedDeclarations = declarations(colorTokens, (token) => token.forced);

/** The CSS text, exported for the tests that check what ships. */
export const TOKEN_CSS = `
  :host {
    color-scheme: light;
    ${lightDeclarations}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      color-scheme: dark;
      ${darkDeclarations}
    }
  }
  :host([theme='dark']) {
    color-scheme: dark;
    ${darkDeclarations}
  }
  @media (forced-colors: active) {
    /* Both selectors: whatever the theme attribute, and as specific as the theme rules above. */
    :host(:not([theme])),
    :host([theme]) {
      ${forcedDeclarations}
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_fv-transition-duration: 0s;
    }
  }
`;

export const themeTokenStyles: CSSResult = unsafeCSS(TOKEN_CSS);
