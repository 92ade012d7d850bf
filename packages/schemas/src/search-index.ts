import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/** The index format's version; an element refuses an index of another major version. */
export const SEARCH_INDEX_VERSION = 1;

/** What a search result is, for its label ("ข่าว", "เอกสาร", …). */
export const SEARCH_DOCUMENT_TYPES = ['page', 'news', 'document', 'faq', 'service', 'e-service', 'event'] as const;

/** Caps that keep the index small: a result needs an excerpt, not the whole page. */
export const SEARCH_INDEX_LIMITS = { documents: 5000, title: 500, excerpt: 300, text: 2000, words: 4000 } as const;

const text = (maxLength: number, description: string) =>
  ({
    description,
    anyOf: [
      { type: 'string', maxLength },
      {
        type: 'object',
        properties: { th: { type: 'string', maxLength }, en: { type: 'string', maxLength } },
        additionalProperties: false,
        minProperties: 1,
      },
    ],
  }) as const;

/**
 * The site search index (`search-index.json`) that `gov-site-search` loads on demand: one
 * entry per page of the site and per item of the kit's content (news, documents, FAQ,
 * services, e-services, events), each with plain text only. Written by the index builder
 * (`@govkit-th/schemas/search-index-builder`) for a static site, or by the publishing desk
 * from published content.
 */
export const searchIndexSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}search-index.json`,
  title: 'Site search index',
  type: 'object',
  required: ['version', 'documents'],
  properties: {
    $schema: common('schemaLink'),
    version: { description: 'The format version: 1.', const: SEARCH_INDEX_VERSION },
    generatedAt: common('dateOrDateTime'),
    documents: {
      type: 'array',
      maxItems: SEARCH_INDEX_LIMITS.documents,
      items: {
        type: 'object',
        required: ['url', 'type', 'title'],
        properties: {
          url: {
            ...common('url'),
            description: 'Where the result leads; relative URLs resolve against the index file.',
          },
          type: { type: 'string', enum: SEARCH_DOCUMENT_TYPES },
          title: text(SEARCH_INDEX_LIMITS.title, 'The page or item title (plain text).'),
          excerpt: text(SEARCH_INDEX_LIMITS.excerpt, 'A short description shown under the title (plain text).'),
          text: text(
            SEARCH_INDEX_LIMITS.text,
            'The start of the body text, plain, for matching and the matched snippet.',
          ),
          words: text(
            SEARCH_INDEX_LIMITS.words,
            'The other words of a long body, once each, split with Intl.Segmenter, so they are found too.',
          ),
          date: {
            ...common('dateOrDateTime'),
            description: 'Published, updated or taking place; shown in the Buddhist era.',
          },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;

export type SearchIndexData = FromKitSchema<typeof searchIndexSchema>;
export type SearchDocument = SearchIndexData['documents'][number];
export type SearchDocumentType = (typeof SEARCH_DOCUMENT_TYPES)[number];
