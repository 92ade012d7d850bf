import { GovDataError } from './errors.js';
import { plainText } from './text.js';
import { parseXml } from './xml.js';

/**
 * What the readers of other formats (RSS, Atom, sitemap.xml…) use from core. Those readers
 * load lazily, so the element hands these to them: a core module imported by both a lazy
 * chunk and the element would become a separate file that every page loads up front.
 */
export interface ParserTools {
  /** XML text to an inert document, refusing entity declarations. */
  parseXml(text: string): Document;
  plainText(html: string): string;
  /** The kit's one error type for a body that cannot be read; `reason` picks the message `error-<reason>`. */
  parseFailure(reason: string, message: string): GovDataError;
}

export const parserTools: ParserTools = {
  parseXml,
  plainText,
  parseFailure: (reason, message) => new GovDataError('parse', message, { reason }),
};
