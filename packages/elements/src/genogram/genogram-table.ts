/**
 * The genogram as a table: the text alternative behind the drawing's "Show as table"
 * toggle. One row per member the drawing shows (`data-member-id`; placeholders keep the
 * drawing's "Not shared with you" and no id), with gender, age or years, household and
 * every drawn relationship in words. A member's name is a button that selects them, as a
 * click on their symbol does.
 *
 * The table sits in a scroll box of its own (a focusable, named region), so that on a
 * narrow screen it scrolls sideways inside the element instead of widening the page.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { BondQuality, ParentageKind } from '@family-view/core';
import { msg, str } from '../localization.js';
import type { MemberView } from './genogram-model.js';
import type { BondDirection, GenogramTable, GenogramTableRow, PartnerStatus } from './genogram-table-model.js';
import { deceasedWord, indexPersonWord, kindWord, memberDetail, placeholderName } from './member-text.js';

/** The caption names the scroll region too; ARIA ids stay in the element's shadow root. */
const CAPTION_ID = 'fv-genogram-table-caption';

export interface GenogramTableOptions {
  /** The member whose details panel is open. */
  selectedId?: string | undefined;
  /** Members marked in the drawing (those of the selected service). */
  highlighted?: ReadonlySet<string> | undefined;
  /** A member's name button was pressed. */
  select: (memberId: string) => void;
  /** Escape inside the table (closes the details panel). */
  escape: () => void;
}

function nameOf(member: MemberView): string {
  return member.placeholder ? placeholderName() : member.name;
}

function partnerStatusWord(status: PartnerStatus): string {
  switch (status) {
    case 'dating':
      return msg('dating', { id: 'genogram.table.partner.dating' });
    case 'engaged':
      return msg('engaged', { id: 'genogram.table.partner.engaged' });
    case 'cohabiting':
      return msg('living together', { id: 'genogram.table.partner.cohabiting' });
    case 'married':
      return msg('married', { id: 'genogram.table.partner.married' });
    case 'separated':
      return msg('separated', { id: 'genogram.table.partner.separated' });
    case 'divorced':
      return msg('divorced', { id: 'genogram.table.partner.divorced' });
    case 'widowed':
      return msg('widowed', { id: 'genogram.table.partner.widowed' });
    case 'not-started':
      return msg('not begun by this date', { id: 'genogram.table.partner.not-started' });
  }
}

function parentageWord(kind: ParentageKind): string {
  switch (kind) {
    case 'biological':
      return msg('biological', { id: 'genogram.table.parentage.biological' });
    case 'adoptive':
      return msg('adoptive', { id: 'genogram.table.parentage.adoptive' });
    case 'foster':
      return msg('foster', { id: 'genogram.table.parentage.foster' });
    case 'step':
      return msg('step', { id: 'genogram.table.parentage.step' });
    case 'guardian-only':
      return msg('guardian only', { id: 'genogram.table.parentage.guardian-only' });
  }
}

function bondWord(quality: BondQuality): string {
  switch (quality) {
    case 'close':
      return msg('close', { id: 'genogram.table.bond.close' });
    case 'fused':
      return msg('fused', { id: 'genogram.table.bond.fused' });
    case 'distant':
      return msg('distant', { id: 'genogram.table.bond.distant' });
    case 'conflict':
      return msg('conflict', { id: 'genogram.table.bond.conflict' });
    case 'hostile':
      return msg('hostile', { id: 'genogram.table.bond.hostile' });
    case 'cutoff':
      return msg('cut off', { id: 'genogram.table.bond.cutoff' });
    case 'violence':
      return msg('violence', { id: 'genogram.table.bond.violence' });
    case 'abuse':
      return msg('abuse', { id: 'genogram.table.bond.abuse' });
    case 'neglect':
      return msg('neglect', { id: 'genogram.table.bond.neglect' });
  }
}

/** "Hossein Rezaei (widowed)". */
function related(member: MemberView, word: string): string {
  const name = nameOf(member);
  return msg(str`${name} (${word})`, { id: 'genogram.table.related' });
}

function bondText(member: MemberView, quality: BondQuality, direction: BondDirection): string {
  const name = nameOf(member);
  const word = bondWord(quality);
  switch (direction) {
    case 'towards':
      return msg(str`${word} towards ${name}`, { id: 'genogram.table.bond.towards' });
    case 'from':
      return msg(str`${word} from ${name}`, { id: 'genogram.table.bond.from' });
    case 'mutual':
      return msg(str`${word} with ${name}`, { id: 'genogram.table.bond.with' });
  }
}

function list(items: readonly string[]): TemplateResult | typeof nothing {
  if (items.length === 0) return nothing;
  return html`<ul class="table-list">
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

interface Column {
  header: () => string;
  /** Columns nobody has anything in are left out (a narrow screen has no room to spare). */
  used: (row: GenogramTableRow) => boolean;
  cell: (row: GenogramTableRow) => TemplateResult | string | typeof nothing;
}

const RELATION_COLUMNS: readonly Column[] = [
  {
    header: () => msg('Lives with', { id: 'genogram.table.column.household' }),
    used: (row) => row.inHousehold,
    cell: (row) =>
      row.livesWith.length > 0
        ? list(row.livesWith.map(nameOf))
        : row.inHousehold
          ? msg('Own household', { id: 'genogram.table.household.alone' })
          : nothing,
  },
  {
    header: () => msg('Partners', { id: 'genogram.table.column.partners' }),
    used: (row) => row.partners.length > 0,
    cell: (row) => list(row.partners.map((p) => related(p.member, partnerStatusWord(p.status)))),
  },
  {
    header: () => msg('Parents', { id: 'genogram.table.column.parents' }),
    used: (row) => row.parents.length > 0,
    cell: (row) => list(row.parents.map((p) => related(p.member, parentageWord(p.kind)))),
  },
  {
    header: () => msg('Children', { id: 'genogram.table.column.children' }),
    used: (row) => row.children.length > 0,
    cell: (row) => list(row.children.map((c) => related(c.member, parentageWord(c.kind)))),
  },
  {
    header: () => msg('Twins', { id: 'genogram.table.column.twins' }),
    used: (row) => row.twins.length > 0,
    cell: (row) =>
      list(
        row.twins.map((t) =>
          related(t.member, t.identical ? msg('identical twin', { id: 'genogram.table.twin.identical' }) : msg('twin', { id: 'genogram.table.twin' })),
        ),
      ),
  },
  {
    header: () => msg('Relationship quality', { id: 'genogram.table.column.bonds' }),
    used: (row) => row.bonds.length > 0,
    cell: (row) => list(row.bonds.map((b) => bondText(b.member, b.quality, b.direction))),
  },
];

function nameCell(row: GenogramTableRow, options: GenogramTableOptions): TemplateResult {
  const { member } = row;
  if (member.placeholder) return html`<th scope="row" class="table-placeholder">${placeholderName()}</th>`;
  return html`<th scope="row">
    <button
      type="button"
      class="table-select"
      aria-current=${member.id === options.selectedId ? 'true' : nothing}
      @click=${() => options.select(member.id)}
    >
      ${member.name}</button
    >${member.variant.index ? html` <span class="table-note">${indexPersonWord()}</span>` : nothing}
  </th>`;
}

function ageCell(member: MemberView): TemplateResult | typeof nothing {
  if (member.placeholder) return nothing;
  const detail = memberDetail(member);
  return html`${detail}${member.variant.deceased
    ? html`${detail === '' ? nothing : ' '}<span class="table-note">${deceasedWord()}</span>`
    : nothing}`;
}

function rowTemplate(row: GenogramTableRow, columns: readonly Column[], options: GenogramTableOptions): TemplateResult {
  const { member } = row;
  let className = member.placeholder ? 'genogram-table-row genogram-table-row--placeholder' : 'genogram-table-row';
  if (!member.placeholder && member.id === options.selectedId) className += ' genogram-table-row--selected';
  if (!member.placeholder && options.highlighted?.has(member.id)) className += ' genogram-table-row--highlighted';
  return html`<tr class=${className} data-member-id=${member.placeholder ? nothing : member.id}>
    ${nameCell(row, options)}
    <td>${member.placeholder ? nothing : kindWord(member)}</td>
    <td>${ageCell(member)}</td>
    ${columns.map((column) => html`<td>${column.cell(row)}</td>`)}
  </tr>`;
}

export function renderGenogramTable(table: GenogramTable, options: GenogramTableOptions): TemplateResult {
  const columns = RELATION_COLUMNS.filter((column) => table.rows.some(column.used));
  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    options.escape();
  };
  return html`<div
    part="genogram-table"
    class="table-scroll genogram-table-scroll"
    role="region"
    tabindex="0"
    aria-labelledby=${CAPTION_ID}
    @keydown=${onKeydown}
  >
    <table class="fv-table genogram-table">
      <caption id=${CAPTION_ID}>
        ${msg('Family members and their relationships', { id: 'genogram.table.caption' })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${msg('Name', { id: 'genogram.table.column.name' })}</th>
          <th scope="col">${msg('Gender', { id: 'genogram.table.column.gender' })}</th>
          <th scope="col">${msg('Age or years', { id: 'genogram.table.column.age' })}</th>
          ${columns.map((column) => html`<th scope="col">${column.header()}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${table.rows.map((row) => rowTemplate(row, columns, options))}
      </tbody>
    </table>
  </div>`;
}
