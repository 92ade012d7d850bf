import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/** Order 3.4: banners (important links) that link the agency's content with the province site. */
export const bannersSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}banners.json`,
  title: 'Banner strip (important links)',
  type: 'object',
  required: ['banners'],
  properties: {
    $schema: common('schemaLink'),
    title: common('localizedText'),
    banners: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['title', 'href'],
        properties: {
          title: {
            ...common('localizedText'),
            description: "The link's name, shown under the image or alone when there is no image.",
          },
          href: common('url'),
          image: {
            ...common('url'),
            description: "The banner picture; it is shown in the strip's fixed aspect ratio (3:1 by default).",
          },
          alt: {
            ...common('localizedText'),
            description:
              'What the picture says or shows beyond the title (the words on it). Leave it out when the title says it all.',
          },
          startsAt: {
            ...common('dateOrDateTime'),
            description: 'Shown from this moment (a date means 00:00 Bangkok time that day).',
          },
          endsAt: {
            ...common('dateOrDateTime'),
            description:
              'Hidden from this moment (a date means the banner shows through the whole of that day, Bangkok time).',
          },
        },
        additionalProperties: false,
      },
    },
    province: {
      description: 'The link back to the province site, always shown; Sing Buri by default.',
      type: 'object',
      required: ['name', 'href'],
      properties: { name: common('localizedText'), href: common('url') },
      additionalProperties: false,
    },
    publication: common('publication'),
  },
  additionalProperties: false,
} as const;

export type BannersData = FromKitSchema<typeof bannersSchema>;
export type Banner = BannersData['banners'][number];
export type ProvinceLink = NonNullable<BannersData['province']>;
