/**
 * Type-level tests, checked by `tsc` (the type-check step of `npm test`). Every type in
 * this package is derived from its schema with FromSchema, except two properties said by
 * hand; these fail to compile when those and their schemas drift apart.
 */
import { eformDefinitionSchema, type EformField, type EformGroup, type EformPage, type Part } from './eform.js';
import type { WithoutProperty } from './common.js';
import { sitemapSchema, type SitemapData, type SitemapItem } from './sitemap.js';
import type { ItaItem, ItaListItem } from './ita.js';
import type { ManifestContentEntry, ManifestData } from './manifest.js';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;
type Assignable<A, B> = A extends B ? true : false;

type PageFields = typeof eformDefinitionSchema.properties.pages.items.properties.fields;
type GroupSchema = typeof eformDefinitionSchema.$defs.group;
type GroupFields = GroupSchema['properties']['fields'];
type SitemapItemSchema = typeof sitemapSchema.$defs.item;

export type Checks = [
  // A page's fields: a group when `widget` is "group", a field otherwise.
  Expect<Equal<PageFields['type'], 'array'>>,
  Expect<Equal<PageFields['items']['if']['properties']['widget']['const'], 'group'>>,
  Expect<Equal<PageFields['items']['then'], { readonly $ref: '#/$defs/group' }>>,
  Expect<Equal<Part<PageFields['items']['else']>, EformField>>,
  Expect<Equal<EformPage['fields'], Array<EformField | EformGroup>>>,
  // A group's fields: fields, or groups again (the same `$defs/group`).
  Expect<Equal<Omit<EformGroup, 'fields'>, Omit<Part<WithoutProperty<GroupSchema, 'fields'>>, 'fields'>>>,
  Expect<Equal<GroupFields['items']['then'], { readonly $ref: '#/$defs/group' }>>,
  Expect<Equal<Part<GroupFields['items']['else']>, EformField>>,
  Expect<Equal<EformGroup['fields'], Array<EformField | EformGroup>>>,
  // A sitemap's items and their children: lists of the same entry.
  Expect<Equal<typeof sitemapSchema.properties.items.type, 'array'>>,
  Expect<Equal<typeof sitemapSchema.properties.items.items, { readonly $ref: '#/$defs/item' }>>,
  Expect<Equal<SitemapItemSchema['properties']['children']['type'], 'array'>>,
  Expect<Equal<SitemapItemSchema['properties']['children']['items'], { readonly $ref: '#/$defs/item' }>>,
  Expect<Equal<SitemapData['items'], SitemapItem[]>>,
  Expect<Equal<SitemapItem['children'], SitemapItem[] | undefined>>,
  // A shipped ITA item is a valid item of a page-supplied list (`ita-items.json`).
  Expect<Assignable<ItaItem, ItaListItem>>,
  // The manifest's content entry, said by hand, is what the schema describes.
  Expect<Equal<Exclude<NonNullable<ManifestData['content']['faq']>, readonly unknown[]>, ManifestContentEntry>>,
];
