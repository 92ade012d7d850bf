import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, normalize, extname } from 'node:path';

/** `../shared/conformance` beside the project: outside test data, read-only. */
export const conformanceDir = fileURLToPath(new URL('../../../../shared/conformance/', import.meta.url));

const TYPES = {
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
};

/** Serves `/conformance/*` from the shared conformance folder to the browser tests. */
export function conformanceMiddleware() {
  return async (context, next) => {
    if (context.path.startsWith('/conformance-index/')) return listFolder(context);
    if (!context.path.startsWith('/conformance/')) return next();
    const file = normalize(join(conformanceDir, decodeURIComponent(context.path.slice('/conformance/'.length))));
    if (!file.startsWith(conformanceDir) || !existsSync(file) || !statSync(file).isFile()) {
      context.status = 404;
      return;
    }
    context.type = TYPES[extname(file)] ?? 'application/octet-stream';
    context.body = createReadStream(file);
  };
}

/**
 * `/conformance-index/<folder>`: the names of the files in a conformance folder, as a
 * JSON array, so a test can walk a whole corpus (the static route has no listing).
 */
function listFolder(context) {
  const folder = normalize(join(conformanceDir, decodeURIComponent(context.path.slice('/conformance-index/'.length))));
  if (!folder.startsWith(conformanceDir) || !existsSync(folder) || !statSync(folder).isDirectory()) {
    context.status = 404;
    return;
  }
  context.type = 'application/json';
  context.body = JSON.stringify(
    readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort(),
  );
}
