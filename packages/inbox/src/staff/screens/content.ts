import type { Lang, ValidationProblem } from '@govkit-th/schemas';
import { stripSystemFields } from '../../content/record.js';
import { nextRole } from '../../content/rules.js';
import { CONTENT_TYPES, DOCUMENT_ID, ITEM_ID, contentType, type ContentType, type Entry } from '../../content/types.js';
import { checkDraft } from '../../content/validate.js';
import type { ContentStep, StepResult } from '../../store/index.js';
import { entry, message, page, redirect, send, type SignedIn } from '../context.js';
import { html, href, time } from '../html.js';
import type { StaffRouter } from '../plugin.js';
import { EDITOR_HEAD, editorAvailable } from './content-editor.js';
import { STEP_PERMISSION, itemPage, itemTitle, stateBadge } from './content-page.js';

/** A content item's JSON may be larger than a form: profile.json with its budget and tree. */
const ITEM_BODY_LIMIT = 1024 * 1024;
const STEPS = Object.keys(STEP_PERMISSION) as ContentStep[];

/**
 * The publishing desk's screens: every type with its items and their states, one item
 * with its record, draft and published version and the steps the person may take, the
 * save route (a form's JSON textarea, or `application/json` from a script or the e-form
 * editor), one route per step, and the screener's queue of urgent items.
 */
export function contentRoutes(router: StaffRouter): void {
  router.get('/content', { permission: 'content.read' }, overview);
  router.get('/content/screening', { permission: 'content.screen' }, screeningQueue);
  router.get('/content/:type', { permission: 'content.read' }, typePage);
  router.get('/content/:type/:id', { permission: 'content.read' }, (ctx) => one(ctx));
  router.post('/content/:type', { permission: 'content.save', bodyLimit: ITEM_BODY_LIMIT }, save);
  for (const step of STEPS) {
    router.post(`/content/:type/:id/${step}`, { permission: STEP_PERMISSION[step] }, (ctx) => takeStep(ctx, step));
  }
}

/** A script (JSON in, or asking for JSON) gets JSON answers; a browser gets pages. */
function wantsJson(ctx: SignedIn): boolean {
  return ctx.json !== undefined || /application\/json/.test(String(ctx.request.headers.accept ?? ''));
}

async function overview(ctx: SignedIn): Promise<void> {
  const { t, deps } = ctx;
  const counts = await deps.store.contentCounts();
  const count = (type: string, state: string) => counts.find((c) => c.type === type && c.state === state)?.n ?? 0;
  const states = ['draft', 'approved', 'published', 'withdrawn'];
  const main = html`<h1>${t('content-title')}</h1>
<p>${t('content-intro')}</p>
<div class="table-wrap"><table>
<thead><tr><th scope="col">${t('content-col-type')}</th>${states.map((s) => html`<th scope="col">${t(`content-state-${s}`)}</th>`)}</tr></thead>
<tbody>${CONTENT_TYPES.map(
    (type) =>
      html`<tr><td><a href="/staff/content/${type.name}">${t(`content-type-${type.name}`)}</a></td>${states.map((s) => html`<td>${count(type.name, s)}</td>`)}</tr>`,
  )}</tbody></table></div>
<p>${t('content-public-note')} <a href="/content/govkit.json">/content/govkit.json</a></p>`;
  send(ctx, 200, page(ctx, t('content-title'), 'content', main));
}

async function typePage(ctx: SignedIn): Promise<void> {
  const { t, lang, deps } = ctx;
  const type = contentType(ctx.params.type);
  if (!type) return void message(ctx, 404, 'not-found', 'not-found');
  if (!type.list && !type.keyed) return void redirect(ctx.reply, `/staff/content/${type.name}/${DOCUMENT_ID}`);
  const items = await deps.store.listContent({ type: type.name });
  const main = html`<h1>${t(`content-type-${type.name}`)}</h1>
${
  items.length
    ? html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${t('content-col-item')}</th><th scope="col">${t('col-status')}</th><th scope="col">${t('content-col-updated')}</th></tr></thead>
<tbody>${items.map(
        (item) =>
          html`<tr><td><a href="/staff/content/${type.name}/${item.id}">${itemTitle(item, lang)}</a></td><td>${stateBadge(ctx, item)}</td><td>${time(item.updatedAt, lang)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('empty')}</p>`
}
<p><a href="/staff/content/${type.name}/new">${t('content-new')}</a> · <a href="/content/${type.keyed ? `govkit.json` : `${type.name}.json`}">${t('content-public-link')}</a></p>
<p><a href="/staff/content">${t('back-to-list')}</a></p>`;
  send(ctx, 200, page(ctx, t(`content-type-${type.name}`), 'content', main));
}

async function one(ctx: SignedIn, status = 200, problems: ValidationProblem[] | string = []): Promise<void> {
  const { t, deps } = ctx;
  const type = contentType(ctx.params.type);
  const id = ctx.params.id ?? ctx.form?.id ?? '';
  if (!type || !(id === 'new' || ITEM_ID.test(id))) return void message(ctx, 404, 'not-found', 'not-found');
  const item = id === 'new' ? undefined : await deps.store.contentItem(type.name, id);
  if (!item && id !== 'new' && id !== DOCUMENT_ID && status === 200)
    return void message(ctx, 404, 'not-found', 'not-found');
  const problem =
    typeof problems === 'string'
      ? html`<p class="error" role="alert">${problems}</p>`
      : problems.length
        ? html`<div class="error" role="alert"><p>${t('content-invalid')}</p><ul>${problems.map((p) => html`<li><code>${p.path || '/'}</code> ${p.message}</li>`)}</ul></div>`
        : undefined;
  const main = itemPage(ctx, type, item, id === 'new' ? '' : id, problem);
  const head = editorAvailable(ctx) ? EDITOR_HEAD : undefined;
  send(ctx, status, page(ctx, t(`content-type-${type.name}`), 'content', main, { head }));
}

/** The item's JSON from a script's body or the form's textarea; the version from the form, `?version=` or `If-Match`. */
function readSave(ctx: SignedIn): { data?: Entry; version: number; parseError?: string } {
  const ifMatch = /^"?(\d+)"?$/.exec(String(ctx.request.headers['if-match'] ?? ''))?.[1];
  const version = Number.parseInt(ctx.form?.version ?? ctx.query.version ?? ifMatch ?? '', 10);
  let data: unknown = ctx.json;
  if (data === undefined) {
    try {
      data = JSON.parse(ctx.form?.json ?? '');
    } catch (error) {
      return { version, parseError: (error as Error).message };
    }
  }
  const isObject = data !== null && typeof data === 'object' && !Array.isArray(data);
  return isObject ? { data: data as Entry, version } : { version, parseError: 'not an object' };
}

async function save(ctx: SignedIn): Promise<void> {
  const { t, deps } = ctx;
  const type = contentType(ctx.params.type);
  if (!type) return void message(ctx, 404, 'not-found', 'not-found');
  const { data, version, parseError } = readSave(ctx);
  const lang: Lang = ctx.lang;
  const problems: ValidationProblem[] = parseError
    ? [{ path: '', keyword: 'json', message: t('content-bad-json', { error: parseError }) }]
    : !(version >= 0)
      ? [{ path: '', keyword: 'version', message: t('content-no-version') }]
      : await checkDraft(type, stripSystemFields(type.name, data!), lang);
  const id = type.list || type.keyed ? String(data?.id ?? '') : DOCUMENT_ID;
  ctx.params.id = ITEM_ID.test(id) ? id : 'new';
  if (problems.length) return refuse(ctx, 400, problems);
  const draft = stripSystemFields(type.name, data!);
  const result = await deps.store.saveContent(
    {
      type: type.name,
      id,
      draft: JSON.stringify(draft),
      urgent: type.urgent?.(draft) ?? false,
      staffId: ctx.staff.id,
      at: new Date().toISOString(),
      version,
    },
    entry(ctx, 'content.save', `${type.name}/${id}`, { urgent: type.urgent?.(draft) ?? false }),
  );
  if (!result.ok) return conflict(ctx, type, id, result);
  await waiting(ctx, type, id);
  if (wantsJson(ctx))
    return void jsonAnswer(ctx, 200, { type: type.name, id, version: result.version, state: 'draft' });
  redirect(ctx.reply, href(`/staff/content/${type.name}/${id}`, { done: 'save' }));
}

async function takeStep(ctx: SignedIn, step: ContentStep): Promise<void> {
  const type = contentType(ctx.params.type);
  const id = ctx.params.id ?? '';
  const version = Number.parseInt(ctx.form?.version ?? ctx.query.version ?? '', 10);
  if (!type || !ITEM_ID.test(id)) return void message(ctx, 404, 'not-found', 'not-found');
  const result = await ctx.deps.store.contentStep(
    {
      type: type.name,
      id,
      step,
      staffId: ctx.staff.id,
      at: new Date().toISOString(),
      version,
      source: ctx.deps.config.agencyName.th,
    },
    entry(ctx, `content.${step}`, `${type.name}/${id}`),
  );
  if (!result.ok) return conflict(ctx, type, id, result);
  await waiting(ctx, type, id);
  if (wantsJson(ctx)) return void jsonAnswer(ctx, 200, { type: type.name, id, version: result.version });
  redirect(ctx.reply, href(`/staff/content/${type.name}/${id}`, { done: step }));
}

/** After a step: tell the next person the item waits for them (the notify hook). */
async function waiting(ctx: SignedIn, type: ContentType, id: string): Promise<void> {
  const item = await ctx.deps.store.contentItem(type.name, id);
  const next = item && nextRole(item);
  if (item && next) ctx.deps.notify.itemWaiting(item, next);
}

async function conflict(
  ctx: SignedIn,
  type: ContentType,
  id: string,
  result: StepResult & { ok: false },
): Promise<void> {
  const { t } = ctx;
  if (result.reason === 'not-found') return void message(ctx, 404, 'not-found', 'not-found');
  const text = result.reason === 'same-person' ? t(`step-took-${result.took}`) : t(`step-refused-${result.reason}`);
  const status = result.reason === 'stale' ? 409 : result.reason === 'status' ? 409 : 403;
  if (wantsJson(ctx))
    return void jsonAnswer(ctx, status, { errors: [{ path: '', keyword: result.reason, message: text }] });
  ctx.params.id = id;
  ctx.params.type = type.name;
  return one(ctx, status, text);
}

async function refuse(ctx: SignedIn, status: number, problems: ValidationProblem[]): Promise<void> {
  if (wantsJson(ctx)) return void jsonAnswer(ctx, status, { errors: problems });
  return one(ctx, status, problems);
}

function jsonAnswer(ctx: SignedIn, status: number, body: unknown): void {
  ctx.reply
    .code(status)
    .headers({
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    .send(JSON.stringify(body));
}

/** Clause 4: urgent items that no screener has screened yet, oldest first. */
async function screeningQueue(ctx: SignedIn): Promise<void> {
  const { t, lang, deps } = ctx;
  const items = (await deps.store.listContent({ waitingScreening: true })).reverse();
  const main = html`<h1>${t('screening-title')}</h1>
<p>${t('screening-intro')}</p>
${
  items.length
    ? html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${t('content-col-type')}</th><th scope="col">${t('content-col-item')}</th><th scope="col">${t('col-status')}</th><th scope="col">${t('content-col-updated')}</th></tr></thead>
<tbody>${items.map(
        (item) =>
          html`<tr><td>${t(`content-type-${item.type}`)}</td><td><a href="/staff/content/${item.type}/${item.id}">${itemTitle(item, lang)}</a></td><td>${stateBadge(ctx, item)}</td><td>${time(item.updatedAt, lang)}</td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('screening-empty')}</p>`
}`;
  send(ctx, 200, page(ctx, t('screening-title'), 'screening', main));
}
