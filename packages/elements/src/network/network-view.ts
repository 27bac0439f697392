/**
 * `view="network"` — whom to turn to: the coordinator first (with the backup to call when
 * they are away), every worker of the visible services by member, the next planned events
 * and the shared plan. A template for `<family-view>`'s own shadow root, not an element.
 *
 * Each coordinator, worker, event and goal is selectable: its name or title is a button, and
 * a click anywhere on the card selects it too (except on a phone, e-mail or web link).
 */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '../localization.js';
import { listText } from '../consent/consent-words.js';
import { emailLink, phoneLink } from './contact-links.js';
import { networkIcon } from './network-icons.js';
import type {
  NetworkContact,
  NetworkCoordinator,
  NetworkEvent,
  NetworkGoal,
  NetworkMemberGroup,
  NetworkModel,
  NetworkOrganization,
  NetworkService,
  NetworkTask,
  NetworkUnstaffedService,
  NetworkWorker,
} from './network-model.js';
import { dueText, eventKindName, eventWhenText, goalStatusName, serviceStatusName, webHref } from './network-words.js';

export interface NetworkSelection {
  type: 'professional' | 'event' | 'goal';
  id: string;
}

export interface NetworkViewHandlers {
  select(selection: NetworkSelection): void;
}

interface Context {
  locale: string;
  handlers: NetworkViewHandlers;
}

export function renderNetworkView(model: NetworkModel, locale: string, handlers: NetworkViewHandlers): TemplateResult {
  const ctx: Context = { locale, handlers };
  return html`<section part="network" class="network" aria-labelledby="fv-network-heading">
    <h2 id="fv-network-heading" class="network-heading">${msg('Whom to turn to', { id: 'network.heading' })}</h2>
    ${coordinatorSection(model.coordinators, ctx)} ${workerSection(model.memberGroups, ctx)} ${eventSection(model, ctx)}
    ${planSection(model.goals, ctx)}
  </section>`;
}

// ------------------------------------------------------------------------ selection
/** A click on the card selects it; a click on a link only follows the link. */
function selectOnClick(ctx: Context, selection: NetworkSelection): (event: Event) => void {
  return (event: Event) => {
    const target = event.target;
    if (target instanceof Element && target.closest('a') !== null) return;
    ctx.handlers.select(selection);
  };
}

/** The card's name or title as a button: Enter and Space select it like a click. */
function selectButton(label: string): TemplateResult {
  return html`<button type="button" class="network-select">${label}</button>`;
}

// ----------------------------------------------------------------------- coordinators
function coordinatorSection(coordinators: readonly NetworkCoordinator[], ctx: Context): TemplateResult {
  return html`<section part="network-coordinators" class="network-section" aria-labelledby="fv-network-coordinators">
    <h3 id="fv-network-coordinators" class="network-section-heading">${msg('Main contact', { id: 'network.coordinators.heading' })}</h3>
    ${coordinators.length === 0
      ? html`<p class="network-empty">${msg('No coordinator is named for this family yet.', { id: 'network.coordinators.empty' })}</p>`
      : html`<p class="network-intro">${msg('Call them first. They know the whole picture.', { id: 'network.coordinators.intro' })}</p>
          <ul class="network-coordinators">
            ${coordinators.map((c) => coordinatorItem(c, ctx))}
          </ul>`}
  </section>`;
}

function coordinatorItem(c: NetworkCoordinator, ctx: Context): TemplateResult {
  const role = c.role ?? msg('Coordinator', { id: 'network.coordinator.generic-role' });
  const members = listText(
    c.members.map((m) => m.name),
    ctx.locale,
  );
  const coordinatorName = c.coordinator.name;
  return html`<li class="network-coordinator" data-coordinator-id=${c.coordinatorId}>
    <article
      part="coordinator"
      class="network-card network-card--coordinator"
      data-professional-id=${c.coordinator.professionalId}
      @click=${selectOnClick(ctx, { type: 'professional', id: c.coordinator.professionalId })}
    >
      <p class="network-role">${role}</p>
      <h4 class="network-name">${selectButton(coordinatorName)}</h4>
      ${aboutLine(c.coordinator)}
      <p class="network-for">${msg(str`For ${members}`, { id: 'network.coordinator.for' })}</p>
      ${contactList(c.coordinator)}
    </article>
    ${c.backup === undefined
      ? null
      : html`<article
          part="backup"
          class="network-card network-card--backup"
          data-professional-id=${c.backup.professionalId}
          @click=${selectOnClick(ctx, { type: 'professional', id: c.backup.professionalId })}
        >
          <p class="network-role">${msg(str`When ${coordinatorName} is away, call`, { id: 'network.backup.label' })}</p>
          <h4 class="network-name">${selectButton(c.backup.name)}</h4>
          ${aboutLine(c.backup)} ${contactList(c.backup)}
        </article>`}
  </li>`;
}

// ---------------------------------------------------------------------------- workers
function workerSection(groups: readonly NetworkMemberGroup[], ctx: Context): TemplateResult {
  return html`<section part="network-workers" class="network-section" aria-labelledby="fv-network-workers">
    <h3 id="fv-network-workers" class="network-section-heading">${msg('Workers for each person', { id: 'network.workers.heading' })}</h3>
    ${groups.length === 0
      ? html`<p class="network-empty">${msg('No services to show.', { id: 'network.workers.empty' })}</p>`
      : groups.map((group, index) => memberGroup(group, index, ctx))}
  </section>`;
}

function memberGroup(group: NetworkMemberGroup, index: number, ctx: Context): TemplateResult {
  // Not `data-member-id`: that hook names a member's node in the genogram.
  const headingId = `fv-network-member-${index}`;
  return html`<section class="network-member" data-member-group=${group.member.id} aria-labelledby=${headingId}>
    <h4 id=${headingId} class="network-member-heading">${group.member.name}</h4>
    ${group.workers.length === 0
      ? null
      : html`<ul class="network-cards">
          ${group.workers.map((w) => workerCard(w, ctx))}
        </ul>`}
    ${group.unstaffedServices.length === 0 ? null : unstaffedList(group.unstaffedServices)}
  </section>`;
}

function workerCard(worker: NetworkWorker, ctx: Context): TemplateResult {
  return html`<li
    part="worker"
    class=${worker.viaEventsOnly ? 'network-card network-card--via-events' : 'network-card'}
    data-professional-id=${worker.professionalId}
    @click=${selectOnClick(ctx, { type: 'professional', id: worker.professionalId })}
  >
    <p class="network-name">${selectButton(worker.name)}</p>
    ${aboutLine(worker)}
    ${worker.viaEventsOnly
      ? html`<p class="network-via-events">
          ${msg('Met at meetings:', { id: 'network.worker.met-at' })}
          ${listText(
            worker.events.map((e) => e.title),
            ctx.locale,
          )}
        </p>`
      : html`<ul class="network-services" aria-label=${msg(str`Services of ${worker.name}`, { id: 'network.worker.services-label' })}>
          ${worker.services.map(serviceItem)}
        </ul>`}
    ${contactList(worker)}
  </li>`;
}

function serviceItem(service: NetworkService): TemplateResult {
  return html`<li data-service-id=${service.serviceId}>${serviceItemText(service)}</li>`;
}

function unstaffedList(services: readonly NetworkUnstaffedService[]): TemplateResult {
  return html`<div class="network-unstaffed">
    <p class="network-intro">${msg('No named worker. Ask the organisation:', { id: 'network.unstaffed.intro' })}</p>
    <ul class="network-unstaffed-list">
      ${services.map(
        (s) => html`<li data-service-id=${s.serviceId}>
          ${serviceItemText(s)}${s.organization === undefined ? null : html` — ${organizationText(s.organization)}`}
        </li>`,
      )}
    </ul>
  </div>`;
}

/** "Ongoing" is what a family expects of a service: only other states are spelled out. */
function serviceItemText(service: NetworkService): TemplateResult {
  return html`<span class="network-service-name">${service.name}</span>${service.status === 'active'
      ? null
      : html` <span class="network-service-status">(${serviceStatusName(service.status)})</span>`}`;
}

// ------------------------------------------------------------------ contact details
/** "Social worker, Social office" — the title and where they work. */
function aboutLine(contact: NetworkContact): TemplateResult | null {
  const parts = [contact.title, contact.organization?.name].filter((part): part is string => part !== undefined && part !== '');
  return parts.length === 0 ? null : html`<p class="network-about">${parts.join(', ')}</p>`;
}

function contactList(contact: NetworkContact): TemplateResult | null {
  const rows: TemplateResult[] = [];
  if (contact.phone !== undefined) rows.push(contactRow(msg('Phone', { id: 'network.contact.phone' }), phoneLink(contact.phone)));
  if (contact.email !== undefined) rows.push(contactRow(msg('Email', { id: 'network.contact.email' }), emailLink(contact.email)));
  if (contact.availability !== undefined) {
    rows.push(contactRow(msg('When to reach', { id: 'network.contact.availability' }), html`${contact.availability}`));
  }
  const organization = contact.organization;
  if (organization !== undefined && (organization.phone !== undefined || organization.url !== undefined)) {
    rows.push(contactRow(msg('Organisation', { id: 'network.contact.organization' }), organizationText(organization)));
  }
  return rows.length === 0 ? null : html`<dl class="network-contacts">${rows}</dl>`;
}

function contactRow(label: string, value: TemplateResult): TemplateResult {
  return html`<div class="network-contact">
    <dt>${label}</dt>
    <dd>${value}</dd>
  </div>`;
}

/** The organisation's name with its phone and web address, each a link where it can be one. */
function organizationText(organization: NetworkOrganization): TemplateResult {
  const url = organization.url;
  const href = url === undefined ? undefined : webHref(url);
  return html`<span class="network-organization"
    >${organization.name}${organization.phone === undefined
      ? null
      : html`, <span class="network-organization-phone">${phoneLink(organization.phone)}</span>`}${url === undefined
      ? null
      : html`, <span class="network-organization-url">${href === undefined ? url : html`<a href=${href}>${url}</a>`}</span>`}</span
  >`;
}

// ----------------------------------------------------------------------------- events
function eventSection(model: NetworkModel, ctx: Context): TemplateResult {
  const more = model.moreEvents;
  return html`<section part="network-events" class="network-section" aria-labelledby="fv-network-events">
    <h3 id="fv-network-events" class="network-section-heading">${msg('Coming up', { id: 'network.events.heading' })}</h3>
    ${model.events.length === 0
      ? html`<p class="network-empty">${msg('No meetings are planned.', { id: 'network.events.empty' })}</p>`
      : html`<ol class="network-events">
          ${model.events.map((e) => eventItem(e, ctx))}
        </ol>`}
    ${more === 0
      ? null
      : html`<p class="network-more">
          ${more === 1
            ? msg('And 1 more planned.', { id: 'network.events.more-one' })
            : msg(str`And ${more} more planned.`, { id: 'network.events.more' })}
        </p>`}
  </section>`;
}

function eventItem(event: NetworkEvent, ctx: Context): TemplateResult {
  const people = listText(
    [...event.members, ...event.professionals].map((p) => p.name),
    ctx.locale,
  );
  const where = event.location;
  return html`<li
    part="event"
    class="network-item network-event"
    data-event-id=${event.eventId}
    @click=${selectOnClick(ctx, { type: 'event', id: event.eventId })}
  >
    <time class="network-when" datetime=${event.start}>${eventWhenText(event.start, event.end, ctx.locale)}</time>
    <p class="network-name">${selectButton(event.title)}</p>
    <p class="network-kind">${eventKindName(event.kind)}</p>
    ${where === undefined ? null : html`<p class="network-where">${msg(str`Where: ${where}`, { id: 'network.event.where' })}</p>`}
    ${people === '' ? null : html`<p class="network-who">${msg(str`Who: ${people}`, { id: 'network.event.who' })}</p>`}
  </li>`;
}

// ------------------------------------------------------------------------------- plan
function planSection(goals: readonly NetworkGoal[], ctx: Context): TemplateResult {
  return html`<section part="network-plan" class="network-section" aria-labelledby="fv-network-plan">
    <h3 id="fv-network-plan" class="network-section-heading">${msg('The shared plan', { id: 'network.plan.heading' })}</h3>
    ${goals.length === 0
      ? html`<p class="network-empty">${msg('There is no shared plan yet.', { id: 'network.plan.empty' })}</p>`
      : html`<ul class="network-goals">
          ${goals.map((g) => goalItem(g, ctx))}
        </ul>`}
  </section>`;
}

function goalItem(goal: NetworkGoal, ctx: Context): TemplateResult {
  const owner = goal.owner?.name;
  return html`<li
    part="goal"
    class=${`network-item network-goal network-goal--${goal.status}`}
    data-goal-id=${goal.goalId}
    data-status=${goal.status}
    @click=${selectOnClick(ctx, { type: 'goal', id: goal.goalId })}
  >
    <p class="network-goal-status">${networkIcon(goal.status)}<span>${goalStatusName(goal.status)}</span></p>
    <p class="network-name">${selectButton(goal.text)}</p>
    ${owner === undefined ? null : html`<p class="network-owner">${msg(str`Led by ${owner}`, { id: 'network.goal.owner' })}</p>`}
    ${goal.due === undefined
      ? null
      : html`<p class="network-due">
          ${msg('Target date:', { id: 'network.goal.due' })} <time datetime=${goal.due}>${dueText(goal.due, ctx.locale)}</time>
        </p>`}
    ${goal.tasks.length === 0
      ? null
      : html`<ul class="network-tasks" aria-label=${msg('Tasks', { id: 'network.goal.tasks-label' })}>
          ${goal.tasks.map(taskItem)}
        </ul>`}
  </li>`;
}

function taskItem(task: NetworkTask): TemplateResult {
  const state = task.done ? msg('Done', { id: 'network.task.done' }) : msg('To do', { id: 'network.task.open' });
  return html`<li class=${task.done ? 'network-task network-task--done' : 'network-task'} data-done=${String(task.done)}>
    ${networkIcon(task.done ? 'task-done' : 'task-open')}<span class="network-task-state">${state}:</span>
    <span class="network-task-text">${task.text}</span>${task.assignee === undefined
      ? null
      : html` <span class="network-task-assignee">(${task.assignee.name})</span>`}
  </li>`;
}
