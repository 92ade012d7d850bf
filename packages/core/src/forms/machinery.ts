/**
 * The heavy half of forms: answers, validation, drafts, submitting and the view. Form
 * elements load it with `loadFormMachinery()` when they get a definition, so a page
 * (or a CDN bundle) without forms never downloads it.
 */
export { FormModel, fieldId, sentValue } from './form-model.js';
export { FormSession } from './form-session.js';
export { renderForm } from './form-view.js';
export { checkDefinition } from './check-definition.js';
export { newIdempotencyKey, parseRetryAfter, submitForm } from './submit.js';
export { deleteDraft, draftKey, readDraft, writeDraft } from './draft-store.js';
export {
  asciiDigits,
  checkThaiFormat,
  isEmailOrThaiPhone,
  isThaiFormat,
  isThaiNationalId,
  isThaiPhone,
  isThaiPostcode,
  normaliseNationalId,
  normalisePhone,
  normalisePostcode,
  normaliseThaiFormat,
  thaiFormatInput,
} from './thai-formats.js';
export { canonicalJson, cloneJson, getAt, nameToPath, sameJson, setAt, toPointer } from './paths.js';
