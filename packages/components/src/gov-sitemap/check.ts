import { loadValidator, sitemapSchema, sitemapShapeProblem, validate, type Lang } from '@govkit-th/schemas';

/**
 * Checking site map data, in a chunk of its own that the element starts loading when it
 * is created, so the schema stays out of the page's first download.
 */
void loadValidator();

/**
 * Depth and size first (safe on any input), then the schema. `describe` words a broken
 * limit in the reader's language.
 */
export async function checkSitemap(
  data: unknown,
  lang: Lang,
  describe: (rule: 'depth' | 'entries', limit: number) => string,
) {
  const shape = sitemapShapeProblem(data);
  if (shape) {
    const message = describe(shape.rule, shape.limit);
    return [{ path: shape.path, keyword: shape.rule, message: shape.href ? `${message} (${shape.href})` : message }];
  }
  return validate(sitemapSchema, data, lang);
}
