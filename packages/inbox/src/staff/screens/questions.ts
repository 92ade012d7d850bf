import { existsSync } from 'node:fs';
import { publishedQuestions } from '../../published.js';
import type { AnswerStatus, Question, TransitionResult } from '../../store/index.js';
import { can } from '../auth.js';
import {
  ID,
  PAGE_SIZE,
  entry,
  excerpt,
  message,
  page,
  pageNumber,
  pager,
  redirect,
  send,
  type SignedIn,
} from '../context.js';
import { SafeHtml, href, html, time } from '../html.js';
import type { StaffRouter } from '../plugin.js';

const ANSWER_LIMIT = 20_000;
const QUESTION_LIMIT = 2_000;
const CATEGORY_LIMIT = 200;
const DONE = new Set(['draft', 'approve', 'publish', 'unpublish']);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** The Q&A screen: the list by status, one question with its answer's record and actions, the public preview. */
export function questionRoutes(router: StaffRouter): void {
  router.get('/questions', { permission: 'questions.read' }, list);
  router.get('/questions/published', { permission: 'questions.read' }, publishedPreview);
  router.get('/questions/:id', { permission: 'questions.read' }, (ctx) => one(ctx));
  router.post('/questions/:id/answer', { permission: 'answers.draft' }, saveAnswer);
  for (const name of ['approve', 'publish', 'unpublish'] as const) {
    router.post(
      `/questions/:id/${name}`,
      { permission: name === 'approve' ? 'answers.approve' : 'answers.publish' },
      (ctx) => transition(ctx, name),
    );
  }
}

async function list(ctx: SignedIn): Promise<void> {
  const { t, lang, deps } = ctx;
  const requested = ctx.query.status ?? '';
  const status = ['new', 'draft', 'approved', 'published'].includes(requested)
    ? (requested as 'new' | AnswerStatus)
    : undefined;
  const pageNo = pageNumber(ctx);
  const { rows, total } = await deps.store.listQuestions({
    status,
    limit: PAGE_SIZE,
    offset: (pageNo - 1) * PAGE_SIZE,
  });
  const counts = await deps.store.questionCounts();
  await deps.store.addAudit(entry(ctx, 'questions.list', undefined, { status, page: pageNo }));
  const tabs = ['', 'new', 'draft', 'approved', 'published'];
  const main = html`<h1>${t('questions-title')}</h1>
<p>${t('questions-intro')}</p>
<nav aria-label="${t('col-status')}"><ul class="actions">${tabs.map((s) => {
    const count = s ? (counts[s] ?? 0) : Object.values(counts).reduce((a, b) => a + b, 0);
    return html`<li><a href="${href('/staff/questions', { status: s })}"${s === (status ?? '') ? html` aria-current="page"` : ''}>${t(s ? `status-${s}` : 'status-all')} (${count})</a></li>`;
  })}</ul></nav>
<p><a href="/staff/questions/published">${t('preview-published')}</a></p>
${
  rows.length
    ? html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${t('col-question')}</th><th scope="col">${t('col-asked')}</th><th scope="col">${t('col-status')}</th></tr></thead>
<tbody>${rows.map(
        (q) =>
          html`<tr><td><a href="/staff/questions/${q.id}">${excerpt(q.answer?.publicQuestion ?? q.data.question, 120)}</a></td><td>${time(q.askedAt, lang)}</td><td><span class="status">${t(`status-${q.answer?.status ?? 'new'}`)}</span></td></tr>`,
      )}</tbody></table></div>`
    : html`<p>${t('empty')}</p>`
}
${pager(ctx, pageNo, total, '/staff/questions', { status })}`;
  send(ctx, 200, page(ctx, t('questions-title'), 'questions', main));
}

/** What the asker sent. The asker's name and contact only for the roles that answer them (not a publisher). */
function asked(ctx: SignedIn, q: Question): SafeHtml {
  const { t, lang } = ctx;
  const personal = can(ctx.staff, 'answers.draft') || can(ctx.staff, 'answers.approve');
  // One box, so the page's two-column grid puts it beside what will be published.
  return html`<section class="asked" aria-labelledby="asked"><h2 id="asked">${t('question-asked')}</h2>
${q.erasedAt ? html`<p>${t('erased-note')}</p>` : html`<p class="value">${q.data.question}</p>`}
<dl class="meta">
  <dt>${t('col-asked')}</dt><dd>${time(q.askedAt, lang)}</dd>
  ${q.data.category ? html`<dt>${t('asker-category')}</dt><dd>${q.data.category}</dd>` : ''}
  ${personal && q.data.name ? html`<dt>${t('asker-name')}</dt><dd>${q.data.name}</dd>` : ''}
  ${personal && q.data.contact ? html`<dt>${t('asker-contact')}</dt><dd>${q.data.contact}</dd>` : ''}
  <dt>${t('col-status')}</dt><dd><span class="status">${t(`status-${q.answer?.status ?? 'new'}`)}</span></dd>
</dl></section>`;
}

/** The answer as it will be published: the staff-written question, category and answer. */
function asPublished(ctx: SignedIn, q: Question): SafeHtml | '' {
  const { t } = ctx;
  const answer = q.answer;
  if (!answer) return '';
  return html`<section class="as-published" aria-labelledby="as-published"><h2 id="as-published">${t('as-published')}</h2>
<p class="value"><strong>${answer.publicQuestion}</strong></p>
${answer.publicCategory ? html`<p>${t('category')}: ${answer.publicCategory}</p>` : ''}
<p class="value">${answer.text}</p></section>`;
}

async function one(ctx: SignedIn, status = 200, problem = ''): Promise<void> {
  const { t, lang, staff, deps } = ctx;
  const id = ctx.params.id ?? '';
  const q = ID.test(id) ? await deps.store.question(id) : undefined;
  if (!q) {
    message(ctx, 404, 'not-found', 'not-found');
    return;
  }
  if (status === 200) await deps.store.addAudit(entry(ctx, 'question.read', q.id, { receipt: q.receipt }));
  const answer = q.answer;
  const revision = answer?.revision ?? 0;
  const done = ctx.query.done;
  const csrf = html`<input type="hidden" name="_csrf" value="${ctx.session.csrfToken}"><input type="hidden" name="revision" value="${revision}">`;
  const action = (name: string, label: string, className = '') =>
    html`<form method="post" action="/staff/questions/${q.id}/${name}">${csrf}<button type="submit" class="${className}">${t(label)}</button></form>`;
  const record = (label: string, name: string | undefined, at: string | undefined) =>
    html`<dt>${t(label)}</dt><dd>${name ? html`${name}, ${time(at, lang)}` : t('record-none')}</dd>`;
  const form = ctx.form ?? {};
  const main = html`<h1>${t('question-title', { receipt: q.receipt })}</h1>
${done && DONE.has(done) ? html`<p class="notice" role="status">${t(`done-${done}`)}</p>` : ''}
${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
<div class="side-by-side">${asked(ctx, q)}${asPublished(ctx, q)}</div>
<h2>${t('record-heading')}</h2>
<dl class="meta">
  ${record('record-reporter', answer?.reporter, answer?.draftedAt)}
  ${record('record-approver', answer?.approver, answer?.approvedAt)}
  ${record('record-publisher', answer?.publisher, answer?.publishedAt)}
</dl>
<div class="actions">
  ${answer?.status === 'draft' && can(staff, 'answers.approve') ? (answer.draftedBy === staff.id ? html`<p>${t('own-draft')}</p>` : action('approve', 'approve')) : ''}
  ${answer?.status === 'approved' && can(staff, 'answers.publish') ? action('publish', 'publish') : ''}
  ${answer?.status === 'published' && can(staff, 'answers.publish') ? action('unpublish', 'unpublish', 'secondary') : ''}
</div>
${
  can(staff, 'answers.draft')
    ? html`<h2>${t('answer-heading')}</h2><form method="post" action="/staff/questions/${q.id}/answer">
  ${csrf}
  <label for="public_question">${t('public-question')}</label>
  <textarea id="public_question" name="public_question" maxlength="${QUESTION_LIMIT}" required>${form.public_question ?? answer?.publicQuestion ?? (q.erasedAt ? '' : q.data.question)}</textarea>
  <label for="public_category">${t('public-category')}</label>
  <input type="text" id="public_category" name="public_category" maxlength="${CATEGORY_LIMIT}" value="${form.public_category ?? answer?.publicCategory ?? ''}">
  <label for="answer">${t('answer-text')}</label>
  <textarea id="answer" name="answer" maxlength="${ANSWER_LIMIT}" required>${form.answer ?? answer?.text ?? ''}</textarea>
  ${answer ? html`<p>${t('draft-note')}</p>` : ''}
  <p><button type="submit">${t('save-draft')}</button></p>
</form>`
    : ''
}
<p><a href="/staff/questions">${t('back-to-list')}</a></p>`;
  send(ctx, status, page(ctx, t('question-title', { receipt: q.receipt }), 'questions', main));
}

/** Staff text for the public: control characters (which XML cannot carry) are dropped. */
function publicText(value: string | undefined): string {
  return String(value ?? '')
    .replace(CONTROL, '')
    .trim();
}

async function saveAnswer(ctx: SignedIn): Promise<void> {
  const { t } = ctx;
  const form = ctx.form ?? {};
  const id = ctx.params.id ?? '';
  const publicQuestion = publicText(form.public_question);
  const publicCategory = publicText(form.public_category);
  const answer = publicText(form.answer);
  const revision = Number.parseInt(form.revision ?? '', 10);
  if (!ID.test(id)) {
    message(ctx, 404, 'not-found', 'not-found');
    return;
  }
  if (
    !publicQuestion ||
    !answer ||
    publicQuestion.length > QUESTION_LIMIT ||
    answer.length > ANSWER_LIMIT ||
    publicCategory.length > CATEGORY_LIMIT ||
    !(revision >= 0)
  ) {
    return one(ctx, 400, t('answer-required', { limit: ANSWER_LIMIT }));
  }
  const result = await ctx.deps.store.saveAnswer(
    {
      questionId: id,
      publicQuestion,
      publicCategory: publicCategory || undefined,
      answer,
      staffId: ctx.staff.id,
      at: new Date().toISOString(),
      revision,
    },
    entry(ctx, 'answer.draft', id, { revision: revision + 1 }),
  );
  if (!result.ok) return conflict(ctx, result);
  redirect(ctx.reply, href(`/staff/questions/${id}`, { done: 'draft' }));
}

async function transition(ctx: SignedIn, name: 'approve' | 'publish' | 'unpublish'): Promise<void> {
  const id = ctx.params.id ?? '';
  const revision = Number.parseInt(ctx.form?.revision ?? '', 10);
  if (!ID.test(id) || !(revision >= 1)) {
    message(ctx, 404, 'not-found', 'not-found');
    return;
  }
  const change = { questionId: id, staffId: ctx.staff.id, at: new Date().toISOString(), revision };
  const audit = entry(ctx, `answer.${name}`, id, { revision });
  const { store } = ctx.deps;
  const result =
    name === 'approve'
      ? await store.approveAnswer(change, audit)
      : name === 'publish'
        ? await store.publishAnswer(change, audit)
        : await store.unpublishAnswer(change, audit);
  if (!result.ok) return conflict(ctx, result);
  if (name === 'publish') {
    const question = await store.question(id);
    if (question) ctx.deps.notify.answerPublished(question);
  }
  redirect(ctx.reply, href(`/staff/questions/${id}`, { done: name }));
}

async function conflict(ctx: SignedIn, result: TransitionResult & { ok: false }): Promise<void> {
  if (result.reason === 'not-found') {
    message(ctx, 404, 'not-found', 'not-found');
    return;
  }
  const key =
    result.reason === 'own-draft'
      ? 'conflict-own-draft'
      : result.reason === 'status'
        ? 'conflict-status'
        : 'conflict-stale';
  return one(ctx, 409, ctx.t(key));
}

/** The public board as people will see it: the kit's `gov-faq` when its bundle is served, the same list as plain HTML otherwise. */
async function publishedPreview(ctx: SignedIn): Promise<void> {
  const { t, lang, deps } = ctx;
  const board = await publishedQuestions(deps.store, deps.config);
  const kitAvailable = existsSync(`${deps.config.kitDir}/govkit.js`);
  const fallback = html`<h2>${t('published-title')}</h2>${
    board.items.length
      ? board.items.map(
          (item) => html`<details><summary>${item.question}</summary><p class="value">${item.answerText}</p>
<p><small>${t('record-reporter')}: ${item.publication.reporter ?? '-'} · ${t('record-approver')}: ${item.publication.approver ?? '-'} · ${time(item.updatedAt, lang)}</small></p></details>`,
        )
      : html`<p>${t('empty')}</p>`
  }`;
  const main = html`<h1>${t('published-title')}</h1>
<p>${new SafeHtml(t('published-feeds', { json: '<a href="/questions/published.json">published.json</a>', atom: '<a href="/questions/published.atom">published.atom</a>' }))}</p>
${kitAvailable ? html`<gov-faq src="/questions/published.json" heading-level="2" lang="${lang}">${fallback}</gov-faq>` : fallback}`;
  const head = kitAvailable
    ? html`<link rel="stylesheet" href="/govkit/govkit-lightdom.css"><script type="module" src="/govkit/govkit.js"></script>`
    : undefined;
  send(ctx, 200, page(ctx, t('published-title'), 'questions', main, { head }));
}
