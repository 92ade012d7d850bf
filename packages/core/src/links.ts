export { safeUrl } from './safe-url.js';

/** True when the link leaves the page's own site, so it can be marked as external. */
export function isExternal(href: string): boolean {
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== location.origin;
  } catch {
    return false;
  }
}
