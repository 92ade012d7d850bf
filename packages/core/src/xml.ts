/**
 * Parsing XML from outside (news feeds, sitemap.xml) with the browser's own parser,
 * safely: under Trusted Types, against entity-expansion attacks, and with errors that
 * say what was wrong instead of a half-read document.
 */

/** The XML could not be read: not well formed, or it declares entities. */
export class XmlError extends Error {
  /** `xml-unsafe` (declares entities) or `xml-malformed`: picks the localised message. */
  readonly reason: 'xml-unsafe' | 'xml-malformed';
  constructor(reason: XmlError['reason'], message: string) {
    super(message);
    this.name = 'XmlError';
    this.reason = reason;
  }
}

interface HtmlPolicy {
  createHTML(input: string): unknown;
}
let policy: HtmlPolicy | null | undefined;

/**
 * `DOMParser.parseFromString` is a Trusted Types sink even for XML. The document it
 * returns here is inert (no script runs, nothing loads) and is only read, never put
 * in the page, so one narrowly used policy hands it the text. A page whose CSP lists
 * its allowed policies must add `govkit-xml` to `trusted-types`.
 */
function xmlPolicy(): HtmlPolicy | null {
  if (policy === undefined) {
    const factory = (
      globalThis as {
        trustedTypes?: { createPolicy(name: string, rules: { createHTML(input: string): string }): HtmlPolicy };
      }
    ).trustedTypes;
    try {
      policy = factory?.createPolicy('govkit-xml', { createHTML: (input) => input }) ?? null;
    } catch {
      policy = null;
    }
  }
  return policy;
}

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;

/**
 * Refuses a document whose DOCTYPE may declare entities. Feeds and sitemaps never need
 * them, and Chromium takes tens of seconds to refuse a "quadratic blow-up" (one large
 * entity referenced many times), freezing the page meanwhile. The prolog is walked as
 * the parser walks it (comments and processing instructions skipped) to find a
 * DOCTYPE; when there is one, any `<!ENTITY` in the text is refused. A DOCTYPE alone
 * (RSS 0.91 has one) is fine.
 */
export function assertNoEntityDeclarations(text: string): void {
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf('<', index);
    if (open < 0 || NAME_START.test(text.charAt(open + 1))) return;
    if (text.startsWith('<!DOCTYPE', open)) {
      if (text.includes('<!ENTITY', open)) {
        throw new XmlError(
          'xml-unsafe',
          'the document declares entities (<!ENTITY), which are refused to protect against entity-expansion attacks',
        );
      }
      return;
    }
    const close = text.startsWith('<!--', open) ? '-->' : text.startsWith('<?', open) ? '?>' : '';
    const end = close ? text.indexOf(close, open + 2) : -1;
    if (end < 0) return;
    index = end + close.length;
  }
}

/**
 * Parses XML text into an inert document. Throws {@link XmlError} when the text is not
 * well formed (Chromium then returns a `<parsererror>` and a partial document, which is
 * never used) or declares entities. Leading white space and a byte-order mark are
 * dropped first: real feeds have them before `<?xml`, which strict parsers refuse.
 */
export function parseXml(text: string): Document {
  const source = text.replace(/^\uFEFF/, '').trimStart();
  assertNoEntityDeclarations(source);
  const trusted = xmlPolicy()?.createHTML(source) ?? source;
  const document = new DOMParser().parseFromString(trusted as string, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error && (error.namespaceURI === 'http://www.w3.org/1999/xhtml' || error.namespaceURI?.includes('mozilla'))) {
    const detail = (error.querySelector('div')?.textContent ?? error.textContent ?? '').replace(/\s+/g, ' ').trim();
    throw new XmlError('xml-malformed', `not well-formed XML: ${detail.slice(0, 200)}`);
  }
  return document;
}
