import { linksSchema, loadValidator, validate, type Lang } from '@govkit-th/schemas';

/**
 * Checking link-list data, in a chunk of its own that the element starts loading when it
 * is created, so the schema stays out of the page's first download.
 */
void loadValidator();

export function checkLinks(data: unknown, lang: Lang) {
  return validate(linksSchema, data, lang);
}
