import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/**
 * Order 1.4(2): public questions and the agency's answers, as the inbox publishes them
 * (`GET /questions/published.json`). Only answers that a reporter drafted, another person
 * approved and a publisher published are in it; the question is the one staff rewrote.
 */
export const qaBoardSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}qa-board.json`,
  title: 'Questions and answers (Q&A board)',
  description: 'What gov-qa-board reads: the inbox’s published.json, or a file in the same format.',
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
            description: 'Letters, digits, `-` and `_`: it becomes the `#id` link to the question.',
            type: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
          },
          question: common('localizedText'),
          answer: {
            ...common('localizedText'),
            description: 'HTML, sanitised with DOMPurify before display (the inbox writes plain paragraphs).',
          },
          answerText: { description: 'The answer as plain text (the inbox adds it for search).', type: 'string' },
          category: common('localizedText'),
          askedAt: { ...common('dateOrDateTime'), description: 'When the question reached the agency.' },
          answeredAt: { ...common('dateOrDateTime'), description: 'When the answer was first published.' },
          updatedAt: common('dateOrDateTime'),
          publication: common('publication'),
        },
      },
    },
    updatedAt: common('dateOrDateTime'),
    publication: common('publication'),
  },
} as const;

export type QaBoardData = FromKitSchema<typeof qaBoardSchema>;
export type QaBoardItem = QaBoardData['items'][number];
