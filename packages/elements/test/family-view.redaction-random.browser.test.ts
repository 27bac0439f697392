/**
 * Nothing `redact` removed reaches random viewers — members, professionals, organisations,
 * strangers and the admin — of the sample families and of synthetic ones (fast-check): the
 * same whole scan as family-view.redaction.browser.test.ts, in a file of its own so that
 * each file stays well inside the runner's time limit.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { FamilyDocument, Viewer } from '@family-view/core';
import { syntheticFamily } from '../../../test/synthetic/synthetic-family.js';
import { describe, failOnConsoleWarnings, it } from './helpers.js';
import { emptyElement, everythingShown, forbiddenStrings, leaks, samples, validDocument } from './privacy-scan.js';

describe('<family-view> shows nothing that redaction removed, to random viewers', () => {
  failOnConsoleWarnings();

  describe('property: random viewers of sample and synthetic families', () => {
    const synthetic = [syntheticFamily(24, 7), syntheticFamily(45, 11), syntheticFamily(60, 23)].map((input, i) => ({
      name: `synthetic ${i}`,
      input: input as unknown,
      doc: validDocument(input),
    }));
    const families = [...samples, ...synthetic];

    /** A viewer of `doc` picked by `kind` and `pick`: any member, professional or organisation, or a stranger. */
    function pickViewer(doc: FamilyDocument, kind: Viewer['kind'] | 'unknown', pick: number): Viewer {
      const choose = <T>(list: readonly T[] | undefined): T | undefined => (list && list.length > 0 ? list[pick % list.length] : undefined);
      switch (kind) {
        case 'admin':
          return { kind: 'admin' };
        case 'member':
          return { kind: 'member', member: choose(doc.members)?.id ?? 'nobody' };
        case 'professional':
          return { kind: 'professional', professional: choose(doc.professionals)?.id ?? 'nobody' };
        case 'organization':
          return { kind: 'organization', organization: choose(doc.organizations)?.id ?? 'nobody' };
        case 'unknown':
          return { kind: 'member', member: `stranger-${pick}` };
      }
    }

    it('never shows a string redaction removed (every view)', async function () {
      this.timeout(120000);
      const el = await emptyElement();
      let shownFamily: unknown;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: families.length - 1 }),
          fc.constantFrom<Viewer['kind'] | 'unknown'>('member', 'member', 'professional', 'organization', 'unknown', 'admin'),
          fc.nat(),
          async (familyIndex, kind, pick) => {
            const family = families[familyIndex]!;
            if (shownFamily !== family.input) {
              el.data = family.input;
              shownFamily = family.input;
            }
            const viewer = pickViewer(family.doc, kind, pick);
            const seen = await everythingShown(el, viewer);
            expect(leaks(seen, forbiddenStrings(family.doc, viewer)), `${family.name}, ${JSON.stringify(viewer)}`).to.deep.equal([]);
          },
        ),
        { numRuns: 25, verbose: 1 },
      );
    });
  });
});
