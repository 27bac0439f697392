/**
 * The text alternatives: "Show as table" on the genogram and on the timeline. The tables
 * hold what the drawings show — every member with gender, age, household and
 * relationships in words; every service period and event by member — select like the
 * drawings do, toggle back, keep their state per family, fit a narrow screen, and never
 * say more than redaction (and time travel) left. Then the pure table models on small
 * documents.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { buildTimelineModel } from '../src/timeline/timeline-model.js';
import { layoutGenogram, redact, type FamilyDocument, type Viewer } from '@family-view/core';
import { fixtures } from '../../../test/fixtures/index.js';
import type { FvSelectEvent } from '../src/events.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { buildGenogramModel } from '../src/genogram/genogram-model.js';
import { buildGenogramTable, type GenogramTableRow } from '../src/genogram/genogram-table-model.js';
import { timelineTableGroups } from '../src/timeline/timeline-table.js';
import { ADMIN, coupleWithChild, describe, failOnConsoleWarnings, familyDocument, it, mount, person, renderedStrings, settle, shadow } from './helpers.js';
import { forbiddenStrings, leaks, validDocument } from './privacy-scan.js';

const KIRSI: Viewer = { kind: 'professional', professional: 'pr-kirsi' };
const JANNE: Viewer = { kind: 'member', member: 'm-janne' };

async function mountView(view: string, data: unknown, viewer: unknown = ADMIN): Promise<FamilyView> {
  const el = await mount(data, viewer);
  el.setAttribute('view', view);
  await settle(el, 1);
  return el;
}

function toggleOf(el: FamilyView, which: 'genogram' | 'timeline'): HTMLButtonElement {
  const toggle = shadow(el).querySelector<HTMLButtonElement>(`[part~="${which}-table-toggle"]`);
  if (!toggle) throw new Error(`no ${which} table toggle`);
  return toggle;
}

async function showTable(el: FamilyView, which: 'genogram' | 'timeline'): Promise<void> {
  const toggle = toggleOf(el, which);
  if (toggle.getAttribute('aria-pressed') !== 'true') toggle.click();
  await settle(el, 1);
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const genogramTable = (el: FamilyView) => shadow(el).querySelector<HTMLElement>('[part~="genogram-table"]');
const timelineTable = (el: FamilyView) => shadow(el).querySelector<HTMLElement>('[part~="timeline-table"]');

/** The cell under the column headed `header` in the member's row. */
function cell(el: FamilyView, memberId: string, header: string): string {
  const table = genogramTable(el)!.querySelector('table')!;
  const headers = [...table.querySelectorAll('thead th')].map((th) => text(th));
  const column = headers.indexOf(header);
  if (column < 0) throw new Error(`no column ${header} in ${headers.join(', ')}`);
  const row = table.querySelector(`tr[data-member-id="${CSS.escape(memberId)}"]`);
  return text(row?.children[column]);
}

describe('text alternatives: the drawings as tables', () => {
  failOnConsoleWarnings();

  describe('the genogram table', () => {
    it('has a row per drawn member with name, gender, age and relationships in words', async () => {
      const el = await mountView('genogram', fixtures.refugeeFamily);
      const drawn = [...shadow(el).querySelectorAll('svg.genogram [part~="member"]')].map((n) => n.getAttribute('data-member-id'));
      await showTable(el, 'genogram');
      const region = genogramTable(el)!;
      const table = region.querySelector('table')!;
      expect(text(table.querySelector('caption'))).to.equal('Family members and their relationships');
      expect([...table.querySelectorAll('thead th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(true);
      const rows = [...table.querySelectorAll('tbody tr')];
      expect(rows.map((r) => r.getAttribute('data-member-id')).sort()).to.deep.equal([...drawn].sort());
      for (const row of rows) expect(row.querySelector('th[scope="row"]') !== null).to.equal(true);
      // Every member of the refugee family by name, as the document has them.
      const doc = validDocument(fixtures.refugeeFamily);
      for (const member of doc.members) {
        const row = table.querySelector(`tr[data-member-id="${member.id}"]`);
        expect(text(row?.querySelector('th')).startsWith(member.name), member.id).to.equal(true);
      }
      expect(cell(el, 'm-maryam', 'Name')).to.equal('Maryam Rezaei index person');
      expect(cell(el, 'm-maryam', 'Gender')).to.equal('female');
      expect(cell(el, 'm-maryam', 'Age or years')).to.equal('36');
      expect(cell(el, 'm-hossein', 'Age or years')).to.equal('1984–2021 deceased');
      expect(cell(el, 'm-maryam', 'Partners')).to.equal('Hossein Rezaei (widowed)');
      expect(cell(el, 'm-elin', 'Partners')).to.equal('Reza Ahmadi (married)');
      expect(cell(el, 'm-zahra', 'Parents')).to.include('Maryam Rezaei (biological)');
      expect(cell(el, 'm-zahra', 'Parents')).to.include('Hossein Rezaei (biological)');
      expect(cell(el, 'm-abbas', 'Children')).to.include('Hamid Ahmadi (biological)');
      expect(cell(el, 'm-reza', 'Twins')).to.equal('Hamid Ahmadi (identical twin)');
      expect(cell(el, 'm-maryam', 'Relationship quality')).to.include('conflict with Hamid Ahmadi');
      expect(cell(el, 'm-maryam', 'Lives with')).to.include('Sara Rezaei');
      expect(cell(el, 'm-reza', 'Lives with')).to.equal('Elin Andersson');
      // Rows read as the drawing does: the oldest generation first.
      const order = rows.map((r) => r.getAttribute('data-member-id'));
      expect(order.indexOf('m-abbas')).to.be.lessThan(order.indexOf('m-maryam'));
      expect(order.indexOf('m-maryam')).to.be.lessThan(order.indexOf('m-sara'));
    });

    it('a name selects the member as a click on the symbol does, and the picture comes back', async () => {
      const el = await mountView('genogram', fixtures.refugeeFamily);
      await showTable(el, 'genogram');
      const heard: Array<{ type: string; id: string }> = [];
      el.addEventListener('fv-select', (e) => heard.push((e as FvSelectEvent).detail));
      genogramTable(el)!.querySelector<HTMLButtonElement>('tr[data-member-id="m-zahra"] button')!.click();
      await settle(el, 1);
      expect(heard).to.deep.equal([{ type: 'member', id: 'm-zahra' }]);
      expect(shadow(el).querySelector('[part="details"]')?.getAttribute('data-details-member-id')).to.equal('m-zahra');
      expect(genogramTable(el)!.querySelector('tr[data-member-id="m-zahra"] button')?.getAttribute('aria-current')).to.equal('true');
      // The details' close button gives focus back to the name in the table.
      shadow(el).querySelector<HTMLButtonElement>('[part="details-close"]')!.click();
      await settle(el, 1);
      expect(shadow(el).activeElement === genogramTable(el)!.querySelector('tr[data-member-id="m-zahra"] button')).to.equal(true);

      const toggle = toggleOf(el, 'genogram');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(text(toggle)).to.equal('Show as table');
      expect(shadow(el).querySelector('svg.genogram') === null && shadow(el).querySelector('[part="legend"]') === null).to.equal(true);
      toggle.click();
      await settle(el, 1);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(genogramTable(el) === null && shadow(el).querySelector('svg.genogram [data-member-id="m-zahra"]') !== null).to.equal(true);
    });

    it('shows placeholders as the drawing does: "Not shared with you", no id, nothing to select', async () => {
      const el = await mountView('genogram', fixtures.custodyDispute, KIRSI);
      const drawn = shadow(el).querySelectorAll('svg.genogram [part~="placeholder"]').length;
      expect(drawn).to.be.greaterThan(0);
      await showTable(el, 'genogram');
      const rows = [...genogramTable(el)!.querySelectorAll('tr.genogram-table-row--placeholder')];
      expect(rows.length).to.equal(drawn);
      for (const row of rows) {
        expect(row.hasAttribute('data-member-id') || row.querySelector('button') !== null).to.equal(false);
        expect(text(row.querySelector('th'))).to.equal('Not shared with you');
      }
    });

    it('follows the time slider: the family as it was on that date', async () => {
      const el = await mountView('overview', fixtures.refugeeFamily);
      await showTable(el, 'genogram');
      el.asOf = '2015-01-01';
      await settle(el, 1);
      expect(genogramTable(el)!.querySelector('tr[data-member-id="m-sara"]') === null, 'Sara, born 2019, is not there yet').to.equal(true);
      expect(cell(el, 'm-maryam', 'Partners')).to.equal('Hossein Rezaei (married)');
      expect(cell(el, 'm-hossein', 'Age or years'), 'alive then, born 1984-03').to.equal('30');
      expect(toggleOf(el, 'genogram').getAttribute('aria-pressed'), 'the table stays through time travel').to.equal('true');
    });
  });

  describe('the timeline table', () => {
    it('lists every bar as a service row and every marker as an event row, by member in lane order', async () => {
      const el = await mountView('timeline', fixtures.refugeeFamily);
      const laneOrder = [...shadow(el).querySelectorAll('[data-lane-member-id]')].map((n) => n.getAttribute('data-lane-member-id'));
      const bars = [...shadow(el).querySelectorAll('.timeline-chart [data-service-id]')].map((n) => n.getAttribute('data-service-id')).sort();
      const markers = [...shadow(el).querySelectorAll('.timeline-chart [data-event-id]')].map((n) => n.getAttribute('data-event-id')).sort();
      await showTable(el, 'timeline');
      const tables = timelineTable(el)!;
      expect(shadow(el).querySelector('.timeline-chart') === null).to.equal(true);
      const services = tables.querySelector('table.timeline-table--services')!;
      const events = tables.querySelector('table.timeline-table--events')!;
      expect(text(services.querySelector('caption'))).to.equal('Services of each family member');
      expect([...services.querySelectorAll('tr[data-service-id]')].map((r) => r.getAttribute('data-service-id')).sort()).to.deep.equal(bars);
      expect([...events.querySelectorAll('tr[data-event-id]')].map((r) => r.getAttribute('data-event-id')).sort()).to.deep.equal(markers);
      const groups = [...services.querySelectorAll('tbody')].map((g) => g.getAttribute('data-lane-member-id'));
      expect(groups).to.deep.equal(laneOrder);
      for (const group of services.querySelectorAll('tbody')) expect(group.querySelector('th[scope="rowgroup"]') !== null).to.equal(true);

      const integration = text(services.querySelector('tr[data-service-id="s-integration"]'));
      for (const expected of ['Initial assessment and integration plan', 'Immigrant services, Espoo', 'Active', 'Monthly appointment with an interpreter', 'no end date']) {
        expect(integration, integration).to.include(expected);
      }
      const start = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 2, 1)));
      expect(integration).to.include(start);
      // Physiotherapy had two periods: two rows, the first one closed.
      const physio = [...services.querySelectorAll('tr[data-service-id="s-physio"]')].map(text);
      expect(physio).to.have.length(2);
      expect(physio[0]).to.include(new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 4, 31))));
      expect(text(services.querySelector('tr[data-service-id="s-homework-club"]'))).to.include('Paused');
      const nextMeeting = text(events.querySelector('tr[data-event-id="e-next-network-meeting"]'));
      expect(nextMeeting).to.include('Network meeting: spring plan review');
      expect(nextMeeting).to.include('Planned meeting or event');
      expect(text(events.querySelector('tr[data-event-id="e-arrival"]'))).to.include('Done');
    });

    it('speaks the element’s language in its dates', async () => {
      const el = await mountView('timeline', fixtures.refugeeFamily);
      el.setAttribute('lang', 'fi');
      await showTable(el, 'timeline');
      const finnish = new Intl.DateTimeFormat('fi', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2023, 2, 1)));
      expect(text(timelineTable(el)!.querySelector('tr[data-service-id="s-integration"]'))).to.include(finnish);
    });

    it('selects a service or an event from its name, and toggles back to the chart', async () => {
      const el = await mountView('overview', fixtures.refugeeFamily);
      await showTable(el, 'timeline');
      const heard: Array<{ type: string; id: string }> = [];
      el.addEventListener('fv-select', (e) => heard.push((e as FvSelectEvent).detail));
      timelineTable(el)!.querySelector<HTMLButtonElement>('tr[data-service-id="s-neuvola"] button')!.click();
      timelineTable(el)!.querySelector<HTMLButtonElement>('tr[data-event-id="e-plan"] button')!.click();
      await settle(el, 1);
      expect(heard).to.deep.equal([
        { type: 'service', id: 's-neuvola' },
        { type: 'event', id: 'e-plan' },
      ]);
      // The selected service's members are marked in the genogram, as from a bar.
      expect(shadow(el).querySelector('svg.genogram [data-member-id="m-sara"]')?.classList.contains('member--highlighted')).to.equal(true);
      const toggle = toggleOf(el, 'timeline');
      toggle.click();
      await settle(el, 1);
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(timelineTable(el) === null && shadow(el).querySelector('.timeline-chart [data-service-id]') !== null).to.equal(true);
    });
  });

  describe('state and layout', () => {
    it('keeps the choice across views and re-renders, forgets it with the family or viewer', async () => {
      const el = await mountView('overview', fixtures.refugeeFamily);
      await showTable(el, 'genogram');
      await showTable(el, 'timeline');
      el.setAttribute('view', 'network');
      await settle(el, 1);
      el.setAttribute('view', 'genogram');
      await settle(el, 1);
      expect(genogramTable(el) !== null, 'still a table after a view switch').to.equal(true);
      el.setAttribute('view', 'timeline');
      await settle(el, 1);
      expect(timelineTable(el) !== null).to.equal(true);
      el.viewer = { kind: 'member', member: 'm-maryam' };
      await settle(el, 1);
      expect(timelineTable(el) === null && toggleOf(el, 'timeline').getAttribute('aria-pressed') === 'false', 'a new viewer starts with the chart').to.equal(true);
      await showTable(el, 'timeline');
      el.data = fixtures.blendedFamily;
      await settle(el, 1);
      expect(timelineTable(el) === null, 'a new family starts with the chart').to.equal(true);
    });

    it('at 360px the tables scroll in their own named, focusable regions, never the page', async () => {
      const wrap = await fixture<HTMLDivElement>(html`<div><family-view .viewer=${ADMIN} .data=${fixtures.refugeeFamily}></family-view></div>`);
      wrap.style.width = '360px';
      const el = wrap.querySelector<FamilyView>('family-view')!;
      await settle(el, 1);
      await showTable(el, 'genogram');
      await showTable(el, 'timeline');
      const regions = [...shadow(el).querySelectorAll<HTMLElement>('[role="region"]')];
      expect(regions.length).to.equal(3);
      for (const region of regions) {
        expect(region.getAttribute('tabindex')).to.equal('0');
        const name = shadow(el).getElementById(region.getAttribute('aria-labelledby') ?? '');
        expect(name?.tagName, 'named by its caption').to.equal('CAPTION');
        expect(region.getBoundingClientRect().width).to.be.at.most(360);
      }
      expect(regions.some((r) => r.scrollWidth > r.clientWidth), 'a wide table scrolls inside its region').to.equal(true);
      expect(document.documentElement.scrollWidth, 'no sideways page scroll').to.be.at.most(document.documentElement.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(360);
    });
  });

  describe('accessibility (axe)', () => {
    for (const [name, data, viewer] of [
      ['refugee family, admin', fixtures.refugeeFamily, ADMIN],
      ['custody dispute, with placeholders', fixtures.custodyDispute, KIRSI],
    ] as const) {
      it(`both tables in the overview: ${name}`, async () => {
        const el = await mountView('overview', data, viewer);
        await showTable(el, 'genogram');
        await showTable(el, 'timeline');
        genogramTable(el)!.querySelector<HTMLButtonElement>('button.table-select')!.click();
        await settle(el, 1);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('privacy', () => {
    it('a member viewer’s tables hold nothing redaction removed: hidden members and services stay out', async () => {
      const doc = validDocument(fixtures.custodyDispute);
      const el = await mountView('overview', fixtures.custodyDispute, JANNE);
      await showTable(el, 'genogram');
      await showTable(el, 'timeline');
      const seen = [...renderedStrings(genogramTable(el)!), ...renderedStrings(timelineTable(el)!)];
      expect(leaks(seen, forbiddenStrings(doc, JANNE))).to.deep.equal([]);
      const children = doc.members.filter((m) => ['m-emilia', 'm-onni', 'm-venla'].includes(m.id));
      expect(leaks(seen, children.flatMap((m) => [m.id, m.name]))).to.deep.equal([]);
      expect(shadow(el).querySelector('[data-service-id="s-police"], [data-service-id="s-programme"], [data-service-id="s-shelter"]') === null, 'no sensitive service').to.equal(true);
      expect(leaks(seen, ['Criminal investigation (assault)', 'Shelter stay'])).to.deep.equal([]);
      expect(leaks(seen, ['Janne Mäkinen']).length, 'he sees himself').to.equal(1);
      // Exactly what the drawing showed: the same members.
      const shown = redact(doc, JANNE);
      const named = shown.members.filter((m) => m.placeholder !== true).map((m) => m.id).sort();
      expect([...genogramTable(el)!.querySelectorAll('tr[data-member-id]')].map((r) => r.getAttribute('data-member-id')).sort()).to.deep.equal(named);
    });
  });

  describe('the table models (pure)', () => {
    function tableOf(input: unknown): Map<string, GenogramTableRow> {
      const doc = validDocument(input);
      const table = buildGenogramTable(doc, buildGenogramModel(doc, layoutGenogram(doc)));
      return new Map(table.rows.map((row) => [row.member.id, row]));
    }
    const names = (list: ReadonlyArray<{ member: { name: string } }>) => list.map((entry) => entry.member.name);

    it('partners with their status at the date, parents and children with their kind', () => {
      const rows = tableOf(coupleWithChild([{ status: 'married', start: '2005' }, { status: 'divorced', start: '2015' }], 'adoptive'));
      expect(rows.get('anna')!.partners.map((p) => [p.member.id, p.status])).to.deep.equal([['bert', 'divorced']]);
      expect(rows.get('cleo')!.parents.map((p) => [p.member.id, p.kind]).sort()).to.deep.equal([
        ['anna', 'adoptive'],
        ['bert', 'adoptive'],
      ]);
      expect(rows.get('bert')!.children.map((c) => [c.member.id, c.kind])).to.deep.equal([['cleo', 'adoptive']]);
      expect(rows.get('cleo')!.partners).to.deep.equal([]);
    });

    it('bonds with a direction only where the document gives one; twins; households', () => {
      const rows = tableOf(
        familyDocument({
          members: [person('anna', 'female'), person('bert', 'male'), person('cleo', 'female'), person('dan', 'male'), person('eve', 'female')],
          bonds: [
            { id: 'b1', between: ['anna', 'bert'], quality: 'violence', from: 'bert' },
            { id: 'b2', between: ['anna', 'cleo'], quality: 'abuse' },
            { id: 'b3', between: ['dan', 'eve'], quality: 'close' },
          ],
          twins: [{ id: 't1', members: ['dan', 'eve'], identical: false }],
          households: [{ id: 'h1', members: ['anna', 'cleo'] }, { id: 'h2', members: ['bert'] }],
        }),
      );
      expect(rows.get('anna')!.bonds.map((b) => [b.member.id, b.quality, b.direction])).to.deep.equal([
        ['bert', 'violence', 'from'],
        ['cleo', 'abuse', 'mutual'],
      ]);
      expect(rows.get('bert')!.bonds.map((b) => b.direction)).to.deep.equal(['towards']);
      expect(rows.get('dan')!.bonds.map((b) => [b.member.id, b.direction])).to.deep.equal([['eve', 'mutual']]);
      expect(rows.get('eve')!.twins.map((t) => [t.member.id, t.identical])).to.deep.equal([['dan', false]]);
      expect(names(rows.get('anna')!.livesWith.map((member) => ({ member })))).to.deep.equal(['Cleo']);
      expect(rows.get('bert')!.inHousehold && rows.get('bert')!.livesWith.length === 0, 'a household of one').to.equal(true);
      expect(rows.get('dan')!.inHousehold).to.equal(false);
    });

    it('a placeholder is a row with no name, linked as the drawing links it', () => {
      const doc = validDocument(fixtures.custodyDispute);
      const shown = redact(doc, KIRSI);
      const table = buildGenogramTable(shown, buildGenogramModel(shown, layoutGenogram(shown)));
      const placeholders = table.rows.filter((row) => row.member.placeholder);
      expect(placeholders.length).to.equal(shown.members.filter((m) => m.placeholder === true).length);
      for (const row of placeholders) expect(row.member.name).to.equal('');
      expect(placeholders.some((row) => row.children.length > 0 || row.partners.length > 0), 'they connect others').to.equal(true);
    });

    it('the timeline groups: lanes in order, a row per bar with its period, a row per marker', () => {
      const shown = redact(validDocument(fixtures.refugeeFamily), ADMIN) as FamilyDocument;
      const model = buildTimelineModel(shown, ['m-sara', 'm-maryam']);
      const groups = timelineTableGroups(model);
      expect(groups.slice(0, 2).map((g) => g.lane.memberId)).to.deep.equal(['m-sara', 'm-maryam']);
      expect(groups.reduce((n, g) => n + g.services.length, 0)).to.equal(model.bars.length);
      expect(groups.reduce((n, g) => n + g.events.length, 0)).to.equal(model.events.length);
      const speech = groups[0]!.services.filter((row) => row.service.id === 's-speech');
      expect(speech.map((row) => [row.period?.start?.first !== undefined, row.period?.end === undefined])).to.deep.equal([
        [true, false],
        [true, true],
      ]);
    });
  });
});
