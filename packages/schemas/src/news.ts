import { common, pixels, SCHEMA_BASE, type FromKitSchema } from './common.js';

/** Order 1.4(1): news and announcements with their publication and last-modified dates and files. */
export const newsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}news.json`,
  title: 'News and announcements',
  type: 'object',
  required: ['items'],
  properties: {
    $schema: common('schemaLink'),
    title: common('localizedText'),
    language: {
      description: "BCP 47 language of the items' text when it is not the page's (feeds declare it).",
      type: 'string',
      pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$',
    },
    items: {
      type: 'array',
      maxItems: 20000,
      items: {
        type: 'object',
        required: ['id'],
        properties: {
          id: {
            description: "Any text that names the item uniquely in its list (a feed's guid is fine).",
            type: 'string',
            minLength: 1,
            maxLength: 2048,
          },
          title: {
            ...common('localizedText'),
            description: 'Plain text. May be left out only by feeds; the element then says the item has no title.',
          },
          summary: {
            ...common('localizedText'),
            description:
              'A short teaser. HTML is allowed but never rendered: it is reduced to plain text and shortened.',
          },
          url: { ...common('url'), description: "The full story; relative URLs resolve against the data file's URL." },
          category: common('localizedText'),
          publishedAt: {
            ...common('dateOrDateTime'),
            description: 'ISO 8601. The list is ordered by it, newest first; items without it come last.',
          },
          updatedAt: {
            ...common('dateOrDateTime'),
            description: 'ISO 8601; shown when it falls on another day than `publishedAt`.',
          },
          image: {
            description: 'A picture beside the item.',
            type: 'object',
            required: ['src', 'alt'],
            properties: {
              src: common('url'),
              alt: {
                anyOf: [common('localizedText'), { const: '' }],
                description: 'What the picture shows; `""` marks a decorative picture (the title already says it all).',
              },
              width: pixels,
              height: pixels,
            },
            additionalProperties: false,
          },
          attachments: {
            description: 'Files to download with the news (order 1.4(1): PDF, DOC, TXT, TIFF, JPEG…).',
            type: 'array',
            maxItems: 50,
            items: {
              type: 'object',
              required: ['title', 'url'],
              properties: {
                title: common('localizedText'),
                url: common('url'),
                type: {
                  description:
                    'A MIME type (`application/pdf`) or a file extension (`pdf`, `.docx`); read from the URL when left out.',
                  type: 'string',
                  minLength: 1,
                  maxLength: 255,
                },
                size: { description: 'Size in bytes.', type: 'integer', minimum: 0 },
              },
              additionalProperties: false,
            },
          },
          urgent: {
            description:
              'An urgent matter (order clause 4): the publishing desk holds it until the Governor or the province CIO has screened it.',
            type: 'boolean',
          },
          publication: common('publication'),
        },
      },
    },
    publication: common('publication'),
  },
} as const;

export type NewsData = FromKitSchema<typeof newsSchema>;
export type NewsItem = NewsData['items'][number];
export type NewsImage = NonNullable<NewsItem['image']>;
export type NewsAttachment = NonNullable<NewsItem['attachments']>[number];
