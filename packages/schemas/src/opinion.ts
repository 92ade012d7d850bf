import type { FromSchema } from 'json-schema-to-ts';
import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';
import { senderProperties } from './submission.js';

/**
 * The longest opinion, in characters. An opinion box takes a few lines to a page or two:
 * 5,000 characters is about two A4 pages of Thai. Anything longer is a petition or a
 * complaint with evidence, which belongs in an e-form with attachments, where a clerk can
 * file it; the box's own `maxLength` may only lower this.
 */
export const OPINION_MAX_LENGTH = 5000;

/** Order 1.4(3): a channel for public opinion and suggestions. */
export const opinionBoxSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}opinion-box.json`,
  title: 'Opinion box',
  description: 'What gov-opinion-box is given: the topics, the consent text and the privacy notice.',
  type: 'object',
  required: ['topics', 'consent', 'privacyNotice'],
  properties: {
    $schema: common('schemaLink'),
    title: common('localizedText'),
    intro: common('localizedText'),
    topics: {
      description: 'What a person may choose the opinion is about. Empty: no topic is asked, and none is sent.',
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['id', 'label'],
        properties: {
          id: {
            description: 'Letters, digits, `-` and `_`: what is stored with the message.',
            type: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
          },
          label: common('localizedText'),
        },
        additionalProperties: false,
      },
    },
    consent: {
      ...common('localizedText'),
      description: 'What the person agrees to by sending (how the agency uses the message and contact).',
    },
    privacyNotice: {
      type: 'object',
      required: ['href'],
      properties: { href: common('url'), label: common('localizedText') },
      additionalProperties: false,
    },
    agency: { ...common('localizedText'), description: "The agency's name, printed at the top of the print view." },
    endpoint: {
      ...common('url'),
      description: "`POST /opinions` on the inbox; the element's `endpoint` attribute overrides it.",
    },
    maxLength: {
      description: 'Longest message accepted, in characters (default 3000).',
      type: 'integer',
      minimum: 100,
      maximum: OPINION_MAX_LENGTH,
    },
  },
  additionalProperties: false,
} as const;

/**
 * The `data` of an opinion submission (`POST /opinions`, `formId: "opinion"`): what the
 * browser checks before sending and the inbox checks on arrival.
 */
export const opinionSubmissionSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}opinion-submission.json`,
  title: 'ความคิดเห็น',
  type: 'object',
  // The topic is what the person chose. A box with no topics asks for none, and a
  // made-up "general" would look to the clerk like a choice the person made: it is
  // left out, and the clerk's list and export show it blank.
  required: ['message', 'consent'],
  properties: {
    topic: { title: 'เรื่อง', type: 'string', minLength: 1, maxLength: 64 },
    // One character is enough ("ดีมาก" is five): a short word of praise or complaint is
    // an opinion too. Blank or spaces only is not.
    message: { title: 'ความคิดเห็น', type: 'string', minLength: 1, maxLength: OPINION_MAX_LENGTH, pattern: '\\S' },
    ...senderProperties,
  },
  additionalProperties: false,
} as const;

export type OpinionBoxData = FromKitSchema<typeof opinionBoxSchema>;
export type OpinionTopic = OpinionBoxData['topics'][number];
export type OpinionSubmission = FromSchema<typeof opinionSubmissionSchema>;
