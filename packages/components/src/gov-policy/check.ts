import { loadValidator, policySchema, validate, type Lang } from '@govkit-th/schemas';

/**
 * Checking policy data, in a chunk of its own that the element starts loading when it is
 * created, so the schema stays out of the page's first download.
 */
void loadValidator();

export function checkPolicy(data: unknown, lang: Lang) {
  return validate(policySchema, data, lang);
}
