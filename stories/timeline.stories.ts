/**
 * The services timeline (`view="timeline"`) and the overview (the default view: time
 * slider, genogram and timeline with one selection), with time travel through `as-of`.
 */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@family-view/elements';
import { fixtures } from '../test/fixtures/index.js';
import { syntheticFamily } from '../test/synthetic/synthetic-family.js';
import { ADMIN, argTypes, show, type Args, type Story } from './story-helpers.js';

const meta = {
  title: 'Timeline',
  component: 'family-view',
  args: { view: 'timeline', lang: 'en' },
  argTypes,
} satisfies Meta<Args>;

export default meta;

export const RefugeeFamily = show(fixtures.refugeeFamily);
export const BlendedFamily = show(fixtures.blendedFamily);
export const CustodyDispute = show(fixtures.custodyDispute);
export const ThroughATeachersEyes = show(fixtures.custodyDispute, { kind: 'professional', professional: 'pr-annika' }, {
  description: 'Only the services and events redaction leaves this viewer.',
});
export const LargeFamily = show(() => syntheticFamily(1600, 20251124), ADMIN, {
  description: '1,600 members and about 8,000 service periods, every period drawn.',
});

export const Overview = { ...show(fixtures.refugeeFamily), args: { view: 'overview' as const } };

/** The blended family as it was on a date (`as-of`): before the remarriage, before the children. */
function travel(date: string): Story {
  return {
    args: { view: 'overview' },
    render: ({ view, lang }) =>
      html`<family-view .data=${fixtures.blendedFamily} .viewer=${ADMIN} view=${view} lang=${lang} as-of=${date}></family-view>`,
    parameters: { docs: { description: { story: `The family on ${date}; the timeline marks the date.` } } },
  };
}

export const TimeTravel1997 = travel('1997-01-01');
export const TimeTravel2015 = travel('2015-06-01');
