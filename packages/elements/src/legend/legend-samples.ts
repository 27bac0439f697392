/**
 * Small drawings for the legend, made with the same symbol and line code and the same
 * CSS classes as the genogram, so a sample always looks like what it explains.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import { polylinePath } from '../genogram/geometry.js';
import { bondStrokesTemplate } from '../genogram/genogram-svg.js';
import { bondStrokes, coupleMarks } from '../genogram/line-styles.js';
import type { BondQuality } from '@family-view/core';
import type { CoupleStyle, LegendKey, SymbolVariant } from '../genogram/notation.js';
import { symbolShape } from '../genogram/symbols.js';

/** Sample box, in the sample's own units. */
export const SAMPLE_WIDTH = 44;
export const SAMPLE_HEIGHT = 26;
export const LEGEND_ARROW_ID = 'fv-legend-arrow';
const SYMBOL_SIZE = 16;

function symbolSample(variant: SymbolVariant): SVGTemplateResult {
  const stillbirth = variant.shape.startsWith('stillbirth-') ? ' member--stillbirth' : '';
  // In a "members" group, as in the genogram: the members' look is inherited from it.
  return svg`<g class="members"><g class=${`member member--${variant.shape}${stillbirth}${variant.index ? ' member--index' : ''}`}
    transform=${`translate(${SAMPLE_WIDTH / 2} ${SAMPLE_HEIGHT / 2})`}>${symbolShape(variant, SYMBOL_SIZE)}</g></g>`;
}

function coupleSample(style: CoupleStyle): SVGTemplateResult {
  const y = 18;
  const line = polylinePath([
    { x: 5, y: 4 },
    { x: 5, y },
    { x: 39, y },
    { x: 39, y: 4 },
  ]);
  const marks = coupleMarks(style, 16, y);
  return svg`<path class=${`couple couple--${style}`} d=${marks === undefined ? line : `${line} ${marks}`}></path>`;
}

function lineSample(className: string): SVGTemplateResult {
  return svg`<path class=${className} d=${polylinePath([
    { x: 4, y: SAMPLE_HEIGHT / 2 },
    { x: 40, y: SAMPLE_HEIGHT / 2 },
  ])}></path>`;
}

function twinsSample(identical: boolean): SVGTemplateResult {
  const fork = { x: 22, y: 3 };
  const left = { x: 9, y: 23 };
  const right = { x: 35, y: 23 };
  return svg`<g class="twins"><path d=${`${polylinePath([fork, left])} ${polylinePath([fork, right])}`}></path>${
    identical ? svg`<path d=${polylinePath([{ x: 16, y: 12 }, { x: 28, y: 12 }])}></path>` : nothing
  }</g>`;
}

function bondSample(quality: BondQuality): SVGTemplateResult {
  const strokes = bondStrokes(quality, { start: { x: 3, y: 13 }, control: { x: 22, y: 13 }, end: { x: 41, y: 13 } });
  return svg`<g class=${`bond bond--${quality}`}>${bondStrokesTemplate(strokes, LEGEND_ARROW_ID)}</g>`;
}

export function legendSample(key: LegendKey): SVGTemplateResult {
  const [group, value = ''] = key.split(':') as [string, string | undefined];
  switch (group) {
    case 'symbol':
      switch (value) {
        case 'index':
          return symbolSample({ shape: 'female', deceased: false, index: true });
        case 'deceased':
          return symbolSample({ shape: 'male', deceased: true, index: false });
        case 'stillbirth':
          return symbolSample({ shape: 'stillbirth-male', deceased: false, index: false });
        default:
          return symbolSample({ shape: value as SymbolVariant['shape'], deceased: false, index: false });
      }
    case 'couple':
      return coupleSample(value as CoupleStyle);
    case 'parentage':
      return lineSample(`parentage parentage--${value}`);
    case 'twins':
      return twinsSample(value === 'identical');
    case 'household':
      return svg`<rect class="household" x="4" y="3" width="36" height="20" rx="4"></rect>`;
    default:
      return bondSample(value as BondQuality);
  }
}
