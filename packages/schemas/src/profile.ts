import { common, pixels, SCHEMA_BASE, type FromKitSchema, type WithoutProperty } from './common.js';

const textList = { type: 'array', maxItems: 100, items: common('localizedText') } as const;

const documentList = {
  description: 'Documents, each a link (PDF or a page) with an optional date.',
  type: 'array',
  maxItems: 200,
  items: { $ref: '#/$defs/document' },
} as const;

/**
 * Order 1.1(1) and ITA O1–O2, O5–O8: what an agency says about itself, in one file that
 * every about/ page reads (each page shows one `section`).
 */
export const profileSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}profile.json`,
  title: 'Agency profile',
  type: 'object',
  properties: {
    $schema: common('schemaLink'),
    title: {
      ...common('localizedText'),
      description: 'The heading when every section is shown; "ข้อมูลหน่วยงาน" when absent.',
    },
    history: { ...textList, description: 'The history, one paragraph per item (plain text).' },
    vision: common('localizedText'),
    mission: { ...textList, description: 'The missions (พันธกิจ), one per item.' },
    values: { ...textList, description: 'The shared values (ค่านิยม), one per item.' },
    duties: {
      description: 'Powers and duties, and the laws that give them.',
      type: 'object',
      properties: {
        items: textList,
        legalBasis: {
          ...documentList,
          description: 'The law, ministerial regulation or order each duty comes from, as a link.',
        },
      },
      additionalProperties: false,
    },
    strategy: { ...textList, description: 'The strategic issues (ประเด็นยุทธศาสตร์), one per item.' },
    plans: { ...documentList, description: 'Strategy plans and annual action plans, as documents.' },
    budget: {
      description:
        'The annual budget in baht. `total` is the total as stated in the budget document; the element adds up `parts` and warns when the two differ.',
      type: 'object',
      required: ['fiscalYear', 'total', 'parts'],
      properties: {
        fiscalYear: {
          description: 'The Thai fiscal year in the Buddhist era (2570 = 1 Oct 2569 – 30 Sep 2570).',
          type: 'integer',
          minimum: 2400,
          maximum: 2800,
        },
        total: { type: 'number', minimum: 0 },
        parts: {
          type: 'array',
          minItems: 1,
          maxItems: 100,
          items: {
            type: 'object',
            required: ['title', 'amount'],
            properties: { title: common('localizedText'), amount: { type: 'number', minimum: 0 } },
            additionalProperties: false,
          },
        },
        document: { $ref: '#/$defs/document' },
      },
      additionalProperties: false,
    },
    performance: {
      ...documentList,
      description: 'Performance agreements and annual performance reports, as documents.',
    },
    structure: {
      description: 'The organisation chart as a tree of units, and an optional picture of it.',
      type: 'object',
      properties: {
        units: { type: 'array', maxItems: 200, items: { $ref: '#/$defs/unit' } },
        chart: {
          type: 'object',
          required: ['src', 'alt'],
          properties: {
            src: common('url'),
            alt: common('localizedText'),
            width: pixels,
            height: pixels,
          },
          additionalProperties: false,
        },
      },
      additionalProperties: false,
    },
    executives: {
      description: 'ITA O2: the executives, in order of rank.',
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['name', 'position'],
        properties: {
          name: { ...common('localizedText'), description: 'With title (นาย/นาง/นางสาว).' },
          position: common('localizedText'),
          photo: {
            type: 'object',
            required: ['src'],
            properties: {
              src: common('url'),
              alt: common('localizedText'),
              width: pixels,
              height: pixels,
            },
            additionalProperties: false,
          },
          from: { ...common('date'), description: 'The first day in office.' },
          to: { ...common('date'), description: 'The last day in office; absent while in office.' },
          phone: common('phone'),
          email: common('email'),
        },
        additionalProperties: false,
      },
    },
    publication: common('publication'),
  },
  additionalProperties: false,
  $defs: {
    document: {
      type: 'object',
      required: ['title', 'href'],
      properties: {
        title: common('localizedText'),
        href: common('url'),
        date: common('date'),
      },
      additionalProperties: false,
    },
    unit: {
      description: 'One unit of the organisation; the units under it are its `children`.',
      type: 'object',
      required: ['name'],
      properties: {
        name: common('localizedText'),
        head: { ...common('localizedText'), description: 'Who leads it (a position or a name).' },
        children: { type: 'array', maxItems: 200, items: { $ref: '#/$defs/unit' } },
      },
      additionalProperties: false,
    },
  },
} as const;

type UnitEntry = FromKitSchema<
  WithoutProperty<typeof profileSchema.$defs.unit, 'children'> & { $id: typeof profileSchema.$id }
>;

/** One unit of the organisation chart; FromSchema cannot follow `children`, so it is said by hand. */
export interface OrgUnit extends UnitEntry {
  children?: OrgUnit[];
}

type ProfileBase = FromKitSchema<
  Omit<typeof profileSchema, 'properties'> & { properties: Omit<typeof profileSchema.properties, 'structure'> }
>;
type OrgChart = FromKitSchema<
  typeof profileSchema.properties.structure.properties.chart & { $id: typeof profileSchema.$id }
>;

/** The agency profile: everything but the organisation tree is derived from the schema. */
export type ProfileData = ProfileBase & { structure?: { units?: OrgUnit[]; chart?: OrgChart } };
export type ProfileBudget = NonNullable<ProfileData['budget']>;
export type ProfileDocument = NonNullable<ProfileData['plans']>[number];
export type ProfileExecutive = NonNullable<ProfileData['executives']>[number];
