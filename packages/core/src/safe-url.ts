/**
 * The link allow-list, without the DOM types (a server writing the kit's markup uses it too):
 * in a page a relative link resolves against the document without a `base`.
 */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * Returns the absolute URL when `value` is an http(s), mailto or tel link, resolved
 * against `base` (the data file's URL) for relative links; `undefined` for anything
 * else (`javascript:`, `data:`, garbage), which the caller then shows as plain text.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  try {
    const url = new URL(trimmed, base ?? (globalThis as { document?: { baseURI: string } }).document?.baseURI);
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
