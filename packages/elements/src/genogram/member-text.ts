/**
 * The words for a member: the visible label under the symbol and the accessible name
 * of its node. All wording goes through `msg()` so it follows the active locale.
 */
import { msg, str } from '../localization.js';
import type { MemberView } from './genogram-model.js';

/** The member's gender, or the kind of a pregnancy or loss: the words of its accessible name. */
export function kindWord(member: MemberView): string {
  switch (member.kind) {
    case 'pregnancy':
      return msg('pregnancy', { id: 'genogram.kind.pregnancy' });
    case 'miscarriage':
      return msg('miscarriage', { id: 'genogram.kind.miscarriage' });
    case 'abortion':
      return msg('induced abortion', { id: 'genogram.kind.abortion' });
    case 'stillbirth':
      return msg('stillbirth', { id: 'genogram.kind.stillbirth' });
    default:
      return genderWord(member);
  }
}

function genderWord(member: MemberView): string {
  switch (member.gender) {
    case 'female':
      return msg('female', { id: 'genogram.gender.female' });
    case 'male':
      return msg('male', { id: 'genogram.gender.male' });
    case 'other':
      return msg('other gender', { id: 'genogram.gender.other' });
    case 'unknown':
      return msg('gender unknown', { id: 'genogram.gender.unknown' });
  }
}

/** The second label line: the age, or the years of life of the deceased. */
export function memberDetail(member: MemberView): string {
  if (member.lifeYears !== undefined) return member.lifeYears;
  if (member.age !== undefined) return member.age;
  return '';
}

export function deceasedWord(): string {
  return msg('deceased', { id: 'genogram.member.deceased' });
}

export function indexPersonWord(): string {
  return msg('index person', { id: 'genogram.member.index' });
}

/** The accessible name of a placeholder: who it is must stay unknown. */
export function placeholderName(): string {
  return msg('Not shared with you', { id: 'genogram.member.placeholder' });
}

/** E.g. "Leila, 36, female, index person" or "Aziz, 1941–2019, male, deceased". */
export function memberAccessibleName(member: MemberView): string {
  if (member.placeholder) return placeholderName();
  const { name } = member;
  let parts: string[];
  if (member.age !== undefined) {
    parts = [msg(str`${name}, ${member.age}`, { id: 'genogram.member.name-age' })];
  } else if (member.lifeYears !== undefined) {
    parts = [msg(str`${name}, ${member.lifeYears}`, { id: 'genogram.member.name-years' })];
  } else {
    parts = [name];
  }
  parts.push(kindWord(member));
  if (member.variant.deceased) parts.push(deceasedWord());
  if (member.variant.index) parts.push(indexPersonWord());
  return parts.join(', ');
}

/**
 * Whether a name is too long for the room under its symbol (estimated by characters:
 * measuring 1,600 labels would cost a layout each). Too long names are squeezed, never
 * cut: the visible label must stay part of the accessible name (WCAG 2.5.3).
 */
export function needsSqueeze(name: string, maxChars: number): boolean {
  return name.length > maxChars && Array.from(name).length > maxChars;
}
