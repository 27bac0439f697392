/**
 * `@family-view/elements`: importing this module defines `<family-view>` (side effect).
 * To import the classes without defining anything, import from their own modules.
 */
import './define.js';

export { FAMILY_VIEW_TAG, defineElements } from './define.js';
export {
  FamilyView,
  FAMILY_VIEW_NAMES,
  FAMILY_VIEW_THEMES,
  type FamilyViewName,
  type FamilyViewTheme,
} from './family-view/family-view.js';
export {
  FV_AS_OF_CHANGE,
  FV_INVALID,
  FV_SELECT,
  createAsOfChangeEvent,
  createInvalidEvent,
  createSelectEvent,
  type FvAsOfChangeDetail,
  type FvAsOfChangeEvent,
  type FvInvalidDetail,
  type FvInvalidEvent,
  type FvSelectDetail,
  type FvSelectEvent,
  type FvSelectType,
  type FvValidationError,
} from './events.js';
