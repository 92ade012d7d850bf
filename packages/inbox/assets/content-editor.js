/**
 * The publishing desk's item editor, in the browser: the kit's own `gov-eform` (hand-off
 * mode) shows the form the server made from the content type's JSON Schema, filled with
 * the item's draft. What it hands over is turned back into the item by the same
 * `answersToData` and posted as JSON to the save route, with the version the page was
 * made from (a newer one on the server is a 409) and the session's CSRF token in
 * `X-CSRF-Token`. The server checks the item with the element's schema again. When the
 * server refuses, the form stays as it was typed and the reason is shown above it.
 *
 * Served from /staff/assets/ under the staff CSP (`script-src 'self'`, Trusted Types):
 * no inline code, no HTML strings, only text nodes.
 */
import { answersToData } from './schema-form/schema-form.js';

const block = document.getElementById('content-editor-data');
const form = document.getElementById('content-editor');
if (block && form) void start(JSON.parse(block.textContent ?? '{}'), form);

/**
 * @param {{ version: number, saveUrl: string, itemUrl: string, schema: object, options: object,
 *   definition: object, prefill: object, id?: string, messages: Record<string, string> }} data
 * @param {HTMLElement & { prefill?: object, data?: object }} form
 */
async function start(data, form) {
  await customElements.whenDefined('gov-eform');
  form.prefill = data.prefill;
  form.data = data.definition;
  form.addEventListener('gov-submit', (event) => {
    event.preventDefault();
    void save(data, /** @type {CustomEvent} */ (event).detail.data);
  });
}

/** @param {Parameters<typeof start>[0]} data @param {unknown} answers */
async function save(data, answers) {
  const { messages } = data;
  // An existing item keeps its id: the form does not offer it (another id would be another item).
  const item = data.id
    ? { id: data.id, ...answersToData(data.schema, answers, data.options) }
    : answersToData(data.schema, answers, data.options);
  /** @type {HTMLInputElement | null} */
  const token = document.querySelector('input[name="_csrf"]');
  showProblems();
  setStatus(messages['editor-saving']);
  let response;
  try {
    response = await fetch(`${data.saveUrl}?version=${encodeURIComponent(data.version)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'x-csrf-token': token?.value ?? '',
      },
      body: JSON.stringify(item),
    });
  } catch {
    return refused(messages['editor-failed']);
  }
  const body = await response.json().catch(() => undefined);
  if (response.ok && body?.id) {
    setStatus(messages['editor-saved']);
    location.assign(`${data.itemUrl}${encodeURIComponent(body.id)}?done=save`);
    return;
  }
  const errors = Array.isArray(body?.errors) ? body.errors : [];
  if (response.status === 409) return refused(messages['editor-conflict']);
  if (response.status === 400 && errors.length > 0) return refused(messages['editor-invalid'], errors);
  if (errors.length > 0) return refused(messages['editor-refused'], errors);
  return refused(messages['editor-failed']);
}

/** @param {string} text */
function setStatus(text) {
  const status = document.getElementById('editor-status');
  if (status) status.textContent = text;
}

/**
 * Says why the item was not saved, with the server's problems by path; the form keeps the answers.
 * @param {string} text
 * @param {{ path?: string, message?: string }[]} [errors]
 */
function refused(text, errors = []) {
  setStatus('');
  showProblems(text, errors);
}

/**
 * @param {string} [text] nothing hides the box
 * @param {{ path?: string, message?: string }[]} [errors]
 */
function showProblems(text, errors = []) {
  const box = document.getElementById('editor-problems');
  if (!box) return;
  box.replaceChildren();
  box.hidden = !text;
  if (!text) return;
  const lead = document.createElement('p');
  lead.textContent = text;
  box.append(lead);
  if (errors.length > 0) {
    const list = document.createElement('ul');
    for (const error of errors) {
      const line = document.createElement('li');
      if (error.path) {
        const path = document.createElement('code');
        path.textContent = error.path;
        line.append(path, ' ');
      }
      line.append(String(error.message ?? ''));
      list.append(line);
    }
    box.append(list);
  }
  box.tabIndex = -1;
  box.focus();
}
