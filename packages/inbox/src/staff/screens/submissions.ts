import {
  ID,
  PAGE_SIZE,
  entry,
  localized,
  message,
  page,
  pageNumber,
  pager,
  redirect,
  send,
  type Ctx,
  type SignedIn,
} from '../context.js';
import { href, html, time } from '../html.js';
import type { StaffRouter } from '../plugin.js';
import { exportCsv, exportXlsx } from './exports.js';
import { dataTable } from './render-data.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Midnight in Bangkok (UTC+7, no daylight saving) of a `YYYY-MM-DD` day, plus `addDays`, as UTC ISO. */
function bangkokDayStart(day: string, addDays = 0): string | undefined {
  if (!DATE.test(day)) return undefined;
  const at = Date.parse(`${day}T00:00:00+07:00`);
  if (Number.isNaN(at)) return undefined;
  return new Date(at + addDays * 86_400_000).toISOString();
}

/** Form, and a date window in Bangkok days (`to` inclusive), from the query. */
export function filterOf(ctx: Ctx) {
  const formId = ctx.query.form ?? '';
  const from = ctx.query.from ?? '';
  const to = ctx.query.to ?? '';
  const valid = Boolean((!from || bangkokDayStart(from)) && (!to || bangkokDayStart(to)));
  return {
    formId: /^[A-Za-z0-9_-]{1,64}$/.test(formId) ? formId : '',
    from: valid ? from : '',
    to: valid ? to : '',
    error: !valid,
    range: {
      from: valid && from ? bangkokDayStart(from) : undefined,
      to: valid && to ? bangkokDayStart(to, 1) : undefined,
    },
  };
}

/** The submissions screen: list with filters, one submission as the form showed it, the CSV export and the PDPA erasure. */
export function submissionRoutes(router: StaffRouter): void {
  router.get('/submissions', { permission: 'submissions.read' }, list);
  router.get('/submissions.csv', { permission: 'submissions.read' }, exportCsv);
  router.get('/submissions.xlsx', { permission: 'submissions.read' }, exportXlsx);
  router.get('/erase', { permission: 'submissions.erase' }, (ctx) => findByContact(ctx));
  router.post('/erase', { permission: 'submissions.erase' }, eraseByContact);
  router.get('/submissions/:id', { permission: 'submissions.read' }, one);
  router.post('/submissions/:id/erase', { permission: 'submissions.erase' }, erase);
}

async function list(ctx: SignedIn): Promise<void> {
  const { t, lang, deps } = ctx;
  const filter = filterOf(ctx);
  const pageNo = pageNumber(ctx);
  const { rows, total } = await deps.store.listSubmissions({
    formId: filter.formId || undefined,
    ...filter.range,
    limit: PAGE_SIZE,
    offset: (pageNo - 1) * PAGE_SIZE,
  });
  await deps.store.addAudit(
    entry(ctx, 'submissions.list', undefined, {
      formId: filter.formId || undefined,
      from: filter.from || undefined,
      to: filter.to || undefined,
      page: pageNo,
    }),
  );
  const formIds = [...new Set([...deps.forms.ids(), ...(await deps.store.formCounts()).map((c) => c.formId)])].sort();
  const formTitle = (id: string) => localized(deps.forms.get(id)?.title, lang) ?? id;
  const query = { form: filter.formId, from: filter.from, to: filter.to };
  const main = html`<h1>${t('submissions-title')}</h1>
${filter.error ? html`<p class="error" role="alert">${t('data-error')}</p>` : ''}
<form method="get" action="/staff/submissions">
  <fieldset><legend>${t('filter-legend')}</legend>
  <div class="filters">
    <div><label for="form">${t('filter-form')}</label>
    <select id="form" name="form"><option value="">${t('filter-all-forms')}</option>${formIds.map(
      (id) => html`<option value="${id}"${id === filter.formId ? html` selected` : ''}>${formTitle(id)}</option>`,
    )}</select></div>
    <div><label for="from">${t('filter-from')}</label><input type="date" id="from" name="from" value="${filter.from}"></div>
    <div><label for="to">${t('filter-to')}</label><input type="date" id="to" name="to" value="${filter.to}"></div>
    <div><button type="submit">${t('filter-apply')}</button></div>
  </div>
  </fieldset>
</form>
<p class="actions"><a class="button secondary" href="${href('/staff/submissions.xlsx', query)}" download>${t('export-xlsx')}</a>
<a class="button secondary" href="${href('/staff/submissions.csv', query)}" download>${t('export-csv')}</a>
${ctx.staff.role === 'admin' ? html`<a href="/staff/erase">${t('erase-by-contact')}</a>` : ''}</p>
<p role="status">${t('count-shown', { total, page: pageNo, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) })}</p>
${
  rows.length
    ? html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${t('col-receipt')}</th><th scope="col">${t('col-form')}</th><th scope="col">${t('col-received')}</th></tr></thead>
<tbody>${rows.map(
        (row) =>
          html`<tr><td><a href="/staff/submissions/${row.id}">${row.receipt}</a></td><td>${formTitle(row.formId)}</td><td>${time(row.receivedAt, lang)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('empty')}</p>`
}
${pager(ctx, pageNo, total, '/staff/submissions', query)}`;
  send(ctx, 200, page(ctx, t('submissions-title'), 'submissions', main));
}

async function one(ctx: SignedIn): Promise<void> {
  const { t, lang, deps } = ctx;
  const id = ctx.params.id ?? '';
  const row = ID.test(id) ? await deps.store.submission(id) : undefined;
  if (!row) {
    message(ctx, 404, 'not-found', 'not-found');
    return;
  }
  await deps.store.addAudit(entry(ctx, 'submission.read', row.id, { formId: row.formId, receipt: row.receipt }));
  const form = deps.forms.get(row.formId, row.schemaVersion);
  const canErase = ctx.staff.role === 'admin' && !row.erasedAt;
  const main = html`<h1>${t('submission-title', { receipt: row.receipt })}</h1>
${ctx.query.done === 'erase' ? html`<p class="notice" role="status">${t('done-erase')}</p>` : ''}
<dl class="meta">
  <dt>${t('col-receipt')}</dt><dd>${row.receipt}</dd>
  <dt>${t('col-form')}</dt><dd>${localized(form?.title, lang) ?? row.formId}</dd>
  <dt>${t('col-received')}</dt><dd>${time(row.receivedAt, lang)}</dd>
  <dt>${t('col-submitted')}</dt><dd>${time(row.submittedAt, lang)}</dd>
  ${row.erasedAt ? html`<dt>${t('erased-at')}</dt><dd>${time(row.erasedAt, lang)}</dd>` : ''}
</dl>
${row.erasedAt ? html`<p>${t('erased-note')}</p>` : dataTable(t, lang, row.data, form)}
${
  canErase
    ? html`<form method="post" action="/staff/submissions/${row.id}/erase"><input type="hidden" name="_csrf" value="${ctx.session.csrfToken}">
<p>${t('erase-note')}</p><button type="submit" class="danger">${t('erase')}</button></form>`
    : ''
}
<p><a href="/staff/submissions">${t('back-to-list')}</a></p>`;
  send(ctx, 200, page(ctx, t('submission-title', { receipt: row.receipt }), 'submissions', main));
}

/** PDPA erasure of one submission; the audit entry keeps its receipt number only. */
async function erase(ctx: SignedIn): Promise<void> {
  const id = ctx.params.id ?? '';
  const row = ID.test(id) ? await ctx.deps.store.submission(id) : undefined;
  if (!row) {
    message(ctx, 404, 'not-found', 'not-found');
    return;
  }
  await ctx.deps.store.eraseSubmissions(
    [row.id],
    new Date().toISOString(),
    entry(ctx, 'submission.erase', row.id, { formId: row.formId }),
  );
  await ctx.deps.store.compact();
  redirect(ctx.reply, href(`/staff/submissions/${row.id}`, { done: 'erase' }));
}

/** PDPA: an admin finds a person's submissions by their e-mail address or phone number. */
async function findByContact(ctx: SignedIn, status = 200, notice = ''): Promise<void> {
  const { t, lang, deps } = ctx;
  const contact = (ctx.form?.contact ?? ctx.query.contact ?? '').trim().slice(0, 254);
  const found = contact.length >= 5 ? await deps.store.submissionsMentioning(contact) : [];
  const main = html`<h1>${t('erase-by-contact')}</h1>
${notice ? html`<p class="notice" role="status">${notice}</p>` : ''}
<p>${t('erase-note')}</p>
<form method="get" action="/staff/erase"><label for="contact">${t('erase-contact')}</label>
<input type="text" id="contact" name="contact" value="${contact}" minlength="5" required><p><button type="submit">${t('filter-apply')}</button></p></form>
${
  contact.length >= 5
    ? found.length
      ? html`<p role="status">${t('erase-found', { count: found.length })}: ${found.map((f) => f.receipt).join(', ')}</p>
<form method="post" action="/staff/erase"><input type="hidden" name="_csrf" value="${ctx.session.csrfToken}"><input type="hidden" name="contact" value="${contact}">
<button type="submit" class="danger">${t('erase-all', { count: found.length })}</button></form>`
      : html`<p role="status">${t('empty')}</p>`
    : ''
}`;
  await deps.store.addAudit(entry(ctx, 'erase.search', undefined, contact ? { count: found.length } : undefined));
  send(ctx, status, page(ctx, t('erase-by-contact'), 'submissions', main, {}), { 'content-language': lang });
}

async function eraseByContact(ctx: SignedIn): Promise<void> {
  const contact = (ctx.form?.contact ?? '').trim();
  const found = contact.length >= 5 ? await ctx.deps.store.submissionsMentioning(contact) : [];
  const receipts = await ctx.deps.store.eraseSubmissions(
    found.map((f) => f.id),
    new Date().toISOString(),
    entry(ctx, 'submission.erase', undefined, { by: 'contact' }),
  );
  if (receipts.length) await ctx.deps.store.compact();
  ctx.form = {};
  return findByContact(ctx, 200, ctx.t('erase-done', { count: receipts.length }));
}
