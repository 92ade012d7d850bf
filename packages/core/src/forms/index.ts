/**
 * `@govkit-th/core/forms`: what form elements share (gov-eform, gov-opinion-box).
 *
 * Only the light pieces load with this entry: the `GovFormElement` base class, the
 * Thai/English strings, the styles, the types, and `loadFormMachinery()`, which brings
 * the rest (answers, validation, drafts in IndexedDB, the submit client, Thai format
 * checks, the view) in its own chunk, so a page whose forms have not appeared yet, or
 * which has none, does not download it.
 */
export { formStrings } from './strings.js';
export { formStyles } from './form-styles.js';
export type { Draft, PendingSubmission } from './draft-store.js';
export type { ThaiFormatName } from './thai-formats.js';
export type { Answers, Segment } from './paths.js';
export type {
  Evaluation,
  FieldInfo,
  FieldInstance,
  FieldProblem,
  GroupInfo,
  GroupInstance,
  Instance,
  PageInfo,
} from './model/types.js';
export type {
  FormHost,
  FormSession,
  FormSessionOptions,
  Message,
  Receipt,
  Step,
  SummaryEntry,
} from './form-session.js';
export type { FormViewContext } from './form-view.js';
export type { RetryInfo, ServerProblem, SubmitOptions, SubmitOutcome } from './submit.js';

export { loadFormMachinery, type FormMachinery } from './load.js';
export { GovFormElement, type FormElementData } from './form-element.js';
