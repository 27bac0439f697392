/**
 * axe (WCAG 2.0–2.2, levels A and AA) on every view of every fixture, in each language,
 * in both colour schemes, and in the states a user opens: a member's details panel and the
 * text-alternative tables. The family's own view (a member viewer) is checked too: it is
 * what a parent reads on a phone.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { fixtureList } from '../../../test/fixtures/index.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { ADMIN, describe, failOnConsoleWarnings, it, shadow } from './helpers.js';

const VIEWS = ['overview', 'genogram', 'timeline', 'network', 'consent'] as const;
const LANGUAGES = ['en', 'fi', 'sv'] as const;
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  help: string;
  nodes: AxeNode[];
}
interface Axe {
  run(context: Element, options: object): Promise<{ violations: AxeViolation[] }>;
}

async function axe(): Promise<Axe> {
  const global = window as unknown as { axe?: Axe };
  // axe-core's browser build registers itself on window.
  if (!global.axe) await import('axe-core/axe.min.js' as string);
  if (!global.axe) throw new Error('axe-core did not load');
  return global.axe;
}

/** One line per violating node: rule, help and where, so a failure reads without the DOM. */
async function violations(element: Element): Promise<string[]> {
  const result = await (await axe()).run(element, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} at ${JSON.stringify(n.target)}`));
}

async function render(data: unknown, viewer: unknown, view: string, lang: string, theme = 'light'): Promise<FamilyView> {
  const el = await fixture<FamilyView>(
    html`<family-view .viewer=${viewer} .data=${data} view=${view} lang=${lang} theme=${theme}></family-view>`,
  );
  await el.updateComplete;
  await nextFrame();
  await nextFrame();
  return el;
}

/** Opens the details panel of the first member that can be selected, as a click would. */
async function openFirstMemberDetails(el: FamilyView): Promise<boolean> {
  const member = shadow(el).querySelector<SVGElement>('[data-member-id][role="button"]');
  if (!member) return false;
  member.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  await el.updateComplete;
  await nextFrame();
  return shadow(el).querySelector('[part~="details"]') !== null;
}

describe('<family-view> axe matrix: every view × fixture × language', function () {
  failOnConsoleWarnings();

  it('finds a violation planted in the shadow root (the check can fail)', async () => {
    const el = await render(fixtureList[0]?.document, ADMIN, 'overview', 'en');
    const unnamed = document.createElement('button');
    shadow(el).append(unnamed);
    const found = await violations(el);
    unnamed.remove();
    expect(found.some((line) => line.startsWith('button-name')), found.join('\n')).to.equal(true);
  });

  for (const { key, document } of fixtureList) {
    for (const lang of LANGUAGES) {
      it(`${key} in ${lang}: every view, and the details panel`, async function () {
        this.timeout(60_000);
        for (const view of VIEWS) {
          const el = await render(document, ADMIN, view, lang);
          expect(await violations(el), `${view} view`).to.deep.equal([]);
          if (view === 'overview' && (await openFirstMemberDetails(el))) {
            expect(await violations(el), `${view} view with a member's details open`).to.deep.equal([]);
          }
        }
      });
    }
  }

  for (const { key, document } of fixtureList) {
    it(`${key}: every view in the dark scheme`, async function () {
      this.timeout(60_000);
      for (const view of VIEWS) {
        const el = await render(document, ADMIN, view, 'en', 'dark');
        expect(await violations(el), `${view} view, dark`).to.deep.equal([]);
      }
    });
  }

  it("the family's own view (a member viewer) in each language", async function () {
    this.timeout(60_000);
    const refugee = fixtureList.find((f) => f.key === 'refugeeFamily');
    const members = (refugee?.document as { members?: Array<{ id: string; placeholder?: boolean }> } | undefined)?.members ?? [];
    const member = members.find((m) => m.placeholder !== true);
    expect(member, 'a member to view as').to.not.equal(undefined);
    for (const lang of LANGUAGES) {
      for (const view of VIEWS) {
        const el = await render(refugee?.document, { kind: 'member', member: member?.id }, view, lang);
        expect(await violations(el), `${view} view for a member, ${lang}`).to.deep.equal([]);
      }
    }
  });
});
