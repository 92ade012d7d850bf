import DOMPurify from 'dompurify';
import type { Config } from 'dompurify';
import { withoutInlineCode } from './inline-code.js';

/*
 * The sanitiser proper, loaded on first need in its own chunk with DOMPurify (see
 * sanitize.ts): pages whose data has no HTML fields never download any of it.
 */

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  // Links in sanitised HTML open safely in a new tab only when the author asked for it.
  if (node instanceof HTMLAnchorElement && node.target === '_blank') node.rel = 'noopener noreferrer';
  if (node instanceof HTMLAnchorElement && node.hasAttribute('href') && !sameOrigin(node.getAttribute('href')!))
    node.setAttribute('referrerpolicy', 'no-referrer');
  if (node instanceof HTMLImageElement) keepImagePrivate(node);
});

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

/** The HTML as a sanitised fragment: inline code taken out as text first (no CSP reports), then DOMPurify. */
export function sanitize(html: string): DocumentFragment | string {
  // DOMPurify answers null for input it cannot place in a body (a lone <frameset>).
  return DOMPurify.sanitize(withoutInlineCode(html), PROFILE) ?? '';
}
