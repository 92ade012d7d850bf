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
    const url = new URL(trimmed, base ?? document.baseURI);
    return ALLOWED_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** True when the link leaves the page's own site, so it can be marked as external. */
export function isExternal(href: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== location.origin;
  } catch {
    return false;
  }
}
