import { html, nothing, type TemplateResult } from 'lit';
import { safeUrl } from './links.js';

/** A heading at the level the page asks for (2–6), exposed as `part="heading"`. */
export function heading(level: number, content: unknown, id?: string): TemplateResult {
  switch (Math.min(6, Math.max(2, Math.round(level) || 2))) {
    case 3:
      return html`<h3 part="heading" id=${id ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 part="heading" id=${id ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 part="heading" id=${id ?? nothing}>${content}</h5>`;
    case 6:
      return html`<h6 part="heading" id=${id ?? nothing}>${content}</h6>`;
    default:
      return html`<h2 part="heading" id=${id ?? nothing}>${content}</h2>`;
  }
}

/**
 * A link when the URL is on the allow-list (http(s), mailto, tel), otherwise the label
 * as plain text, so a `javascript:` URL in data is shown, never followed.
 */
export function link(href: unknown, label: unknown, options: { base?: string; part?: string; rel?: string } = {}): TemplateResult {
  const url = safeUrl(href, options.base);
  return url
    ? html`<a href=${url} part=${options.part ?? nothing} rel=${options.rel ?? nothing}>${label}</a>`
    : html`<span part=${options.part ?? nothing}>${label}</span>`;
}
