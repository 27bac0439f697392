/**
 * Date integrity: every date is a real calendar date (the schema only checks the pattern),
 * periods and events do not end before they start, no one dies before being born, and a
 * partnership's history is in time order.
 */
import { isInOrder, parseDateOrDateTime, parsePartialDate, type ParsedDate } from '../dates.js';
import type { Period } from '../types.generated.js';
import { eachItem, type IntegrityDocument } from './integrity-document.js';
import { messages as englishMessages, type ValidationMessages } from './messages.js';
import { pointer } from './pointer.js';
import type { ValidationError } from './types.js';

/** A parsed date and where it is; its JSON Pointer is written out only when reported. */
interface Dated {
  at: () => string;
  text: string;
  parsed: ParsedDate;
}

type At = () => string;

/** A pointer written out on demand: most dates are never reported. */
const lazy =
  (...tokens: (string | number)[]): At =>
  () =>
    pointer(...tokens);

export function checkDates(doc: IntegrityDocument, errors: ValidationError[], messages: ValidationMessages = englishMessages): void {
  const parse = (at: At, text: string | undefined, parser: (s: string) => ParsedDate | undefined): Dated | undefined => {
    if (text === undefined) return undefined;
    const parsed = parser(text);
    if (!parsed) {
      const path = at();
      errors.push({ path, code: 'invalid-date', message: messages['invalid-date'](path, text) });
      return undefined;
    }
    return { at, text, parsed };
  };
  const date = (at: At, text: string | undefined) => parse(at, text, parsePartialDate);
  const dateOrTime = (at: At, text: string | undefined) => parse(at, text, parseDateOrDateTime);
  // Reported at the later value, which is the one that is out of place.
  const ordered = (start: Dated | undefined, end: Dated | undefined) => {
    if (start && end && !isInOrder(start.parsed, end.parsed)) {
      const path = end.at();
      errors.push({ path, code: 'period-order', message: messages['period-order'](path, end.text, start.at(), start.text) });
    }
  };
  const period = (p: Period | undefined, ...tokens: (string | number)[]) => {
    if (p) ordered(date(lazy(...tokens, 'start'), p.start), date(lazy(...tokens, 'end'), p.end));
  };

  date(lazy('asOf'), doc.asOf);
  eachItem(doc.members, (m, i) => {
    if (m.birthDate === undefined && m.deathDate === undefined) return;
    ordered(date(lazy('members', i, 'birthDate'), m.birthDate), date(lazy('members', i, 'deathDate'), m.deathDate));
  });
  eachItem(doc.partnerships, (p, i) => {
    let previous: Dated | undefined;
    p.history.forEach((entry, j) => {
      const start = date(lazy('partnerships', i, 'history', j, 'start'), entry.start);
      if (previous && start && !isInOrder(previous.parsed, start.parsed)) {
        const path = start.at();
        errors.push({ path, code: 'history-order', message: messages['history-order'](path, start.text, previous.at(), previous.text) });
      }
      previous = start ?? previous;
    });
  });
  eachItem(doc.parentage, (p, i) => period(p.period, 'parentage', i, 'period'));
  eachItem(doc.bonds, (b, i) => period(b.period, 'bonds', i, 'period'));
  eachItem(doc.households, (h, i) => period(h.period, 'households', i, 'period'));
  eachItem(doc.services, (s, i) => {
    s.periods?.forEach((p, j) => period(p, 'services', i, 'periods', j));
    date(lazy('services', i, 'applied'), s.applied);
  });
  eachItem(doc.coordinators, (c, i) => period(c.period, 'coordinators', i, 'period'));
  eachItem(doc.events, (e, i) => ordered(dateOrTime(lazy('events', i, 'start'), e.start), dateOrTime(lazy('events', i, 'end'), e.end)));
  eachItem(doc.goals, (g, i) => date(lazy('goals', i, 'due'), g.due));
  eachItem(doc.notes, (n, i) => date(lazy('notes', i, 'date'), n.date));
  eachItem(doc.consents, (c, i) => {
    period(c.period, 'consents', i, 'period');
    date(lazy('consents', i, 'date'), c.date);
  });
  eachItem(doc.restrictions, (r, i) => period(r.period, 'restrictions', i, 'period'));
}
