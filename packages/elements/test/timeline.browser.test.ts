import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { dayNumber, parsePartialDate, type FamilyDocument } from '@family-view/core';
import { fixtures } from '../../../test/fixtures/index.js';
import { ADMIN, after, before, describe, failOnConsoleWarnings, it, leakedStrings, personalStrings, renderedStrings, settle } from './helpers.js';
import type { FamilyView } from '../src/family-view/family-view.js';
import { gutterFor, laneLabelRoom } from '../src/timeline/timeline-svg.js';
import { mountTimeline, type MountedTimeline } from './timeline-host.js';

// ----------------------------------------------------------------------- helpers

const barNodes = (root: ShadowRoot, serviceId?: string): SVGRectElement[] =>
  [...root.querySelectorAll<SVGRectElement>(serviceId === undefined ? 'rect.bar' : `rect.bar[data-service-id="${CSS.escape(serviceId)}"]`)];

const box = (element: Element | null | undefined): DOMRect => {
  if (!element) throw new Error('no element');
  return element.getBoundingClientRect();
};

/** The x of an axis tick whose label is `text`, in client pixels. */
function tickX(root: ShadowRoot, text: string): number | undefined {
  const tick = [...root.querySelectorAll('svg.timeline-axis .tick')].find((t) => t.querySelector('text')?.textContent === text);
  return tick ? box(tick.querySelector('line')).left : undefined;
}

function button(root: ShadowRoot, label: string): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('[part="timeline-controls"] button')].find((b) => b.textContent?.trim() === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

const visibleWidth = (mounted: MountedTimeline): number => {
  const days = mounted.host.timeline.visibleDays();
  if (!days) throw new Error('nothing drawn');
  return days.end - days.start;
};

const detailText = (root: ShadowRoot): string => root.querySelector('[part="timeline-detail"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const focusedItem = (root: ShadowRoot): string | null => root.activeElement?.getAttribute('data-item') ?? null;

function member(id: string, name: string): Record<string, unknown> {
  return { id, name, gender: 'female' };
}

/** Two members, two organisations, known dates: the ground truth for positions and statuses. */
function datedFamily(): FamilyDocument {
  return {
    schemaVersion: '1.0',
    asOf: '2025-03-01',
    members: [member('ann', 'Ann'), member('bea', 'Bea')],
    organizations: [
      { id: 'o-social', name: 'Social office', sector: 'social' },
      { id: 'o-clinic', name: 'Clinic', sector: 'health' },
    ],
    professionals: [
      { id: 'pr-sam', name: 'Sam Worker', title: 'Social worker', organization: 'o-social' },
      { id: 'pr-dan', name: 'Dan Doctor', organization: 'o-clinic' },
    ],
    services: [
      { id: 's-2020', name: 'Year 2020', organization: 'o-social', members: ['ann'], responsible: 'pr-sam', status: 'ended', periods: [{ start: '2020-01-01', end: '2020-12-31' }] },
      { id: 's-2022', name: 'Half 2022', organization: 'o-clinic', members: ['ann'], responsible: 'pr-dan', status: 'ended', periods: [{ start: '2022-01-01', end: '2022-06-30' }] },
      { id: 's-now', name: 'From asOf', organization: 'o-clinic', members: ['ann', 'bea'], status: 'active', periods: [{ start: '2025-03-01' }], intensity: 'Weekly' },
      { id: 's-planned', name: 'Planned', organization: 'o-social', members: ['bea'], status: 'planned', applied: '2025-01-10' },
      { id: 's-waiting', name: 'Waiting', organization: 'o-clinic', members: ['bea'], status: 'waiting', applied: '2024-11-01' },
      { id: 's-active', name: 'Active', organization: 'o-social', members: ['bea'], responsible: 'pr-sam', status: 'active', periods: [{ start: '2023-05-01' }] },
      { id: 's-paused', name: 'Paused', organization: 'o-social', members: ['bea'], status: 'paused', periods: [{ start: '2023-01-01', end: '2024-10-31' }] },
      { id: 's-ended', name: 'Ended', organization: 'o-clinic', members: ['bea'], status: 'ended', periods: [{ start: '2021-02-01', end: '2021-09-30' }] },
      { id: 's-declined', name: 'Declined', organization: 'o-clinic', members: ['bea'], status: 'declined', periods: [{ start: '2024-02-12', end: '2024-02-12' }] },
    ],
    events: [
      { id: 'e-done', kind: 'meeting', title: 'Met', start: '2024-03-12', status: 'done', members: ['ann'], professionals: ['pr-sam'] },
      { id: 'e-planned', kind: 'network-meeting', title: 'Will meet', start: '2025-04-02T13:00:00+03:00', status: 'planned', members: ['ann'] },
      { id: 'e-cancelled', kind: 'meeting', title: 'Called off', start: '2024-12-03', status: 'cancelled', members: ['ann'] },
    ],
  } as unknown as FamilyDocument;
}

// ------------------------------------------------------------------------- tests

describe('services timeline', () => {
  failOnConsoleWarnings();
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' }); // zoom steps land at once
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('places bars by their dates on the shared axis: order, proportional widths, ticks at their edges', async () => {
    const { root } = await mountTimeline(datedFamily());
    const year2020 = box(barNodes(root, 's-2020')[0]);
    const half2022 = box(barNodes(root, 's-2022')[0]);
    expect(year2020.left < half2022.left, 'earlier bar further left').to.equal(true);
    const pxPerDay = year2020.width / 366; // 2020 is a leap year
    expect(half2022.width / pxPerDay).to.be.closeTo(181, 1.5);
    const startGap = dayNumber(2022, 1, 1) - dayNumber(2020, 1, 1);
    expect((half2022.left - year2020.left) / pxPerDay).to.be.closeTo(startGap, 1.5);
    // The axis is the same scale: the 2021 tick sits where the 2020 bar ends.
    const tick2021 = tickX(root, '2021');
    expect(tick2021, 'a 2021 tick').to.not.equal(undefined);
    expect(Math.abs(tick2021! - year2020.right) < 1.5, `tick at ${tick2021}, bar ends at ${year2020.right}`).to.equal(true);
  });

  it('gives the time more room on a narrow chart: a narrower gutter, bars still on the axis', async () => {
    const mounted = await mountTimeline(datedFamily());
    const { host, root } = mounted;
    const gutter = () => Number(root.querySelector('rect.gutter')?.getAttribute('width'));
    const plotX = () => Number(root.querySelector('svg.plot-area')?.getAttribute('x'));
    const chartWidth = () => root.querySelector('svg.timeline-chart')!.clientWidth;
    expect(chartWidth() >= 480, `wide first: ${chartWidth()}`).to.equal(true);
    expect([gutter(), plotX()]).to.deep.equal([184, 184]);
    host.style.display = 'block';
    host.style.width = '320px';
    await settle(host);
    await settle(host);
    expect([gutter(), plotX()]).to.deep.equal([120, 120]);
    expect(Number(root.querySelector('svg.lane-labels')?.getAttribute('width'))).to.equal(112);
    // The axis and the bars share the narrower plot: year ticks where the bars start and end.
    const year2020 = box(barNodes(root, 's-2020')[0]);
    const half2022 = box(barNodes(root, 's-2022')[0]);
    const edges = [
      ['2020', year2020.left],
      ['2021', year2020.right],
      ['2022', half2022.left],
    ] as const;
    const ticked = edges.filter(([year]) => tickX(root, year) !== undefined);
    expect(ticked.length > 0, 'a tick at one of the edges').to.equal(true);
    for (const [year, edge] of ticked) expect(Math.abs(tickX(root, year)! - edge) < 1.5, `${year} tick at ${tickX(root, year)}, bar edge at ${edge}`).to.equal(true);
    const left = root.querySelector('svg.timeline-chart')!.getBoundingClientRect().left;
    expect(year2020.left - left >= 120 - 1, `the bar starts right of the gutter: ${year2020.left - left}`).to.equal(true);
    host.style.width = '800px';
    await settle(host);
    await settle(host);
    expect([gutter(), plotX()]).to.deep.equal([184, 184]);
  });

  it('draws the asOf line, labelled, where the day begins', async () => {
    const { root } = await mountTimeline(datedFamily());
    const line = box(root.querySelector('.as-of-line line'));
    const fromAsOf = box(barNodes(root, 's-now')[0]);
    expect(Math.abs(line.left - fromAsOf.left) < 1.5, `line ${line.left}, bar ${fromAsOf.left}`).to.equal(true);
    const label = root.querySelector('.as-of-label text')?.textContent ?? '';
    expect(label).to.contain('2025');
  });

  it('draws each status its own way', async () => {
    const { root } = await mountTimeline(datedFamily());
    const statuses = ['planned', 'waiting', 'active', 'paused', 'ended', 'declined'];
    const signatures = new Set<string>();
    for (const status of statuses) {
      const path = root.querySelector<SVGPathElement>(`path.bars.bars--${status}`);
      expect(path !== null, `a ${status} picture path`).to.equal(true);
      const style = getComputedStyle(path!);
      const texture = root.querySelector(`.bars-texture--${status}`) ? status : '';
      signatures.add([style.fillOpacity, style.fill === getComputedStyle(root.querySelector('.gutter')!).fill, style.strokeDasharray, style.strokeWidth, texture].join('|'));
      expect(barNodes(root).some((bar) => bar.classList.contains(`bar--${status}`)), `a ${status} bar node`).to.equal(true);
    }
    expect(signatures.size, [...signatures].join(' / ')).to.equal(statuses.length);
    expect(root.querySelector('.bars-texture--waiting')?.getAttribute('fill')).to.equal('url(#fv-tl-hatch)');
    expect(root.querySelector('.bars-texture--paused')?.getAttribute('fill')).to.equal('url(#fv-tl-stripes)');
    expect(root.querySelector('.bars-strike')?.getAttribute('d') ?? '').to.match(/^M/);
    // Active bars running to asOf get an arrowhead there; every bar carries its sector letter.
    expect(root.querySelector('.open-end-arrows')?.getAttribute('d') ?? '').to.match(/^M0 /);
    const letters = [...root.querySelectorAll('.bars-letters')].map((p) => p.getAttribute('fill'));
    expect(letters).to.include.members(['url(#fv-tl-letter-social)', 'url(#fv-tl-letter-health)']);
  });

  it('outlines the legend’s planned and declined samples as the chart outlines those bars', async () => {
    const { root } = await mountTimeline(datedFamily());
    const outline = (element: Element | null, what: string): string => {
      if (!element) throw new Error(`no ${what}`);
      const style = getComputedStyle(element);
      return [style.strokeWidth, style.strokeDasharray].join('|');
    };
    for (const status of ['planned', 'declined']) {
      const chart = outline(root.querySelector(`path.bars.bars--${status}`), `${status} picture path`);
      const legend = outline(root.querySelector(`.legend-sample .bars--${status}`), `${status} legend sample`);
      expect(legend, status).to.equal(chart);
    }
    // Planned is outlined in the planned colour, whatever the sector.
    const plannedStroke = (selector: string) => getComputedStyle(root.querySelector(selector)!).stroke;
    expect(plannedStroke('.legend-sample .bars--planned')).to.equal(plannedStroke('path.bars.bars--planned'));
  });

  it('squeezes a lane label wider than the gutter instead of cutting it off, and lets a short one be', async () => {
    const long = 'Maria-Kristiina Aleksandrovna Korhonen-Virtanen';
    const family = datedFamily() as unknown as { members: Array<Record<string, unknown>> };
    family.members[0]!['name'] = long;
    const { host, root } = await mountTimeline(family);
    const label = (id: string) => root.querySelector<SVGTextElement>(`[data-lane-member-id="${id}"] .lane-name`)!;
    const LANE_LABEL_ROOM = laneLabelRoom(gutterFor(root.querySelector('svg.timeline-chart')!.clientWidth));
    const fits = (text: SVGTextElement) => text.getBBox().width <= LANE_LABEL_ROOM + 1;
    expect(label('ann').textContent, 'the whole name stays').to.equal(long);
    expect(label('ann').getAttribute('textLength')).to.equal(String(LANE_LABEL_ROOM));
    expect(fits(label('ann')), `width ${label('ann').getBBox().width}`).to.equal(true);
    expect(label('bea').hasAttribute('textLength'), 'a short name keeps its natural width').to.equal(false);
    // Selected, the name is bold (wider): measured again.
    host.selectedMemberId = 'bea';
    await settle(host);
    host.selectedMemberId = 'ann';
    await settle(host);
    expect(fits(label('ann')), `bold width ${label('ann').getBBox().width}`).to.equal(true);
  });

  it('fits every lane label of a seed family in Finnish and Swedish, the longer languages, on a phone too', async () => {
    for (const [lang, width] of [['fi', ''], ['sv', ''], ['fi', '300px'], ['sv', '300px']] as const) {
      const el = await fixture<FamilyView>(
        html`<family-view lang=${lang} style=${width ? `width: ${width}` : ''} view="timeline" .viewer=${ADMIN} .data=${fixtures.refugeeFamily}></family-view>`,
      );
      await settle(el);
      const texts = [...el.shadowRoot!.querySelectorAll<SVGTextElement>('.lane-labels text')];
      expect(texts.length > 0, 'lane labels').to.equal(true);
      const peaks = texts.filter((text) => text.classList.contains('lane-peak'));
      expect(peaks.length > 0, 'door peaks').to.equal(true);
      // What the labels' clipping viewport leaves visible right of where the labels start.
      const clip = Number(el.shadowRoot!.querySelector('svg.lane-labels')?.getAttribute('width'));
      for (const text of texts) {
        const right = Number(text.getAttribute('x')) + text.getBBox().width;
        expect(right <= clip, `${lang} ${width}: "${text.textContent}" ends at ${right} px, the clip at ${clip}`).to.equal(true);
      }
      if (width) {
        // Narrow: the busiest year and its counts on lines of their own, where the lane has room.
        const peak = (id: string) => [...el.shadowRoot!.querySelectorAll(`[data-lane-member-id="${id}"] .lane-peak`)].map((t) => t.textContent);
        expect(peak('m-maryam')).to.deep.equal(lang === 'fi' ? ['Eniten 2025:', '6 org. · 13 työntekijää'] : ['Flest 2025:', '6 org. · 13 yrkespersoner']);
      }
      el.remove();
    }
  });

  it('draws a waiting service from its application to asOf', async () => {
    const { root } = await mountTimeline(datedFamily());
    const waiting = box(barNodes(root, 's-waiting')[0]);
    const line = box(root.querySelector('.as-of-line line'));
    const days = dayNumber(2025, 3, 2) - dayNumber(2024, 11, 1);
    const year2020 = box(barNodes(root, 's-2020')[0]);
    expect(waiting.width / (year2020.width / 366)).to.be.closeTo(days, 1.5);
    expect(Math.abs(waiting.right - line.left - year2020.width / 366) < 1.5, 'ends with the asOf day').to.equal(true);
  });

  it('shows a service for several members in each of their lanes', async () => {
    const { root, shown } = await mountTimeline(fixtures.refugeeFamily);
    const service = shown.services!.find((s) => s.id === 's-family-social-work')!;
    const nodes = barNodes(root, service.id);
    expect(nodes.length).to.equal(service.members.length);
    const lanes = [...root.querySelectorAll('[data-lane-member-id]')];
    for (const memberId of service.members) {
      const label = lanes.find((l) => l.getAttribute('data-lane-member-id') === memberId)!;
      const labelBox = box(label.querySelector('.lane-name'));
      expect(
        nodes.some((node) => Math.abs(box(node).top - labelBox.top) < 48),
        `a bar in ${memberId}'s lane`,
      ).to.equal(true);
    }
  });

  it('gives every bar a node with data-service-id, one per service, member and dated period', async () => {
    const { root, shown } = await mountTimeline(fixtures.refugeeFamily);
    let expected = 0;
    const asOf = parsePartialDate(shown.asOf!)!.first;
    for (const service of shown.services ?? []) {
      const dated = (service.periods ?? []).filter((p) => p.start !== undefined).length;
      const applied = service.applied === undefined ? undefined : parsePartialDate(service.applied)!.first;
      const waitingBar = service.status === 'waiting' && applied !== undefined && applied <= asOf ? 1 : 0;
      const plannedBar = service.status === 'planned' && dated === 0 && (applied === undefined || applied <= asOf) ? 1 : 0;
      expected += service.members.length * (dated + waitingBar + plannedBar);
    }
    const nodes = barNodes(root);
    expect(nodes.length).to.equal(expected);
    expect(nodes.every((node) => (node.getAttribute('data-service-id') ?? '') !== '')).to.equal(true);
    // The picture draws each of them too: one subpath per bar.
    const subpaths = [...root.querySelectorAll('path.bars')].reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g)?.length ?? 0), 0);
    expect(subpaths).to.equal(expected);
  });

  it('marks planned, done and cancelled events differently, each with data-event-id', async () => {
    const { root } = await mountTimeline(datedFamily());
    const marker = (id: string) => root.querySelector(`[data-event-id="${id}"]`);
    expect(marker('e-done')?.classList.contains('event--done')).to.equal(true);
    expect(marker('e-done')?.querySelector('.event-hole')).to.equal(null);
    expect(marker('e-planned')?.classList.contains('event--planned')).to.equal(true);
    expect(marker('e-planned')?.querySelector('.event-hole') !== null, 'a planned marker is hollow').to.equal(true);
    expect(marker('e-cancelled')?.querySelector('.event-strike') !== null, 'a cancelled marker is struck').to.equal(true);
    expect(marker('e-planned')?.querySelector('.event-strike')).to.equal(null);
    // Markers sit at their day: the planned one after the asOf line.
    const line = box(root.querySelector('.as-of-line line'));
    const dot = marker('e-planned')!.querySelector('path')!;
    const x = dot.getScreenCTM()!.e + dot.getScreenCTM()!.a * Number(/M([-\d.]+)/.exec(dot.getAttribute('d')!)![1]);
    expect(x > line.left, 'planned after asOf').to.equal(true);
  });

  it('zooms with the buttons and keys, and pans with Shift and the arrows', async () => {
    const mounted = await mountTimeline(fixtures.refugeeFamily);
    const { root } = mounted;
    const whole = visibleWidth(mounted);
    const ticksBefore = [...root.querySelectorAll('svg.timeline-axis .tick text')].map((t) => t.textContent).join();
    button(root, 'Zoom in').click();
    expect(visibleWidth(mounted)).to.be.closeTo(whole / 1.5, whole * 0.001);
    expect([...root.querySelectorAll('svg.timeline-axis .tick text')].map((t) => t.textContent).join()).to.not.equal(ticksBefore);
    button(root, 'Zoom out').click();
    button(root, 'Zoom out').click();
    expect(visibleWidth(mounted)).to.be.closeTo(whole * 1.5, whole * 0.001);
    button(root, 'Show all').click();
    expect(visibleWidth(mounted)).to.be.closeTo(whole, whole * 0.001);

    barNodes(root)[0]!.focus();
    await sendKeys({ press: '+' });
    await sendKeys({ press: '+' });
    expect(visibleWidth(mounted)).to.be.closeTo(whole / 2.25, whole * 0.001);
    const before = mounted.host.timeline.visibleDays()!;
    await sendKeys({ press: 'Shift+ArrowRight' });
    const after = mounted.host.timeline.visibleDays()!;
    expect(after.start - before.start).to.be.closeTo((before.end - before.start) * 0.2, 1);
    await sendKeys({ press: '-' });
    expect(visibleWidth(mounted)).to.be.closeTo(whole / 1.5, whole * 0.001);
    // The overview's window shows the part in view.
    const frame = box(root.querySelector('.overview-frame'));
    const windowBox = box(root.querySelector('.overview-window'));
    expect(windowBox.width / frame.width).to.be.closeTo(1 / 1.5, 0.02);
  });

  it('moves what stays in a zoom or pan frame: labels keep their nodes, no attribute is written to the value it had', async () => {
    const mounted = await mountTimeline(datedFamily());
    const { root, host } = mounted;
    host.timeline.showDays(dayNumber(2019, 7, 1), dayNumber(2023, 7, 1));
    await settle(host);
    const tickLabels = () => new Map([...root.querySelectorAll('svg.timeline-axis .tick text')].map((text) => [text.textContent ?? '', text.firstChild]));
    const tickPlaces = () => new Map([...root.querySelectorAll('svg.timeline-axis .tick')].map((tick) => [tick.textContent ?? '', tick.getAttribute('transform')]));
    const tickScreenX = () => new Map([...root.querySelectorAll('svg.timeline-axis .tick')].map((tick) => [tick.textContent ?? '', box(tick.querySelector('line')).left]));
    const gridLines = () => new Set(root.querySelectorAll('g.grid line'));
    const doorTexts = () => new Map([...root.querySelectorAll('.door-numbers text.door-number')].map((text) => [text, text.firstChild]));
    const writes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => writes.push(...records));
    observer.observe(root, { subtree: true, attributes: true, attributeOldValue: true });

    for (const step of ['pan', 'zoom'] as const) {
      const labels = tickLabels();
      const places = tickPlaces();
      const screenX = tickScreenX();
      const doors = doorTexts();
      const lines = gridLines();
      if (step === 'pan') host.timeline.panBy(0.05);
      else button(root, 'Zoom in').click();
      await settle(host);
      const kept = [...tickLabels()].filter(([label]) => labels.has(label));
      expect(kept.length, `${step}: ticks that stay`).to.be.greaterThan(1);
      for (const [label, node] of kept) expect(node === labels.get(label), `${step}: the label ${label} keeps its text node`).to.equal(true);
      const moved = [...tickPlaces()].filter(([label, place]) => places.has(label) && places.get(label) !== place);
      if (step === 'zoom') expect(moved.length, 'zoom: the ticks that stay moved').to.equal(kept.length);
      else {
        // A pan moves the ticks' group: each tick keeps its own place, all shift alike.
        expect(moved.length, 'pan: ticks whose own place was written').to.equal(0);
        const after = tickScreenX();
        const shifts = kept.map(([label]) => after.get(label)! - screenX.get(label)!);
        expect(Math.abs(shifts[0]!) > 1, `pan: the ticks shifted (${shifts.join(', ')})`).to.equal(true);
        expect(shifts.every((dx) => Math.abs(dx - shifts[0]!) < 0.05), `pan: all alike (${shifts.join(', ')})`).to.equal(true);
        // So does the grid: no line's x is written.
        writes.push(...observer.takeRecords());
        const gridWrites = writes.filter((record) => lines.has(record.target as SVGLineElement) && record.attributeName?.startsWith('x'));
        expect(gridWrites.length, 'x written on grid lines in a pan').to.equal(0);
      }
      if (step === 'pan') {
        const keptDoors = [...doorTexts()].filter(([text, node]) => doors.get(text) === node);
        expect(keptDoors.length, 'door numbers that stay keep their nodes').to.be.greaterThan(0);
        // They move with their group: a pan writes no number's place.
        const placed = writes.filter((record) => doors.has(record.target as Element) && record.attributeName === 'x');
        expect(placed.length, 'x written on door numbers in a pan').to.equal(0);
      }
    }
    writes.push(...observer.takeRecords());
    observer.disconnect();
    // Each write's new value is the next write's old value, or the value the attribute has now.
    const sameValue: string[] = [];
    writes.forEach((record, i) => {
      const name = record.attributeName!;
      const target = record.target as Element;
      const next = writes.slice(i + 1).find((later) => later.target === target && later.attributeName === name);
      const value = next ? next.oldValue : target.getAttribute(name);
      if (value === record.oldValue) sameValue.push(`<${target.localName} class="${target.getAttribute('class') ?? ''}"> ${name}="${value ?? ''}"`);
    });
    expect(writes.length, 'the frames wrote attributes').to.be.greaterThan(0);
    expect(sameValue.join('\n')).to.equal('');
  });

  it('reaches days when zoomed all the way in, and moves the view from the overview', async () => {
    const mounted = await mountTimeline(fixtures.refugeeFamily);
    for (let i = 0; i < 30; i++) button(mounted.root, 'Zoom in').click();
    expect(visibleWidth(mounted)).to.be.closeTo(7, 0.01);
    const overview = mounted.root.querySelector<SVGSVGElement>('svg.timeline-overview')!;
    const frame = box(mounted.root.querySelector('.overview-frame'));
    overview.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0, pointerId: 1, clientX: frame.left + frame.width * 0.25, clientY: frame.top + 5 }));
    overview.dispatchEvent(new PointerEvent('pointerup', { bubbles: true, pointerId: 1 }));
    const days = mounted.host.timeline.visibleDays()!;
    const domainStart = mounted.model.span!.start;
    // A quarter of the way along the (padded) span.
    expect((days.start + days.end) / 2 > domainStart, 'moved into the span').to.equal(true);
    const window = box(mounted.root.querySelector('.overview-window'));
    expect(Math.abs(window.left + window.width / 2 - (frame.left + frame.width * 0.25)) < 3, 'the window follows').to.equal(true);
  });

  it('is one tab stop with roving focus: arrows walk bars and markers, Enter selects', async () => {
    const { host, root, model } = await mountTimeline(datedFamily());
    const tabStops = root.querySelectorAll('.timeline-chart [tabindex="0"]');
    expect(tabStops.length).to.equal(1);
    button(root, 'Show all').focus();
    await sendKeys({ press: 'Tab' });
    const first = model.laneItems[0]![0]!;
    expect(focusedItem(root)).to.equal(`${first.kind === 'bar' ? 'b' : 'e'}${first.index}`);
    await sendKeys({ press: 'ArrowRight' });
    const second = model.laneItems[0]![1]!;
    expect(focusedItem(root)).to.equal(`${second.kind === 'bar' ? 'b' : 'e'}${second.index}`);
    expect(root.querySelectorAll('.timeline-chart [tabindex="0"]').length).to.equal(1);
    await sendKeys({ press: 'End' });
    const last = model.laneItems[0]![model.laneItems[0]!.length - 1]!;
    expect(focusedItem(root)).to.equal(`${last.kind === 'bar' ? 'b' : 'e'}${last.index}`);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    const lane = root.activeElement?.getAttribute('data-service-id') ?? root.activeElement?.getAttribute('data-event-id');
    expect(model.laneItems[1]!.some((ref) => (ref.kind === 'bar' ? model.bars[ref.index]!.serviceId : model.events[ref.index]!.eventId) === lane), 'in the second lane').to.equal(true);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Home' });
    const focusedService = root.activeElement?.getAttribute('data-service-id');
    await sendKeys({ press: 'Enter' });
    expect(host.selections).to.deep.equal([{ type: 'service', id: focusedService }]);
    // An event marker selects as an event.
    const eventNode = root.querySelector<SVGElement>('[data-event-id="e-done"]')!;
    eventNode.focus();
    await sendKeys({ press: 'Space' });
    expect(host.selections[1]).to.deep.equal({ type: 'event', id: 'e-done' });
    // A click selects too.
    barNodes(root, 's-2022')[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(host.selections[2]).to.deep.equal({ type: 'service', id: 's-2022' });
  });

  it('shows the focused or hovered service in the detail card', async () => {
    const { host, root } = await mountTimeline(datedFamily());
    expect(root.querySelector('[part="timeline-detail"]')?.getAttribute('aria-live')).to.equal('polite');
    barNodes(root, 's-2020')[0]!.focus();
    await settle(host);
    const text = detailText(root);
    for (const expected of ['Year 2020', 'Social office', 'Sam Worker', 'Social worker', 'Ended', '2020']) {
      expect(text.includes(expected), `"${expected}" in "${text}"`).to.equal(true);
    }
    barNodes(root, 's-now')[0]!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await settle(host);
    const hovered = detailText(root);
    expect(hovered.includes('From asOf') && hovered.includes('Weekly') && hovered.includes('Clinic'), hovered).to.equal(true);
    expect(hovered.includes('since'), 'an open period reads "since …"').to.equal(true);
    root.querySelector('[data-event-id="e-planned"]')!.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await settle(host);
    const event = detailText(root);
    expect(event.includes('Will meet') && event.includes('Network meeting') && event.includes('Planned'), event).to.equal(true);
  });

  it('counts the doors per member and year', async () => {
    const { host, root, shown } = await mountTimeline(datedFamily());
    // By hand from the document: Ann in 2020 met o-social/pr-sam; in 2022 o-clinic/pr-dan;
    // in 2024 nobody by service but pr-sam at the done meeting; 2025 o-clinic (s-now, no worker).
    const ann = root.querySelector('[data-lane-member-id="ann"] .lane-peak')?.textContent ?? '';
    expect(ann.length > 0, 'a peak for Ann').to.equal(true);
    barNodes(root, 's-2020')[0]!.focus();
    await settle(host);
    const text = detailText(root);
    expect(text).to.contain('2020: 1 organisation, 1 worker');
    expect(text).to.contain('2022: 1 organisation, 1 worker');
    expect(text).to.contain('2024: 0 organisations, 1 worker');
    expect(text).to.contain('2025: 1 organisation, 0 workers');
    // The band: one cell per year with doors, for each member with doors.
    const cells = [...root.querySelectorAll('.doors-band path')].reduce((n, p) => n + (p.getAttribute('d')!.match(/M/g)?.length ?? 0), 0);
    expect(cells).to.equal(4 + countYearsOfBea(shown));
  });

  it('writes the doors in each year cell once years are wide enough, and they move with a pan', async () => {
    const mounted = await mountTimeline(datedFamily());
    const { root } = mounted;
    const numbers = () =>
      [...root.querySelectorAll('.door-numbers text.door-number')].map((text) => {
        const { left, width } = box(text);
        return { text: text.textContent, centre: left + width / 2 };
      });
    /** The numbers written between the ticks of `year` and the next year. */
    const inYear = (year: number) => {
      const from = tickX(root, String(year));
      const to = tickX(root, String(year + 1));
      if (from === undefined || to === undefined) throw new Error(`no ticks for ${year}`);
      return numbers().filter((n) => n.centre > from && n.centre < to).map((n) => n.text);
    };
    for (let i = 0; i < 4; i++) button(root, 'Zoom out').click();
    await settle(mounted.host);
    expect(numbers(), 'years too narrow for numbers').to.deep.equal([]);
    mounted.host.timeline.showDays(dayNumber(2019, 7, 1), dayNumber(2023, 7, 1));
    await settle(mounted.host);
    // Only Ann met doors in 2020 and 2022: one organisation and one worker each year.
    expect(inYear(2020)).to.deep.equal(['1 · 1']);
    expect(inYear(2021)).to.deep.equal(['1 · 0']); // Bea: the clinic, no named worker
    barNodes(root, 's-2022')[0]!.focus();
    await sendKeys({ press: 'Shift+ArrowRight' });
    await settle(mounted.host);
    expect(inYear(2021)).to.deep.equal(['1 · 0']);
    expect(inYear(2022)).to.deep.equal(['1 · 1']);
    expect(inYear(2023), 'Bea in 2023: the social office and Sam').to.deep.equal(['1 · 1']);
  });

  it('counts the doors of a seed family, as the document says', async () => {
    const { host, root, shown } = await mountTimeline(fixtures.refugeeFamily);
    // Maryam, 2024: the distinct organisations and responsible workers of her services running in 2024.
    const from = dayNumber(2024, 1, 1);
    const to = dayNumber(2024, 12, 31);
    const organisations = new Set<string>();
    const workers = new Set<string>();
    const asOf = parsePartialDate(shown.asOf!)!.last;
    for (const service of shown.services ?? []) {
      if (!service.members.includes('m-maryam') || service.status === 'declined') continue;
      const periods = (service.periods ?? []).map((p) => [parsePartialDate(p.start!)!.first, p.end ? parsePartialDate(p.end)!.last : asOf]);
      if (service.status === 'waiting' && service.applied) periods.push([parsePartialDate(service.applied)!.first, asOf]);
      if (!periods.some(([start, end]) => start! <= to && end! >= from)) continue;
      organisations.add(service.organization);
      if (service.responsible) workers.add(service.responsible);
    }
    for (const event of shown.events ?? []) {
      const day = parsePartialDate(event.start.slice(0, 10))!.first;
      if (event.status !== 'cancelled' && event.members?.includes('m-maryam') && day >= from && day <= to) for (const p of event.professionals ?? []) workers.add(p);
    }
    const maryamBar = barNodes(root).find((bar) => bar.getAttribute('aria-label')?.endsWith('Maryam Rezaei'))!;
    maryamBar.focus();
    await settle(host);
    const orgText = organisations.size === 1 ? '1 organisation' : `${organisations.size} organisations`;
    const workerText = workers.size === 1 ? '1 worker' : `${workers.size} workers`;
    expect(detailText(root)).to.contain(`2024: ${orgText}, ${workerText}`);
  });

  it('highlights the selected member’s lane, the selected service and the bars active on the marked day', async () => {
    const mounted = await mountTimeline(fixtures.refugeeFamily);
    const { host, root, model } = mounted;
    host.selectedMemberId = 'm-zahra';
    host.selectedServiceId = 's-kela-family-benefits';
    const mark = dayNumber(2023, 10, 1);
    host.markDate = mark;
    await settle(host);
    expect(root.querySelector('.lane-selected') !== null, 'a lane highlight').to.equal(true);
    expect(root.querySelector('[data-lane-member-id="m-zahra"]')?.classList.contains('lane-label--selected')).to.equal(true);
    const selected = barNodes(root).filter((bar) => bar.classList.contains('bar--selected'));
    expect(selected.length).to.equal(barNodes(root, 's-kela-family-benefits').length);
    expect(selected.length > 1, 'in every lane').to.equal(true);
    expect(root.querySelector('.bars-selected')?.getAttribute('d')?.match(/M/g)?.length).to.equal(selected.length);
    const activeAtMark = model.bars.filter((bar) => bar.start <= mark && mark < bar.end).map((bar) => `b${bar.index}`).sort();
    const marked = barNodes(root)
      .filter((bar) => bar.classList.contains('bar--active-at-mark'))
      .map((bar) => bar.getAttribute('data-item')!)
      .sort();
    expect(marked).to.deep.equal(activeAtMark);
    expect(marked.length > 0, 'some bars run on the mark').to.equal(true);
    expect(root.querySelector('.mark-line line') !== null && root.querySelector('.mark-label text') !== null, 'a labelled second line').to.equal(true);
  });

  it('speaks the element’s language on the axis and in the dates', async () => {
    const { root } = await mountTimeline(fixtures.refugeeFamily, { kind: 'admin' }, 'fi');
    const zoomIn = root.querySelectorAll<HTMLButtonElement>('[part="timeline-controls"] button')[0]!;
    for (let i = 0; i < 4; i++) zoomIn.click(); // months come into view
    const ticks = [...root.querySelectorAll('svg.timeline-axis .tick text')].map((t) => t.textContent ?? '');
    const finnishMonths = new Set(
      Array.from({ length: 12 }, (_, m) => new Intl.DateTimeFormat('fi', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, m, 1)))),
    );
    expect(ticks.some((t) => finnishMonths.has(t)), ticks.join(', ')).to.equal(true);
    const label = root.querySelector('.as-of-label text')?.textContent ?? '';
    const finnishDate = new Intl.DateTimeFormat('fi', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 2, 1)));
    expect(label).to.contain(finnishDate);
  });

  it('relabels the axis when the language changes, on the same ticks', async () => {
    const { root, host } = await mountTimeline(fixtures.refugeeFamily);
    for (let i = 0; i < 4; i++) button(root, 'Zoom in').click(); // months come into view
    const labels = () => [...root.querySelectorAll('svg.timeline-axis .tick text')].map((t) => t.textContent ?? '');
    const month = (locale: string) => (m: number) => new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, m, 1)));
    const months = (locale: string) => new Set(Array.from({ length: 12 }, (_, m) => month(locale)(m)));
    const english = labels();
    expect(english.some((label) => months('en').has(label)), english.join(', ')).to.equal(true);
    host.locale = 'fi';
    await settle(host);
    const finnish = labels();
    expect(finnish.length).to.equal(english.length);
    expect(finnish.some((label) => months('fi').has(label)), finnish.join(', ')).to.equal(true);
    expect(finnish.some((label) => months('en').has(label) && !months('fi').has(label)), finnish.join(', ')).to.equal(false);
  });

  it('leaves out lanes for placeholders and everything redaction removed', async () => {
    for (const viewer of [
      { kind: 'professional', professional: 'pr-kirsi' },
      { kind: 'organization', organization: 'o-school' },
      { kind: 'member', member: 'm-emilia' },
    ] as const) {
      const { root, shown } = await mountTimeline(fixtures.custodyDispute, viewer);
      const lanes = [...root.querySelectorAll('[data-lane-member-id]')].map((l) => l.getAttribute('data-lane-member-id'));
      expect(lanes).to.deep.equal(shown.members.filter((m) => m.placeholder !== true).map((m) => m.id));
      const shownServices = new Set((shown.services ?? []).map((s) => s.id));
      const drawn = new Set(barNodes(root).map((bar) => bar.getAttribute('data-service-id')!));
      expect([...drawn].every((id) => shownServices.has(id)), 'only shown services').to.equal(true);
      // Nothing personal that redaction removed reaches the DOM.
      const removed = leakedStrings([JSON.stringify(fixtures.custodyDispute)], personalStrings(fixtures.custodyDispute)).filter(
        (value) => !JSON.stringify(shown).includes(value),
      );
      expect(leakedStrings(renderedStrings(root), removed), `viewer ${JSON.stringify(viewer)}`).to.deep.equal([]);
    }
  });

  it('renders hostile text as text', async () => {
    const { host, root, shown } = await mountTimeline(fixtures.hostileText);
    expect(root.querySelector('script, img, iframe')).to.equal(null);
    const name = shown.services![0]!.name;
    barNodes(root, shown.services![0]!.id)[0]!.focus();
    await settle(host);
    expect(root.querySelector('.detail-title')?.textContent).to.equal(name);
  });

  it('says so when nothing is dated', async () => {
    const { root } = await mountTimeline({ schemaVersion: '1.0', members: [member('ann', 'Ann')] });
    expect(root.querySelector('.timeline-empty') !== null, 'an empty notice').to.equal(true);
    expect(root.querySelector('svg.timeline-chart')).to.equal(null);
  });
});

/** Years in which Bea (datedFamily) met a door: computed from her services' periods. */
function countYearsOfBea(shown: FamilyDocument): number {
  const years = new Set<number>();
  const asOf = parsePartialDate(shown.asOf!)!;
  for (const service of shown.services ?? []) {
    if (!service.members.includes('bea') || service.status === 'declined' || service.status === 'planned') continue;
    const spans = (service.periods ?? []).map((p) => [parsePartialDate(p.start!)!.year, p.end ? parsePartialDate(p.end)!.year : asOf.year]);
    if (service.status === 'waiting' && service.applied) spans.push([parsePartialDate(service.applied)!.year, asOf.year]);
    for (const [from, to] of spans) for (let y = from!; y <= to!; y++) years.add(y);
  }
  return years.size;
}
