/**
 * The events `<family-view>` dispatches. All are bubbling, composed `CustomEvent`s so a
 * host page can listen on the element or any ancestor, through shadow roots. A detail
 * never holds anything the current viewer may not see.
 */

/** What kind of thing was selected. Only `member` is produced so far. */
export type FvSelectType = 'member' | 'service' | 'event' | 'professional' | 'goal';

export interface FvSelectDetail {
  type: FvSelectType;
  id: string;
}

/** One problem with the family document; `path` is a JSON Pointer ("" = the whole document). */
export interface FvValidationError {
  path: string;
  message: string;
  code: string;
}

export interface FvInvalidDetail {
  errors: FvValidationError[];
}

export interface FvAsOfChangeDetail {
  /** ISO 8601 date. */
  date: string;
}

export type FvSelectEvent = CustomEvent<FvSelectDetail>;
export type FvInvalidEvent = CustomEvent<FvInvalidDetail>;
export type FvAsOfChangeEvent = CustomEvent<FvAsOfChangeDetail>;

export const FV_SELECT = 'fv-select';
export const FV_INVALID = 'fv-invalid';
export const FV_AS_OF_CHANGE = 'fv-as-of-change';

function fvEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
}

export function createSelectEvent(detail: FvSelectDetail): FvSelectEvent {
  return fvEvent(FV_SELECT, detail);
}

export function createInvalidEvent(detail: FvInvalidDetail): FvInvalidEvent {
  return fvEvent(FV_INVALID, detail);
}

export function createAsOfChangeEvent(detail: FvAsOfChangeDetail): FvAsOfChangeEvent {
  return fvEvent(FV_AS_OF_CHANGE, detail);
}

declare global {
  interface HTMLElementEventMap {
    'fv-select': FvSelectEvent;
    'fv-invalid': FvInvalidEvent;
    'fv-as-of-change': FvAsOfChangeEvent;
  }
}
