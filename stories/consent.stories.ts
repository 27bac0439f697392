/**
 * Consent scope: the custody-dispute family through different eyes — who sees whom, the
 * consent view (`view="consent"`), a member's "Who can see my information" and the
 * genogram's consent overlay. Every story renders only what `redact` gives its viewer.
 */
import type { Meta } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Viewer } from '@family-view/core';
import '@family-view/elements';
import { fixtures } from '../test/fixtures/index.js';
import { argTypes, type Args, type RenderedWidget, type Story } from './story-helpers.js';

const family = fixtures.custodyDispute;

/** Turns the consent overlay on, as a user would: by pressing the toggle. */
async function showOverlay({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const widget = canvasElement.querySelector<RenderedWidget>('family-view');
  if (!widget) return;
  await widget.updateComplete;
  const toggle = widget.shadowRoot?.querySelector<HTMLButtonElement>('[part~="consent-toggle"]');
  if (toggle?.getAttribute('aria-pressed') === 'false') toggle.click();
}

function through(viewer: Viewer | null, description: string, options: { view?: Args['view']; overlay?: boolean } = {}): Story {
  return {
    render: ({ view, lang, theme = 'auto', dir = 'ltr' }) =>
      html`<family-view .data=${family} .viewer=${viewer} view=${view} lang=${lang} theme=${theme} dir=${dir}></family-view>`,
    ...(options.view ? { args: { view: options.view } } : {}),
    ...(options.overlay ? { play: showOverlay } : {}),
    parameters: { docs: { description: { story: description } } },
  };
}

const meta = {
  title: 'Consent',
  component: 'family-view',
  args: { view: 'genogram', lang: 'en' },
  argTypes,
  parameters: {
    docs: {
      description: {
        component:
          'A custody dispute with violence: the father is denied the children, the mother and children live under non-disclosure (turvakielto) at a shelter, and consents are active, expired or revoked. The same document, shown to different viewers.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;

// --- The genogram through several viewers' eyes -----------------------------------------

export const ChildWelfareSocialWorker = through(
  { kind: 'professional', professional: 'pr-kirsi' },
  "Kirsi, the children's social worker: the children and their mother, with consents; relatives she has no permit for are dashed placeholders.",
);

export const School = through(
  { kind: 'organization', organization: 'o-school' },
  'The school (an organisation viewer): what the consents given to the school, and its own services, let it see.',
);

export const MotherInHerPortal = through(
  { kind: 'member', member: 'm-hanna' },
  "Hanna in the family portal: herself and her children (she is their guardian), never the shelter stay or other sensitive services, and 'Who can see my information' below.",
);

export const FatherInHisPortal = through(
  { kind: 'member', member: 'm-janne' },
  'Janne, denied the children by restrictions: he sees himself only. The restrictions that deny him are not shown to him either.',
);

export const ChildInHerPortal = through(
  { kind: 'member', member: 'm-emilia' },
  'Emilia (14) in the family portal: herself, a placeholder for the parent who consented for her, and who can see her information.',
);

export const StrangerToTheFamily = through(
  { kind: 'professional', professional: 'pr-not-in-this-family' },
  "A viewer the document does not know: a notice that they are not part of this family's network, nothing personal.",
);

// --- The consent view -------------------------------------------------------------------

export const ConsentViewForTheSocialWorker = through(
  { kind: 'professional', professional: 'pr-kirsi' },
  'Who may see what: per member and scope, each consent (active, expiring, expired, revoked) and each restriction with its reason.',
  { view: 'consent' },
);

export const ConsentViewForTheFather = through(
  { kind: 'member', member: 'm-janne' },
  'The consent view of the father: his own consent only; no restriction that denies him appears.',
  { view: 'consent' },
);

// --- A member's own panel ---------------------------------------------------------------

export const WhoCanSeeMyInformation = through(
  { kind: 'member', member: 'm-hanna' },
  "The member's panel 'Who can see my information' above the consent view: who may see each part, until when, and which restrictions protect it.",
  { view: 'consent' },
);

// --- The consent overlay ----------------------------------------------------------------

export const OverlayForTheSocialWorker = through(
  { kind: 'professional', professional: 'pr-kirsi' },
  'The consent overlay on: a square per scope under each person (filled = shared, empty and crossed out = not), reasons on hover, on focus and in the accessible description.',
  { overlay: true },
);

export const OverlayForTheMother = through(
  { kind: 'member', member: 'm-hanna' },
  'The overlay in the portal: "This is you", "You are their guardian"; a placeholder is not shared.',
  { overlay: true },
);

export const OverlayForTheAdmin = through({ kind: 'admin' }, 'The all-seeing demo viewer: every scope reads "Administrator view".', {
  overlay: true,
});
