import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HttpError, preferredLang, readBody } from '../http.js';
import { publishedQuestions } from '../published.js';
import { RateLimiter } from '../rate-limit.js';
import {
  PASSWORD_MIN, ROLES, USERNAME, can, cookie, hashPassword, newToken, parseCookies, sameToken, signInToken, tokenHash,
  verifyPassword,
} from './auth.js';
import { BOM, csvLine, dataColumns } from './csv.js';
import { STAFF_CSP, SafeHtml, href, html, layout, time } from './html.js';
import { translator } from './i18n.js';

const css = readFileSync(fileURLToPath(new URL('./staff.css', import.meta.url)));
const ID = /^[A-Za-z0-9-]{1,64}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PAGE_SIZE = 50;
const FORM_BODY_LIMIT = 64 * 1024;
const ANSWER_LIMIT = 20_000;
const QUESTION_LIMIT = 2_000;
const DONE = new Set(['draft', 'approve', 'publish', 'unpublish', 'account', 'password']);
const SESSION_COOKIE = 'gk_session';
const PRE_COOKIE = 'gk_pre';
const LANG_COOKIE = 'gk_lang';

/**
 * @typedef {object} Context
 * @property {import('node:http').IncomingMessage} req
 * @property {import('node:http').ServerResponse} res
 * @property {URL} url
 * @property {'th'|'en'} lang
 * @property {(key: string, params?: object) => string} t
 * @property {string} ipHash
 * @property {Record<string, string>} cookies
 * @property {any} [staff]
 * @property {any} [session]
 * @property {URLSearchParams} [form]
 * @property {string[]} params
 * @property {boolean} secure
 */

/**
 * The staff side, `/staff/…`: server-rendered pages in Thai and English. Sign-in with
 * scrypt-hashed passwords; sessions in HttpOnly, SameSite=Strict cookies, stored hashed;
 * a synchroniser CSRF token on every form; each role sees and does only its part; every
 * action goes to the audit log (who, what, when), in the same transaction as the action.
 */
export class StaffPages {
  /**
   * @param {{ store: import('../store/store.js').Store, forms: import('../forms.js').FormRegistry,
   *   config: import('../config.js').InboxConfig, logger: any, secret: string }} deps
   */
  constructor({ store, forms, config, logger, secret }) {
    this.store = store;
    this.forms = forms;
    this.config = config;
    this.logger = logger;
    this.secret = secret;
    this.signInByAddress = new RateLimiter(config.rateLimit.signIn);
    this.signInByName = new RateLimiter({ perMinute: config.rateLimit.signIn.perMinute, burst: config.rateLimit.signIn.burst * 2 });
    /** @type {[string, string | RegExp, (ctx: Context) => Promise<void>, { auth?: boolean, permission?: keyof typeof import('./auth.js').PERMISSIONS }][]} */
    this.routes = [
      ['GET', /^\/staff\/?$/, (ctx) => this.home(ctx), { auth: true }],
      ['GET', '/staff/assets/staff.css', (ctx) => this.stylesheet(ctx), { auth: false }],
      ['GET', '/staff/lang', (ctx) => this.switchLang(ctx), { auth: false }],
      ['GET', '/staff/sign-in', (ctx) => this.signInPage(ctx), { auth: false }],
      ['POST', '/staff/sign-in', (ctx) => this.signIn(ctx), { auth: false }],
      ['POST', '/staff/sign-out', (ctx) => this.signOut(ctx), { auth: true }],
      ['GET', '/staff/submissions', (ctx) => this.submissions(ctx), { permission: 'submissions.read' }],
      ['GET', '/staff/submissions.csv', (ctx) => this.exportCsv(ctx), { permission: 'submissions.read' }],
      ['GET', /^\/staff\/submissions\/([^/]+)$/, (ctx) => this.submission(ctx), { permission: 'submissions.read' }],
      ['GET', '/staff/questions', (ctx) => this.questions(ctx), { permission: 'questions.read' }],
      ['GET', '/staff/questions/published', (ctx) => this.publishedPreview(ctx), { permission: 'questions.read' }],
      ['GET', /^\/staff\/questions\/([^/]+)$/, (ctx) => this.question(ctx), { permission: 'questions.read' }],
      ['POST', /^\/staff\/questions\/([^/]+)\/answer$/, (ctx) => this.saveAnswer(ctx), { permission: 'answers.draft' }],
      ['POST', /^\/staff\/questions\/([^/]+)\/approve$/, (ctx) => this.transition(ctx, 'approve'), { permission: 'answers.approve' }],
      ['POST', /^\/staff\/questions\/([^/]+)\/publish$/, (ctx) => this.transition(ctx, 'publish'), { permission: 'answers.publish' }],
      ['POST', /^\/staff\/questions\/([^/]+)\/unpublish$/, (ctx) => this.transition(ctx, 'unpublish'), { permission: 'answers.publish' }],
      ['GET', '/staff/audit', (ctx) => this.audit(ctx), { permission: 'audit.read' }],
      ['GET', '/staff/accounts', (ctx) => this.accounts(ctx), { permission: 'accounts.manage' }],
      ['POST', '/staff/accounts', (ctx) => this.createAccount(ctx), { permission: 'accounts.manage' }],
      ['POST', /^\/staff\/accounts\/([^/]+)$/, (ctx) => this.updateAccount(ctx), { permission: 'accounts.manage' }],
      ['GET', '/staff/password', (ctx) => this.passwordPage(ctx), { auth: true }],
      ['POST', '/staff/password', (ctx) => this.changePassword(ctx), { auth: true }],
    ];
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {URL} url
   * @param {string} ipHash
   * @param {Record<string, unknown>} log
   */
  async handle(req, res, url, ipHash, log) {
    const cookies = parseCookies(req.headers.cookie);
    const chosen = cookies[LANG_COOKIE];
    const lang = url.searchParams.has('lang') || !(chosen === 'th' || chosen === 'en') ? preferredLang(req, url) : chosen;
    /** @type {Context} */
    const ctx = {
      req, res, url, lang, t: translator(lang), ipHash, cookies, params: [],
      secure: this.config.secureCookies === true || (this.config.secureCookies === 'auto' && isHttps(req, this.config.trustProxy)),
    };
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const matching = this.routes.filter(([, pattern]) =>
      typeof pattern === 'string' ? pattern === url.pathname : pattern.test(url.pathname),
    );
    if (matching.length === 0) return this.message(ctx, 404, 'not-found', 'not-found');
    const route = matching.find(([routeMethod]) => routeMethod === method);
    if (!route) {
      res.setHeader('allow', [...new Set(matching.map(([m]) => m))].join(', '));
      return this.message(ctx, 405, 'error-title', 'error-body');
    }
    const [, pattern, run, { auth = true, permission } = {}] = route;
    log.route = typeof pattern === 'string' ? pattern : pattern.source.replace(/^\^|\?\$|\$$/g, '').replaceAll('\\/', '/').replace('([^/]+)', '{id}');
    if (pattern instanceof RegExp) {
      ctx.params = (pattern.exec(url.pathname) ?? []).slice(1).map((p) => {
        try {
          return decodeURIComponent(p);
        } catch {
          return '';
        }
      });
    }

    if (auth || permission) {
      const signedIn = await this.currentSession(ctx);
      if (!signedIn) {
        if (method === 'GET') return redirect(res, href('/staff/sign-in', { next: url.pathname + url.search }));
        return this.message(ctx, 403, 'forbidden-title', 'csrf-failed');
      }
      if (permission && !can(ctx.staff, permission)) {
        await this.store.addAudit(this.entry(ctx, 'access.denied', url.pathname, { permission }));
        return this.message(ctx, 403, 'forbidden-title', 'forbidden');
      }
    }
    if (method === 'POST') {
      if (!sameOrigin(req, ctx.secure)) return this.message(ctx, 403, 'forbidden-title', 'csrf-failed');
      const type = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (type !== 'application/x-www-form-urlencoded') return this.message(ctx, 415, 'error-title', 'csrf-failed');
      try {
        ctx.form = new URLSearchParams((await readBody(req, FORM_BODY_LIMIT)).toString('utf8'));
      } catch (error) {
        if (error instanceof HttpError) {
          res.setHeader('connection', 'close');
          return this.message(ctx, 413, 'error-title', 'error-body');
        }
        throw error;
      }
      if (ctx.session && !sameToken(ctx.form.get('_csrf') ?? '', ctx.session.csrfToken)) {
        await this.store.addAudit(this.entry(ctx, 'csrf.rejected', url.pathname));
        return this.message(ctx, 403, 'forbidden-title', 'csrf-failed');
      }
    }
    await run(ctx);
  }

  /** Loads the session from its cookie; slides the idle expiry, never past the absolute one. */
  async currentSession(ctx) {
    const token = ctx.cookies[SESSION_COOKIE];
    if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return false;
    const idHash = tokenHash(token);
    const now = new Date();
    const found = await this.store.session(idHash, now.toISOString());
    if (!found) return false;
    ctx.staff = found.staff;
    ctx.session = found.session;
    if (now.getTime() - Date.parse(found.session.lastSeenAt) > 60_000) {
      const absolute = Date.parse(found.session.createdAt) + this.config.sessionHours * 3_600_000;
      const expires = Math.min(absolute, now.getTime() + this.config.sessionIdleMinutes * 60_000);
      await this.store.touchSession(idHash, now.toISOString(), new Date(expires).toISOString());
    }
    return true;
  }

  /** An audit-log entry for this request. No personal data in `detail`. */
  entry(ctx, action, target, detail) {
    return {
      id: randomUUID(),
      at: new Date().toISOString(),
      actorId: ctx.staff?.id,
      actor: ctx.staff?.username ?? '(anonymous)',
      role: ctx.staff?.role,
      action,
      target,
      detail,
      ipHash: ctx.ipHash,
    };
  }

  page(ctx, title, current, main, extra = {}) {
    return layout(
      {
        t: ctx.t, lang: ctx.lang, title, staff: ctx.staff, csrf: ctx.session?.csrfToken, current,
        agency: this.config.agencyName, path: ctx.url.pathname + ctx.url.search, demo: this.config.demo, ...extra,
      },
      main,
    );
  }

  send(ctx, status, body, headers = {}) {
    const text = String(body);
    ctx.res.writeHead(status, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      'content-security-policy': STAFF_CSP,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      // not no-referrer: under it, browsers send `Origin: null` with our own form posts
      'referrer-policy': 'same-origin',
      'content-language': ctx.lang,
      vary: 'Accept-Language, Cookie',
      ...headers,
    });
    ctx.res.end(ctx.req.method === 'HEAD' ? undefined : text);
  }

  message(ctx, status, titleKey, bodyKey, params = {}) {
    const { t } = ctx;
    this.send(ctx, status, this.page(ctx, t(titleKey), undefined, html`<h1>${t(titleKey)}</h1><p>${t(bodyKey, params)}</p>
<p><a href="/staff/">${t('back-to-list')}</a></p>`));
  }

  /** Renders an unexpected failure as a page; the server logs it (without the request body). */
  failed(req, res, url) {
    const lang = preferredLang(req, url);
    const t = translator(lang);
    const ctx = /** @type {Context} */ ({ req, res, url, lang, t, params: [], cookies: {}, ipHash: '', secure: false });
    if (!res.headersSent) this.message(ctx, 500, 'error-title', 'error-body');
    else res.destroy();
  }

  async home(ctx) {
    const target = can(ctx.staff, 'submissions.read') ? '/staff/submissions' : '/staff/questions';
    redirect(ctx.res, target);
  }

  async stylesheet(ctx) {
    ctx.res.writeHead(200, {
      'content-type': 'text/css; charset=utf-8',
      'content-length': css.length,
      'cache-control': 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    ctx.res.end(ctx.req.method === 'HEAD' ? undefined : css);
  }

  async switchLang(ctx) {
    const to = ctx.url.searchParams.get('to') === 'en' ? 'en' : 'th';
    const back = ctx.url.searchParams.get('back') ?? '/staff/';
    const target = safeNext(back.replace(/([?&])lang=(th|en)&?/, '$1').replace(/[?&]$/, ''));
    redirect(ctx.res, target, { 'set-cookie': cookie(LANG_COOKIE, to, { maxAge: 31_536_000, secure: ctx.secure, httpOnly: false }) });
  }

  // ── Sign-in ────────────────────────────────────────────────────────────────────────

  /** @param {Context} ctx @param {{ status?: number, error?: string, username?: string }} [options] */
  async signInPage(ctx, { status = 200, error = '', username = '' } = {}) {
    if (status === 200 && (await this.currentSession(ctx))) return redirect(ctx.res, '/staff/');
    const { t } = ctx;
    let pre = ctx.cookies[PRE_COOKIE];
    const headers = {};
    if (!pre || !/^[A-Za-z0-9_-]{20,100}$/.test(pre)) {
      pre = newToken();
      headers['set-cookie'] = cookie(PRE_COOKIE, pre, { maxAge: 3600, secure: ctx.secure });
    }
    const next = safeNext(ctx.form?.get('next') ?? ctx.url.searchParams.get('next') ?? '/staff/');
    const main = html`<h1>${t('sign-in-title')}</h1>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="/staff/sign-in">
  <input type="hidden" name="_csrf" value="${signInToken(this.secret, pre)}">
  <input type="hidden" name="next" value="${next}">
  <label for="username">${t('username')}</label>
  <input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${username}">
  <label for="password">${t('password')}</label>
  <input type="password" id="password" name="password" autocomplete="current-password" required>
  <p><button type="submit">${t('sign-in')}</button></p>
</form>`;
    this.send(ctx, status, this.page(ctx, t('sign-in-title'), undefined, main), headers);
  }

  async signIn(ctx) {
    const { t, form } = ctx;
    const pre = ctx.cookies[PRE_COOKIE];
    if (!pre || !sameToken(form.get('_csrf') ?? '', signInToken(this.secret, pre))) {
      return this.message(ctx, 403, 'forbidden-title', 'csrf-failed');
    }
    const username = String(form.get('username') ?? '').trim().toLowerCase().slice(0, 64);
    const password = String(form.get('password') ?? '').slice(0, 1024);
    const wait = Math.max(this.signInByAddress.take(ctx.ipHash), this.signInByName.take(username));
    if (wait > 0) {
      this.logger.warn('sign-in throttled', { ip: ctx.ipHash });
      return this.signInPage(ctx, { status: 429, error: t('sign-in-throttled', { seconds: wait }), username });
    }
    const account = USERNAME.test(username) ? await this.store.staffByUsername(username) : undefined;
    const valid = await verifyPassword(password, account?.passwordHash);
    if (!account || !account.active || !valid) {
      await this.store.addAudit({
        ...this.entry(ctx, 'sign-in.failed', undefined, { reason: !account ? 'unknown-user' : !account.active ? 'disabled' : 'password' }),
        actor: account?.username ?? '(unknown)',
        actorId: account?.id,
      });
      return this.signInPage(ctx, { status: 401, error: t('sign-in-failed'), username: account ? username : '' });
    }
    const token = newToken();
    const now = new Date();
    const expires = Math.min(
      now.getTime() + this.config.sessionHours * 3_600_000,
      now.getTime() + this.config.sessionIdleMinutes * 60_000,
    );
    ctx.staff = account;
    await this.store.createSession({
      idHash: tokenHash(token), staffId: account.id, csrfToken: newToken(),
      createdAt: now.toISOString(), expiresAt: new Date(expires).toISOString(),
    });
    await this.store.addAudit(this.entry(ctx, 'sign-in'));
    redirect(ctx.res, safeNext(form.get('next') ?? '/staff/'), {
      'set-cookie': [
        cookie(SESSION_COOKIE, token, { secure: ctx.secure }),
        cookie(PRE_COOKIE, '', { maxAge: 0, secure: ctx.secure }),
      ],
    });
  }

  async signOut(ctx) {
    await this.store.deleteSession(ctx.session.idHash, this.entry(ctx, 'sign-out'));
    redirect(ctx.res, '/staff/sign-in', { 'set-cookie': cookie(SESSION_COOKIE, '', { maxAge: 0, secure: ctx.secure }) });
  }

  // ── Submissions ────────────────────────────────────────────────────────────────────

  /** Form, and a date window in Bangkok days (`to` inclusive), from the query. */
  filter(ctx) {
    const query = ctx.url.searchParams;
    const formId = query.get('form') ?? '';
    const from = query.get('from') ?? '';
    const to = query.get('to') ?? '';
    const valid = (!from || bangkokDayStart(from)) && (!to || bangkokDayStart(to));
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

  async submissions(ctx) {
    const { t, lang } = ctx;
    const filter = this.filter(ctx);
    const page = pageNumber(ctx.url);
    const { rows, total } = await this.store.listSubmissions({
      formId: filter.formId || undefined, ...filter.range, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE,
    });
    await this.store.addAudit(this.entry(ctx, 'submissions.list', undefined, { formId: filter.formId || undefined, from: filter.from || undefined, to: filter.to || undefined, page }));
    const formIds = [...new Set([...this.forms.ids(), ...(await this.store.formCounts()).map((c) => c.formId)])].sort();
    const query = { form: filter.formId, from: filter.from, to: filter.to };
    const main = html`<h1>${t('submissions-title')}</h1>
${filter.error ? html`<p class="error" role="alert">${t('data-error')}</p>` : ''}
<form method="get" action="/staff/submissions">
  <fieldset><legend>${t('filter-legend')}</legend>
  <div class="filters">
    <div><label for="form">${t('filter-form')}</label>
    <select id="form" name="form"><option value="">${t('filter-all-forms')}</option>${formIds.map(
      (id) => html`<option value="${id}"${id === filter.formId ? html` selected` : ''}>${localized(this.forms.get(id)?.title, lang) ?? id} (${id})</option>`,
    )}</select></div>
    <div><label for="from">${t('filter-from')}</label><input type="date" id="from" name="from" value="${filter.from}"></div>
    <div><label for="to">${t('filter-to')}</label><input type="date" id="to" name="to" value="${filter.to}"></div>
    <div><button type="submit">${t('filter-apply')}</button></div>
  </div>
  </fieldset>
</form>
<p><a class="button secondary" href="${href('/staff/submissions.csv', query)}" download>${t('export-csv')}</a></p>
<p role="status">${t('count-shown', { total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) })}</p>
${rows.length
  ? html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${t('col-receipt')}</th><th scope="col">${t('col-form')}</th><th scope="col">${t('col-received')}</th><th scope="col">${t('col-submitted')}</th></tr></thead>
<tbody>${rows.map(
      (row) => html`<tr><td><a href="/staff/submissions/${row.id}">${row.receipt}</a></td><td>${row.formId} <small>(${t(`kind-${row.kind}`)})</small></td><td>${time(row.receivedAt, lang)}</td><td>${time(row.submittedAt, lang)}</td></tr>`,
    )}</tbody></table></div>`
  : html`<p>${t('empty')}</p>`}
${pager(ctx, page, total, '/staff/submissions', query)}`;
    this.send(ctx, 200, this.page(ctx, t('submissions-title'), 'submissions', main));
  }

  async submission(ctx) {
    const { t, lang } = ctx;
    const id = ctx.params[0];
    const row = ID.test(id) ? await this.store.submission(id) : undefined;
    if (!row) return this.message(ctx, 404, 'not-found', 'not-found');
    await this.store.addAudit(this.entry(ctx, 'submission.read', row.id, { formId: row.formId, receipt: row.receipt }));
    const form = this.forms.get(row.formId, row.schemaVersion);
    const main = html`<h1>${t('submission-title', { receipt: row.receipt })}</h1>
<dl class="meta">
  <dt>${t('col-receipt')}</dt><dd>${row.receipt}</dd>
  <dt>${t('col-form')}</dt><dd>${row.formId} (${t(`kind-${row.kind}`)})</dd>
  <dt>${t('col-version')}</dt><dd>${row.formVersion}</dd>
  <dt>${t('col-received')}</dt><dd>${time(row.receivedAt, lang)}</dd>
  <dt>${t('col-submitted')}</dt><dd>${time(row.submittedAt, lang)}</dd>
</dl>
${dataTable(t, lang, row.data, form)}
<p><a href="/staff/submissions">${t('back-to-list')}</a></p>`;
    this.send(ctx, 200, this.page(ctx, t('submission-title', { receipt: row.receipt }), 'submissions', main));
  }

  /** Streams the filtered submissions as CSV, page by page, so a large export holds little memory. */
  async exportCsv(ctx) {
    const filter = this.filter(ctx);
    const form = filter.formId ? this.forms.get(filter.formId) : undefined;
    const columns = filter.formId ? dataColumns(form?.schema) : [];
    const fixed = ['receipt', 'received_at', 'submitted_at', 'form_id', 'form_version'];
    const header = filter.formId ? [...fixed, ...columns, 'other_data'] : [...fixed, 'kind', 'data'];
    await this.store.addAudit(this.entry(ctx, 'submissions.export', undefined, { formId: filter.formId || undefined, from: filter.from || undefined, to: filter.to || undefined }));
    const stamp = new Date().toISOString().slice(0, 10).replaceAll('-', '');
    const { res } = ctx;
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="submissions-${filter.formId || 'all'}-${stamp}.csv"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
    });
    if (ctx.req.method === 'HEAD') return res.end();
    res.write(BOM + csvLine(header));
    let after;
    for (;;) {
      const rows = await this.store.exportSubmissions({ formId: filter.formId || undefined, ...filter.range, after, limit: 500 });
      if (rows.length === 0) break;
      let chunk = '';
      for (const row of rows) {
        const base = [row.receipt, row.receivedAt, row.submittedAt, row.formId, row.formVersion];
        if (filter.formId) {
          const known = new Set(columns);
          const other = Object.fromEntries(Object.entries(row.data).filter(([key]) => !known.has(key)));
          chunk += csvLine([...base, ...columns.map((c) => row.data[c]), Object.keys(other).length ? other : '']);
        } else chunk += csvLine([...base, row.kind, row.data]);
      }
      if (res.destroyed) return;
      if (!res.write(chunk)) await Promise.race([once(res, 'drain'), once(res, 'close')]);
      const last = rows[rows.length - 1];
      after = { receivedAt: last.receivedAt, id: last.id };
    }
    res.end();
  }

  // ── Questions and answers ──────────────────────────────────────────────────────────

  async questions(ctx) {
    const { t, lang } = ctx;
    const requested = ctx.url.searchParams.get('status') ?? '';
    const status = ['new', 'draft', 'approved', 'published'].includes(requested) ? requested : '';
    const page = pageNumber(ctx.url);
    const { rows, total } = await this.store.listQuestions({ status: status || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const counts = await this.store.questionCounts();
    await this.store.addAudit(this.entry(ctx, 'questions.list', undefined, { status: status || undefined, page }));
    const tabs = ['', 'new', 'draft', 'approved', 'published'];
    const main = html`<h1>${t('questions-title')}</h1>
<p>${t('questions-intro')}</p>
<nav aria-label="${t('col-status')}"><ul class="actions">${tabs.map((s) => {
      const count = s ? counts[s] ?? 0 : Object.values(counts).reduce((a, b) => a + b, 0);
      return html`<li><a href="${href('/staff/questions', { status: s })}"${s === status ? html` aria-current="page"` : ''}>${t(s ? `status-${s}` : 'status-all')} (${count})</a></li>`;
    })}</ul></nav>
<p><a href="/staff/questions/published">${t('preview-published')}</a></p>
${rows.length
  ? html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${t('col-question')}</th><th scope="col">${t('col-asked')}</th><th scope="col">${t('col-status')}</th></tr></thead>
<tbody>${rows.map(
      (q) => html`<tr><td><a href="/staff/questions/${q.id}">${excerpt(q.answer?.publicQuestion ?? q.data.question, 120)}</a></td><td>${time(q.askedAt, lang)}</td><td><span class="status">${t(`status-${q.answer?.status ?? 'new'}`)}</span></td></tr>`,
    )}</tbody></table></div>`
  : html`<p>${t('empty')}</p>`}
${pager(ctx, page, total, '/staff/questions', { status })}`;
    this.send(ctx, 200, this.page(ctx, t('questions-title'), 'questions', main));
  }

  /** @param {Context} ctx @param {{ status?: number, problem?: string }} [options] */
  async question(ctx, { status = 200, problem = '' } = {}) {
    const { t, lang, staff } = ctx;
    const id = ctx.params[0];
    const q = ID.test(id) ? await this.store.question(id) : undefined;
    if (!q) return this.message(ctx, 404, 'not-found', 'not-found');
    if (status === 200) await this.store.addAudit(this.entry(ctx, 'question.read', q.id, { receipt: q.receipt }));
    const answer = q.answer;
    const revision = answer?.revision ?? 0;
    const done = ctx.url.searchParams.get('done');
    const csrf = html`<input type="hidden" name="_csrf" value="${ctx.session.csrfToken}"><input type="hidden" name="revision" value="${revision}">`;
    const action = (name, label, className = '') =>
      html`<form method="post" action="/staff/questions/${q.id}/${name}">${csrf}<button type="submit" class="${className}">${t(label)}</button></form>`;
    const record = (label, name, at) => html`<dt>${t(label)}</dt><dd>${name ? html`${name}, ${time(at, lang)}` : t('record-none')}</dd>`;
    const main = html`<h1>${t('question-title', { receipt: q.receipt })}</h1>
${done && DONE.has(done) ? html`<p class="notice" role="status">${t(`done-${done}`)}</p>` : ''}
${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
<h2>${t('question-asked')}</h2>
<p class="value">${q.data.question}</p>
<dl class="meta">
  <dt>${t('col-asked')}</dt><dd>${time(q.askedAt, lang)}</dd>
  ${q.data.category ? html`<dt>${t('category')}</dt><dd>${q.data.category}</dd>` : ''}
  ${q.data.name ? html`<dt>${t('asker-name')}</dt><dd>${q.data.name}</dd>` : ''}
  ${q.data.contact ? html`<dt>${t('asker-contact')}</dt><dd>${q.data.contact}</dd>` : ''}
  <dt>${t('col-status')}</dt><dd><span class="status">${t(`status-${answer?.status ?? 'new'}`)}</span></dd>
</dl>
<h2>${t('record-heading')}</h2>
<dl class="meta">
  ${record('record-reporter', answer?.reporter, answer?.draftedAt)}
  ${record('record-approver', answer?.approver, answer?.approvedAt)}
  ${record('record-publisher', answer?.publisher, answer?.publishedAt)}
</dl>
<h2>${t('answer-heading')}</h2>
${answer ? html`<p class="value">${answer.text}</p>` : ''}
<div class="actions">
  ${answer?.status === 'draft' && can(staff, 'answers.approve')
    ? answer.draftedBy === staff.id ? html`<p>${t('own-draft')}</p>` : action('approve', 'approve')
    : ''}
  ${answer?.status === 'approved' && can(staff, 'answers.publish') ? action('publish', 'publish') : ''}
  ${answer?.status === 'published' && can(staff, 'answers.publish') ? action('unpublish', 'unpublish', 'secondary') : ''}
</div>
${can(staff, 'answers.draft')
  ? html`<form method="post" action="/staff/questions/${q.id}/answer">
  ${csrf}
  <label for="public_question">${t('public-question')}</label>
  <textarea id="public_question" name="public_question" maxlength="${QUESTION_LIMIT}" required>${ctx.form?.get('public_question') ?? answer?.publicQuestion ?? q.data.question}</textarea>
  <label for="answer">${t('answer-text')}</label>
  <textarea id="answer" name="answer" maxlength="${ANSWER_LIMIT}" required>${ctx.form?.get('answer') ?? answer?.text ?? ''}</textarea>
  ${answer ? html`<p>${t('draft-note')}</p>` : ''}
  <p><button type="submit">${t('save-draft')}</button></p>
</form>`
  : ''}
<p><a href="/staff/questions">${t('back-to-list')}</a></p>`;
    this.send(ctx, status, this.page(ctx, t('question-title', { receipt: q.receipt }), 'questions', main));
  }

  async saveAnswer(ctx) {
    const { form, t } = ctx;
    const id = ctx.params[0];
    const publicQuestion = String(form.get('public_question') ?? '').trim();
    const answer = String(form.get('answer') ?? '').trim();
    const revision = Number.parseInt(form.get('revision') ?? '', 10);
    if (!ID.test(id)) return this.message(ctx, 404, 'not-found', 'not-found');
    if (!publicQuestion || !answer || publicQuestion.length > QUESTION_LIMIT || answer.length > ANSWER_LIMIT || !(revision >= 0)) {
      return this.question(ctx, { status: 400, problem: t('answer-required', { limit: ANSWER_LIMIT }) });
    }
    const at = new Date().toISOString();
    const result = await this.store.saveAnswer(
      { questionId: id, publicQuestion, answer, staffId: ctx.staff.id, at, revision },
      this.entry(ctx, 'answer.draft', id, { revision: revision + 1 }),
    );
    if (!result.ok) return this.conflict(ctx, result.reason);
    redirect(ctx.res, href(`/staff/questions/${id}`, { done: 'draft' }));
  }

  async transition(ctx, name) {
    const id = ctx.params[0];
    const revision = Number.parseInt(ctx.form.get('revision') ?? '', 10);
    if (!ID.test(id) || !(revision >= 1)) return this.message(ctx, 404, 'not-found', 'not-found');
    const change = { questionId: id, staffId: ctx.staff.id, at: new Date().toISOString(), revision };
    const audit = this.entry(ctx, `answer.${name}`, id, { revision });
    const result =
      name === 'approve' ? await this.store.approveAnswer(change, audit)
      : name === 'publish' ? await this.store.publishAnswer(change, audit)
      : await this.store.unpublishAnswer(change, audit);
    if (!result.ok) return this.conflict(ctx, result.reason);
    redirect(ctx.res, href(`/staff/questions/${id}`, { done: name }));
  }

  conflict(ctx, reason) {
    if (reason === 'not-found') return this.message(ctx, 404, 'not-found', 'not-found');
    const key = reason === 'own-draft' ? 'conflict-own-draft' : reason === 'status' ? 'conflict-status' : 'conflict-stale';
    return this.question(ctx, { status: 409, problem: ctx.t(key) });
  }

  /** The public board as people will see it: the kit's `gov-faq` when its bundle is served, the same list as plain HTML otherwise. */
  async publishedPreview(ctx) {
    const { t, lang } = ctx;
    const board = await publishedQuestions(this.store, this.config);
    const kitAvailable = existsSync(`${this.config.kitDir}/govkit.js`);
    const fallback = html`<h2>${t('published-title')}</h2>${board.items.length
      ? board.items.map(
          (item) => html`<details><summary>${item.question}</summary><p class="value">${item.answerText}</p>
<p><small>${t('record-reporter')}: ${item.publication.reporter ?? '-'} · ${t('record-approver')}: ${item.publication.approver ?? '-'} · ${time(item.updatedAt, lang)}</small></p></details>`,
        )
      : html`<p>${t('empty')}</p>`}`;
    const main = html`<h1>${t('published-title')}</h1>
<p>${new SafeHtml(t('published-feeds', { json: '<a href="/questions/published.json">published.json</a>', atom: '<a href="/questions/published.atom">published.atom</a>' }))}</p>
${kitAvailable ? html`<gov-faq src="/questions/published.json" heading-level="2" lang="${lang}">${fallback}</gov-faq>` : fallback}`;
    const head = kitAvailable
      ? html`<link rel="stylesheet" href="/govkit/govkit-lightdom.css"><script type="module" src="/govkit/govkit.js"></script>`
      : undefined;
    this.send(ctx, 200, this.page(ctx, t('published-title'), 'questions', main, { head }));
  }

  // ── Audit log ──────────────────────────────────────────────────────────────────────

  async audit(ctx) {
    const { t, lang } = ctx;
    const actor = (ctx.url.searchParams.get('actor') ?? '').slice(0, 64);
    const action = (ctx.url.searchParams.get('action') ?? '').slice(0, 64);
    const page = pageNumber(ctx.url);
    await this.store.addAudit(this.entry(ctx, 'audit.view', undefined, { actor: actor || undefined, action: action || undefined, page }));
    const { rows, total } = await this.store.listAudit({ actor: actor || undefined, action: action || undefined, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const main = html`<h1>${t('audit-title')}</h1>
<p>${t('audit-intro')}</p>
<form method="get" action="/staff/audit"><fieldset><legend>${t('filter-legend')}</legend><div class="filters">
  <div><label for="actor">${t('filter-actor')}</label><input type="text" id="actor" name="actor" value="${actor}"></div>
  <div><label for="action">${t('filter-action')}</label><input type="text" id="action" name="action" value="${action}"></div>
  <div><button type="submit">${t('filter-apply')}</button></div>
</div></fieldset></form>
<p role="status">${t('count-shown', { total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) })}</p>
<div class="table-wrap"><table>
<thead><tr><th scope="col">${t('col-when')}</th><th scope="col">${t('col-who')}</th><th scope="col">${t('col-role')}</th><th scope="col">${t('col-action')}</th><th scope="col">${t('col-target')}</th><th scope="col">${t('col-detail')}</th></tr></thead>
<tbody>${rows.map(
      (row) => html`<tr><td>${time(row.at, lang)}</td><td>${row.actor}</td><td>${row.role ? t(`role-${row.role}`) : ''}</td><td><code>${row.action}</code></td><td>${row.target ?? ''}</td><td>${row.detail ? html`<code>${JSON.stringify(row.detail)}</code>` : ''}</td></tr>`,
    )}</tbody></table></div>
${pager(ctx, page, total, '/staff/audit', { actor, action })}`;
    this.send(ctx, 200, this.page(ctx, t('audit-title'), 'audit', main));
  }

  // ── Accounts ───────────────────────────────────────────────────────────────────────

  /** @param {Context} ctx @param {{ status?: number, problem?: string }} [options] */
  async accounts(ctx, { status = 200, problem = '' } = {}) {
    const { t } = ctx;
    const accounts = await this.store.listStaff();
    const csrf = html`<input type="hidden" name="_csrf" value="${ctx.session.csrfToken}">`;
    const roleSelect = (id, selected) => html`<select id="${id}" name="role">${ROLES.map(
      (role) => html`<option value="${role}"${role === selected ? html` selected` : ''}>${t(`role-${role}`)}</option>`,
    )}</select>`;
    const done = ctx.url.searchParams.get('done');
    const main = html`<h1>${t('accounts-title')}</h1>
${done && DONE.has(done) ? html`<p class="notice" role="status">${t(`done-${done}`)}</p>` : ''}
${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
<div class="table-wrap"><table>
<thead><tr><th scope="col">${t('col-username')}</th><th scope="col">${t('col-display-name')}</th><th scope="col">${t('col-role')}</th><th scope="col">${t('col-active')}</th><th scope="col">${t('account-reset-password')}</th></tr></thead>
<tbody>${accounts.map(
      (a) => html`<tr>
<td>${a.username}</td>
<td colspan="3"><form method="post" action="/staff/accounts/${a.id}" class="filters">${csrf}<input type="hidden" name="op" value="update">
  <div><label for="name-${a.id}">${t('col-display-name')}</label><input type="text" id="name-${a.id}" name="display_name" value="${a.displayName}" required maxlength="200"></div>
  <div><label for="role-${a.id}">${t('col-role')}</label>${roleSelect(`role-${a.id}`, a.role)}</div>
  <div><label for="active-${a.id}"><input type="checkbox" id="active-${a.id}" name="active" value="1"${a.active ? html` checked` : ''}> ${t('col-active')}</label></div>
  <div><button type="submit">${t('account-save')}</button></div>
</form></td>
<td><form method="post" action="/staff/accounts/${a.id}">${csrf}<input type="hidden" name="op" value="password">
  <label for="pw-${a.id}">${t('new-password', { min: PASSWORD_MIN })}</label>
  <input type="password" id="pw-${a.id}" name="new_password" autocomplete="new-password" minlength="${PASSWORD_MIN}" required>
  <button type="submit" class="secondary">${t('account-reset-password')}</button>
</form></td>
</tr>`,
    )}</tbody></table></div>
<h2>${t('account-create')}</h2>
<form method="post" action="/staff/accounts">${csrf}
  <label for="new-username">${t('col-username')}</label><input type="text" id="new-username" name="username" required pattern="[a-z0-9][a-z0-9._\\-]{1,63}" autocomplete="off">
  <label for="new-name">${t('col-display-name')}</label><input type="text" id="new-name" name="display_name" required maxlength="200">
  <label for="new-role">${t('col-role')}</label>${roleSelect('new-role', 'reporter')}
  <label for="new-password">${t('new-password', { min: PASSWORD_MIN })}</label><input type="password" id="new-password" name="password" autocomplete="new-password" minlength="${PASSWORD_MIN}" required>
  <p><button type="submit">${t('account-create')}</button></p>
</form>`;
    this.send(ctx, status, this.page(ctx, t('accounts-title'), 'accounts', main));
  }

  async createAccount(ctx) {
    const { form, t } = ctx;
    const username = String(form.get('username') ?? '').trim().toLowerCase();
    const displayName = String(form.get('display_name') ?? '').trim();
    const role = String(form.get('role') ?? '');
    const password = String(form.get('password') ?? '');
    if (!USERNAME.test(username) || !displayName || displayName.length > 200 || !ROLES.includes(role)) {
      return this.accounts(ctx, { status: 400, problem: t('account-invalid') });
    }
    if (password.length < PASSWORD_MIN || password.length > 1024) {
      return this.accounts(ctx, { status: 400, problem: t('password-short', { min: PASSWORD_MIN }) });
    }
    const id = randomUUID();
    const created = await this.store.createStaff(
      { id, username, displayName, role, passwordHash: await hashPassword(password, this.config.scryptCost), at: new Date().toISOString() },
      this.entry(ctx, 'account.create', username, { role }),
    );
    if (!created) return this.accounts(ctx, { status: 409, problem: t('account-exists') });
    redirect(ctx.res, href('/staff/accounts', { done: 'account' }));
  }

  async updateAccount(ctx) {
    const { form, t } = ctx;
    const id = ctx.params[0];
    const account = ID.test(id) ? await this.store.staffById(id) : undefined;
    if (!account) return this.message(ctx, 404, 'not-found', 'not-found');
    const at = new Date().toISOString();
    if (form.get('op') === 'password') {
      const password = String(form.get('new_password') ?? '');
      if (password.length < PASSWORD_MIN || password.length > 1024) {
        return this.accounts(ctx, { status: 400, problem: t('password-short', { min: PASSWORD_MIN }) });
      }
      await this.store.updateStaff(
        id,
        { passwordHash: await hashPassword(password, this.config.scryptCost), at, keepSession: account.id === ctx.staff.id ? ctx.session.idHash : undefined },
        this.entry(ctx, 'account.password', account.username),
      );
      return redirect(ctx.res, href('/staff/accounts', { done: 'account' }));
    }
    const displayName = String(form.get('display_name') ?? '').trim();
    const role = String(form.get('role') ?? '');
    const active = form.get('active') === '1';
    if (!displayName || displayName.length > 200 || !ROLES.includes(role)) {
      return this.accounts(ctx, { status: 400, problem: t('account-invalid') });
    }
    if (account.id === ctx.staff.id && (!active || role !== account.role)) {
      return this.accounts(ctx, { status: 400, problem: t('account-self') });
    }
    await this.store.updateStaff(
      id,
      { displayName, role, active, at },
      this.entry(ctx, 'account.update', account.username, { role, active, displayNameChanged: displayName !== account.displayName }),
    );
    redirect(ctx.res, href('/staff/accounts', { done: 'account' }));
  }

  /** @param {Context} ctx @param {{ status?: number, problem?: string }} [options] */
  async passwordPage(ctx, { status = 200, problem = '' } = {}) {
    const { t } = ctx;
    const done = ctx.url.searchParams.get('done');
    const main = html`<h1>${t('password-title')}</h1>
${done === 'password' ? html`<p class="notice" role="status">${t('done-password')}</p>` : ''}
${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
<form method="post" action="/staff/password">
  <input type="hidden" name="_csrf" value="${ctx.session.csrfToken}">
  <input type="text" name="username" value="${ctx.staff.username}" autocomplete="username" hidden>
  <label for="current">${t('current-password')}</label><input type="password" id="current" name="current" autocomplete="current-password" required>
  <label for="new">${t('new-password', { min: PASSWORD_MIN })}</label><input type="password" id="new" name="new_password" autocomplete="new-password" minlength="${PASSWORD_MIN}" required>
  <label for="confirm">${t('confirm-password')}</label><input type="password" id="confirm" name="confirm" autocomplete="new-password" minlength="${PASSWORD_MIN}" required>
  <p><button type="submit">${t('password-change')}</button></p>
</form>`;
    this.send(ctx, status, this.page(ctx, t('password-title'), 'password', main));
  }

  async changePassword(ctx) {
    const { form, t } = ctx;
    const current = String(form.get('current') ?? '');
    const next = String(form.get('new_password') ?? '');
    if (!(await verifyPassword(current, ctx.staff.passwordHash))) {
      await this.store.addAudit(this.entry(ctx, 'password.change-failed'));
      return this.passwordPage(ctx, { status: 400, problem: t('password-wrong') });
    }
    if (next.length < PASSWORD_MIN || next.length > 1024) return this.passwordPage(ctx, { status: 400, problem: t('password-short', { min: PASSWORD_MIN }) });
    if (next !== form.get('confirm')) return this.passwordPage(ctx, { status: 400, problem: t('password-mismatch') });
    await this.store.updateStaff(
      ctx.staff.id,
      { passwordHash: await hashPassword(next, this.config.scryptCost), at: new Date().toISOString(), keepSession: ctx.session.idHash },
      this.entry(ctx, 'password.change'),
    );
    redirect(ctx.res, href('/staff/password', { done: 'password' }));
  }
}

function redirect(res, location, headers = {}) {
  res.writeHead(303, { location, 'cache-control': 'no-store', 'content-length': 0, ...headers });
  res.end();
}

/** Only a path inside /staff/ (no scheme, no `//host`, no backslash tricks) may be a redirect target. */
function safeNext(next) {
  const value = String(next ?? '');
  return /^\/staff\/[^\\]*$/.test(value) && !value.startsWith('//') && !/[\r\n]/.test(value) ? value : '/staff/';
}

function isHttps(req, trustProxy) {
  if (/** @type {any} */ (req.socket).encrypted) return true;
  return trustProxy && String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim() === 'https';
}

/** A form post must come from our own pages: Origin, when the browser sends it, names this host. */
function sameOrigin(req, secure) {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers.host;
  return origin === `${secure ? 'https' : 'http'}://${host}` || origin === `https://${host}` || origin === `http://${host}`;
}

function pageNumber(url) {
  const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10);
  return Number.isFinite(page) && page >= 1 && page <= 100_000 ? page : 1;
}

function pager(ctx, page, total, path, query) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return '';
  return html`<nav class="pager" aria-label="${ctx.t('count-shown', { total, page, pages })}">
${page > 1 ? html`<a href="${href(path, { ...query, page: page - 1 })}" rel="prev">${ctx.t('previous')}</a>` : ''}
${page < pages ? html`<a href="${href(path, { ...query, page: page + 1 })}" rel="next">${ctx.t('next')}</a>` : ''}
</nav>`;
}

/** Midnight in Bangkok (UTC+7, no daylight saving) of a `YYYY-MM-DD` day, plus `addDays`, as UTC ISO. */
function bangkokDayStart(day, addDays = 0) {
  if (!DATE.test(day)) return undefined;
  const time = Date.parse(`${day}T00:00:00+07:00`);
  if (Number.isNaN(time)) return undefined;
  return new Date(time + addDays * 86_400_000).toISOString();
}

function excerpt(text, length) {
  const value = String(text ?? '');
  return value.length > length ? `${value.slice(0, length - 1)}…` : value;
}

/** Text in the reader's language from a string or `{ th, en }`. */
function localized(text, lang) {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object') return text[lang] ?? text.th ?? text.en;
  return undefined;
}

/** A submission's data as a two-column table, labelled as the form labels its fields. */
function dataTable(t, lang, data, form) {
  const properties = form?.schema?.properties ?? {};
  const keys = [...new Set([...Object.keys(properties).filter((key) => key in data), ...Object.keys(data)])];
  return html`<div class="table-wrap"><table>
<thead><tr><th scope="col">${t('col-field')}</th><th scope="col">${t('col-value')}</th></tr></thead>
<tbody>${keys.map((key) => {
    const title = localized(form?.labels?.get(`/${key}`), lang) ?? (typeof properties[key]?.title === 'string' ? properties[key].title : undefined);
    const value = data[key];
    return html`<tr><th scope="row">${title ? html`${title} <small>(${key})</small>` : key}</th><td>${
      value !== null && typeof value === 'object' ? html`<pre>${JSON.stringify(value, null, 2)}</pre>` : html`<span class="value">${String(value)}</span>`
    }</td></tr>`;
  })}</tbody></table></div>`;
}
