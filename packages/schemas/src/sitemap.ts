import { common, SCHEMA_BASE, type FromKitSchema, type WithoutProperty } from './common.js';

/**
 * How far a sitemap may go. JSON Schema cannot count nesting, so the depth and the total
 * are checked by {@link sitemapShapeProblem} before the schema runs (which also keeps a
 * hostile, very deep file from reaching the recursive validator).
 */
export const SITEMAP_LIMITS = {
  /** Levels of nesting, top-level sections included. */
  depth: 8,
  /** Entries in the whole tree. */
  entries: 5000,
  /** Entries in one list. */
  perList: 500,
} as const;

/** Order 1.1(7): the whole structure of the site, in sections and their sub-parts. */
export const sitemapSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}sitemap.json`,
  title: 'Site map',
  description: `Nested at most ${SITEMAP_LIMITS.depth} levels deep, with at most ${SITEMAP_LIMITS.entries} entries in all.`,
  type: 'object',
  required: ['items'],
  properties: {
    $schema: common('schemaLink'),
    title: common('localizedText'),
    items: { type: 'array', maxItems: SITEMAP_LIMITS.perList, items: { $ref: '#/$defs/item' } },
    publication: common('publication'),
  },
  $defs: {
    item: {
      description: 'One page or section of the site; a section lists its sub-pages in `children`.',
      type: 'object',
      required: ['title'],
      properties: {
        title: common('localizedText'),
        href: {
          ...common('url'),
          description:
            "The page's address; relative addresses resolve against the data file. Without it, a heading only.",
        },
        description: common('localizedText'),
        children: { type: 'array', maxItems: SITEMAP_LIMITS.perList, items: { $ref: '#/$defs/item' } },
      },
      additionalProperties: false,
    },
  },
} as const;

/**
 * An entry without its `children`, derived from the schema; FromSchema cannot follow a
 * schema that refers to itself, so the one recursive property is said by hand.
 */
type SitemapEntry = FromKitSchema<
  WithoutProperty<typeof sitemapSchema.$defs.item, 'children'> & { $id: typeof sitemapSchema.$id }
>;

/** One page or section of the site; a section lists its sub-pages in `children`. */
export interface SitemapItem extends SitemapEntry {
  children?: SitemapItem[];
}

/** The site map: its `items` are {@link SitemapItem}s; the rest is derived from the schema. */
export type SitemapData = FromKitSchema<WithoutProperty<Omit<typeof sitemapSchema, '$defs'>, 'items'>> & {
  items: SitemapItem[];
};

/** Where a sitemap breaks a limit the schema cannot express. */
export interface SitemapShapeProblem {
  /** JSON pointer of the first entry past the limit, e.g. `/items/0/children/2`. */
  path: string;
  rule: 'depth' | 'entries';
  limit: number;
  /** That entry's `href`, when it has one, to help find it in a generated file. */
  href?: string;
}

/**
 * Checks nesting depth and the number of entries without recursion, so it is safe on
 * any parsed JSON, however deep. Anything that is not a list of objects is left to the
 * schema. `undefined` when the limits hold.
 */
export function sitemapShapeProblem(
  data: unknown,
  limits: { depth: number; entries: number } = SITEMAP_LIMITS,
): SitemapShapeProblem | undefined {
  const items = (data as { items?: unknown } | null)?.items;
  if (!Array.isArray(items)) return undefined;
  const pending: Array<{ list: unknown[]; path: string; depth: number }> = [{ list: items, path: '/items', depth: 1 }];
  let entries = 0;
  for (let next = 0; next < pending.length; next += 1) {
    const { list, path, depth } = pending[next];
    for (let index = 0; index < list.length; index += 1) {
      const item = list[index];
      if (typeof item !== 'object' || item === null) continue;
      const here = `${path}/${index}`;
      const href = typeof (item as { href?: unknown }).href === 'string' ? (item as { href: string }).href : undefined;
      if (depth > limits.depth) return { path: here, rule: 'depth', limit: limits.depth, href };
      entries += 1;
      if (entries > limits.entries) return { path: here, rule: 'entries', limit: limits.entries, href };
      const children = (item as { children?: unknown }).children;
      if (Array.isArray(children)) pending.push({ list: children, path: `${here}/children`, depth: depth + 1 });
    }
  }
  return undefined;
}
