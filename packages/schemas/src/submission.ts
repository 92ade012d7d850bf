import type { FromSchema } from 'json-schema-to-ts';
import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/**
 * A form's id: lower-case letters, digits and `-`. It is a path segment of the inbox's
 * `POST /forms/{formId}/submissions` and part of the draft key, so `Info-Request` and
 * `info-request` can never be two forms.
 */
export const FORM_ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';

/** `true` when `id` can name a form. */
export function isFormId(id: unknown): id is string {
  return typeof id === 'string' && new RegExp(FORM_ID_PATTERN).test(id);
}

/** Who sent an opinion or a question, and their consent: the same in both. */
export const senderProperties = {
  name: { title: 'ชื่อ', type: 'string', maxLength: 200 },
  contact: {
    title: 'ช่องทางติดต่อกลับ',
    description: 'An email address or a Thai phone number, so the agency can answer.',
    type: 'string',
    maxLength: 254,
  },
  consent: { title: 'ยินยอมให้เก็บข้อมูล', const: true },
} as const;

/**
 * What a form element posts to the inbox (`POST /forms/{formId}/submissions`,
 * `/opinions`, `/questions`), with an `Idempotency-Key` header.
 */
export const submissionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}submission.json`,
  title: 'Form submission (request body)',
  type: 'object',
  required: ['formId', 'formVersion', 'submittedAt', 'data'],
  properties: {
    formId: { type: 'string', pattern: FORM_ID_PATTERN },
    formVersion: {
      description: "The form definition's `version` the answers were made with.",
      anyOf: [{ type: 'string', minLength: 1, maxLength: 64 }, { type: 'number' }],
    },
    submittedAt: {
      description: 'When the person pressed send, in RFC 3339 (2025-11-26T09:30:00+07:00).',
      type: 'string',
      format: 'date-time',
    },
    data: { description: "The answers; checked against the form's own schema.", type: 'object' },
  },
  additionalProperties: false,
} as const;

/** The inbox's answer to a submission it kept (`201`), or to the same request again (`200`). */
export const receiptSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}receipt.json`,
  title: 'Submission receipt (response body)',
  type: 'object',
  required: ['receipt', 'receivedAt'],
  properties: {
    receipt: { description: 'What the person quotes to follow up, e.g. 20251126-7KQ3M-ZP8XA.', type: 'string' },
    receivedAt: { type: 'string', format: 'date-time' },
    privacyNotice: {
      ...common('localizedText'),
      description:
        "The form's privacy notice (PDPA section 23), when its definition has one: the page shows it with the receipt.",
    },
  },
  additionalProperties: false,
} as const;

/** The inbox's answer to a request it refused (`400` and the other `4xx`/`5xx`). */
export const problemsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}problems.json`,
  title: 'Submission problems (response body)',
  type: 'object',
  required: ['errors'],
  properties: {
    errors: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: {
          path: {
            description: 'A JSON pointer into `data` (a field), or into the request body; `""` for the whole request.',
            type: 'string',
          },
          message: { description: "In the language the request's Accept-Language asked for.", type: 'string' },
          keyword: { description: 'The rule that failed (`required`, `minLength`, …).', type: 'string' },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;

export type SubmissionBody = FromSchema<typeof submissionSchema>;
export type SubmissionReceipt = FromKitSchema<typeof receiptSchema>;
export type SubmissionProblems = FromSchema<typeof problemsSchema>;
export type SubmissionProblem = SubmissionProblems['errors'][number];
