import { randomBytes, randomUUID } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { loadConfig } from './config.js';
import { FormRegistry } from './forms.js';
import { GroupCommitter } from './group-commit.js';
import { HttpError, apiMessage, clientAddress, discardBody, preferredLang, sendError, sendJson } from './http.js';
import { createLogger, hashAddress } from './log.js';
import { publishedAtom, publishedQuestions } from './published.js';
import { RateLimiter } from './rate-limit.js';
import { hashPassword } from './staff/auth.js';
import { StaffPages } from './staff/routes.js';
import { openStore } from './store/index.js';
import { SubmissionReceiver } from './submissions.js';

/** The documented demo accounts (INBOX_DEMO=1): one per role, one password. */
export const DEMO_PASSWORD = 'demo-password-2561';
export const DEMO_ACCOUNTS = [
  { username: 'demo-admin', role: 'admin', displayName: 'ผู้ดูแลระบบ (สาธิต)' },
  { username: 'demo-reporter', role: 'reporter', displayName: 'นางสาวสมใจ ใจดี (ผู้รายงาน สาธิต)' },
  { username: 'demo-approver', role: 'approver', displayName: 'นายสมชาย รักษ์งาน (ผู้อนุมัติ สาธิต)' },
  { username: 'demo-publisher', role: 'publisher', displayName: 'นางสมศรี เผยแพร่ (ผู้เผยแพร่ สาธิต)' },
];

const STATIC_TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

const PUBLIC_ROUTES = [
  { name: '/forms/{formId}/submissions', pattern: /^\/forms\/([^/]+)\/submissions$/, kind: 'form' },
  { name: '/opinions', pattern: /^\/opinions$/, kind: 'opinion', formId: 'opinion' },
  { name: '/questions', pattern: /^\/questions$/, kind: 'question', formId: 'question' },
];

/**
 * Builds the inbox: configuration, database (migrated), forms, the HTTP server. `start()`
 * listens; `close()` stops taking requests, lets the last batch commit, closes the database.
 * @param {{ config?: Partial<import('./config.js').InboxConfig>, env?: NodeJS.ProcessEnv, configFile?: string,
 *   logger?: ReturnType<typeof createLogger> }} [options]
 */
export async function createInbox({ config: overrides = {}, env = process.env, configFile, logger } = {}) {
  const config = loadConfig({ env, file: configFile, overrides });
  const log = logger ?? createLogger({ level: config.logLevel });
  const secret = config.secret ?? randomBytes(32).toString('base64url');

  const store = await openStore(config);
  if (store.kind === 'postgres' && (await store.setting('synchronous_commit')) === 'off') {
    log.warn('synchronous_commit is off: a 201 may be lost in a crash; turn it on for the durability the contract promises');
  }
  if (config.demo) await seedDemo(store, config, log);
  else if ((await store.countStaff()) === 0) {
    log.info('no staff accounts yet: create one with `govkit-inbox add-user <username> --role admin`');
  }

  const forms = await FormRegistry.load(config.formsDir, log);
  const committer = new GroupCommitter((records) => store.insertSubmissions(records), {
    maxBatch: config.maxBatch,
    maxInFlight: store.kind === 'sqlite' ? 1 : Math.max(1, Math.floor(config.poolSize / 2)),
  });
  const receiver = new SubmissionReceiver({ forms, committer, store, config, logger: log });
  const staff = new StaffPages({ store, forms, config, logger: log, secret });
  const submitLimiter = new RateLimiter(config.rateLimit.submissions);
  const allowAny = config.origins.includes('*');
  const origins = new Set(config.origins);
  const sweeper = setInterval(() => {
    submitLimiter.sweep();
    store.deleteExpiredSessions(new Date().toISOString()).catch(() => {});
  }, 60_000);
  sweeper.unref();

  /** CORS for the public submission routes: only the configured origins. */
  function corsHeaders(origin) {
    return {
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'content-type, idempotency-key, accept-language',
      'access-control-expose-headers': 'retry-after, idempotent-replayed',
      'access-control-max-age': '600',
      vary: 'Origin',
    };
  }

  async function submission(req, res, url, route, match, ipHash, logFields) {
    const lang = preferredLang(req, url);
    const origin = req.headers.origin;
    const allowed = origin === undefined || allowAny || origins.has(origin);
    const headers = origin !== undefined && allowed ? corsHeaders(origin) : { vary: 'Origin' };
    if (req.method === 'OPTIONS') {
      if (origin === undefined || !allowed) {
        res.writeHead(403, { vary: 'Origin', 'content-length': 0 });
        return res.end();
      }
      res.writeHead(204, { ...headers, 'content-length': 0 });
      return res.end();
    }
    if (req.method !== 'POST') {
      discardBody(req, config.maxBodyBytes);
      return sendError(res, new HttpError(405, 'method-not-allowed'), lang, { ...headers, allow: 'POST, OPTIONS' });
    }
    if (!allowed) {
      discardBody(req, config.maxBodyBytes);
      return sendError(res, new HttpError(403, 'origin-denied'), lang, headers);
    }
    const wait = submitLimiter.take(clientAddress(req, config.trustProxy));
    if (wait > 0) {
      discardBody(req, config.maxBodyBytes);
      logFields.outcome = 'rate-limited';
      return sendError(res, new HttpError(429, 'rate-limited', { params: { seconds: wait } }), lang, {
        ...headers,
        'retry-after': String(wait),
      });
    }
    const formId = route.formId ?? safeDecode(match[1]);
    // The built-in forms are the same whichever route reaches them (and so is their key).
    const kind = formId === 'opinion' || formId === 'question' ? formId : 'form';
    await receiver.handle(req, res, { kind, formId, lang, headers, log: logFields });
  }

  async function published(req, res, url, format) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return sendError(res, new HttpError(405, 'method-not-allowed'), preferredLang(req, url), { allow: 'GET, HEAD' });
    }
    const board = await publishedQuestions(store, config);
    const etag = `"${board.items.length}-${board.updatedAt}"`;
    const headers = {
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=60',
      etag,
      'last-modified': new Date(board.updatedAt).toUTCString(),
      'x-content-type-options': 'nosniff',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      return res.end();
    }
    const body =
      format === 'json'
        ? JSON.stringify(board)
        : publishedAtom(board, config, config.publicUrl ? `${config.publicUrl.replace(/\/$/, '')}/questions/published.atom` : undefined);
    res.writeHead(200, {
      ...headers,
      'content-type': format === 'json' ? 'application/json; charset=utf-8' : 'application/atom+xml; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function health(req, res) {
    let ok = false;
    try {
      ok = await Promise.race([store.ping(), new Promise((resolve) => setTimeout(() => resolve(false), 2000).unref())]);
    } catch {
      ok = false;
    }
    sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable', database: store.kind });
  }

  /** The kit's CDN bundle at /govkit/, for the staff pages that use an element. */
  function kitFile(req, res, pathname) {
    const relative = pathname === '/govkit/govkit-lightdom.css' ? join('..', 'govkit-lightdom.css') : pathname.slice('/govkit/'.length);
    const base = normalize(config.kitDir + sep);
    const file = normalize(join(base, relative));
    const allowedFile = file.startsWith(base) || file === normalize(join(base, '..', 'govkit-lightdom.css'));
    let stats;
    try {
      stats = allowedFile ? statSync(file) : undefined;
    } catch {
      stats = undefined;
    }
    if (!stats?.isFile() || (req.method !== 'GET' && req.method !== 'HEAD')) {
      return sendError(res, new HttpError(404, 'not-found'), 'th');
    }
    res.writeHead(200, {
      'content-type': STATIC_TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': stats.size,
      'cache-control': 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  }

  async function route(req, res) {
    const started = process.hrtime.bigint();
    /** @type {Record<string, unknown>} */
    const fields = {};
    const address = clientAddress(req, config.trustProxy);
    const ipHash = hashAddress(secret, address);
    res.on('finish', () => {
      log.info('request', {
        method: req.method,
        route: fields.route,
        status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        ip: ipHash,
        ...(fields.formId ? { formId: fields.formId } : {}),
        ...(fields.outcome ? { outcome: fields.outcome } : {}),
      });
    });
    let url;
    try {
      url = new URL(req.url ?? '/', 'http://inbox.invalid');
    } catch {
      return sendError(res, new HttpError(400, 'not-found'), 'th');
    }
    const { pathname } = url;
    try {
      if (pathname === '/staff' || pathname.startsWith('/staff/')) {
        fields.route = '/staff';
        return await staff.handle(req, res, url, ipHash, fields);
      }
      for (const publicRoute of PUBLIC_ROUTES) {
        const match = publicRoute.pattern.exec(pathname);
        if (match) {
          fields.route = publicRoute.name;
          return await submission(req, res, url, publicRoute, match, ipHash, fields);
        }
      }
      fields.route = pathname.startsWith('/govkit/') ? '/govkit/' : pathname;
      if (pathname === '/healthz') return await health(req, res);
      if (pathname === '/questions/published.json') return await published(req, res, url, 'json');
      if (pathname === '/questions/published.atom') return await published(req, res, url, 'atom');
      if (pathname.startsWith('/govkit/')) return kitFile(req, res, pathname);
      if (pathname === '/') {
        return sendJson(res, 200, {
          service: '@govkit-th/inbox',
          endpoints: ['POST /forms/{formId}/submissions', 'POST /opinions', 'POST /questions', 'GET /questions/published.json', 'GET /questions/published.atom', 'GET /healthz', '/staff/'],
        });
      }
      fields.route = '(unknown)';
      discardBody(req, config.maxBodyBytes);
      return sendError(res, new HttpError(404, 'not-found'), preferredLang(req, url));
    } catch (/** @type {any} */ error) {
      if (error?.code === 'ECONNRESET' || req.destroyed) {
        fields.outcome = 'client-gone';
        return;
      }
      log.error('request failed', { route: fields.route, error: error?.message, code: error?.code, id: randomUUID() });
      if (fields.route === '/staff') return staff.failed(req, res, url);
      if (!res.headersSent) sendJson(res, 500, { errors: [{ path: '', message: apiMessage(preferredLang(req, url), 'internal') }] });
      else res.destroy();
    }
  }

  const server = createServer(
    {
      maxHeaderSize: config.maxHeaderBytes,
      requestTimeout: 30_000,
      headersTimeout: 10_000,
      keepAliveTimeout: 5_000,
    },
    (req, res) => {
      route(req, res).catch(() => res.destroy());
    },
  );
  server.on('clientError', (error, socket) => {
    if (socket.writable && !socket.destroyed) {
      const status = /** @type {any} */ (error).code === 'HPE_HEADER_OVERFLOW' ? '431 Request Header Fields Too Large' : '400 Bad Request';
      socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
    } else socket.destroy();
  });

  let closing;
  return {
    config,
    store,
    forms,
    committer,
    server,
    /** @returns {Promise<{ url: string, port: number }>} */
    start() {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => {
          const address = /** @type {import('node:net').AddressInfo} */ (server.address());
          const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
          log.info('inbox listening', {
            url,
            database: store.kind,
            ...(store.kind === 'sqlite' ? { file: config.dbPath } : {}),
            origins: config.origins,
            demo: config.demo,
          });
          resolve({ url, port: address.port });
        });
      });
    },
    close() {
      closing ??= (async () => {
        clearInterval(sweeper);
        const stopped = new Promise((resolve) => server.close(resolve));
        server.closeIdleConnections?.();
        const force = setTimeout(() => server.closeAllConnections?.(), 5_000);
        force.unref();
        await stopped;
        await committer.drain();
        await store.close();
        clearTimeout(force);
      })();
      return closing;
    },
  };
}

/** The demo accounts, created once (existing ones are left as they are). */
async function seedDemo(store, config, log) {
  const at = new Date().toISOString();
  for (const account of DEMO_ACCOUNTS) {
    if (await store.staffByUsername(account.username)) continue;
    await store.createStaff(
      { id: randomUUID(), ...account, passwordHash: await hashPassword(DEMO_PASSWORD, config.scryptCost), at },
      { id: randomUUID(), at, actor: '(system)', action: 'account.create', target: account.username, detail: { role: account.role, demo: true } },
    );
  }
  log.warn('demo accounts are on (INBOX_DEMO=1): demo-admin, demo-reporter, demo-approver, demo-publisher; never use with real data');
}

function safeDecode(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
