import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/** Order 1.1(1): how people can contact the agency ("ติดต่อเรา"). */
export const contactSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}contact.json`,
  title: 'Agency contact block',
  type: 'object',
  required: ['name', 'address'],
  properties: {
    $schema: common('schemaLink'),
    name: common('localizedText'),
    address: {
      type: 'object',
      required: ['line', 'province'],
      properties: {
        line: { ...common('localizedText'), description: 'House number, building, moo, soi and road, as written.' },
        subdistrict: { ...common('localizedText'), description: 'ตำบล / แขวง, without the prefix.' },
        district: { ...common('localizedText'), description: 'อำเภอ / เขต, without the prefix.' },
        province: { ...common('localizedText'), description: 'จังหวัด, without the prefix.' },
        postcode: { type: 'string', pattern: '^[1-9][0-9]{4}$' },
      },
      additionalProperties: false,
    },
    phones: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        required: ['number'],
        properties: {
          label: common('localizedText'),
          // Short service numbers (1567 Damrongdhama, 1111, 191) are too short for the shared pattern.
          number: {
            description:
              'As written: `0 3650 7100`, `036-507-100 ต่อ 12`, `+66 36 507 100`, or a short number such as `1567`.',
            anyOf: [common('phone'), { type: 'string', pattern: '^1[0-9]{2,3}$' }],
          },
        },
        additionalProperties: false,
      },
    },
    fax: { type: 'array', maxItems: 10, items: common('phone') },
    emails: { type: 'array', maxItems: 10, items: common('email') },
    website: common('url'),
    officeHours: common('localizedText'),
    socials: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        required: ['platform', 'url'],
        properties: {
          platform: { enum: ['facebook', 'line', 'youtube', 'x', 'instagram', 'tiktok', 'other'] },
          url: common('url'),
          label: common('localizedText'),
        },
        additionalProperties: false,
      },
    },
    map: {
      type: 'object',
      required: ['lat', 'lng'],
      properties: {
        lat: { type: 'number', minimum: -90, maximum: 90 },
        lng: { type: 'number', minimum: -180, maximum: 180 },
      },
      additionalProperties: false,
    },
    publication: common('publication'),
  },
} as const;

export type ContactData = FromKitSchema<typeof contactSchema>;
export type ThaiAddress = ContactData['address'];
export type ContactPhone = NonNullable<ContactData['phones']>[number];
export type SocialPlatform = NonNullable<ContactData['socials']>[number]['platform'];
