import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/**
 * How often a dataset is updated: the codes of the Dublin Core / EU frequency vocabularies
 * that DCAT's `dct:accrualPeriodicity` uses (data.go.th's CKAN shows the same steps in Thai).
 */
export const OPEN_DATA_FREQUENCIES = [
  'continuous',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'semiannual',
  'annual',
  'irregular',
  'never',
] as const;

/**
 * Order 1.2(2): the agency's open-data catalogue. Modelled on DCAT (the model behind the
 * CKAN catalogue of data.go.th): a catalogue of datasets (`dcat:Dataset`), each with its
 * files (`dcat:Distribution`, called resources as in CKAN).
 */
export const openDataSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}open-data.json`,
  title: 'Open-data catalogue',
  type: 'object',
  required: ['datasets'],
  properties: {
    $schema: common('schemaLink'),
    title: common('localizedText'),
    publisher: {
      ...common('localizedText'),
      description: 'The agency that publishes the datasets (`dct:publisher`); a dataset may name another.',
    },
    datasets: {
      type: 'array',
      maxItems: 1000,
      items: {
        type: 'object',
        required: ['id', 'title', 'resources'],
        properties: {
          id: {
            description: 'Letters, digits, `-` and `_` (as a CKAN dataset name): it becomes the `#dataset-id` link.',
            type: 'string',
            pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$',
          },
          title: common('localizedText'),
          description: {
            ...common('localizedText'),
            description: 'Plain text: what the data is, where it comes from, what each column means.',
          },
          publisher: common('localizedText'),
          licence: {
            description:
              'The licence (`dct:license`), e.g. สัญญาอนุญาตเปิดข้อมูลภาครัฐ (Open Government Licence - Thailand) or CC-BY 4.0.',
            type: 'object',
            required: ['title'],
            properties: { title: common('localizedText'), url: common('url') },
            additionalProperties: false,
          },
          frequency: {
            description: 'How often it is updated (`dct:accrualPeriodicity`).',
            enum: OPEN_DATA_FREQUENCIES,
          },
          issued: { ...common('dateOrDateTime'), description: 'First published (`dct:issued`).' },
          modified: { ...common('dateOrDateTime'), description: 'Last modified (`dct:modified`).' },
          keywords: { type: 'array', maxItems: 50, items: common('localizedText') },
          category: { ...common('localizedText'), description: 'The theme (`dcat:theme`), as a word people know.' },
          contactEmail: {
            ...common('email'),
            description: 'Who answers questions about the data (`dcat:contactPoint`).',
          },
          resources: {
            description: 'The files of the dataset (`dcat:distribution`), one per format.',
            type: 'array',
            maxItems: 100,
            items: {
              type: 'object',
              required: ['title', 'url', 'format'],
              properties: {
                title: common('localizedText'),
                url: {
                  ...common('url'),
                  description: "The download (`dcat:downloadURL`), relative to the data file's URL.",
                },
                format: {
                  description: 'The file format as people call it: CSV, ODS, XLSX, XML, JSON, KML, KMZ, SHP, PDF…',
                  type: 'string',
                  pattern: '^[A-Za-z0-9][A-Za-z0-9.+-]{0,15}$',
                },
                size: { description: 'Size in bytes (`dcat:byteSize`).', type: 'integer', minimum: 0 },
                encoding: {
                  description:
                    'The character set of a text file when it is not UTF-8, e.g. `TIS-620` or `windows-874` (older Thai exports).',
                  type: 'string',
                  pattern: '^[A-Za-z0-9._:-]{1,40}$',
                },
                description: common('localizedText'),
                modified: common('dateOrDateTime'),
              },
              additionalProperties: false,
            },
          },
          publication: common('publication'),
        },
      },
    },
    publication: common('publication'),
  },
} as const;

export type OpenDataCatalogue = FromKitSchema<typeof openDataSchema>;
export type OpenDataset = OpenDataCatalogue['datasets'][number];
export type OpenDataResource = OpenDataset['resources'][number];
export type OpenDataFrequency = (typeof OPEN_DATA_FREQUENCIES)[number];
