/**
 * Serves the demo agency site as a webmaster's host would: static files, the kit's CDN
 * folder at /govkit/, and a strict Content-Security-Policy with Trusted Types, so the
 * demo proves the kit works under it. The demo province site and its small agencies
 * (`apps/demo-province`) are served by the same code, each from its own folder and port.
 */
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { alertsHtml } from '@govkit-th/core/alerts-html';
import { alertsSchema, screeningProblems, validate } from '@govkit-th/schemas';

const agencyDir = fileURLToPath(new URL('.', import.meta.url));
const kitDir = fileURLToPath(new URL('../../packages/components/dist/cdn/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.map': 'application/json',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** `connect` names further origins the pages read data from (the province reads its agencies' sites). */
export function contentSecurityPolicy(inboxOrigin, connect = []) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: https:",
    `connect-src 'self' ${[inboxOrigin, ...connect].join(' ')}`,
    `form-action 'self' ${inboxOrigin}`,
    // The video player of gov-link-list, loaded only when a person presses play.
    "frame-src 'self' https://www.youtube-nocookie.com",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'self'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

function resolveFile(pathname, siteDir, assetsDir) {
  const [base, rest] = pathname.startsWith('/govkit/')
    ? [kitDir, pathname.slice('/govkit/'.length)]
    : pathname.startsWith('/assets/')
      ? [assetsDir, pathname.slice('/assets/'.length)]
      : [siteDir, pathname.slice(1)];
  const file = normalize(join(base, rest || 'index.html'));
  if (!file.startsWith(base)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
}

/**
 * The demo's files are written as a webmaster would write them for the default ports: the
 * inbox at http://localhost:8081 (form endpoints, opinion box) and the site at
 * http://localhost:8080 (sitemap.xml's absolute addresses). Served, they name the inbox
 * this server was started with and the origin the request came to, so `PORT` and
 * `INBOX_PORT` (or another host name) work without editing a file.
 */
const WRITTEN_INBOX = 'http://localhost:8081';
const WRITTEN_SITE = 'http://localhost:8080';
const WITH_ADDRESSES = new Set(['.html', '.json', '.xml']);

/** Every written origin replaced by its served one in one pass, so one replacement never feeds another. */
function withServedAddresses(file, addresses) {
  const written = Object.keys(addresses);
  const pattern = new RegExp(written.map((origin) => origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return readFileSync(file, 'utf8').replace(pattern, (origin) => addresses[origin]);
}

/**
 * An agency's manifest and data are public and read by the province's site from another
 * origin (order clause 2.1), so they are served to any origin, without credentials.
 */
const isPublicData = (pathname) => pathname === '/govkit.json' || pathname.startsWith('/data/');

/** Text worth compressing; images, fonts and documents are compressed formats already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.css',
  '.json',
  '.xml',
  '.rss',
  '.atom',
  '.txt',
  '.csv',
  '.svg',
  '.map',
]);

/**
 * How long a browser may keep a file. The kit's chunks are named by their content hash
 * (`chunks/`, `auto/`), so a new build never reuses a name: kept a year. Pictures and fonts
 * change rarely: thirty days (a day made Lighthouse's "efficient cache policy" fail on the
 * home page's banners; a picture replaced under the same name takes up to a month to reach a
 * returning visitor, so give a changed picture a new name). Everything else (pages, data,
 * the unhashed entry scripts) is checked each time with its ETag, which costs a 304 and never shows a stale page or stale data.
 */
function cacheControl(pathname) {
  if (/^\/govkit\/(chunks|auto)\/.+-[\w-]{8}\.js$/.test(pathname)) return 'public, max-age=31536000, immutable';
  if (/\.(png|jpe?g|webp|svg|ico|woff2)$/.test(pathname)) return 'public, max-age=2592000';
  return 'no-cache';
}

/** The best encoding the client accepts: brotli, then gzip, else none. */
function chosenEncoding(request) {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (/\bbr\b/.test(accepted)) return 'br';
  if (/\bgzip\b/.test(accepted)) return 'gzip';
  return undefined;
}

const COMPRESS = {
  br: (bytes) => brotliCompressSync(bytes, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }),
  gzip: (bytes) => gzipSync(bytes, { level: 9 }),
};

/**
 * Served text bodies, each compressed at most once per encoding and kept while the file is
 * unchanged (its modification time and size). The key names the served addresses too (a
 * page served to another host differs); the oldest entries go past a few hundred, so
 * made-up Host headers cannot fill the memory.
 */
const bodies = new Map();
const MAX_BODIES = 400;

function servedBody(file, addresses) {
  const { mtimeMs, size } = statSync(file);
  const key = `${file}\n${JSON.stringify(addresses)}`;
  const version = `${mtimeMs}:${size}`;
  const kept = bodies.get(key);
  if (kept?.version === version) return kept;
  const bytes = WITH_ADDRESSES.has(extname(file))
    ? Buffer.from(withServedAddresses(file, addresses))
    : readFileSync(file);
  const body = { version, bytes, etag: `"${createHash('sha1').update(bytes).digest('base64url')}"`, encoded: {} };
  bodies.delete(key);
  bodies.set(key, body);
  if (bodies.size > MAX_BODIES) bodies.delete(bodies.keys().next().value);
  return body;
}

/**
 * Sends a file with its caching headers: text compressed (cached), a 304 when the browser's
 * copy is current, other files streamed. `status` 404 serves the site's 404 page.
 */
function sendFile(request, response, { file, pathname, status = 200, headers, addresses }) {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const common = {
    ...headers,
    'content-type': type,
    'cache-control': status === 200 ? cacheControl(pathname) : 'no-cache',
  };
  if (!COMPRESSIBLE.has(extname(file))) {
    const { mtimeMs, size } = statSync(file);
    const etag = `"${size.toString(36)}-${Math.round(mtimeMs).toString(36)}"`;
    if (status === 200 && request.headers['if-none-match'] === etag) return notModified(response, common, etag);
    response.writeHead(status, { ...common, etag, 'content-length': size });
    return createReadStream(file).pipe(response);
  }
  sendBody(request, response, { body: servedBody(file, addresses), status, headers: common });
}

/** Sends a served text body (see servedBody): a 304 when the browser's copy is current, else compressed when worth it. */
function sendBody(request, response, { body, status, headers: common }) {
  if (status === 200 && request.headers['if-none-match'] === body.etag) return notModified(response, common, body.etag);
  const encoding = body.bytes.length > 512 ? chosenEncoding(request) : undefined;
  const bytes = encoding ? (body.encoded[encoding] ??= COMPRESS[encoding](body.bytes)) : body.bytes;
  response.writeHead(status, {
    ...common,
    etag: body.etag,
    vary: 'accept-encoding',
    'content-length': bytes.length,
    ...(encoding ? { 'content-encoding': encoding } : {}),
  });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

/**
 * Server-side includes, as nginx (`ssi on`) or Apache (mod_include) do them: a page's
 * `<!--#include virtual="/content/alerts.html?lang=th&heading-level=2" -->` is replaced,
 * at each request, by the urgent notices in force then, in the markup `gov-alert` renders
 * (styled alike by `govkit-lightdom.css`). The home page puts it inside its `<gov-alert>`, so
 * a flood warning is in the first paint and readable without JavaScript, and an ended notice
 * is never served (issue 13: the notice was the home page's largest text, and came 2.5 s late
 * on a phone). With a desk, the desk's own `/content/alerts.html` answers, as it would for
 * nginx; without one, the site's alerts file is written here with the same core function.
 * Only this one virtual path.
 */
const INCLUDE = /<!--#include virtual="(\/content\/alerts\.html(?:\?[^"]*)?)" -->/g;
const included = new Map();
const MAX_INCLUDED = 20;

/** An include's path as the page writes it in HTML (`&amp;` between its parameters). */
const includePath = (written) => written.replaceAll('&amp;', '&');

async function withIncludes(body, readInclude) {
  // Most pages have none: look in the bytes before decoding them.
  if (!body.bytes.includes('<!--#include virtual=')) return body;
  const text = body.bytes.toString('utf8');
  const paths = [...new Set(Array.from(text.matchAll(INCLUDE), (match) => includePath(match[1])))];
  const written = new Map(
    await Promise.all(
      paths.map(async (path) => [
        path,
        await readInclude(path).catch((error) => {
          // The element still loads the notices itself and says what failed; the page is served.
          console.warn(`Urgent notices not written into the page: ${error.message}`);
          return '';
        }),
      ]),
    ),
  );
  const filled = text.replace(INCLUDE, (_whole, path) => written.get(includePath(path)));
  const etag = `"${createHash('sha1').update(filled).digest('base64url')}"`;
  const kept = included.get(etag);
  if (kept) return kept;
  const made = { bytes: Buffer.from(filled), etag, encoded: {} };
  included.set(etag, made);
  if (included.size > MAX_INCLUDED) included.delete(included.keys().next().value);
  return made;
}

/**
 * Reads one page's includes: from the desk, or written here from the site's own alerts file,
 * read and checked once for the page however many includes it has (one per language).
 */
function includeReader({ desk, contentDir, siteDir }) {
  let alerts;
  return async (path) => {
    if (desk) {
      const answer = await fetch(new URL(path, desk), { signal: AbortSignal.timeout(5_000) });
      if (!answer.ok) throw new Error(`the desk answered ${answer.status} for ${path}`);
      return answer.text();
    }
    alerts ??= alertsFile(contentDir, siteDir);
    const asked = new URL(path, 'http://localhost').searchParams;
    return alertsHtml(await alerts, {
      lang: asked.get('lang') === 'en' ? 'en' : 'th',
      headingLevel: Number(asked.get('heading-level') ?? 2),
      now: Date.now(),
    });
  };
}

/**
 * The alerts file without a desk (as `/content/alerts.json` is answered then), checked against
 * the schema and clause 4.1 as the element checks it, so nothing unscreened is written.
 */
async function alertsFile(contentDir, siteDir) {
  const file = exportedFile('/content/alerts.json', contentDir) ?? join(siteDir, 'data/alerts.json');
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const problems = screeningProblems(data, await validate(alertsSchema, data, 'en'), 'en');
  if (problems.length)
    throw new Error(`alerts.json does not pass its schema: ${problems[0].path} ${problems[0].message}`);
  return data;
}

function notModified(response, headers, etag) {
  response.writeHead(304, { 'cache-control': headers['cache-control'], etag, vary: 'accept-encoding' });
  response.end();
}

/**
 * An address with no file: the site's own 404 page (`404.html`, with the site's header,
 * menu and footer, in Thai and English) with status 404, or a line of text for a site
 * without one.
 */
function sendNotFound(request, response, { siteDir, headers, addresses }) {
  const page = join(siteDir, '404.html');
  if (existsSync(page))
    return sendFile(request, response, { file: page, pathname: '/404.html', status: 404, headers, addresses });
  response.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' });
  response.end('ไม่พบหน้านี้ / Not found');
}

/**
 * The publishing desk's public content (`/content/…`, the inbox's published items) served
 * on the site's own origin, as an agency's reverse proxy in front of the inbox would: the
 * pages read `/content/news.json` from 'self', so the CSP needs nothing new, and the
 * desk's ETag, Last-Modified and gzip pass through. Only GET and HEAD; the desk's 304 and
 * 404 answers are passed on as they are.
 */
const PROXIED_REQUEST = ['accept', 'accept-encoding', 'accept-language', 'if-none-match', 'if-modified-since'];
const PROXIED_RESPONSE = [
  'content-type',
  'content-length',
  'content-encoding',
  'etag',
  'last-modified',
  'vary',
  'access-control-allow-origin',
];

function proxyContent(request, response, { deskOrigin, path, csp }) {
  const own = { 'content-security-policy': csp, 'x-content-type-options': 'nosniff' };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { ...own, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    return response.end('Method not allowed');
  }
  const headers = Object.fromEntries(
    PROXIED_REQUEST.filter((name) => request.headers[name]).map((name) => [name, request.headers[name]]),
  );
  const upstream = httpRequest(new URL(path, deskOrigin), { method: request.method, headers }, (answer) => {
    const passed = Object.fromEntries(
      PROXIED_RESPONSE.filter((name) => answer.headers[name]).map((name) => [name, answer.headers[name]]),
    );
    // Browsers revalidate at every load (a cheap 304 by the desk's ETag), so a publication
    // shows on the next reload rather than after the desk's minute of max-age, which is
    // for a caching proxy between the site and the desk.
    response.writeHead(answer.statusCode ?? 502, { ...passed, ...own, 'cache-control': 'no-cache' });
    answer.pipe(response);
  });
  upstream.setTimeout(10_000, () => upstream.destroy(new Error('the desk did not answer in time')));
  upstream.on('error', () => {
    if (response.headersSent) return response.destroy();
    response.writeHead(502, { ...own, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    response.end('ระบบเผยแพร่ข้อมูลไม่ตอบ / The publishing desk is not answering');
  });
  upstream.end();
}

/**
 * Without a desk (a test or a bench that starts the site alone), `/content/{type}.json` is
 * answered from the data file of the same name, the file the desk was imported from, as a
 * host that can only serve files would hold `govkit-inbox export`'s output there. Any name
 * maps (a type the data folder lacks is a 404 there), so the desk's list of types is not
 * written a second time here.
 */
const CONTENT_FILE = /^\/content\/([a-z][a-z-]*)\.json$/;
const withoutDesk = (pathname) => {
  const name = CONTENT_FILE.exec(pathname)?.[1];
  return name ? `/data/${name}.json` : pathname;
};

/** `/content/{type}.json` from `contentDir` (an export's folder) rather than the data folder; undefined for other paths. */
const exportedFile = (pathname, contentDir) => {
  const name = contentDir ? CONTENT_FILE.exec(pathname)?.[1] : undefined;
  return name ? join(contentDir, `${name}.json`) : undefined;
};

/**
 * Starts a demo site; resolves with the server once it listens. By default the demo agency;
 * `siteDir` serves another folder (the demo province, a small agency) with the agency's
 * `/assets/`. `writtenSite` is the origin that site's files are written for (replaced by the
 * origin the request came to), and `origins` maps the other sites' written origins to the
 * ones they are served at (and lets the pages read data from them); it is read at each
 * request, so it may be completed after the server listens. `deskOrigin` (a URL, or a
 * function answering one, for a desk that starts later) sends `/content/…` to the
 * publishing desk (see proxyContent); without it, the data files stand in (withoutDesk), or
 * the files of `contentDir` (a folder `govkit-inbox export` wrote) when it is given.
 */
export function startDemoServer({
  port = 8080,
  host = '127.0.0.1',
  inboxOrigin = 'http://localhost:8081',
  siteDir = agencyDir,
  writtenSite = WRITTEN_SITE,
  origins = {},
  deskOrigin,
  contentDir,
} = {}) {
  const server = createServer((request, response) => {
    // Read per request: a caller that starts sites on free ports fills `origins` in once they listen.
    const csp = contentSecurityPolicy(inboxOrigin, [...new Set(Object.values(origins))]);
    const { pathname: asked, search } = new URL(request.url ?? '/', 'http://localhost');
    const desk = typeof deskOrigin === 'function' ? deskOrigin() : deskOrigin;
    // The parsed path (dot segments resolved), never the raw one: only /content/ goes to the desk.
    if (desk && asked.startsWith('/content/'))
      return proxyContent(request, response, { deskOrigin: desk, path: asked + search, csp });
    const pathname = withoutDesk(asked);
    const file =
      exportedFile(asked, contentDir) ?? resolveFile(decodeURIComponent(pathname), siteDir, join(agencyDir, 'assets/'));
    // The Host header is the client's to write: only a plain host name and port is echoed.
    const host = /^[a-z0-9.-]+(:\d{1,5})?$/i.test(request.headers.host ?? '')
      ? request.headers.host
      : `localhost:${port}`;
    const addresses = { ...origins, [WRITTEN_INBOX]: inboxOrigin, [writtenSite]: `http://${host}` };
    const headers = {
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    };
    if (!file || !existsSync(file) || !statSync(file).isFile() || file.includes(`${join(siteDir, 'node_modules')}`))
      return sendNotFound(request, response, { siteDir, headers, addresses });
    const served = {
      file,
      pathname,
      headers: { ...headers, ...(isPublicData(pathname) ? { 'access-control-allow-origin': '*' } : {}) },
      addresses,
    };
    if (extname(file) !== '.html') return sendFile(request, response, served);
    withIncludes(servedBody(file, addresses), includeReader({ desk, contentDir, siteDir }))
      .then((body) =>
        sendBody(request, response, {
          body,
          status: 200,
          headers: { ...served.headers, 'content-type': TYPES['.html'], 'cache-control': cacheControl(pathname) },
        }),
      )
      .catch((error) => response.destroy(error));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  const inboxOrigin = `http://localhost:${process.env.INBOX_PORT ?? 8081}`;
  await startDemoServer({ port, host: process.env.HOST ?? '0.0.0.0', inboxOrigin, deskOrigin: inboxOrigin });
  console.log(`Demo agency site: http://localhost:${port}/`);
}
