/**
 * The design tokens of `<family-view>`, as data: one list that builds the element's CSS
 * (`tokens.styles.ts`), documents the public `--fv-*` custom properties and is read by the
 * contrast test, so the test checks exactly what ships.
 *
 * Each token has a light value and a dark one (the same for sizes), and colours have the
 * system colour they become under `forced-colors: active`. A host overrides a token by
 * setting its public name on `family-view` or an ancestor; components never read public
 * names, only the private `--_fv-*` copy (see tokens.styles.ts for why).
 *
 * No DOM and no Lit here: Node imports this module.
 */

import { SECTORS, SERVICE_STATUSES } from '../sectors.js';

export type PublicToken = `--fv-${string}`;
export type PrivateToken = `--_fv-${string}`;

/** System colours a forced-colours palette is made of. */
export type SystemColor = 'Canvas' | 'CanvasText' | 'Highlight' | 'LinkText' | 'GrayText' | 'transparent';

interface TokenBase {
  name: PublicToken;
  /** The name components read; the public value, or the default, lands here. */
  private: PrivateToken;
  /** What it colours or sizes: the manifest's `@cssprop` text and the README's table. */
  description: string;
  light: string;
  dark: string;
}

export interface ColorToken extends TokenBase {
  kind: 'color';
  /** The value under `forced-colors: active`, whatever the host set: the user's palette wins. */
  forced: SystemColor;
}

export interface SizeToken extends TokenBase {
  kind: 'size';
}

export type ThemeToken = ColorToken | SizeToken;

/** The sectors and service statuses of data-model.md, in its order (one list: ../sectors.ts). */
export const THEME_SECTORS = SECTORS;
export const THEME_STATUSES = SERVICE_STATUSES;

const privateOf = (name: PublicToken): PrivateToken => `--_fv-${name.slice('--fv-'.length).replace(/-color$/, '')}`;

function color(name: PublicToken, light: string, dark: string, forced: SystemColor, description: string): ColorToken {
  return { kind: 'color', name, private: privateOf(name), light, dark, forced, description };
}

function size(name: PublicToken, value: string, description: string, privateName: PrivateToken = privateOf(name)): SizeToken {
  return { kind: 'size', name, private: privateName, light: value, dark: value, description };
}

/**
 * Sector colours: light ones carry white letters (≥ 4.5:1), dark ones dark letters. Hues
 * stay apart, and every bar also carries its sector's letter.
 */
const SECTOR_COLORS: Record<(typeof THEME_SECTORS)[number], { light: string; dark: string; label: string }> = {
  social: { light: '#1d5fa8', dark: '#7cb3ff', label: 'social services' },
  health: { light: '#b42318', dark: '#ff8f85', label: 'health care' },
  'early-childhood': { light: '#9c3d7f', dark: '#eb9fd3', label: 'early childhood education' },
  education: { light: '#6041b0', dark: '#bba6f7', label: 'education' },
  benefits: { light: '#7d5700', dark: '#e3b64a', label: 'benefits' },
  employment: { light: '#00705f', dark: '#4fd1b7', label: 'employment services' },
  housing: { light: '#7a4b2a', dark: '#dcaa84', label: 'housing' },
  ngo: { light: '#2d7a32', dark: '#83d187', label: 'NGOs' },
  parish: { light: '#4a4e8c', dark: '#aeb2f0', label: 'parishes' },
  police: { light: '#1f2f4d', dark: '#a5b8dc', label: 'police' },
  other: { light: '#5b6675', dark: '#b3bcc7', label: 'other organisations' },
};

/**
 * What each service status's own mark is drawn in, over the sector colour: planned — the
 * dashed outline; waiting — the hatching; active — the arrow at an open end; paused — the
 * stripes; ended — the colour its bar fades towards; declined — the strike (its outline keeps the sector).
 */
const STATUS_COLORS: Record<(typeof THEME_STATUSES)[number], { light: string; dark: string; forced: SystemColor; mark: string }> = {
  planned: { light: '#3e4c59', dark: '#c3ccd5', forced: 'CanvasText', mark: 'the dashed outline of a planned service' },
  waiting: { light: '#3e4c59', dark: '#c3ccd5', forced: 'CanvasText', mark: 'the hatching of a service applied for and waiting' },
  active: { light: '#1f2933', dark: '#e4e7eb', forced: 'CanvasText', mark: 'the arrow where an active service runs on' },
  paused: { light: '#ffffff', dark: '#14181d', forced: 'Canvas', mark: 'the stripes of a paused service' },
  ended: { light: '#ffffff', dark: '#14181d', forced: 'Canvas', mark: 'the colour an ended service fades towards' },
  declined: { light: '#1f2933', dark: '#e4e7eb', forced: 'CanvasText', mark: 'the strike through a declined service' },
};

export const THEME_TOKENS: readonly ThemeToken[] = [
  // Page and text
  color('--fv-background', '#ffffff', '#14181d', 'Canvas', 'Background of the element, the drawings and their frames.'),
  color('--fv-surface', '#f3f5f8', '#1d232a', 'Canvas', 'Background of panels set apart: the details panel, the timeline card, table heads.'),
  color('--fv-text-color', '#1f2933', '#e4e7eb', 'CanvasText', 'Text, and the ink of marks drawn in text colour.'),
  color('--fv-muted-color', '#52606d', '#a7b1bc', 'CanvasText', 'Secondary text: labels, hints, dates.'),
  color('--fv-border-color', '#cbd2d9', '#4b5563', 'CanvasText', 'Frames, table rules and button borders.'),
  color('--fv-focus-color', '#1a5fb4', '#7cb3ff', 'Highlight', 'The keyboard focus ring.'),
  color('--fv-link-color', '#1a5fb4', '#8cbcff', 'LinkText', 'Links (phone, e-mail, web).'),
  color('--fv-highlight-color', '#1a5fb4', '#7cb3ff', 'Highlight', 'What is selected: the members of the selected service, the selected lane and bar, pressed toggles.'),
  color('--fv-error-color', '#b3261e', '#ff8a80', 'CanvasText', 'Error box border and heading.'),
  color('--fv-error-background', '#fdecea', '#3b1716', 'Canvas', 'Error box background.'),
  color('--fv-warning-color', '#8a5a00', '#f0b43c', 'CanvasText', 'Consents that expire soon.'),
  color('--fv-admin-color', '#5c3c00', '#ffd98a', 'CanvasText', 'Administrator banner text and border.'),
  color('--fv-admin-background', '#fff4ce', '#3a2c05', 'Canvas', 'Administrator banner background.'),
  color('--fv-shared-color', '#2e7d32', '#6fcf73', 'CanvasText', 'Shared scopes, active consents, achieved goals.'),
  color('--fv-not-shared-color', '#9a3412', '#ff9f6b', 'CanvasText', 'Scopes not shared, and restrictions.'),
  // Genogram
  color('--fv-symbol-fill', '#ffffff', '#1d232a', 'Canvas', 'Inside of member symbols.'),
  color('--fv-symbol-stroke', '#1f2933', '#e4e7eb', 'CanvasText', 'Outline of member symbols.'),
  color('--fv-index-fill', '#e8f0fe', '#1d3557', 'Canvas', 'Inside of the index person’s symbol; background of the coordinator’s card.'),
  color('--fv-line-color', '#3e4c59', '#b8c2cc', 'CanvasText', 'Couple, parentage and twin lines.'),
  color('--fv-household-color', '#6b7785', '#8d9aa8', 'CanvasText', 'Household outlines.'),
  color('--fv-household-fill', 'rgb(123 135 148 / 0.06)', 'rgb(141 154 168 / 0.08)', 'transparent', 'Inside of household outlines.'),
  color('--fv-bond-positive-color', '#2e7d32', '#6fcf73', 'CanvasText', 'Close and fused bonds.'),
  color('--fv-bond-negative-color', '#b3261e', '#ff8a80', 'CanvasText', 'Conflict, hostile, violence, abuse and neglect bonds, and their arrowheads.'),
  color('--fv-bond-neutral-color', '#616e7c', '#a7b1bc', 'CanvasText', 'Distant and cut-off bonds.'),
  // Timeline
  color('--fv-mark-color', '#a33c00', '#ffab70', 'CanvasText', 'The date travelled to: its line, label and the bars active on it.'),
  ...THEME_SECTORS.map((sector) =>
    color(`--fv-sector-${sector}`, SECTOR_COLORS[sector].light, SECTOR_COLORS[sector].dark, 'CanvasText', `Bars and chips of ${SECTOR_COLORS[sector].label} (sector \`${sector}\`).`),
  ),
  color('--fv-on-sector-color', '#ffffff', '#10151a', 'Canvas', 'Sector letters drawn on a sector colour.'),
  ...THEME_STATUSES.map((status) =>
    color(`--fv-status-${status}`, STATUS_COLORS[status].light, STATUS_COLORS[status].dark, STATUS_COLORS[status].forced, `Status \`${status}\`: ${STATUS_COLORS[status].mark}.`),
  ),
  color('--fv-doors-1-color', '#dde3ea', '#262e37', 'Canvas', '"How many doors", lowest band (1 organisation or worker).'),
  color('--fv-doors-2-color', '#b3c0ce', '#3b4756', 'Canvas', '"How many doors", second band.'),
  color('--fv-doors-3-color', '#5f7186', '#8799ad', 'CanvasText', '"How many doors", third band.'),
  color('--fv-doors-4-color', '#2f3b47', '#c4d0dc', 'CanvasText', '"How many doors", highest band.'),
  color('--fv-on-doors-color', '#ffffff', '#10151a', 'Canvas', 'Numbers on the two highest "doors" bands (the text colour is used on the others).'),
  // Type, space, shape, motion
  size('--fv-font-family', "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif", 'Font of all text.', '--_fv-font'),
  size('--fv-font-size', '1rem', 'Base font size; everything else is relative to it.'),
  size('--fv-line-height', '1.4', 'Line height of text.'),
  size('--fv-space-1', '0.25rem', 'Spacing scale, step 1 (smallest gaps).'),
  size('--fv-space-2', '0.5rem', 'Spacing scale, step 2.'),
  size('--fv-space-3', '0.75rem', 'Spacing scale, step 3 (panel padding).'),
  size('--fv-space-4', '1rem', 'Spacing scale, step 4.'),
  size('--fv-space-5', '1.5rem', 'Spacing scale, step 5.'),
  size('--fv-space-6', '2rem', 'Spacing scale, step 6 (largest gaps).'),
  size('--fv-radius', '6px', 'Corner radius of frames, cards and buttons.'),
  size('--fv-focus-width', '3px', 'Width of the keyboard focus ring.'),
  size('--fv-genogram-height', '30rem', 'Height of the genogram area.'),
  size('--fv-timeline-height', '30rem', 'Height of the timeline’s scrolling lanes.'),
  size('--fv-transition-duration', '120ms', 'Length of hover and press transitions; 0s when the user prefers reduced motion.'),
];

export function tokenNamed(name: PublicToken): ThemeToken {
  const token = THEME_TOKENS.find((t) => t.name === name);
  if (!token) throw new Error(`no token ${name}`);
  return token;
}

/** How much contrast a pair needs (WCAG 2.2): 4.5 for text (1.4.3), 3 for graphics and focus (1.4.11). */
export type ContrastNeed = 'text' | 'graphic';

export interface ContrastPair {
  foreground: PublicToken;
  background: PublicToken;
  need: ContrastNeed;
}

const pairs = (need: ContrastNeed, foregrounds: readonly PublicToken[], backgrounds: readonly PublicToken[]): ContrastPair[] =>
  foregrounds.flatMap((foreground) => backgrounds.map((background) => ({ foreground, background, need })));

const sectorTokens = THEME_SECTORS.map((s): PublicToken => `--fv-sector-${s}`);

/**
 * Every colour drawn on another, with what it must reach. Colours that only tint (fills
 * under an outline, the lighter "doors" bands, the paused stripes and the ended fade)
 * are in `DECORATIVE_TOKENS` instead: they never carry meaning alone.
 */
export const CONTRAST_PAIRS: readonly ContrastPair[] = [
  ...pairs('text', ['--fv-text-color', '--fv-muted-color', '--fv-link-color'], ['--fv-background', '--fv-surface', '--fv-index-fill']),
  ...pairs('text', ['--fv-text-color', '--fv-muted-color', '--fv-error-color'], ['--fv-error-background']),
  ...pairs('text', ['--fv-error-color', '--fv-warning-color', '--fv-shared-color', '--fv-not-shared-color', '--fv-mark-color'], ['--fv-background']),
  ...pairs('text', ['--fv-admin-color'], ['--fv-admin-background']),
  ...pairs('text', ['--fv-on-sector-color'], sectorTokens),
  ...pairs('text', ['--fv-text-color'], ['--fv-doors-1-color', '--fv-doors-2-color']),
  ...pairs('text', ['--fv-on-doors-color'], ['--fv-doors-3-color', '--fv-doors-4-color']),
  ...pairs('graphic', sectorTokens, ['--fv-background']),
  ...pairs('graphic', ['--fv-focus-color', '--fv-highlight-color'], ['--fv-background', '--fv-surface', '--fv-symbol-fill']),
  ...pairs('graphic', ['--fv-symbol-stroke'], ['--fv-symbol-fill', '--fv-index-fill', '--fv-background']),
  ...pairs(
    'graphic',
    ['--fv-line-color', '--fv-household-color', '--fv-bond-positive-color', '--fv-bond-negative-color', '--fv-bond-neutral-color'],
    ['--fv-background'],
  ),
  ...pairs('graphic', ['--fv-status-planned', '--fv-status-waiting', '--fv-status-active', '--fv-status-declined'], ['--fv-background']),
  ...pairs('graphic', ['--fv-admin-color'], ['--fv-background']),
];

/** Colours exempt from contrast: tints and fades that only help, never tell alone. */
export const DECORATIVE_TOKENS: readonly PublicToken[] = [
  '--fv-border-color',
  '--fv-household-fill',
  '--fv-error-background',
  '--fv-admin-background',
  '--fv-status-paused',
  '--fv-status-ended',
  '--fv-doors-1-color',
  '--fv-doors-2-color',
  '--fv-doors-3-color',
  '--fv-doors-4-color',
];
