/**
 * `view="network"` — whom to turn to: coordinators and their backups, every worker by
 * member, the next planned events and the shared plan; and the member details panel that
 * selecting a member in the genogram opens.
 */
import type { Meta } from '@storybook/web-components-vite';
import '@family-view/elements';
import { fixtures } from '../test/fixtures/index.js';
import { ADMIN, argTypes, show, type Args, type RenderedWidget } from './story-helpers.js';

const meta = {
  title: 'Network',
  component: 'family-view',
  args: { view: 'network', lang: 'en' },
  argTypes,
} satisfies Meta<Args>;

export default meta;

export const RefugeeFamily = show(fixtures.refugeeFamily, ADMIN, {
  description: 'Two coordinators (the trusted person and the disability services worker), each with a backup.',
});
export const BlendedFamily = show(fixtures.blendedFamily);
export const CustodyDispute = show(fixtures.custodyDispute);
export const MotherInThePortal = show(fixtures.refugeeFamily, { kind: 'member', member: 'm-maryam' }, {
  description: "Maryam's own portal view: only what redaction leaves her.",
});
export const TeacherOfOneChild = show(fixtures.custodyDispute, { kind: 'professional', professional: 'pr-annika' }, {
  description: 'A teacher sees the workers of the services she may see, nothing else.',
});
export const NoCoordinatorYet = show({ schemaVersion: '1.0', asOf: '2025-03-01', members: [{ id: 'a', name: 'Aada', gender: 'female' }] }, ADMIN, {
  description: 'The empty states: no coordinator, no services, no events, no plan.',
});

/** Selects a member the way a user does, so the details panel opens. */
function selectMember(id: string) {
  return (widget: RenderedWidget) => {
    widget.shadowRoot?.querySelector(`[data-member-id="${id}"]`)?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  };
}

export const MemberDetails = {
  ...show(fixtures.refugeeFamily, ADMIN, {
    description: "Selecting Maryam in the genogram opens her details: languages, interpreter, contact, whom to call, services, her own words.",
    play: selectMember('m-maryam'),
  }),
  args: { view: 'genogram' as const },
};
export const MemberDetailsNonDisclosure = {
  ...show(fixtures.custodyDispute, ADMIN, {
    description: 'Hanna has non-disclosure (turvakielto): her contact details are shown to nobody, the administrator included.',
    play: selectMember('m-hanna'),
  }),
  args: { view: 'genogram' as const },
};
