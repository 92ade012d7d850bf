import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/** Order 1.1(5): frequently asked questions and their answers. */
export const faqSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}faq.json`,
  title: 'Frequently asked questions',
  type: 'object',
  required: ['items'],
  properties: {
    $schema: common('schemaLink'),
    title: common('localizedText'),
    items: {
      type: 'array',
      maxItems: 2000,
      items: {
        type: 'object',
        required: ['id', 'question', 'answer'],
        properties: {
          id: {
            description: 'Letters, digits, `-` and `_`: it becomes the `#question-id` deep link.',
            type: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
          },
          question: common('localizedText'),
          answer: {
            ...common('localizedText'),
            description: 'HTML, sanitised with DOMPurify before display (links, lists, emphasis).',
          },
          category: common('localizedText'),
          updatedAt: common('dateOrDateTime'),
          publication: common('publication'),
        },
      },
    },
    publication: common('publication'),
  },
} as const;

export type FaqData = FromKitSchema<typeof faqSchema>;
export type FaqItem = FaqData['items'][number];
