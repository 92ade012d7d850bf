import { common, SCHEMA_BASE, type LocalizedText, type PublicationRecord } from './common.js';

export interface Banner {
  /** The link's name, shown under the image or alone when there is no image. */
  title: LocalizedText;
  href: string;
  /** The banner picture; it is shown in the strip's fixed aspect ratio (3:1 by default). */
  image?: string;
  /** What the picture says or shows beyond the title (the words on it). Leave it out when the title says it all. */
  alt?: LocalizedText;
  /** Shown from this moment (a date means 00:00 Bangkok time that day). */
  startsAt?: string;
  /** Hidden from this moment (a date means the banner shows through the whole of that day, Bangkok time). */
  endsAt?: string;
}

export interface ProvinceLink {
  name: LocalizedText;
  href: string;
}

export interface BannersData {
  title?: LocalizedText;
  banners: Banner[];
  /** The link back to the province site, always shown; Sing Buri by default. */
  province?: ProvinceLink;
  publication?: PublicationRecord;
}

/** Order 3.4: banners (important links) that link the agency's content with the province site. */
export const bannersSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}banners.json`,
  title: 'Banner strip (important links)',
  type: 'object',
  required: ['banners'],
  properties: {
    title: common('localizedText'),
    banners: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['title', 'href'],
        properties: {
          title: common('localizedText'),
          href: common('url'),
          image: common('url'),
          alt: common('localizedText'),
          startsAt: common('dateOrDateTime'),
          endsAt: common('dateOrDateTime'),
        },
        additionalProperties: false,
      },
    },
    province: {
      type: 'object',
      required: ['name', 'href'],
      properties: { name: common('localizedText'), href: common('url') },
      additionalProperties: false,
    },
    publication: common('publication'),
  },
  additionalProperties: false,
} as const;
