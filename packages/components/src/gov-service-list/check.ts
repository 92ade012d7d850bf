import { loadValidator, serviceListSchema, validate, type Lang } from '@govkit-th/schemas';

/** Checking an e-service list, in a chunk of its own that starts loading when the element is made. */
void loadValidator();

export function checkServiceList(data: unknown, lang: Lang) {
  return validate(serviceListSchema, data, lang);
}
