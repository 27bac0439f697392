/**
 * WCAG contrast of the shipped colour tokens, light and dark: 4.5:1 for text on its
 * background (1.4.3), 3:1 for symbols, lines, sector colours and the focus ring against
 * theirs (1.4.11). The values come from the module that builds the element's CSS, and the
 * CSS text is checked to carry them, so this tests what ships.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CONTRAST_PAIRS, DECORATIVE_TOKENS, THEME_TOKENS, tokenNamed, type ContrastPair } from '../packages/elements/src/theme/tokens.js';
import { TOKEN_CSS } from '../packages/elements/src/theme/tokens.styles.js';

const SCHEMES = ['light', 'dark'] as const;
const NEEDED: Record<ContrastPair['need'], number> = { text: 4.5, graphic: 3 };

/** Relative luminance of `#rrggbb` (WCAG 2.2 definition). */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  assert.ok(match, `${hex} is a #rrggbb colour (contrast is only checked on opaque colours)`);
  const value = Number.parseInt(match[1]!, 16);
  const [r, g, b] = [value >> 16, (value >> 8) & 0xff, value & 0xff].map((channel) => {
    const s = channel / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
}

describe('contrast helper', () => {
  test('matches WCAG reference values', () => {
    assert.equal(contrast('#000000', '#ffffff').toFixed(2), '21.00', 'black on white is 21:1');
    assert.equal(contrast('#ffffff', '#ffffff').toFixed(2), '1.00', 'white on white is 1:1');
    assert.equal(contrast('#767676', '#ffffff').toFixed(2), '4.54', '#767676 on white is the classic 4.54:1');
  });
});

describe('theme tokens: contrast', () => {
  for (const scheme of SCHEMES) {
    test(`${scheme}: every pair reaches its WCAG minimum`, () => {
      const failures = CONTRAST_PAIRS.flatMap((pair) => {
        const ratio = contrast(tokenNamed(pair.foreground)[scheme], tokenNamed(pair.background)[scheme]);
        return ratio >= NEEDED[pair.need] ? [] : [`${pair.foreground} on ${pair.background}: ${ratio.toFixed(2)} < ${NEEDED[pair.need]}`];
      });
      assert.deepEqual(failures, [], `${scheme} colours below their minimum contrast`);
    });
  }

  test('every colour token is checked in some pair, or is declared decorative', () => {
    const checked = new Set(CONTRAST_PAIRS.flatMap((pair) => [pair.foreground, pair.background]));
    const unchecked = THEME_TOKENS.filter((t) => t.kind === 'color' && !checked.has(t.name) && !DECORATIVE_TOKENS.includes(t.name)).map((t) => t.name);
    assert.deepEqual(unchecked, [], 'colour tokens no contrast rule covers');
  });

  test('every sector and every focus colour is checked against the background', () => {
    for (const name of THEME_TOKENS.map((t) => t.name).filter((n) => n.startsWith('--fv-sector-') || n === '--fv-focus-color')) {
      assert.ok(
        CONTRAST_PAIRS.some((p) => p.foreground === name && p.background === '--fv-background' && p.need === 'graphic'),
        `${name} is checked at 3:1 against --fv-background`,
      );
    }
  });
});

describe('theme tokens: the CSS carries them', () => {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  test('each token is declared with its light and dark default', () => {
    for (const token of THEME_TOKENS) {
      const light = new RegExp(`${escape(token.private)}: var\\(${escape(token.name)}, ${escape(token.light)}\\);`);
      assert.ok(light.test(TOKEN_CSS), `${token.name} has its light default in the CSS`);
      if (token.kind === 'color') {
        const dark = new RegExp(`${escape(token.private)}: var\\(${escape(token.name)}, ${escape(token.dark)}\\);`);
        assert.ok(dark.test(TOKEN_CSS), `${token.name} has its dark default in the CSS`);
        assert.ok(TOKEN_CSS.includes(`${token.private}: ${token.forced};`), `${token.name} becomes ${token.forced} under forced colours`);
      }
    }
  });

  test('public and private names are unique', () => {
    const names = THEME_TOKENS.map((t) => t.name);
    const privates = THEME_TOKENS.map((t) => t.private);
    assert.equal(new Set(names).size, names.length, 'public token names are unique');
    assert.equal(new Set(privates).size, privates.length, 'private token names are unique');
  });
});
