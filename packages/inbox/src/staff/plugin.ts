import fastifyCookie from '@fastify/cookie';
import fastifyFormbody from '@fastify/formbody';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preferredLang } from '../http/messages.js';
import { RateLimiter } from '../rate-limit.js';
import { can, sameToken, tokenHash, type Permission } from './auth.js';
import { entry, message, redirect, type Ctx, type SignedIn, type StaffDeps } from './context.js';
import { translator } from './i18n.js';
import { accountRoutes } from './screens/accounts.js';
import { auditRoutes } from './screens/audit.js';
import { contentRoutes } from './screens/content.js';
import { questionRoutes } from './screens/questions.js';
import { signInRoutes } from './screens/sign-in.js';
import { submissionRoutes } from './screens/submissions.js';

const css = readFileSync(fileURLToPath(new URL('../../assets/staff.css', import.meta.url)));
const editorScript = readFileSync(fileURLToPath(new URL('../../assets/content-editor.js', import.meta.url)));
/**
 * The browser half of the content editor: schema-form's three plain ES modules (no imports
 * beyond each other), read from the installed @govkit-th/schemas, served under the staff
 * CSP's `script-src 'self'` so the editor's `answersToData` is the very code the server's
 * form was made with.
 */
const schemaFormDir = dirname(createRequire(import.meta.url).resolve('@govkit-th/schemas/schema-form'));
const schemaFormFiles = new Map(
  ['schema-form.js', 'common.js', 'schema-form-labels.js'].map((name) => [
    name,
    readFileSync(join(schemaFormDir, name), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n'),
  ]),
);
const FORM_BODY_LIMIT = 64 * 1024;
export const SESSION_COOKIE = 'gk_session';
export const LANG_COOKIE = 'gk_lang';
/** Where a parsed JSON body is kept, apart from form fields (a symbol no form can post). */
const JSON_BODY = Symbol('json body');

export interface Access {
  /** Needs a session (default true). */
  auth?: boolean;
  permission?: Permission;
  /** A larger body than the forms' 64 KB (a content item's JSON). */
  bodyLimit?: number;
}

type Handler = (ctx: Ctx) => Promise<unknown> | unknown;
type SignedInHandler = (ctx: SignedIn) => Promise<unknown> | unknown;

/** How the screens add their routes: a path under /staff, who may use it, and the handler. */
export interface StaffRouter {
  get(path: string, access: Access & { auth: false }, run: Handler): void;
  get(path: string, access: Access, run: SignedInHandler): void;
  post(path: string, access: Access & { auth: false }, run: Handler): void;
  post(path: string, access: Access, run: SignedInHandler): void;
  limiters: { byAddress: RateLimiter; byName: RateLimiter };
}

declare module 'fastify' {
  interface FastifyRequest {
    staffCtx: Ctx;
  }
}

/**
 * The staff side, `/staff/…`: server-rendered pages in Thai and English. Sign-in with
 * scrypt-hashed passwords; sessions in HttpOnly, SameSite=Strict cookies, stored hashed;
 * a synchroniser CSRF token (kept with the session, so it needs no second cookie) on
 * every form; each role sees and does only its part; every action goes to the audit log.
 */
export async function staffPages(app: FastifyInstance, deps: StaffDeps): Promise<void> {
  const { config, store } = deps;
  await app.register(fastifyCookie);
  app.removeAllContentTypeParsers();
  await app.register(fastifyFormbody, { bodyLimit: FORM_BODY_LIMIT });
  // JSON for scripts and the e-form editor on the content save route (CSRF token in X-CSRF-Token).
  app.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
    (_request, body, done) => {
      try {
        done(null, { [JSON_BODY]: JSON.parse(String(body)) });
      } catch {
        done(Object.assign(new Error('invalid JSON'), { statusCode: 400 }), undefined);
      }
    },
  );
  app.decorateRequest('staffCtx', null as unknown as Ctx);
  const allowed = new Map<string, Set<string>>();

  app.addHook('onRequest', async (request, reply) => {
    const cookies = request.cookies;
    const query = request.query as Record<string, string>;
    const chosen = cookies[LANG_COOKIE];
    const lang =
      query.lang !== undefined || !(chosen === 'th' || chosen === 'en')
        ? preferredLang(request.headers, query.lang)
        : chosen;
    request.staffCtx = {
      request,
      reply,
      deps,
      lang,
      t: translator(lang),
      ipHash: request.ipHash,
      params: request.params as Record<string, string>,
      query,
      secure: config.secureCookies === true || (config.secureCookies === 'auto' && request.protocol === 'https'),
    };
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const ctx = request.staffCtx ?? {
      request,
      reply,
      deps,
      lang: 'th',
      t: translator('th'),
      ipHash: '',
      params: {},
      query: {},
      secure: false,
    };
    if (error.statusCode === 413 || error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      reply.header('connection', 'close');
      return message(ctx, 413, 'error-title', 'error-body');
    }
    if (error.statusCode === 415) return message(ctx, 415, 'error-title', 'csrf-failed');
    if (error.statusCode === 400) return message(ctx, 400, 'error-title', 'invalid-json');
    deps.logger.error('request failed', { route: '/staff', error: error.message, code: error.code });
    return message(ctx, 500, 'error-title', 'error-body');
  });

  app.setNotFoundHandler(async (request, reply) => {
    const ctx = request.staffCtx;
    const path = request.url.split('?')[0] ?? '';
    for (const [pattern, methods] of allowed) {
      if (new RegExp(`^${pattern.replace(/:[^/]+/g, '[^/]+')}$`).test(path)) {
        reply.header('allow', [...methods].join(', '));
        return message(ctx, 405, 'error-title', 'error-body');
      }
    }
    return message(ctx, 404, 'not-found', 'not-found');
  });

  /** The session from its cookie; slides the idle expiry, never past the absolute one. */
  async function loadSession(ctx: Ctx): Promise<boolean> {
    const token = ctx.request.cookies[SESSION_COOKIE];
    if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return false;
    const idHash = tokenHash(token);
    const now = new Date();
    const found = await store.session(idHash, now.toISOString());
    if (!found) return false;
    ctx.staff = found.staff;
    ctx.session = found.session;
    if (now.getTime() - Date.parse(found.session.lastSeenAt) > 60_000) {
      const absolute = Date.parse(found.session.createdAt) + config.sessionHours * 3_600_000;
      const expires = Math.min(absolute, now.getTime() + config.sessionIdleMinutes * 60_000);
      await store.touchSession(idHash, now.toISOString(), new Date(expires).toISOString());
    }
    return true;
  }

  /** Before the body is read: the session, the role's permission, and that a post comes from our own pages. */
  async function guard(
    request: FastifyRequest,
    reply: FastifyReply,
    access: Access,
  ): Promise<FastifyReply | undefined> {
    const ctx = request.staffCtx;
    const signedIn = await loadSession(ctx);
    if (access.auth !== false || access.permission) {
      if (!signedIn) {
        if (request.method === 'GET' || request.method === 'HEAD')
          return redirect(reply, `/staff/sign-in?next=${encodeURIComponent(request.url)}`);
        return message(ctx, 403, 'forbidden-title', 'csrf-failed');
      }
      if (access.permission && !can(ctx.staff, access.permission)) {
        await store.addAudit(entry(ctx, 'access.denied', request.url.split('?')[0], { permission: access.permission }));
        return message(ctx, 403, 'forbidden-title', 'forbidden');
      }
    }
    if (request.method === 'POST' && !sameOrigin(request, ctx.secure))
      return message(ctx, 403, 'forbidden-title', 'csrf-failed');
    return undefined;
  }

  /** After the body is read: a signed-in post must carry the session's CSRF token. */
  async function checkCsrf(
    request: FastifyRequest,
    reply: FastifyReply,
    needsToken: boolean,
  ): Promise<FastifyReply | undefined> {
    const ctx = request.staffCtx;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const json = JSON_BODY in body;
    if (json) ctx.json = body[JSON_BODY];
    ctx.form = json
      ? {}
      : Object.fromEntries(
          Object.entries(body).map(([key, value]) => [key, String(Array.isArray(value) ? value[0] : value)]),
        );
    const token = json ? request.headers['x-csrf-token'] : ctx.form._csrf;
    if (needsToken && ctx.session && !sameToken(token ?? '', ctx.session.csrfToken)) {
      await store.addAudit(entry(ctx, 'csrf.rejected', request.url.split('?')[0]));
      return message(ctx, 403, 'forbidden-title', 'csrf-failed');
    }
    return reply.sent ? reply : undefined;
  }

  const add = (method: 'GET' | 'POST', path: string, access: Access, run: Handler) => {
    const full = `/staff${path === '/' ? '/?' : path}`;
    allowed.set(full, new Set([...(allowed.get(full) ?? []), method]));
    app.route({
      method,
      url: path,
      config: { name: '/staff' },
      ...(access.bodyLimit ? { bodyLimit: access.bodyLimit } : {}),
      onRequest: async (request, reply) => {
        const refused = await guard(request, reply, access);
        if (refused) return refused;
      },
      ...(method === 'POST'
        ? {
            preHandler: async (request: FastifyRequest, reply: FastifyReply) =>
              checkCsrf(request, reply, access.auth !== false),
          }
        : {}),
      handler: async (request) => {
        await run(request.staffCtx);
      },
    });
  };
  const router: StaffRouter = {
    get: ((path: string, access: Access, run: Handler) => add('GET', path, access, run)) as StaffRouter['get'],
    post: ((path: string, access: Access, run: Handler) => add('POST', path, access, run)) as StaffRouter['post'],
    limiters: {
      byAddress: new RateLimiter(config.rateLimit.signIn),
      byName: new RateLimiter({
        perMinute: config.rateLimit.signIn.perMinute,
        burst: config.rateLimit.signIn.burst * 2,
      }),
    },
  };

  router.get('/', { auth: true }, (ctx) =>
    redirect(
      ctx.reply,
      can(ctx.staff, 'submissions.read')
        ? '/staff/submissions'
        : can(ctx.staff, 'questions.read')
          ? '/staff/questions'
          : '/staff/content',
    ),
  );
  router.get('/assets/staff.css', { auth: false }, (ctx) =>
    ctx.reply
      .headers({
        'content-type': 'text/css; charset=utf-8',
        'cache-control': 'public, max-age=3600',
        'x-content-type-options': 'nosniff',
      })
      .send(css),
  );
  const script = (body: Buffer | string) => (ctx: Ctx) =>
    ctx.reply
      .headers({
        'content-type': 'text/javascript; charset=utf-8',
        'cache-control': 'public, max-age=3600',
        'x-content-type-options': 'nosniff',
      })
      .send(body);
  router.get('/assets/content-editor.js', { auth: false }, script(editorScript));
  for (const [name, body] of schemaFormFiles) router.get(`/assets/schema-form/${name}`, { auth: false }, script(body));
  signInRoutes(router, LANG_COOKIE, SESSION_COOKIE);
  submissionRoutes(router);
  questionRoutes(router);
  contentRoutes(router);
  auditRoutes(router);
  accountRoutes(router);
}

/** A form post must come from our own pages: Origin, when the browser sends it, names this host. */
function sameOrigin(request: FastifyRequest, secure: boolean): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  const host = request.headers.host;
  return (
    origin === `${secure ? 'https' : 'http'}://${host}` || origin === `https://${host}` || origin === `http://${host}`
  );
}
