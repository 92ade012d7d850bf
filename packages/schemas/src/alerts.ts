import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';
import type { Lang } from './messages.js';
import type { ValidationProblem } from './validate.js';

/**
 * Order 4.1 and 4.2: urgent notices. Urgent matters are screened by the Governor or the
 * province CIO before publication, so a notice without its screening record is refused.
 */
export const alertsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}alerts.json`,
  title: 'Urgent notices',
  type: 'object',
  required: ['alerts'],
  properties: {
    $schema: common('schemaLink'),
    alerts: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        required: ['id', 'version', 'severity', 'title', 'area', 'issuedAt', 'expiresAt', 'instructions', 'screening'],
        properties: {
          id: {
            description:
              'Letters, digits, `-` and `_`. A reader who dismisses a notice dismisses this id at this version.',
            type: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
          },
          version: {
            description: 'Raise it when the notice changes: a reader who dismissed an earlier version sees it again.',
            type: 'integer',
            minimum: 1,
          },
          severity: {
            description:
              '`info` (ประกาศ), `warning` (เฝ้าระวัง) or `danger` (อันตราย เร่งด่วน). Only `danger` interrupts a screen reader (role="alert").',
            enum: ['info', 'warning', 'danger'],
          },
          title: common('localizedText'),
          area: {
            ...common('localizedText'),
            description: 'Where it applies: districts, subdistricts, the river banks.',
          },
          issuedAt: { type: 'string', format: 'date-time', description: 'When the notice was issued (shown).' },
          expiresAt: {
            type: 'string',
            format: 'date-time',
            description: 'From this moment the notice is no longer shown.',
          },
          instructions: {
            ...common('localizedText'),
            description: 'What to do, in plain words (plain text; line breaks are kept).',
          },
          description: { ...common('localizedText'), description: 'What is happening (plain text).' },
          url: { ...common('url'), description: 'A page with more information.' },
          screening: {
            description:
              'Order 1106/2561 clause 4.1: urgent matters are screened by the Governor or the province CIO before publication. Who screened the notice and when (no later than `issuedAt`).',
            type: 'object',
            required: ['by', 'name', 'at'],
            properties: {
              by: { enum: ['governor', 'province-cio'] },
              name: { type: 'string', minLength: 1, maxLength: 200 },
              at: { type: 'string', format: 'date-time' },
            },
            additionalProperties: false,
          },
          publication: common('publication'),
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;

export type AlertsData = FromKitSchema<typeof alertsSchema>;
export type Alert = AlertsData['alerts'][number];

const clauseMessages: Record<Lang, { missing: string; late: string }> = {
  th: {
    missing: 'ประกาศเร่งด่วนต้องมีบันทึกการกลั่นกรอง (screening) โดยผู้ว่าราชการจังหวัดหรือ CIO จังหวัด ก่อนเผยแพร่ ตามคำสั่งข้อ 4.1',
    late: 'ต้องกลั่นกรองก่อนเผยแพร่: เวลากลั่นกรองต้องไม่หลังเวลาประกาศ (issuedAt) ตามคำสั่งข้อ 4.1',
  },
  en: {
    missing:
      'An urgent notice needs its screening record (by the Governor or the province CIO) before publication: order clause 4.1',
    late: 'Screened before publication: the screening time must not be after issuedAt (order clause 4.1)',
  },
};

/**
 * The rules of clause 4.1 that the keyword messages cannot say: a missing screening record
 * is named as what the order asks, and a screening after the notice was issued is refused.
 * Takes the schema's problems for `data` and returns them with these applied.
 */
export function screeningProblems(data: unknown, problems: ValidationProblem[], lang: Lang): ValidationProblem[] {
  const messages = clauseMessages[lang];
  const named = problems.map((problem) =>
    problem.keyword === 'required' && /^\/alerts\/\d+\/screening$/.test(problem.path)
      ? { ...problem, keyword: 'screening', message: messages.missing }
      : problem,
  );
  const alerts = (data as { alerts?: unknown } | null)?.alerts;
  if (!Array.isArray(alerts)) return named;
  alerts.forEach((alert: Partial<Alert>, index) => {
    const screened = Date.parse(alert?.screening?.at ?? '');
    const issued = Date.parse(alert?.issuedAt ?? '');
    if (screened > issued)
      named.push({ path: `/alerts/${index}/screening/at`, keyword: 'screenedBeforeIssue', message: messages.late });
  });
  return named;
}
