import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from './links.js';

/**
 * A heading at the level the page asks for (2–6), exposed as `part="heading"`. Options:
 * another `part` (`''` for none), and `focusable` for a heading focus is moved to
 * (`tabindex="-1"`, e.g. a form's page title).
 */
export function heading(
  level: number,
  content: unknown,
  id?: string,
  options: { part?: string; focusable?: boolean } = {},
): TemplateResult {
  const part = options.part ?? 'heading';
  const tabindex = options.focusable ? '-1' : nothing;
  switch (Math.min(6, Math.max(2, Math.round(level) || 2))) {
    case 3:
      return html`<h3 part=${part || nothing} id=${id ?? nothing} tabindex=${tabindex}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part || nothing} id=${id ?? nothing} tabindex=${tabindex}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part || nothing} id=${id ?? nothing} tabindex=${tabindex}>${content}</h5>`;
    case 6:
      return html`<h6 part=${part || nothing} id=${id ?? nothing} tabindex=${tabindex}>${content}</h6>`;
    default:
      return html`<h2 part=${part || nothing} id=${id ?? nothing} tabindex=${tabindex}>${content}</h2>`;
  }
}

/**
 * A link when the URL is on the allow-list (http(s), mailto, tel), otherwise the label
 * as plain text, so a `javascript:` URL in data is shown, never followed.
 */
export function link(
  href: unknown,
  label: unknown,
  options: { base?: string; part?: string; rel?: string } = {},
): TemplateResult {
  const url = safeUrl(href, options.base);
  return url
    ? html`<a href=${url} part=${options.part ?? nothing} rel=${options.rel ?? nothing}>${label}</a>`
    : html`<span part=${options.part ?? nothing}>${label}</span>`;
}
