import { common, SCHEMA_BASE, type LocalizedText } from './common.js';

export interface OpinionTopic {
  /** Letters, digits, `-` and `_`: what is stored with the message. */
  id: string;
  label: LocalizedText;
}

/** What `gov-opinion-box` is given: the topics, the consent text and the privacy notice. */
export interface OpinionBoxData {
  title?: LocalizedText;
  intro?: LocalizedText;
  topics: OpinionTopic[];
  /** What the person agrees to by sending (how the agency uses the message and contact). */
  consent: LocalizedText;
  privacyNotice: { href: string; label?: LocalizedText };
  /** The agency's name, printed at the top of the print view. */
  agency?: LocalizedText;
  /** `POST /opinions` on the inbox; the element's `endpoint` attribute overrides it. */
  endpoint?: string;
  /** Longest message accepted, in characters (default 3000). */
  maxLength?: number;
}

/** The `data` of an opinion submission (`formId: "opinion"`), as the inbox receives it. */
export interface OpinionSubmission {
  topic: string;
  message: string;
  name?: string;
  /** An email address or a Thai phone number, so the agency can answer. */
  contact?: string;
  consent: true;
}

/** Order 1.4(3): a channel for public opinion and suggestions. */
export const opinionBoxSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}opinion-box.json`,
  title: 'Opinion box',
  type: 'object',
  required: ['topics', 'consent', 'privacyNotice'],
  properties: {
    title: common('localizedText'),
    intro: common('localizedText'),
    topics: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['id', 'label'],
        properties: {
          id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$' },
          label: common('localizedText'),
        },
        additionalProperties: false,
      },
    },
    consent: common('localizedText'),
    privacyNotice: {
      type: 'object',
      required: ['href'],
      properties: { href: common('url'), label: common('localizedText') },
      additionalProperties: false,
    },
    agency: common('localizedText'),
    endpoint: common('url'),
    maxLength: { type: 'integer', minimum: 100, maximum: 20000 },
  },
  additionalProperties: false,
} as const;

/** The answers of the opinion form; the inbox can check submissions with it too. */
export const opinionSubmissionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}opinion-submission.json`,
  title: 'Opinion submission data',
  type: 'object',
  required: ['topic', 'message', 'consent'],
  properties: {
    topic: { type: 'string', minLength: 1, maxLength: 64 },
    message: { type: 'string', minLength: 10, maxLength: 20000 },
    name: { type: 'string', maxLength: 200 },
    contact: { type: 'string', maxLength: 254 },
    consent: { const: true },
  },
  additionalProperties: false,
} as const;
