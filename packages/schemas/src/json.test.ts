import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import * as schemas from './index.js';
import { SCHEMA_BASE, SCHEMA_LINE, schemaFileName } from './common.js';

const kitSchemas = Object.values(schemas).filter((value) => schemaFileName(value) !== undefined);

/** The demo site's data: what a webmaster copies, each naming its schema in `"$schema"`. */
const DEMO_FILES = [
  'alerts',
  'banners',
  'cio',
  'contact',
  'events',
  'documents',
  'faq',
  'news',
  'opinion',
  'sitemap',
  'forms/oia-request',
  'service-guide',
  'e-services',
  'open-data',
  'footer',
  'policies/website-policy',
  'policies/privacy-notice',
  'policies/cookie-policy',
  'policies/security-policy',
  'policies/disclaimer',
  'policies/accessibility',
]
  .map((name) => `/apps/demo-agency/data/${name}.json`)
  .concat('/apps/demo-agency/govkit.json');

type JsonSchema = { $id: string } & Record<string, unknown>;

async function published(name: string): Promise<JsonSchema> {
  const response = await fetch(`/packages/schemas/json/${name}`);
  expect(response.status, `json/${name} is missing: run the schemas build`).to.equal(200);
  return (await response.json()) as JsonSchema;
}

/** Validates as another program would: a plain 2020-12 validator given only the published files. */
function validatorFor(schema: JsonSchema, files: JsonSchema[]): Validator {
  const validator = new Validator(schema, '2020-12', false);
  for (const file of files) if (file !== schema) validator.addSchema(file);
  return validator;
}

describe('JSON Schema files', () => {
  it('the build publishes every schema as json/<name>.json, equal to its TypeScript source', async () => {
    expect(kitSchemas.map(schemaFileName)).to.include.members([
      'common.json',
      'faq.json',
      'events.json',
      'alerts.json',
      'contact.json',
      'cio.json',
      'documents.json',
      'banners.json',
      'news.json',
      'open-data.json',
      'sitemap.json',
      'eform.json',
      'opinion-box.json',
      'opinion-submission.json',
      'question-submission.json',
      'qa-board.json',
      'submission.json',
      'receipt.json',
      'problems.json',
      'service-guide.json',
      'service-list.json',
      'footer.json',
      'policy.json',
      'agency-directory.json',
    ]);
    for (const schema of kitSchemas) {
      const name = schemaFileName(schema)!;
      expect(await published(name), name).to.deep.equal(JSON.parse(JSON.stringify(schema)));
    }
  });

  it('their $id is the package on the npm CDN, on the compatibility line of its version', async () => {
    const manifest = (await (await fetch('/packages/schemas/package.json')).json()) as {
      name: string;
      version: string;
    };
    const [major, minor] = manifest.version.split('.');
    expect(SCHEMA_LINE, 'a breaking release needs a new line').to.equal(major === '0' ? `0.${minor}` : major);
    expect(SCHEMA_BASE).to.equal(`https://unpkg.com/${manifest.name}@${SCHEMA_LINE}/json/`);
  });

  it('a data file whose "$schema" names a published file validates against that file alone', async () => {
    const files = await Promise.all(kitSchemas.map((schema) => published(schemaFileName(schema)!)));
    const byId = new Map(files.map((file) => [file.$id, file]));
    for (const path of DEMO_FILES) {
      const data = (await (await fetch(path)).json()) as { $schema?: string };
      const schema = byId.get(data.$schema ?? '');
      expect(schema, `${path}: "$schema" names a published schema`).to.not.equal(undefined);
      const result = validatorFor(schema!, files).validate(data);
      expect(result.errors, path).to.deep.equal([]);
      expect(result.valid, path).to.equal(true);
    }
  });

  it('the published files refuse what the kit refuses', async () => {
    const files = await Promise.all(kitSchemas.map((schema) => published(schemaFileName(schema)!)));
    const faq = files.find((file) => file.$id === `${SCHEMA_BASE}faq.json`)!;
    const data = { $schema: faq.$id, items: [{ id: 'no-answer', question: { th: '' } }] };
    const locations = validatorFor(faq, files)
      .validate(data)
      .errors.map((error) => error.instanceLocation);
    expect(locations).to.include.members(['#/items/0', '#/items/0/question']);
  });
});
