/**
 * Takes inline code out of HTML *as text*, before any DOM sees it: event-handler
 * attributes (`onerror=`), `style` attributes, `<script>` and `<style>` elements, comments,
 * and `<base>`, `<link>`, `<meta>` and media tags.
 *
 * Why, when DOMPurify removes them anyway: Chromium checks the page's CSP the moment an
 * element gets an `on…` or `style` attribute, even in an inert document made by
 * DOMParser, and files a `script-src-attr` / `style-src-*` violation report for each one.
 * Nothing runs, but one hostile data file (the XSS corpus: about one report per payload)
 * would flood an agency's CSP report endpoint. Tags are read as the HTML tokenizer reads
 * them (quotes, `/` between attributes, a tag cut off by the end of input is dropped) and
 * written back in one plain form, so the DOM parser that follows meets only attributes
 * written here. Its output still goes through DOMPurify: this is about reports, not safety.
 */

const SPACE = /[\t\n\f\r ]/;
/** Elements whose content the HTML tokenizer reads as text up to their end tag. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'textarea', 'title']);
/** Elements dropped with their content. */
const DROPPED = new Set(['script', 'style']);
/**
 * Tags a parser checks against the CSP as it meets them (`base-uri`; a `<track default>`
 * loads its captions even in an inert document): dropped, their content kept. The
 * sanitiser refuses media anyway (see sanitize.ts).
 */
const DROPPED_TAGS = new Set(['base', 'link', 'meta', 'audio', 'video', 'source', 'track']);
const TAG_NAME = /^[a-z][a-z0-9-]*$/;
const ATTRIBUTE_NAME = /^[a-z_:][-a-z0-9_:.]*$/;

interface Tag {
  name: string;
  attributes: [string, string][];
  /** Index just after the tag's `>`, or -1 when the input ended inside it. */
  end: number;
}

/** Reads a start or end tag whose name begins at `at` (after `<` or `</`). */
function readTag(html: string, at: number): Tag {
  let i = at;
  while (i < html.length && !SPACE.test(html[i]!) && html[i] !== '/' && html[i] !== '>') i++;
  const tag: Tag = { name: html.slice(at, i).toLowerCase(), attributes: [], end: -1 };
  for (;;) {
    while (i < html.length && (SPACE.test(html[i]!) || html[i] === '/')) i++;
    if (i >= html.length) return tag;
    if (html[i] === '>') return { ...tag, end: i + 1 };
    // An attribute name runs to a space, `/`, `>` or `=` (a leading `=` belongs to the name).
    const nameStart = i++;
    while (i < html.length && !SPACE.test(html[i]!) && !'/>='.includes(html[i]!)) i++;
    const name = html.slice(nameStart, i).toLowerCase();
    while (i < html.length && SPACE.test(html[i]!)) i++;
    let value = '';
    if (html[i] === '=') {
      i++;
      while (i < html.length && SPACE.test(html[i]!)) i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close === -1) return tag;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < html.length && !SPACE.test(html[i]!) && html[i] !== '>') i++;
        value = html.slice(valueStart, i);
      }
    }
    tag.attributes.push([name, value]);
  }
}

const keep = ([name]: [string, string]) => ATTRIBUTE_NAME.test(name) && !name.startsWith('on') && name !== 'style';
const startTag = (tag: Tag) =>
  `<${tag.name}${tag.attributes
    .filter(keep)
    .map(([name, value]) => ` ${name}="${value.replaceAll('"', '&quot;')}"`)
    .join('')}>`;
const asText = (text: string) => text.replaceAll('<', '&lt;');

/** Where the raw text of `name` ends: its `</name` followed by a space, `/`, `>` or the end. */
function rawTextEnd(html: string, from: number, name: string): number {
  const end = new RegExp(`</${name}(?=[\\t\\n\\f\\r />]|$)`, 'gi');
  end.lastIndex = from;
  return end.exec(html)?.index ?? -1;
}

/** The HTML with event-handler and style attributes, scripts, styles and comments taken out. */
export function withoutInlineCode(html: string): string {
  if (!html.includes('<')) return html;
  let out = '';
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt === -1) return out + html.slice(i);
    out += html.slice(i, lt);
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    const closing = html[i + 1] === '/';
    const nameAt = closing ? i + 2 : i + 1;
    if (html[i + 1] === '!' || html[i + 1] === '?' || (closing && !/[a-z]/i.test(html[nameAt] ?? ''))) {
      // A doctype, a CDATA section or a bogus comment: up to the next `>`, never content.
      const end = html.indexOf('>', i);
      i = end === -1 ? html.length : end + 1;
      continue;
    }
    if (!/[a-z]/i.test(html[nameAt] ?? '')) {
      out += '&lt;';
      i++;
      continue;
    }
    const tag = readTag(html, nameAt);
    if (tag.end === -1) return out; // a tag cut off by the end of the input is dropped, as parsers do
    i = tag.end;
    if (!TAG_NAME.test(tag.name) || DROPPED_TAGS.has(tag.name)) continue;
    if (closing) {
      out += `</${tag.name}>`;
      continue;
    }
    if (tag.name === 'plaintext') return out + asText(html.slice(i));
    if (RAW_TEXT.has(tag.name)) {
      const end = rawTextEnd(html, i, tag.name);
      const text = html.slice(i, end === -1 ? html.length : end);
      if (!DROPPED.has(tag.name)) out += `${startTag(tag)}${asText(text)}</${tag.name}>`;
      if (end === -1) return out;
      const close = html.indexOf('>', end);
      i = close === -1 ? html.length : close + 1;
      continue;
    }
    out += startTag(tag);
  }
  return out;
}
