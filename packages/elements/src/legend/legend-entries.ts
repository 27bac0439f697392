/**
 * What each legend entry says. The wording names the pattern too, so the legend works
 * without colour and without the sample.
 */
import { msg } from '../localization.js';
import type { LegendKey } from '../genogram/notation.js';

export function legendText(key: LegendKey): string {
  switch (key) {
    case 'symbol:male':
      return msg('Male (square)', { id: 'legend.symbol.male' });
    case 'symbol:female':
      return msg('Female (circle)', { id: 'legend.symbol.female' });
    case 'symbol:other':
      return msg('Other gender (diamond)', { id: 'legend.symbol.other' });
    case 'symbol:unknown':
      return msg('Gender unknown (rounded square with ?)', { id: 'legend.symbol.unknown' });
    case 'symbol:index':
      return msg('Index person (double outline)', { id: 'legend.symbol.index' });
    case 'symbol:deceased':
      return msg('Deceased (X over the symbol)', { id: 'legend.symbol.deceased' });
    case 'symbol:pregnancy':
      return msg('Pregnancy (triangle)', { id: 'legend.symbol.pregnancy' });
    case 'symbol:miscarriage':
      return msg('Miscarriage (small filled circle)', { id: 'legend.symbol.miscarriage' });
    case 'symbol:abortion':
      return msg('Induced abortion (small X)', { id: 'legend.symbol.abortion' });
    case 'symbol:stillbirth':
      return msg('Stillbirth (small symbol with an X)', { id: 'legend.symbol.stillbirth' });
    case 'symbol:placeholder':
      return msg('Someone not shared with you (dashed outline)', { id: 'legend.symbol.placeholder' });
    case 'couple:dating':
      return msg('Dating (dotted line)', { id: 'legend.couple.dating' });
    case 'couple:engaged':
      return msg('Engaged (dashed line)', { id: 'legend.couple.engaged' });
    case 'couple:cohabiting':
      return msg('Living together (long dashes)', { id: 'legend.couple.cohabiting' });
    case 'couple:married':
      return msg('Married (solid line)', { id: 'legend.couple.married' });
    case 'couple:separated':
      return msg('Separated (one slash)', { id: 'legend.couple.separated' });
    case 'couple:divorced':
      return msg('Divorced (two slashes)', { id: 'legend.couple.divorced' });
    case 'couple:widowed':
      return msg('Widowed (solid line with a small cross; the partner who died has an X)', {
        id: 'legend.couple.widowed',
      });
    case 'couple:implied':
      return msg('Parents, no partnership recorded (thin line)', { id: 'legend.couple.implied' });
    case 'couple:not-started':
      return msg('Partnership not begun by this date (faint dashes)', { id: 'legend.couple.not-started' });
    case 'parentage:biological':
      return msg('Biological child (solid line)', { id: 'legend.parentage.biological' });
    case 'parentage:adoptive':
      return msg('Adopted child (dashed line)', { id: 'legend.parentage.adoptive' });
    case 'parentage:foster':
      return msg('Foster child (dotted line)', { id: 'legend.parentage.foster' });
    case 'parentage:step':
      return msg('Stepchild (dash-dot line)', { id: 'legend.parentage.step' });
    case 'parentage:guardian-only':
      return msg('Guardian only (thin long dashes)', { id: 'legend.parentage.guardian-only' });
    case 'twins:fraternal':
      return msg('Twins (lines from one point)', { id: 'legend.twins.fraternal' });
    case 'twins:identical':
      return msg('Identical twins (lines from one point, joined by a bar)', { id: 'legend.twins.identical' });
    case 'household':
      return msg('Household (dotted outline around those living together)', { id: 'legend.household' });
    case 'bond:close':
      return msg('Close (double line)', { id: 'legend.bond.close' });
    case 'bond:fused':
      return msg('Fused (triple line)', { id: 'legend.bond.fused' });
    case 'bond:distant':
      return msg('Distant (dashed line)', { id: 'legend.bond.distant' });
    case 'bond:conflict':
      return msg('Conflict (zigzag)', { id: 'legend.bond.conflict' });
    case 'bond:hostile':
      return msg('Hostile (zigzag over a line)', { id: 'legend.bond.hostile' });
    case 'bond:cutoff':
      return msg('Cut off (broken line with bars)', { id: 'legend.bond.cutoff' });
    case 'bond:violence':
      return msg('Violence (zigzag, arrow towards the person harmed)', { id: 'legend.bond.violence' });
    case 'bond:abuse':
      return msg('Abuse (double line, arrow towards the person harmed)', { id: 'legend.bond.abuse' });
    case 'bond:neglect':
      return msg('Neglect (dotted line, arrow towards the person neglected)', { id: 'legend.bond.neglect' });
  }
}
