import { loadValidator, ORG_DEPTH, profileSchema, profileShapeProblem, validate, type Lang } from '@govkit-th/schemas';

/**
 * Checking profile data, in a chunk of its own that the element starts loading when it is
 * created, so the schema stays out of the page's first download.
 */
void loadValidator();

/** Nesting first (safe on any input, however deep), then the schema. `tooDeep` words the limit. */
export async function checkProfile(data: unknown, lang: Lang, tooDeep: (limit: number) => string) {
  const path = profileShapeProblem(data);
  if (path) return [{ path, keyword: 'depth', message: tooDeep(ORG_DEPTH) }];
  return validate(profileSchema, data, lang);
}
