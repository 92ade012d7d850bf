import type { FastifyReply, FastifyRequest } from 'fastify';
import type { InboxConfig } from '../config.js';
import type { FormRegistry } from '../forms.js';
import type { Logger } from '../log.js';
import type { Notifier } from '../notify.js';
import type { AuditEntry, Session, Staff, Store } from '../store/index.js';
import { randomUUID } from 'node:crypto';
import { STAFF_CSP, SafeHtml, html, layout } from './html.js';
import type { Lang, Translate } from './i18n.js';

export interface StaffDeps {
  store: Store;
  forms: FormRegistry;
  config: InboxConfig;
  logger: Logger;
  secret: string;
  notify: Notifier;
}

/** One staff request: who is signed in, in which language, and the posted form. */
export interface Ctx {
  request: FastifyRequest;
  reply: FastifyReply;
  deps: StaffDeps;
  lang: Lang;
  t: Translate;
  ipHash: string;
  secure: boolean;
  staff?: Staff;
  session?: Session;
  form?: Record<string, string>;
  /** A JSON body (the content save route), apart from form fields. */
  json?: unknown;
  params: Record<string, string>;
  query: Record<string, string>;
}

/** A signed-in request (the router guarantees these on routes that need a session). */
export type SignedIn = Ctx & { staff: Staff; session: Session };

export const PAGE_SIZE = 50;
export const ID = /^[A-Za-z0-9-]{1,64}$/;

/** An audit-log entry for this request. No personal data in `detail`. */
export function entry(ctx: Ctx, action: string, target?: string, detail?: Record<string, unknown>): AuditEntry {
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

export function page(
  ctx: Ctx,
  title: string,
  current: string | undefined,
  main: SafeHtml,
  extra: { head?: SafeHtml; alert?: SafeHtml | '' } = {},
): SafeHtml {
  return layout(
    {
      t: ctx.t,
      lang: ctx.lang,
      title,
      staff: ctx.staff,
      csrf: ctx.session?.csrfToken,
      current,
      agency: ctx.deps.config.agencyName,
      path: ctx.request.url,
      demo: ctx.deps.config.demo,
      ...extra,
    },
    main,
  );
}

export function send(
  ctx: Ctx,
  status: number,
  body: SafeHtml | string,
  headers: Record<string, string> = {},
): FastifyReply {
  return ctx.reply
    .code(status)
    .headers({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': STAFF_CSP,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      // not no-referrer: under it, browsers send `Origin: null` with our own form posts
      'referrer-policy': 'same-origin',
      'content-language': ctx.lang,
      vary: 'Accept-Language, Cookie',
      ...headers,
    })
    .send(String(body));
}

export function message(
  ctx: Ctx,
  status: number,
  titleKey: string,
  bodyKey: string,
  params: Record<string, unknown> = {},
): FastifyReply {
  const { t } = ctx;
  return send(
    ctx,
    status,
    page(
      ctx,
      t(titleKey),
      undefined,
      html`<h1>${t(titleKey)}</h1><p>${t(bodyKey, params)}</p>
<p><a href="/staff/">${t('back-to-list')}</a></p>`,
    ),
  );
}

/** 303 to a path of ours; the path is percent-encoded (a raw Thai letter cannot go in a header). */
export function redirect(reply: FastifyReply, location: string): FastifyReply {
  return reply
    .code(303)
    .headers({ location: encodeLocation(location), 'cache-control': 'no-store' })
    .send();
}

function encodeLocation(location: string): string {
  const url = new URL(location, 'http://inbox.invalid');
  return url.pathname + url.search;
}

/** Only a path inside /staff/ (no scheme, no `//host`, no backslash tricks) may be a redirect target. */
export function safeNext(next: unknown): string {
  const value = String(next ?? '');
  return /^\/staff\/[^\\]*$/.test(value) && !value.startsWith('//') && !/[\r\n]/.test(value) ? value : '/staff/';
}

export function pageNumber(ctx: Ctx): number {
  const page = Number.parseInt(ctx.query.page ?? '1', 10);
  return Number.isFinite(page) && page >= 1 && page <= 100_000 ? page : 1;
}

export function pager(
  ctx: Ctx,
  pageNo: number,
  total: number,
  path: string,
  query: Record<string, unknown>,
): SafeHtml | '' {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return '';
  const href = (n: number) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...query, page: n }) as [string, unknown][])
      if (value !== undefined && value !== '') search.set(key, String(value));
    return `${path}?${search}`;
  };
  return html`<nav class="pager" aria-label="${ctx.t('count-shown', { total, page: pageNo, pages })}">
${pageNo > 1 ? html`<a href="${href(pageNo - 1)}" rel="prev">${ctx.t('previous')}</a>` : ''}
${pageNo < pages ? html`<a href="${href(pageNo + 1)}" rel="next">${ctx.t('next')}</a>` : ''}
</nav>`;
}

/** Text in the reader's language from a string or `{ th, en }`. */
export function localized(text: unknown, lang: Lang): string | undefined {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object') {
    const options = text as { th?: string; en?: string };
    return options[lang] ?? options.th ?? options.en;
  }
  return undefined;
}

export function excerpt(text: unknown, length: number): string {
  const value = String(text ?? '');
  return value.length > length ? `${value.slice(0, length - 1)}…` : value;
}
