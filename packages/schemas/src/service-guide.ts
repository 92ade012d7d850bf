import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/** The order's own words, quoted by the messages below (Sing Buri order 1106/2561 clause 1.3(1)). */
const STEPS_CLAUSE = {
  th: 'คำสั่งจังหวัดสิงห์บุรีที่ 1106/2561 ข้อ 1.3(1) ให้คู่มือสำหรับประชาชนแสดงขั้นตอนการให้บริการ',
  en: 'Sing Buri order 1106/2561 clause 1.3(1): the citizens’ manual must show the steps of the service',
} as const;

/**
 * A step's duration: a number and its unit. Minutes and hours add up into hours and
 * minutes; working days (วันทำการ) and calendar days are summed apart, since a working
 * day is not a fixed number of hours.
 */
const duration = {
  description:
    'How long the step takes: `{ "value": 30, "unit": "minutes" }`; unit is minutes, hours, working-days (วันทำการ) or days (calendar days).',
  type: 'object',
  required: ['value', 'unit'],
  properties: {
    value: { type: 'number', exclusiveMinimum: 0, maximum: 10000 },
    unit: { enum: ['minutes', 'hours', 'working-days', 'days'] },
  },
  additionalProperties: false,
} as const;

const step = {
  type: 'object',
  required: ['title', 'duration', 'responsible'],
  'x-messages': {
    required: {
      duration: {
        th: 'ขั้นตอนนี้ไม่ได้ระบุระยะเวลา: คำสั่งจังหวัดสิงห์บุรีที่ 1106/2561 ข้อ 1.3(1) ให้ระบุระยะเวลาในแต่ละขั้นตอนของการให้บริการ',
        en: 'This step has no duration: Sing Buri order 1106/2561 clause 1.3(1) asks for the time each step of the service takes',
      },
      responsible: {
        th: 'ขั้นตอนนี้ไม่ได้ระบุส่วนงานที่รับผิดชอบ (ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ ตามคำสั่งฯ ข้อ 1.3(1))',
        en: 'This step names no responsible unit (steps, durations and responsible units, order clause 1.3(1))',
      },
    },
  },
  properties: {
    title: {
      ...common('localizedText'),
      description: 'What happens in the step: การตรวจสอบเอกสาร, การพิจารณา, การลงนาม.',
    },
    detail: common('localizedText'),
    duration,
    responsible: { ...common('localizedText'), description: 'ส่วนงานที่รับผิดชอบ: the unit that does the step.' },
  },
  additionalProperties: false,
} as const;

const channel = {
  type: 'object',
  required: ['place', 'hours'],
  properties: {
    place: { ...common('localizedText'), description: 'สถานที่ให้บริการ: where, or which online channel.' },
    hours: {
      ...common('localizedText'),
      description: 'ระยะเวลาเปิดให้บริการ: days and hours, e.g. "วันจันทร์ถึงวันศุกร์ 08.30–16.30 น."',
    },
    note: common('localizedText'),
    href: { ...common('url'), description: 'A link for an online channel (http(s), mailto, tel).' },
  },
  additionalProperties: false,
} as const;

const documentItem = {
  type: 'object',
  required: ['name'],
  properties: {
    name: common('localizedText'),
    issuedBy: { ...common('localizedText'), description: 'หน่วยงานผู้ออกเอกสาร: who issues the document.' },
    originals: { description: 'ฉบับจริง: how many originals.', type: 'integer', minimum: 0, maximum: 100 },
    copies: { description: 'สำเนา: how many copies.', type: 'integer', minimum: 0, maximum: 100 },
    note: common('localizedText'),
  },
  additionalProperties: false,
} as const;

const fee = {
  type: 'object',
  required: ['description', 'amount'],
  properties: {
    description: common('localizedText'),
    amount: { description: 'In baht; 0 for free.', type: 'number', minimum: 0 },
    note: common('localizedText'),
  },
  additionalProperties: false,
} as const;

const complaint = {
  type: 'object',
  required: ['name'],
  properties: {
    name: common('localizedText'),
    address: common('localizedText'),
    phone: { type: 'string', minLength: 1, maxLength: 40, description: 'As written: 1567, 0 3650 7100.' },
    email: common('email'),
    href: common('url'),
  },
  additionalProperties: false,
} as const;

const service = {
  type: 'object',
  required: ['id', 'name', 'agency', 'channels', 'steps', 'documents', 'fees'],
  'x-messages': {
    required: {
      steps: STEPS_CLAUSE,
      documents: {
        th: 'ต้องระบุรายการเอกสารหลักฐานประกอบ (พ.ร.บ. การอำนวยความสะดวกในการพิจารณาอนุญาตของทางราชการ พ.ศ. 2558 มาตรา 7) ใส่ [] เมื่อไม่ต้องใช้เอกสาร',
        en: 'List the documents to file (Licensing Facilitation Act B.E. 2558 s.7); use [] when none are needed',
      },
      fees: {
        th: 'ต้องระบุค่าธรรมเนียม ใส่ [] เมื่อไม่มีค่าธรรมเนียม เพื่อให้คู่มือแสดงว่า “ไม่มีค่าธรรมเนียม”',
        en: 'State the fees; use [] when there is none, so the manual says “no fee”',
      },
    },
  },
  properties: {
    id: {
      description: 'Letters, digits, `-` and `_`: the `#id` link to this service.',
      type: 'string',
      pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$',
    },
    name: { ...common('localizedText'), description: 'ชื่อกระบวนงาน.' },
    agency: { ...common('localizedText'), description: 'หน่วยงานที่รับผิดชอบ.' },
    eligibility: { ...common('localizedText'), description: 'Who may apply (ผู้มีสิทธิยื่นคำขอ).' },
    legalBasis: {
      description: 'กฎหมายที่ให้อำนาจการอนุญาต หรือที่เกี่ยวข้อง.',
      type: 'array',
      maxItems: 20,
      items: common('localizedText'),
    },
    channels: { description: 'ช่องทางการให้บริการ.', type: 'array', minItems: 1, maxItems: 20, items: channel },
    conditions: {
      description: 'หลักเกณฑ์ วิธีการ เงื่อนไข (ถ้ามี) ในการยื่นคำขอ และในการพิจารณาอนุญาต: numbered paragraphs.',
      type: 'array',
      maxItems: 50,
      items: common('localizedText'),
    },
    steps: {
      description: 'ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ, in order; the total time is computed from them.',
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: step,
      'x-messages': { minItems: STEPS_CLAUSE },
    },
    documents: {
      description: 'รายการเอกสารหลักฐานประกอบ; [] says no document is needed.',
      type: 'array',
      maxItems: 100,
      items: documentItem,
    },
    fees: { description: 'ค่าธรรมเนียม; [] says there is no fee.', type: 'array', maxItems: 50, items: fee },
    complaints: { description: 'ช่องทางการร้องเรียน.', type: 'array', maxItems: 20, items: complaint },
    forms: {
      description: 'แบบฟอร์ม ตัวอย่าง และคู่มือการกรอก: links, e.g. to the page with the `gov-eform`.',
      type: 'array',
      maxItems: 20,
      items: common('link'),
    },
    note: { ...common('localizedText'), description: 'หมายเหตุ.' },
    updatedAt: common('dateOrDateTime'),
    publication: common('publication'),
  },
  additionalProperties: false,
} as const;

/** Order 1.3(1): the citizens' manual (คู่มือสำหรับประชาชน), one entry per service. */
export const serviceGuideSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}service-guide.json`,
  title: 'Citizens’ manual (service guide)',
  type: 'object',
  required: ['services'],
  properties: {
    $schema: common('schemaLink'),
    title: common('localizedText'),
    services: { type: 'array', maxItems: 200, items: service },
    publication: common('publication'),
  },
} as const;

export type ServiceGuideData = FromKitSchema<typeof serviceGuideSchema>;
export type ServiceGuide = ServiceGuideData['services'][number];
export type ServiceStep = ServiceGuide['steps'][number];
export type StepDuration = ServiceStep['duration'];
