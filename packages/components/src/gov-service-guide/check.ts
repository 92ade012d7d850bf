import { loadValidator, serviceGuideSchema, validate, type Lang } from '@govkit-th/schemas';

/** Checking a citizens' manual, in a chunk of its own that starts loading when the element is made. */
void loadValidator();

export function checkServiceGuide(data: unknown, lang: Lang) {
  return validate(serviceGuideSchema, data, lang);
}
