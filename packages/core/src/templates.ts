import { html, nothing, type TemplateResult } from 'lit';
import { headingLevel } from './heading-level.js';
import { safeUrl } from './links.js';

export { headingLevel };

/** What a heading may carry besides its level and content. */
export interface HeadingOptions {
  /** `part` to expose (`heading` by default; `''` for none). */
  part?: string;
  /** A heading focus is moved to (`tabindex="-1"`, e.g. a form's page title or a list item's title). */
  focusable?: boolean;
  className?: string;
  /** The language of the heading's text, when it is not the page's (`nothing` for none). */
  lang?: string | typeof nothing;
}

/**
 * A heading at the level the page asks for (2–6), as a plain template (no static-template
 * lookup per call, so a list can give each of thousands of items one cheaply).
 */
export function heading(level: number, content: unknown, id?: string, options: HeadingOptions = {}): TemplateResult {
  const p = (options.part ?? 'heading') || nothing;
  const i = id ?? nothing;
  const t = options.focusable ? '-1' : nothing;
  const c = options.className ?? nothing;
  const l = options.lang ?? nothing;
  switch (headingLevel(level)) {
    case 3:
      return html`<h3 part=${p} id=${i} tabindex=${t} class=${c} lang=${l}>${content}</h3>`;
    case 4:
      return html`<h4 part=${p} id=${i} tabindex=${t} class=${c} lang=${l}>${content}</h4>`;
    case 5:
      return html`<h5 part=${p} id=${i} tabindex=${t} class=${c} lang=${l}>${content}</h5>`;
    case 6:
      return html`<h6 part=${p} id=${i} tabindex=${t} class=${c} lang=${l}>${content}</h6>`;
    default:
      return html`<h2 part=${p} id=${i} tabindex=${t} class=${c} lang=${l}>${content}</h2>`;
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

/** A picture's pixel size as data gives it (the schemas' shared `pixels`). */
export interface PixelSize {
  width?: number;
  height?: number;
}

/**
 * A lazily loaded picture. With both its width and height the browser keeps its room before
 * it arrives (no layout shift); the class, `sized` or `unsized`, lets an element's styles
 * give a picture without them a placeholder shape.
 */
export function picture(part: string, src: string, alt: string, size: PixelSize): TemplateResult {
  const sized = Boolean(size.width && size.height);
  return html`<img part=${part} class=${sized ? 'sized' : 'unsized'} src=${src} alt=${alt}
    width=${sized ? size.width! : nothing} height=${sized ? size.height! : nothing} loading="lazy" decoding="async" />`;
}
