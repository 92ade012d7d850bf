import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/** How a person reaches an e-service; the element names each in Thai and English. */
export const SERVICE_CHANNELS = ['web-form', 'website', 'line', 'app', 'email', 'phone', 'counter'] as const;

const service = {
  type: 'object',
  required: ['name', 'description', 'audience', 'channel', 'availability'],
  properties: {
    id: {
      description: 'Letters, digits, `-` and `_`: the `#id` link to this service.',
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
    },
    name: common('localizedText'),
    description: { ...common('localizedText'), description: 'What the service does, in a sentence or two.' },
    audience: {
      description: 'Who it is for (ประชาชน, ผู้ประกอบการ, หน่วยงานของรัฐ…); the list can be filtered by it.',
      type: 'array',
      minItems: 1,
      maxItems: 10,
      items: common('localizedText'),
    },
    channel: {
      description: 'web-form, website, line (LINE official account), app, email, phone or counter.',
      enum: SERVICE_CHANNELS,
    },
    href: { ...common('url'), description: 'Where the service is used: a page, a LINE add-friend link, an app store.' },
    availability: { ...common('localizedText'), description: 'When it can be used: "24 ชั่วโมง" or office hours.' },
    updatedAt: common('dateOrDateTime'),
    publication: common('publication'),
  },
  // Only a counter service can go without a link: an e-service is reached through one.
  if: { properties: { channel: { not: { const: 'counter' } } } },
  then: {
    required: ['href'],
    'x-messages': {
      required: {
        href: {
          th: 'บริการนี้ไม่มีลิงก์: คำสั่งจังหวัดสิงห์บุรีที่ 1106/2561 ข้อ 1.3(2) ให้มีระบบให้บริการในรูปแบบอิเล็กทรอนิกส์ ผู้ใช้ต้องเข้าถึงบริการได้จากลิงก์',
          en: 'This service has no link: Sing Buri order 1106/2561 clause 1.3(2) asks for electronic services, which people reach through a link',
        },
      },
    },
  },
  additionalProperties: false,
} as const;

/** Order 1.3(2): the agency's electronic services (e-Service). */
export const serviceListSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}service-list.json`,
  title: 'Electronic services (e-Service list)',
  type: 'object',
  required: ['services'],
  properties: {
    $schema: common('schemaLink'),
    title: common('localizedText'),
    services: { type: 'array', maxItems: 500, items: service },
    publication: common('publication'),
  },
} as const;

export type ServiceListData = FromKitSchema<typeof serviceListSchema>;
export type EService = ServiceListData['services'][number];
export type ServiceChannel = EService['channel'];
