import fastifyStatic from '@fastify/static';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { InboxConfig } from '../config.js';
import type { FormRegistry } from '../forms.js';
import { publishedAtom, publishedQuestions } from '../published.js';
import { RateLimiter } from '../rate-limit.js';
import type { Store } from '../store/index.js';
import { idempotencyKey, loggableFormId, type SubmissionReceiver } from '../submissions.js';
import { clientAddress } from './client-address.js';
import { contentRoutes } from './content.js';
import { HttpError, preferredLang, type Lang } from './messages.js';
import { asHttpError, sendError, sendJson } from './reply.js';

export interface PublicDeps {
  config: InboxConfig;
  store: Store;
  forms: FormRegistry;
  receiver: SubmissionReceiver;
  submitLimiter: RateLimiter;
}

/** What a public request carries from its first check to its answer (and its log line). */
export interface PublicState {
  lang: Lang;
  cors: Record<string, string>;
  formId?: string;
  outcome?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    publicState: PublicState;
  }
  interface FastifyContextConfig {
    /** The route's name in logs, as the contract writes it. */
    name?: string;
  }
}

const OTHER_METHODS = ['GET', 'PUT', 'DELETE', 'PATCH'] as const;

/**
 * The public API: the three submission routes (CORS for the configured origins, a rate
 * limit per address, JSON only), the published Q&A, health, and the kit's bundle.
 */
export async function publicRoutes(app: FastifyInstance, deps: PublicDeps): Promise<void> {
  const { config, forms, receiver, submitLimiter } = deps;
  const allowAny = config.origins.includes('*');
  const origins = new Set(config.origins);

  app.decorateRequest('publicState', null as unknown as PublicState);
  // Hooks on the hot path take `done` rather than returning a promise: one less promise per request.
  app.addHook('onRequest', (request, _reply, done) => {
    request.publicState = { lang: preferredLang(request.headers, (request.query as { lang?: string }).lang), cors: {} };
    done();
  });
  // The body is read as bytes: the receiver decodes it strictly (invalid UTF-8 is refused).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: config.maxBodyBytes }, (_request, body, done) =>
    done(null, body),
  );
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = asHttpError(error, config.maxBodyBytes);
    const state = request.publicState;
    if (known) {
      if (known.status === 413) reply.header('connection', 'close');
      return sendError(reply, known, state?.lang ?? 'th', state?.cors);
    }
    app.inboxLog.error('request failed', {
      route: request.routeOptions.config?.name,
      error: error.message,
      code: error.code,
      id: randomUUID(),
    });
    return sendError(reply, new HttpError(500, 'internal'), state?.lang ?? 'th');
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, new HttpError(404, 'not-found'), request.publicState?.lang ?? 'th'),
  );

  /** CORS for the submission routes: only the configured origins. */
  function corsFor(request: FastifyRequest): { allowed: boolean; headers: Record<string, string> } {
    const origin = request.headers.origin;
    const allowed = origin === undefined || allowAny || origins.has(origin);
    if (origin === undefined || !allowed) return { allowed, headers: { vary: 'Origin' } };
    return {
      allowed,
      headers: {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'content-type, idempotency-key, accept-language',
        'access-control-expose-headers': 'retry-after, idempotent-replayed',
        'access-control-max-age': '600',
        vary: 'Origin',
      },
    };
  }

  /** Every check that needs no body, cheapest first, before a byte of it is read. */
  function gate(request: FastifyRequest, fixedFormId?: string): void {
    const state = request.publicState;
    const { allowed, headers } = corsFor(request);
    state.cors = headers;
    if (!allowed) throw new HttpError(403, 'origin-denied');
    // The address is worked out (X-Forwarded-For, isIP) only when a limit is on.
    const wait = submitLimiter.enabled ? submitLimiter.take(clientAddress(request)) : 0;
    if (wait > 0) {
      state.outcome = 'rate-limited';
      throw new HttpError(429, 'rate-limited', { params: { seconds: wait }, headers: { 'retry-after': String(wait) } });
    }
    const formId = fixedFormId ?? (request.params as { formId: string }).formId;
    state.formId = loggableFormId(formId);
    if (!forms.get(formId)) throw new HttpError(404, 'unknown-form', { path: '/formId' });
    const [type = '', ...parameters] = String(request.headers['content-type'] ?? '').split(';');
    if (type.trim().toLowerCase() !== 'application/json') throw new HttpError(415, 'unsupported-type');
    const charset = parameters.map((p) => p.trim().toLowerCase()).find((p) => p.startsWith('charset='));
    if (charset && !['charset=utf-8', 'charset="utf-8"', 'charset=utf8'].includes(charset))
      throw new HttpError(415, 'unsupported-charset');
    idempotencyKey(request.headers['idempotency-key']);
  }

  function submissionRoute(url: string, name: string, fixedFormId?: string): void {
    app.route({
      method: 'POST',
      url,
      config: { name },
      onRequest: (request, _reply, done) => {
        try {
          gate(request, fixedFormId);
          done();
        } catch (error) {
          done(error as Error);
        }
      },
      handler: async (request, reply) => {
        const state = request.publicState;
        const formId = fixedFormId ?? (request.params as { formId: string }).formId;
        // The built-in forms are the same whichever route reaches them (and so is their key).
        const kind = formId === 'opinion' || formId === 'question' ? formId : 'form';
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const key = idempotencyKey(request.headers['idempotency-key']);
        const result = await receiver.receive(raw, { kind, formId, lang: state.lang, key });
        state.outcome = result.outcome;
        return sendJson(reply, result.status, result.body, { ...state.cors, ...(result.headers ?? {}) });
      },
    });
    app.route({
      method: 'OPTIONS',
      url,
      config: { name },
      handler: async (request, reply) => {
        const { allowed, headers } = corsFor(request);
        if (request.headers.origin === undefined || !allowed)
          return reply.code(403).headers({ vary: 'Origin', 'content-length': '0' }).send();
        return reply.code(204).headers(headers).send();
      },
    });
    app.route({
      method: [...OTHER_METHODS],
      url,
      config: { name },
      handler: async (request, reply) =>
        sendError(reply, new HttpError(405, 'method-not-allowed'), request.publicState.lang, {
          ...corsFor(request).headers,
          allow: 'POST, OPTIONS',
        }),
    });
  }

  submissionRoute('/forms/:formId/submissions', '/forms/{formId}/submissions');
  submissionRoute('/opinions', '/opinions', 'opinion');
  submissionRoute('/questions', '/questions', 'question');

  for (const format of ['json', 'atom'] as const) {
    const url = `/questions/published.${format}`;
    app.get(url, { config: { name: url } }, async (request, reply) => published(request, reply, format));
    app.route({
      method: ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'],
      url,
      config: { name: url },
      handler: async (request, reply) =>
        sendError(reply, new HttpError(405, 'method-not-allowed'), request.publicState.lang, { allow: 'GET, HEAD' }),
    });
  }

  async function published(
    request: FastifyRequest,
    reply: FastifyReply,
    format: 'json' | 'atom',
  ): Promise<FastifyReply> {
    const board = await publishedQuestions(deps.store, config);
    const etag = `"${board.items.length}-${board.updatedAt}"`;
    reply.headers({
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=60',
      etag,
      'last-modified': new Date(board.updatedAt).toUTCString(),
      'x-content-type-options': 'nosniff',
    });
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    const self = config.publicUrl ? `${config.publicUrl.replace(/\/$/, '')}/questions/published.atom` : undefined;
    const text = format === 'json' ? JSON.stringify(board) : publishedAtom(board, config, self);
    // Pages read the published answers on every visit: gzip them for a browser that takes it
    // (a phone saves most of the bytes; Lighthouse's "enable text compression").
    const gzip = text.length > 1024 && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? gzipSync(text) : text;
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply
      .code(200)
      .header('vary', 'accept-encoding')
      .header(
        'content-type',
        format === 'json' ? 'application/json; charset=utf-8' : 'application/atom+xml; charset=utf-8',
      )
      .send(body);
  }

  await contentRoutes(app, { store: deps.store, config, logger: app.inboxLog });

  app.get('/healthz', { config: { name: '/healthz' } }, async (_request, reply) => {
    let ok = false;
    try {
      ok = await Promise.race([
        deps.store.ping(),
        new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref()),
      ]);
    } catch {
      ok = false;
    }
    return sendJson(reply, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable', database: deps.store.kind });
  });

  app.get('/', { config: { name: '/' } }, async (_request, reply) =>
    sendJson(reply, 200, {
      service: '@govkit-th/inbox',
      endpoints: [
        'POST /forms/{formId}/submissions',
        'POST /opinions',
        'POST /questions',
        'GET /questions/published.json',
        'GET /questions/published.atom',
        'GET /content/{type}.json',
        'GET /content/news.rss',
        'GET /content/news.atom',
        'GET /content/calendar.ics',
        'GET /content/govkit.json',
        'GET /healthz',
        '/staff/',
      ],
    }),
  );

  // The kit's CDN bundle at /govkit/, for the staff pages that use an element.
  await app.register(fastifyStatic, {
    root: config.kitDir,
    prefix: '/govkit/',
    index: false,
    dotfiles: 'deny',
    cacheControl: true,
    maxAge: 3_600_000,
    setHeaders: (reply, path) => {
      reply.header('x-content-type-options', 'nosniff');
      if (path.endsWith('.js')) reply.header('content-type', 'text/javascript; charset=utf-8');
    },
  });
  app.get('/govkit/govkit-lightdom.css', { config: { name: '/govkit/' } }, (_request, reply) =>
    reply.sendFile('govkit-lightdom.css', dirname(config.kitDir)),
  );
}
