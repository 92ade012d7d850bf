import { common, SCHEMA_BASE, type LocalizedText, type PublicationRecord } from './common.js';

export interface CioData {
  /** The heading; "ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)" when absent. */
  title?: LocalizedText;
  /** The person's name with title (นาย/นาง/นางสาว). Absent until the agency announces who it is: the element then shows its empty state. */
  name?: LocalizedText;
  /** The person's own position, e.g. รองผู้ว่าราชการจังหวัดสิงห์บุรี. */
  position?: LocalizedText;
  agency?: LocalizedText;
  /** A portrait; a neutral silhouette is shown when there is none. `alt` defaults to "ภาพถ่ายของ{name}". */
  photo?: { src: string; alt?: LocalizedText };
  /** As written: 0 3650 7100, 036-507-100 ต่อ 12, +66 36 507 100. Dialled in E.164. */
  phone?: string;
  email?: string;
  /** What the CIO does in managing the agency's information technology, one duty per item. */
  responsibilities?: LocalizedText[];
  /** The agency's IT policy; the link text defaults to "นโยบายด้านเทคโนโลยีสารสนเทศของหน่วยงาน". */
  itPolicy?: { title?: LocalizedText; href: string };
  publication?: PublicationRecord;
}

/** Order 1.1(3): the agency's Chief Information Officer, how to reach them, how IT is managed. */
export const cioSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}cio.json`,
  title: 'Chief Information Officer (CIO)',
  type: 'object',
  properties: {
    title: common('localizedText'),
    name: common('localizedText'),
    position: common('localizedText'),
    agency: common('localizedText'),
    photo: {
      type: 'object',
      required: ['src'],
      properties: { src: common('url'), alt: common('localizedText') },
      additionalProperties: false,
    },
    phone: common('phone'),
    email: common('email'),
    responsibilities: { type: 'array', maxItems: 50, items: common('localizedText') },
    itPolicy: {
      type: 'object',
      required: ['href'],
      properties: { title: common('localizedText'), href: common('url') },
      additionalProperties: false,
    },
    publication: common('publication'),
  },
  additionalProperties: false,
} as const;
