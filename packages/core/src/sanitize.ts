import type { Config, DOMPurify as Purifier } from 'dompurify';
import { lazyImport } from './lazy.js';
import { plainText } from './text.js';

let purifier: Purifier | undefined;

/**
 * DOMPurify is loaded on first need, in its own chunk, so pages whose data has no
 * HTML fields never download it.
 */
export const loadSanitizer: () => Promise<Purifier> = lazyImport(() =>
  import('dompurify').then((module) => {
    purifier = module.default;
    purifier.addHook('afterSanitizeAttributes', (node) => {
      // Links in sanitised HTML open safely in a new tab only when the author asked for it.
      if (node instanceof HTMLAnchorElement && node.target === '_blank') node.rel = 'noopener noreferrer';
    });
    return purifier;
  }),
);

const PROFILE: Config & { RETURN_DOM_FRAGMENT: true } = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select'],
  FORBID_ATTR: ['style'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#|\/|\.\.?\/|[^:]*$)/i,
  RETURN_DOM_FRAGMENT: true,
};

/**
 * Sanitises an HTML field into a fragment that templates insert as nodes, so no string
 * of HTML ever reaches an `innerHTML` sink of ours (Trusted Types stay satisfied).
 * Before the sanitiser has loaded, the HTML is shown as plain text: safe, never blank.
 * Text without markup is returned as it is, with no work.
 */
export function sanitizeHtml(html: string): DocumentFragment | string {
  // Text with no markup and no character references is already what it shows.
  if (!/[<&]/.test(html)) return html;
  if (!purifier) return plainText(html);
  // DOMPurify answers null for input it cannot place in a body (a lone <frameset>).
  return purifier.sanitize(html, PROFILE) ?? '';
}
