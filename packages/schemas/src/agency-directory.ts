import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';

/**
 * Order 1106/2561 clause 2.1: the province site publishes every agency's clause-1
 * information. The province keeps one list of where each agency's manifest (`govkit.json`)
 * is; `gov-agency-directory` reads every manifest and shows the agency from it. `name` is
 * shown while the agency's own site cannot be reached.
 */
export const agencyDirectorySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}agency-directory.json`,
  title: "The province's agency directory (a list of agency manifests)",
  type: 'object',
  required: ['agencies'],
  properties: {
    $schema: common('schemaLink'),
    title: common('localizedText'),
    agencies: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        required: ['manifest'],
        properties: {
          manifest: {
            ...common('url'),
            description: "The agency's govkit.json; relative URLs resolve against this list's URL.",
          },
          name: {
            ...common('localizedText'),
            description: "The agency's name, shown when its own site cannot be reached.",
          },
        },
        additionalProperties: false,
      },
    },
    publication: common('publication'),
  },
  additionalProperties: false,
} as const;

export type AgencyDirectoryData = FromKitSchema<typeof agencyDirectorySchema>;
export type AgencyDirectoryEntry = AgencyDirectoryData['agencies'][number];
