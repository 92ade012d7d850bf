import { spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const bin = fileURLToPath(new URL('../bin/govkit.js', import.meta.url));
export const repo = fileURLToPath(new URL('../../../', import.meta.url));
export const kitDir = join(repo, 'packages/components/dist/cdn/');
export const scratch = (name) => mkdtempSync(join(tmpdir(), `govkit-cli-${name}-`));

/** Runs the command as a user does; resolves with its exit code, output and time taken. */
export function govkit(args, { cwd } = {}) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }));
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/**
 * Serves a folder as a webmaster's host would, with the kit's built CDN folder at /govkit/
 * (pages written with `govkit init --cdn /govkit/govkit.js`) and optional fixed answers.
 */
export function serve(folder, routes = {}) {
  const root = normalize(folder + sep);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (routes[pathname]) return routes[pathname](request, response);
    const [base, rest] = pathname.startsWith('/govkit/') ? [kitDir, pathname.slice(8)] : [root, pathname.slice(1)];
    let file = normalize(join(base, decodeURIComponent(rest)));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(base) || !existsSync(file)) return response.writeHead(404).end('not found');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}
