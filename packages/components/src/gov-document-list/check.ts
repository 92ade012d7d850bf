import { documentsSchema, loadValidator, validate, type Lang } from '@govkit-th/schemas';

/**
 * Checking document lists, in a chunk of its own that the element starts loading when it is
 * created, so the schema (with its per-kind rules and their messages) stays out of the page's first download.
 */
void loadValidator();

export function checkDocuments(data: unknown, lang: Lang) {
  return validate(documentsSchema, data, lang);
}
