import { commonSchema, loadValidator, newsSchema, validate, type Lang } from '@govkit-th/schemas';
import { compileQuickCheck } from './quick-check.js';

/**
 * Checking news data, in a chunk of its own that the element starts loading when it is
 * created, so the schema and the checkers stay out of the page's first download.
 */
void loadValidator();

let quick: ((data: unknown) => boolean) | undefined;

/**
 * No problems for valid data (the usual case, confirmed in milliseconds by the quick
 * check); anything else goes to the full validator for its messages in `lang`.
 */
export function checkNews(data: unknown, lang: Lang) {
  quick ??= compileQuickCheck(newsSchema, commonSchema.$defs);
  return quick(data) ? Promise.resolve([]) : validate(newsSchema, data, lang);
}
