import type { FromSchema } from 'json-schema-to-ts';
import { SCHEMA_BASE } from './common.js';
import { senderProperties } from './submission.js';

/**
 * The `data` of a public question for the Q&A board (order 1.4(2)): `POST /questions`,
 * `formId: "question"`.
 */
export const questionSubmissionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}question-submission.json`,
  title: 'คำถาม',
  type: 'object',
  required: ['question', 'consent'],
  properties: {
    question: { title: 'คำถาม', type: 'string', minLength: 5, maxLength: 2000, pattern: '\\S' },
    category: { title: 'หมวด', type: 'string', maxLength: 200 },
    ...senderProperties,
  },
  additionalProperties: false,
} as const;

export type QuestionSubmission = FromSchema<typeof questionSubmissionSchema>;
