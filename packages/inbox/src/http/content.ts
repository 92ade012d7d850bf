import { alertsHtml } from '@govkit-th/core/alerts-html';
import { nextAlertChange, type AlertsData } from '@govkit-th/schemas';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { InboxConfig } from '../config.js';
import { PublicFile, publicBody } from '../content/public-files.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/index.js';
import { HttpError } from './messages.js';
import { sendError } from './reply.js';

interface Cached {
  stamp: string;
  /** Encoded once per change, not once per request (news.json with 1,000 items is ~0.9 MB). */
  body: Buffer;
  /** The same body gzipped, also once per change: a browser or proxy asks for it (0.9 MB → about 0.1 MB). */
  gzipped: Buffer;
  etag: string;
  lastModified: string;
  contentType: string;
}

/**
 * Cache-Control of the public content: a reverse proxy or browser may reuse an answer for
 * a minute, and for five more minutes while it revalidates in the background, so a
 * publication shows within about a minute and a busy site sends the desk at most one
 * request a minute per file; the ETag makes each revalidation a cheap 304.
 */
export const CONTENT_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/**
 * `GET /content/…`: the published content at stable public URLs (`{type}.json`,
 * `news.rss`, `news.atom`, `calendar.ics`, `govkit.json`, `eforms/{id}.json`). Only
 * published versions; any origin may read them (CORS `*`, no credentials). Each body is
 * made once per change: a request reads the types' change serials (one small query) and
 * serves the cached body while they are unchanged, across processes too, since the
 * serials live in the database. Strong ETag (the body's hash), Last-Modified (the last
 * publication or withdrawal), conditional GET answered 304.
 */
export async function contentRoutes(
  app: FastifyInstance,
  deps: { store: Store; config: InboxConfig; logger: Logger },
): Promise<void> {
  const cache = new Map<string, Cached>();
  const building = new Map<string, Promise<Cached | undefined>>();

  async function current(file: PublicFile): Promise<Cached | undefined> {
    const stamps = await deps.store.contentStamps();
    const relevant = file.types ? stamps.filter((s) => file.types!.includes(s.type)) : stamps;
    const stamp = relevant
      .map((s) => `${s.type}:${s.serial}`)
      .sort()
      .join(',');
    const cached = cache.get(file.key);
    if (cached && cached.stamp === stamp) return cached;
    const pending = building.get(file.key);
    if (pending) return pending;
    const changedAt = relevant.reduce((latest, s) => (s.changedAt > latest ? s.changedAt : latest), '');
    const build = (async () => {
      const made = await publicBody(deps, file, changedAt || new Date(0).toISOString());
      if (made === undefined) return undefined;
      const entry: Cached = {
        stamp,
        body: Buffer.from(made.body),
        gzipped: gzipSync(made.body),
        etag: `"${createHash('sha256').update(made.body).digest('base64url').slice(0, 32)}"`,
        lastModified: new Date(changedAt || 0).toUTCString(),
        contentType: made.contentType,
      };
      cache.set(file.key, entry);
      return entry;
    })().finally(() => building.delete(file.key));
    building.set(file.key, build);
    return build;
  }

  const headers = {
    'access-control-allow-origin': '*',
    'cache-control': CONTENT_CACHE_CONTROL,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  };

  async function serve(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const { file: name, id } = request.params as { file?: string; id?: string };
    const file = PublicFile.parse(id === undefined ? name : `eforms/${id}`);
    const lang = request.publicState.lang;
    if (!file) return sendError(reply, new HttpError(404, 'not-found'), lang, { 'access-control-allow-origin': '*' });
    const found = await current(file);
    if (!found) return sendError(reply, new HttpError(404, 'not-found'), lang, { 'access-control-allow-origin': '*' });
    // Each encoding is its own representation with its own strong ETag (RFC 9110 8.8.3).
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const etag = gzip ? `${found.etag.slice(0, -1)}-gz"` : found.etag;
    reply.headers({ ...headers, vary: 'accept-encoding', etag, 'last-modified': found.lastModified });
    if (notModified(request, etag, found.lastModified)) return reply.code(304).send();
    reply.code(200).header('content-type', found.contentType);
    return gzip ? reply.header('content-encoding', 'gzip').send(found.gzipped) : reply.send(found.body);
  }

  /**
   * `GET /content/alerts.html?lang=th&heading-level=2`: the urgent notices in force now, as the
   * HTML `gov-alert` renders (core's alertsHtml), for a site's server to put inside the
   * element with a server-side include (nginx `ssi on`, Apache mod_include), so a reader sees
   * them in the first paint and without JavaScript. Written at each request from the
   * published alerts.json, so an ended notice is never served; kept by a proxy no longer than
   * a minute, and never past the next moment a notice starts or ends. Empty when none is in force.
   */
  const parsedAlerts = new WeakMap<Cached, AlertsData>();
  app.get('/content/alerts.html', { config: { name: '/content/alerts.html' } }, async (request, reply) => {
    const query = request.query as Record<string, string | undefined>;
    const found = await current(PublicFile.parse('alerts.json')!);
    let data = found && parsedAlerts.get(found);
    if (found && !data) parsedAlerts.set(found, (data = JSON.parse(found.body.toString('utf8')) as AlertsData));
    const now = Date.now();
    const untilChange = (nextAlertChange(data?.alerts ?? [], now) - now) / 1000;
    const maxAge = Math.max(0, Math.min(60, Math.floor(untilChange)));
    reply.headers({
      ...headers,
      'cache-control': `public, max-age=${maxAge}`,
      'content-type': 'text/html; charset=utf-8',
    });
    const lang = query.lang === 'en' ? 'en' : 'th';
    const headingLevel = Number(query['heading-level'] ?? 2);
    return reply.send(data ? alertsHtml(data, { lang, now, headingLevel }) : '');
  });
  app.get('/content/:file', { config: { name: '/content/{file}' } }, serve);
  app.get('/content/eforms/:id', { config: { name: '/content/eforms/{id}' } }, serve);
  for (const url of ['/content/:file', '/content/eforms/:id']) {
    app.options(url, { config: { name: '/content' } }, async (_request, reply) =>
      reply
        .code(204)
        .headers({
          'access-control-allow-origin': '*',
          'access-control-allow-methods': 'GET, HEAD',
          'access-control-max-age': '600',
        })
        .send(),
    );
  }
}

/** RFC 9110: If-None-Match wins (weak comparison); If-Modified-Since only without it. */
function notModified(request: FastifyRequest, etag: string, lastModified: string): boolean {
  const match = request.headers['if-none-match'];
  if (match !== undefined) {
    return match
      .split(',')
      .map((tag) => tag.trim().replace(/^W\//, ''))
      .some((tag) => tag === '*' || tag === etag);
  }
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return Number.isFinite(since) && Date.parse(lastModified) <= since;
}
