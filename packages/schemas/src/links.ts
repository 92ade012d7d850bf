import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/**
 * Order 1.1(6): links to related outside agencies and to subordinate agencies, and to
 * video or audio about the agency's news and activities (YouTube, Facebook and others).
 */
export const linksSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}links.json`,
  title: 'Link list',
  type: 'object',
  required: ['groups'],
  properties: {
    $schema: common('schemaLink'),
    title: common('localizedText'),
    groups: {
      description: 'Groups of links, each under its own heading (related agencies, subordinate agencies, videos).',
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['title', 'items'],
        properties: {
          title: common('localizedText'),
          items: {
            type: 'array',
            maxItems: 500,
            items: {
              type: 'object',
              required: ['title', 'href'],
              properties: {
                title: common('localizedText'),
                href: {
                  ...common('url'),
                  description:
                    'Where the link goes. A YouTube address (youtube.com/watch?v=…, youtu.be/…) with a `thumbnail` also offers a player that loads only when the person asks.',
                },
                description: common('localizedText'),
                thumbnail: {
                  description:
                    "A picture kept on the agency's own site (never the video host's), so nothing is asked of another site before the person chooses.",
                  type: 'object',
                  required: ['src'],
                  properties: { src: common('url'), alt: common('localizedText') },
                  additionalProperties: false,
                },
                date: common('date'),
              },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
    },
    publication: common('publication'),
  },
  additionalProperties: false,
} as const;

export type LinksData = FromKitSchema<typeof linksSchema>;
export type LinkGroup = LinksData['groups'][number];
export type LinkItem = LinkGroup['items'][number];
