import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/** Order 1.1(3): the agency's Chief Information Officer, how to reach them, how IT is managed. */
export const cioSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}cio.json`,
  title: 'Chief Information Officer (CIO)',
  type: 'object',
  properties: {
    $schema: common('schemaLink'),
    title: {
      ...common('localizedText'),
      description: 'The heading; "ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)" when absent.',
    },
    name: {
      ...common('localizedText'),
      description:
        "The person's name with title (นาย/นาง/นางสาว). Absent until the agency announces who it is: the element then shows its empty state.",
    },
    position: {
      ...common('localizedText'),
      description: "The person's own position, e.g. รองผู้ว่าราชการจังหวัดสิงห์บุรี.",
    },
    agency: common('localizedText'),
    photo: {
      description: 'A portrait; a neutral silhouette is shown when there is none. `alt` defaults to "ภาพถ่ายของ{name}".',
      type: 'object',
      required: ['src'],
      properties: { src: common('url'), alt: common('localizedText') },
      additionalProperties: false,
    },
    phone: {
      ...common('phone'),
      description: 'As written: 0 3650 7100, 036-507-100 ต่อ 12, +66 36 507 100. Dialled in E.164.',
    },
    email: common('email'),
    responsibilities: {
      description: "What the CIO does in managing the agency's information technology, one duty per item.",
      type: 'array',
      maxItems: 50,
      items: common('localizedText'),
    },
    itPolicy: {
      description: 'The agency\'s IT policy; the link text defaults to "นโยบายด้านเทคโนโลยีสารสนเทศของหน่วยงาน".',
      type: 'object',
      required: ['href'],
      properties: { title: common('localizedText'), href: common('url') },
      additionalProperties: false,
    },
    publication: common('publication'),
  },
  additionalProperties: false,
} as const;

export type CioData = FromKitSchema<typeof cioSchema>;
