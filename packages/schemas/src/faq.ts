import { common, SCHEMA_BASE, type LocalizedText, type PublicationRecord } from './common.js';

export interface FaqItem {
  /** Letters, digits, `-` and `_`: it becomes the `#question-id` deep link. */
  id: string;
  question: LocalizedText;
  /** HTML, sanitised before display (links, lists, emphasis). */
  answer: LocalizedText;
  category?: LocalizedText;
  updatedAt?: string;
  publication?: PublicationRecord;
}

export interface FaqData {
  title?: LocalizedText;
  items: FaqItem[];
  publication?: PublicationRecord;
}

/** Order 1.1(5): frequently asked questions and their answers. */
export const faqSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}faq.json`,
  title: 'Frequently asked questions',
  type: 'object',
  required: ['items'],
  properties: {
    title: common('localizedText'),
    items: {
      type: 'array',
      maxItems: 2000,
      items: {
        type: 'object',
        required: ['id', 'question', 'answer'],
        properties: {
          id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$' },
          question: common('localizedText'),
          answer: { ...common('localizedText'), description: 'HTML; sanitised with DOMPurify before display.' },
          category: common('localizedText'),
          updatedAt: common('dateOrDateTime'),
          publication: common('publication'),
        },
      },
    },
    publication: common('publication'),
  },
} as const;
