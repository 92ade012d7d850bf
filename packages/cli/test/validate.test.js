import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { init, validateFile, VERSION } from '../dist/index.js';
import { govkit, scratch } from './helpers.js';

const BAD_FAQ = `{
  "$schema": "https://unpkg.com/@govkit-th/schemas@0.1/json/faq.json",
  "items": [
    {
      "id": "one",
      "question": "ติดต่อได้ที่ไหน",
      "answer": "<p>ศาลากลาง</p>"
    },
    {
      "id": "two",
      "question": 42,
      "answer": "<p>ได้</p>"
    }
  ]
}
`;

test('validate gives the JSON path, line and column, and the kit’s Thai or English message', async () => {
  const folder = scratch('validate');
  const file = join(folder, 'faq.json');
  writeFileSync(file, BAD_FAQ);
  const thai = await validateFile(file);
  assert.equal(thai.schema, 'faq.json');
  assert.deepEqual(
    thai.problems.map(({ path, line, column, keyword }) => ({ path, line, column, keyword })),
    [{ path: '/items/1/question', line: 11, column: 19, keyword: 'anyOf' }],
  );
  assert.equal(thai.problems[0].message, 'ไม่ตรงกับรูปแบบที่อนุญาต');
  const english = await validateFile(file, 'en');
  assert.equal(english.problems[0].line, 11);
  assert.match(english.problems[0].message, /^[ -~]+$/, 'English, with no Thai in it');
});

test('a missing field is placed on its object; the schema is found from the file name without "$schema"', async () => {
  const folder = scratch('required');
  const file = join(folder, 'contact.json');
  writeFileSync(file, '{\n  "name": "สำนักงาน"\n}\n');
  const result = await validateFile(file, 'en');
  assert.equal(result.schema, 'contact.json');
  assert.deepEqual(
    result.problems.map(({ path, line, column }) => ({ path, line, column })),
    [{ path: '/address', line: 1, column: 1 }],
  );
});

test('broken JSON is reported at its line and column', async () => {
  const folder = scratch('syntax');
  const file = join(folder, 'news.json');
  writeFileSync(file, '{\n  "items": [\n    { "id": "a", }\n  ]\n}\n');
  const result = await validateFile(file, 'en');
  assert.equal(result.problems.length, 1);
  assert.deepEqual({ line: result.problems[0].line, column: result.problems[0].column }, { line: 3, column: 18 });
  assert.match(result.problems[0].message, /^Invalid JSON: /);
});

test('govkit validate exits 1 on a bad file and 0 on good ones, with file:line:column and --json', async () => {
  const folder = scratch('cli');
  writeFileSync(join(folder, 'faq.json'), BAD_FAQ);
  const bad = await govkit(['validate', 'faq.json'], { cwd: folder });
  assert.equal(bad.code, 1);
  assert.match(bad.stdout, /✗ faq\.json:11:19 {2}\/items\/1\/question {2}ไม่ตรงกับรูปแบบที่อนุญาต \(anyOf\)/);
  assert.match(bad.stdout, /พบปัญหา 1 รายการ/);
  const json = await govkit(['validate', 'faq.json', '--json', '--lang', 'en'], { cwd: folder });
  const parsed = JSON.parse(json.stdout);
  assert.equal(parsed.valid, false);
  assert.equal(parsed.files[0].problems[0].line, 11);
  const site = join(folder, 'site');
  mkdirSync(site);
  await init(site, { version: VERSION });
  const good = await govkit(['validate'], { cwd: site });
  assert.equal(good.code, 0, good.stdout);
  assert.match(good.stdout, /ตรวจ 18 ไฟล์ ถูกต้องทั้งหมด/);
});

test('govkit validate with no files and no govkit.json says how to start', async () => {
  const empty = await govkit(['validate', '--lang', 'en'], { cwd: scratch('empty') });
  assert.equal(empty.code, 2);
  assert.match(empty.stderr, /No govkit.json here/);
});

test('a file the manifest names is checked against its content type, whatever its name', async () => {
  const folder = scratch('manifest');
  await init(folder, { version: VERSION });
  writeFileSync(join(folder, 'data/events.json'), '{ "events": [ { "id": "x" } ] }\n');
  const result = await govkit(['validate', '--lang', 'en'], { cwd: folder });
  assert.equal(result.code, 1);
  assert.match(result.stdout, /data\/events\.json:1:15 {2}\/events\/0\/title {2}This is required \(required\)/);
});
