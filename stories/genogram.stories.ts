/**
 * The genogram view of `<family-view>`: each sample family, every notation element on
 * a small document of its own, the error state, the no-viewer notice and a large family.
 */
import type { Meta } from '@storybook/web-components-vite';
import '@family-view/elements';
import { fixtures } from '../test/fixtures/index.js';
import { ADMIN, argTypes, show, type Args, type Story } from './story-helpers.js';
import { syntheticFamily } from '../test/synthetic/synthetic-family.js';
import {
  bonds,
  deceased,
  genderSymbols,
  households,
  indexPerson,
  invalidIntegrityDocument,
  invalidSchemaDocument,
  parentage,
  partnerships,
  pregnancyAndLosses,
  twinsFraternal,
  twinsIdentical,
} from './notation-documents.js';

const meta = {
  title: 'Genogram',
  component: 'family-view',
  args: { view: 'genogram', lang: 'en' },
  argTypes,
} satisfies Meta<Args>;

export default meta;

// --- The sample families (admin viewer) ------------------------------------------------

export const RefugeeFamily = show(fixtures.refugeeFamily);
export const BlendedFamily = show(fixtures.blendedFamily);
export const CustodyDispute = show(fixtures.custodyDispute);
export const HostileText = show(fixtures.hostileText, ADMIN, {
  description: 'Names and labels full of markup, scripts and right-to-left text: all must render as plain text.',
});

// --- Members -------------------------------------------------------------------------

export const GenderSymbols = show(genderSymbols, ADMIN, { description: 'Female (circle), male (square), other and unknown.' });
export const Deceased = show(deceased, ADMIN, { description: 'A death date, and `deceased: true` without a date.' });
export const IndexPerson = show(indexPerson, ADMIN, { description: 'The index person (client) the genogram centres on.' });
export const PregnancyAndLosses = show(pregnancyAndLosses, ADMIN, { description: 'Pregnancy, miscarriage, abortion and stillbirth.' });

// --- Partnerships: one per status -----------------------------------------------------

export const PartnershipDating = show(partnerships.dating);
export const PartnershipEngaged = show(partnerships.engaged);
export const PartnershipCohabiting = show(partnerships.cohabiting);
export const PartnershipMarried = show(partnerships.married);
export const PartnershipSeparated = show(partnerships.separated);
export const PartnershipDivorced = show(partnerships.divorced);
export const PartnershipWidowed = show(partnerships.widowed);

// --- Parentage: one per kind -----------------------------------------------------------

export const ParentageBiological = show(parentage.biological);
export const ParentageAdoptive = show(parentage.adoptive);
export const ParentageFoster = show(parentage.foster);
export const ParentageStep = show(parentage.step);
export const ParentageGuardianOnly = show(parentage['guardian-only']);

// --- Twins and households --------------------------------------------------------------

export const TwinsIdentical = show(twinsIdentical);
export const TwinsFraternal = show(twinsFraternal);
export const Households = show(households, ADMIN, { description: "Two households after a divorce: mother's home and father's home." });

// --- Bonds: one per quality ------------------------------------------------------------

export const BondClose = show(bonds.close);
export const BondFused = show(bonds.fused);
export const BondDistant = show(bonds.distant);
export const BondConflict = show(bonds.conflict);
export const BondHostile = show(bonds.hostile);
export const BondCutoff = show(bonds.cutoff);
export const BondViolence = show(bonds.violence);
export const BondAbuse = show(bonds.abuse);
export const BondNeglect = show(bonds.neglect);

// --- States ----------------------------------------------------------------------------

export const InvalidDocument = show(invalidSchemaDocument, ADMIN, {
  description: 'A document that fails the schema: the widget lists each problem with its JSON Pointer (`part="error"`, `role="alert"`).',
});

export const InvalidReferences = show(invalidIntegrityDocument, ADMIN, {
  description: 'A document that passes the schema but not the integrity checks (duplicate id, dangling reference, impossible date).',
});

export const NoViewer = show(fixtures.refugeeFamily, null, {
  description: 'No viewer: nothing personal is shown, only a notice that the host must say who is looking.',
});

export const LargeSyntheticFamily: Story = {
  ...show(() => syntheticFamily(400, 1), ADMIN, { description: 'A seeded synthetic family of 400 members.' }),
  name: 'Large synthetic family (400 members)',
};
