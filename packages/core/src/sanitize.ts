import type { Config, DOMPurify as Purifier } from 'dompurify';
import { lazyImport } from './lazy.js';
import { withoutInlineCode } from './inline-code.js';
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
      if (node instanceof HTMLAnchorElement && node.hasAttribute('href') && !sameOrigin(node.getAttribute('href')!))
        node.setAttribute('referrerpolicy', 'no-referrer');
      if (node instanceof HTMLImageElement) keepImagePrivate(node);
    });
    return purifier;
  }),
);

/** Whether a URL (as written in data, relative to the page) points at the page's own origin. */
function sameOrigin(value: string): boolean {
  try {
    return new URL(value, document.baseURI).origin === location.origin;
  } catch {
    return false;
  }
}

/**
 * Origins a page allows images of HTML fields from, besides its own:
 * `<meta name="govkit-image-origins" content="https://cdn.example.go.th https://www.singburi.go.th">`.
 */
function allowedImageOrigins(): string[] {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="govkit-image-origins"]');
  return (meta?.content ?? '').split(/\s+/).filter(Boolean);
}

/**
 * An image from somewhere else would be fetched by every visitor, telling whoever wrote
 * the data each visitor's address (PDPA). Images load from the page's origin, `data:` and
 * the allowed origins; any other becomes a link to it, named by its alt text, that
 * sends no Referer, so a person may still choose to open it.
 */
function keepImagePrivate(image: HTMLImageElement): void {
  const src = image.getAttribute('src') ?? '';
  image.removeAttribute('srcset');
  if (src === '' || src.startsWith('data:') || sameOrigin(src)) return;
  let origin = '';
  try {
    origin = new URL(src, document.baseURI).origin;
  } catch {
    image.remove();
    return;
  }
  if (allowedImageOrigins().includes(origin)) {
    image.setAttribute('referrerpolicy', 'no-referrer');
    return;
  }
  const link = image.ownerDocument.createElement('a');
  link.setAttribute('href', src);
  link.setAttribute('referrerpolicy', 'no-referrer');
  link.setAttribute('rel', 'noreferrer');
  link.textContent = image.getAttribute('alt')?.trim() || src;
  image.replaceWith(link);
}

const PROFILE: Config & { RETURN_DOM_FRAGMENT: true } = {
  USE_PROFILES: { html: true },
  // Media would load in the visitor's browser as soon as it is shown (from anywhere, data:
  // included, which a strict CSP refuses and reports); videos belong in gov-link-list.
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'audio', 'video', 'source', 'track'],
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
  return purifier.sanitize(withoutInlineCode(html), PROFILE) ?? '';
}
