import { loadValidator, qaBoardSchema, validate, type Lang } from '@govkit-th/schemas';

/**
 * Checking Q&A board data, in a chunk of its own that the element starts loading when it
 * is created, so the schema stays out of the page's first download.
 */
void loadValidator();

export function checkQaBoard(data: unknown, lang: Lang) {
  return validate(qaBoardSchema, data, lang);
}
