/**
 * Every view in each language and theme: the matrix the translation and theming work is
 * checked against (the a11y panel runs axe on each). One family, the refugee family of the
 * trusted-person pilot, seen by the demo admin; the other stories have the same `lang`,
 * `theme` and `dir` controls for any state.
 */
import type { Meta } from '@storybook/web-components-vite';
import { fixtures } from '../test/fixtures/index.js';
import { argTypes, show, type Args, type Story } from './story-helpers.js';

const meta: Meta<Args> = {
  title: 'Languages and themes',
  args: { view: 'overview', lang: 'en', theme: 'light', dir: 'ltr' },
  argTypes,
};
export default meta;

type Combination = Pick<Args, 'view' | 'lang' | 'theme'>;

function story(args: Combination): Story {
  return { ...show(fixtures.refugeeFamily), args };
}

export const OverviewEnglishLight = story({ view: 'overview', lang: 'en', theme: 'light' });
export const OverviewEnglishDark = story({ view: 'overview', lang: 'en', theme: 'dark' });
export const OverviewFinnishLight = story({ view: 'overview', lang: 'fi', theme: 'light' });
export const OverviewFinnishDark = story({ view: 'overview', lang: 'fi', theme: 'dark' });
export const OverviewSwedishLight = story({ view: 'overview', lang: 'sv', theme: 'light' });
export const OverviewSwedishDark = story({ view: 'overview', lang: 'sv', theme: 'dark' });

export const GenogramEnglishLight = story({ view: 'genogram', lang: 'en', theme: 'light' });
export const GenogramEnglishDark = story({ view: 'genogram', lang: 'en', theme: 'dark' });
export const GenogramFinnishLight = story({ view: 'genogram', lang: 'fi', theme: 'light' });
export const GenogramFinnishDark = story({ view: 'genogram', lang: 'fi', theme: 'dark' });
export const GenogramSwedishLight = story({ view: 'genogram', lang: 'sv', theme: 'light' });
export const GenogramSwedishDark = story({ view: 'genogram', lang: 'sv', theme: 'dark' });

export const TimelineEnglishLight = story({ view: 'timeline', lang: 'en', theme: 'light' });
export const TimelineEnglishDark = story({ view: 'timeline', lang: 'en', theme: 'dark' });
export const TimelineFinnishLight = story({ view: 'timeline', lang: 'fi', theme: 'light' });
export const TimelineFinnishDark = story({ view: 'timeline', lang: 'fi', theme: 'dark' });
export const TimelineSwedishLight = story({ view: 'timeline', lang: 'sv', theme: 'light' });
export const TimelineSwedishDark = story({ view: 'timeline', lang: 'sv', theme: 'dark' });

export const NetworkEnglishLight = story({ view: 'network', lang: 'en', theme: 'light' });
export const NetworkEnglishDark = story({ view: 'network', lang: 'en', theme: 'dark' });
export const NetworkFinnishLight = story({ view: 'network', lang: 'fi', theme: 'light' });
export const NetworkFinnishDark = story({ view: 'network', lang: 'fi', theme: 'dark' });
export const NetworkSwedishLight = story({ view: 'network', lang: 'sv', theme: 'light' });
export const NetworkSwedishDark = story({ view: 'network', lang: 'sv', theme: 'dark' });

export const ConsentEnglishLight = story({ view: 'consent', lang: 'en', theme: 'light' });
export const ConsentEnglishDark = story({ view: 'consent', lang: 'en', theme: 'dark' });
export const ConsentFinnishLight = story({ view: 'consent', lang: 'fi', theme: 'light' });
export const ConsentFinnishDark = story({ view: 'consent', lang: 'fi', theme: 'dark' });
export const ConsentSwedishLight = story({ view: 'consent', lang: 'sv', theme: 'light' });
export const ConsentSwedishDark = story({ view: 'consent', lang: 'sv', theme: 'dark' });

/** Right to left: the chrome mirrors, time still runs left to right. */
export const OverviewRightToLeft: Story = { ...show(fixtures.refugeeFamily), args: { view: 'overview', lang: 'en', theme: 'light', dir: 'rtl' } };
