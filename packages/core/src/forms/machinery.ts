/**
 * The heavy half of forms: answers, validation, drafts, submitting and the view. Form
 * elements load it with `loadFormMachinery()` when they get a definition, so a page
 * (or a CDN bundle) without forms never downloads it. Only what elements (and their
 * tests) call is exported; the pieces themselves are tested through their own modules.
 */
export { FormSession } from './form-session.js';
export { renderForm } from './form-view.js';
export { checkDefinition } from './check-definition.js';
export { deleteDraft, readDraft } from './draft-store.js';
