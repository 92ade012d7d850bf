/**
 * Serves the demo agency site as a webmaster's host would: static files, the kit's CDN
 * folder at /govkit/, and a strict Content-Security-Policy with Trusted Types, so the
 * demo proves the kit works under it.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const siteDir = fileURLToPath(new URL('.', import.meta.url));
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

export function contentSecurityPolicy(inboxOrigin) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: https:",
    `connect-src 'self' ${inboxOrigin}`,
    `form-action 'self' ${inboxOrigin}`,
    // The video player of gov-link-list, loaded only when a person presses play.
    "frame-src 'self' https://www.youtube-nocookie.com",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'self'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

function resolveFile(pathname) {
  const [base, rest] = pathname.startsWith('/govkit/')
    ? [kitDir, pathname.slice('/govkit/'.length)]
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

function withServedAddresses(file, inboxOrigin, siteOrigin) {
  return readFileSync(file, 'utf8').replaceAll(WRITTEN_INBOX, inboxOrigin).replaceAll(WRITTEN_SITE, siteOrigin);
}

/** Starts the demo site; resolves with the server once it listens. */
export function startDemoServer({ port = 8080, host = '127.0.0.1', inboxOrigin = 'http://localhost:8081' } = {}) {
  const csp = contentSecurityPolicy(inboxOrigin);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const file = resolveFile(decodeURIComponent(pathname));
    if (!file || !existsSync(file) || !statSync(file).isFile() || file.includes(`${join(siteDir, 'node_modules')}`)) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': csp });
      response.end('ไม่พบหน้านี้ / Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': csp,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'cache-control': 'no-cache',
    });
    if (!WITH_ADDRESSES.has(extname(file))) return createReadStream(file).pipe(response);
    // The Host header is the client's to write: only a plain host name and port is echoed.
    const host = /^[a-z0-9.-]+(:\d{1,5})?$/i.test(request.headers.host ?? '')
      ? request.headers.host
      : `localhost:${port}`;
    const siteOrigin = `http://${host}`;
    response.end(withServedAddresses(file, inboxOrigin, siteOrigin));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8080);
  await startDemoServer({ port, host: process.env.HOST ?? '0.0.0.0' });
  console.log(`Demo agency site: http://localhost:${port}/`);
}
