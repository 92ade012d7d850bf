import { lazyImport } from './lazy.js';
import { plainText } from './text.js';

type Sanitize = (html: string) => DocumentFragment | string;
let sanitize: Sanitize | undefined;

/**
 * DOMPurify, its hooks and the inline-code pass (sanitizer.ts) load on first need, in their
 * own chunk, so pages whose data has no HTML fields never download them.
 */
export const loadSanitizer: () => Promise<Sanitize> = lazyImport(() =>
  import('./sanitizer.js').then((module) => (sanitize = module.sanitize)),
);

/**
 * Sanitises an HTML field into a fragment that templates insert as nodes, so no string
 * of HTML ever reaches an `innerHTML` sink of ours (Trusted Types stay satisfied).
 * Before the sanitiser has loaded, the HTML is shown as plain text: safe, never blank.
 * Text without markup is returned as it is, with no work.
 */
export function sanitizeHtml(html: string): DocumentFragment | string {
  // Text with no markup and no character references is already what it shows.
  if (!/[<&]/.test(html)) return html;
  if (!sanitize) return plainText(html);
  return sanitize(html);
}
