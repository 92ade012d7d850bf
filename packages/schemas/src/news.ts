import { common, SCHEMA_BASE, type LocalizedText, type PublicationRecord } from './common.js';

/** A picture beside a news item. */
export interface NewsImage {
  src: string;
  /** What the picture shows; `""` marks a decorative picture (the title already says it all). */
  alt: LocalizedText | '';
  /** Pixel size of the file, so the page reserves its space before it loads. */
  width?: number;
  height?: number;
}

/** A file to download with the news (order 1.4(1): PDF, DOC, TXT, TIFF, JPEG…). */
export interface NewsAttachment {
  title: LocalizedText;
  url: string;
  /** A MIME type (`application/pdf`) or a file extension (`pdf`, `.docx`); read from the URL when left out. */
  type?: string;
  /** Size in bytes. */
  size?: number;
}

export interface NewsItem {
  /** Any text that names the item uniquely in its list (a feed's guid is fine). */
  id: string;
  /** Plain text. May be left out only by feeds; the element then says the item has no title. */
  title?: LocalizedText;
  /** A short teaser. HTML is allowed but never rendered: it is reduced to plain text and shortened. */
  summary?: LocalizedText;
  /** The full story; relative URLs resolve against the data file's URL. */
  url?: string;
  category?: LocalizedText;
  /** ISO 8601. The list is ordered by it, newest first; items without it come last. */
  publishedAt?: string;
  /** ISO 8601; shown when it falls on another day than `publishedAt`. */
  updatedAt?: string;
  image?: NewsImage;
  attachments?: NewsAttachment[];
  publication?: PublicationRecord;
}

export interface NewsData {
  title?: LocalizedText;
  /** BCP 47 language of the items' text when it is not the page's (feeds declare it). */
  language?: string;
  items: NewsItem[];
  publication?: PublicationRecord;
}

/** Order 1.4(1): news and announcements with their publication and last-modified dates and files. */
export const newsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}news.json`,
  title: 'News and announcements',
  type: 'object',
  required: ['items'],
  properties: {
    title: common('localizedText'),
    language: { type: 'string', pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$' },
    items: {
      type: 'array',
      maxItems: 20000,
      items: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', minLength: 1, maxLength: 2048 },
          title: common('localizedText'),
          summary: {
            ...common('localizedText'),
            description: 'A teaser; HTML is reduced to plain text before display.',
          },
          url: common('url'),
          category: common('localizedText'),
          publishedAt: common('dateOrDateTime'),
          updatedAt: common('dateOrDateTime'),
          image: {
            type: 'object',
            required: ['src', 'alt'],
            properties: {
              src: common('url'),
              alt: {
                anyOf: [common('localizedText'), { const: '' }],
                description: 'An empty string marks a decorative picture.',
              },
              width: { type: 'integer', minimum: 1, maximum: 20000 },
              height: { type: 'integer', minimum: 1, maximum: 20000 },
            },
            additionalProperties: false,
          },
          attachments: {
            type: 'array',
            maxItems: 50,
            items: {
              type: 'object',
              required: ['title', 'url'],
              properties: {
                title: common('localizedText'),
                url: common('url'),
                type: { type: 'string', minLength: 1, maxLength: 255 },
                size: { type: 'integer', minimum: 0 },
              },
              additionalProperties: false,
            },
          },
          publication: common('publication'),
        },
      },
    },
    publication: common('publication'),
  },
} as const;
