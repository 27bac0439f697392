/**
 * Date integrity: every date is a real calendar date (the schema only checks the pattern),
 * periods and events do not end before they start, no one dies before being born, and a
 * partnership's history is in time order.
 */
import { isInOrder, parseDateOrDateTime, parsePartialDate, type ParsedDate } from '../dates.js';
import type { FamilyDocument, Period } from '../types.generated.js';
import { messages } from './messages.js';
import { childPointer, pointer } from './pointer.js';
import type { ValidationError } from './types.js';

interface Dated {
  path: string;
  text: string;
  parsed: ParsedDate;
}

export function checkDates(doc: FamilyDocument, errors: ValidationError[]): void {
  const parse = (path: string, text: string | undefined, parser: (s: string) => ParsedDate | undefined): Dated | undefined => {
    if (text === undefined) return undefined;
    const parsed = parser(text);
    if (!parsed) errors.push({ path, code: 'invalid-date', message: messages['invalid-date'](path, text) });
    return parsed && { path, text, parsed };
  };
  const date = (path: string, text: string | undefined) => parse(path, text, parsePartialDate);
  const dateOrTime = (path: string, text: string | undefined) => parse(path, text, parseDateOrDateTime);
  // Reported at the later value, which is the one that is out of place.
  const ordered = (start: Dated | undefined, end: Dated | undefined) => {
    if (start && end && !isInOrder(start.parsed, end.parsed)) {
      errors.push({ path: end.path, code: 'period-order', message: messages['period-order'](end.path, end.text, start.path, start.text) });
    }
  };
  const period = (path: string, p: Period | undefined) => {
    if (p) ordered(date(childPointer(path, 'start'), p.start), date(childPointer(path, 'end'), p.end));
  };

  date('/asOf', doc.asOf);
  doc.members.forEach((m, i) => ordered(date(pointer('members', i, 'birthDate'), m.birthDate), date(pointer('members', i, 'deathDate'), m.deathDate)));
  doc.partnerships?.forEach((p, i) => {
    let previous: Dated | undefined;
    p.history.forEach((entry, j) => {
      const start = date(pointer('partnerships', i, 'history', j, 'start'), entry.start);
      if (previous && start && !isInOrder(previous.parsed, start.parsed)) {
        errors.push({ path: start.path, code: 'history-order', message: messages['history-order'](start.path, start.text, previous.path, previous.text) });
      }
      previous = start ?? previous;
    });
  });
  doc.parentage?.forEach((p, i) => period(pointer('parentage', i, 'period'), p.period));
  doc.bonds?.forEach((b, i) => period(pointer('bonds', i, 'period'), b.period));
  doc.households?.forEach((h, i) => period(pointer('households', i, 'period'), h.period));
  doc.services?.forEach((s, i) => {
    s.periods?.forEach((p, j) => period(pointer('services', i, 'periods', j), p));
    date(pointer('services', i, 'applied'), s.applied);
  });
  doc.coordinators?.forEach((c, i) => period(pointer('coordinators', i, 'period'), c.period));
  doc.events?.forEach((e, i) => ordered(dateOrTime(pointer('events', i, 'start'), e.start), dateOrTime(pointer('events', i, 'end'), e.end)));
  doc.goals?.forEach((g, i) => date(pointer('goals', i, 'due'), g.due));
  doc.notes?.forEach((n, i) => date(pointer('notes', i, 'date'), n.date));
  doc.consents?.forEach((c, i) => {
    period(pointer('consents', i, 'period'), c.period);
    date(pointer('consents', i, 'date'), c.date);
  });
  doc.restrictions?.forEach((r, i) => period(pointer('restrictions', i, 'period'), r.period));
}
