/**
 * `compileFast` (Ajv's verdict, `compile()`'s messages) against `compile()` alone: on every
 * test of the JSON-Schema-Test-Suite (draft 2020-12, required and optional formats) the
 * two give the same verdict and the same problems, so the inbox keeps the browser's
 * contract. Runs on the built package: `node --test packages/schemas/test/`.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { compile, eformDefinitionSchema, submissionSchema } from '../dist/index.js';
import { ajvVerdict, compileFast } from '../dist/fast-validate.js';

const suiteDir = fileURLToPath(new URL('../../../../shared/conformance/json-schema-test-suite/', import.meta.url));
const testsDir = join(suiteDir, 'tests', 'draft2020-12');
const REMOTE_BASE = 'http://localhost:1234/';

function jsonFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .sort()
    .flatMap((entry) => {
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) return jsonFiles(path);
      return entry.endsWith('.json') ? [path] : [];
    });
}

/** The suite's remote schemas, each with the URL it is served at as `$id` (as scripts/conformance.mjs does). */
function remotes() {
  return jsonFiles(join(suiteDir, 'remotes')).flatMap((file) => {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof schema !== 'object' || schema === null) return [];
    const url = REMOTE_BASE + relative(join(suiteDir, 'remotes'), file).split(sep).join('/');
    return [schema.$id ? schema : { ...schema, $id: url }];
  });
}

describe('compileFast agrees with compile()', { skip: !existsSync(testsDir) && 'the suite is not in shared/' }, () => {
  const references = remotes();
  const files = jsonFiles(testsDir);

  it('on every test of the JSON-Schema-Test-Suite (2020-12, with optional formats)', async (t) => {
    const disagreements = [];
    let checked = 0;
    let byAjv = 0;
    for (const file of files) {
      for (const group of JSON.parse(readFileSync(file, 'utf8'))) {
        // Only the schemas that reach the suite's remote server get its schemas as references.
        const refs = JSON.stringify(group.schema).includes('localhost:1234') ? references : [];
        let slow;
        try {
          slow = await compile(group.schema, refs);
        } catch {
          continue; // compile() refuses the schema; so does the inbox
        }
        const fast = compileFast(group.schema, refs);
        if (ajvVerdict(group.schema, refs)) byAjv += 1;
        for (const test of group.tests) {
          checked += 1;
          let expected;
          try {
            expected = slow(test.data, 'en');
          } catch {
            continue;
          }
          const actual = fast(test.data, 'en');
          if (JSON.stringify(actual) !== JSON.stringify(expected))
            disagreements.push(`${relative(testsDir, file)} › ${group.description} › ${test.description}`);
        }
      }
    }
    t.diagnostic(`${checked} tests; ${byAjv} schemas judged by Ajv`);
    assert.ok(checked > 1000, `only ${checked} tests were found`);
    assert.ok(byAjv > 200, `Ajv compiled only ${byAjv} schemas`);
    assert.deepEqual(disagreements, []);
  });
});

describe('compileFast on the kit’s own schemas', () => {
  const form = JSON.parse(
    readFileSync(new URL('../../inbox/test/fixtures/forms/info-request.json', import.meta.url), 'utf8'),
  ).schema;

  it('judges with Ajv and words problems exactly as compile() does, in Thai and English', async () => {
    assert.ok(ajvVerdict(form), 'Ajv compiles the form schema');
    const fast = compileFast(form);
    const slow = await compile(form);
    const valid = {
      fullName: 'นางสาวสมหญิง ใจงาม',
      nationalId: '1103700012345',
      subject: 'ขอสำเนา',
      deliveryMethod: 'email',
      consent: true,
    };
    assert.deepEqual(fast(valid), []);
    for (const data of [
      {},
      { ...valid, nationalId: '12' },
      { ...valid, email: 'not an address' },
      { ...valid, extra: 1 },
      [],
    ]) {
      for (const lang of ['th', 'en']) assert.deepEqual(fast(data, lang), slow(data, lang));
    }
    assert.notDeepEqual(fast({}, 'th'), []);
  });

  it('compiles the envelope and the form definition schema, and caches by schema', () => {
    assert.ok(ajvVerdict(submissionSchema));
    assert.ok(ajvVerdict(eformDefinitionSchema), 'its $refs into common.json resolve');
    assert.equal(compileFast(submissionSchema), compileFast(submissionSchema));
  });
});
