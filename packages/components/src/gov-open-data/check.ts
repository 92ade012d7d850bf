import { loadValidator, openDataSchema, validate, type Lang } from '@govkit-th/schemas';

/**
 * Checking open-data catalogues, in a chunk of its own that the element starts loading when
 * it is created, so the schema stays out of the page's first download.
 */
void loadValidator();

export function checkOpenData(data: unknown, lang: Lang) {
  return validate(openDataSchema, data, lang);
}
