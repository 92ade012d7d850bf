/**
 * The item editor's page, over HTTP (the browser walk is desk-browser.test.js): the kit's
 * gov-eform with the form generated from the type's schema and the draft as its answers in
 * a JSON data block that hostile text cannot close, the scripts from /staff/assets/ under an
 * unchanged CSP, and the JSON textarea alone when the kit's bundle is not installed.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { eformDefinitionSchema, validate } from '@govkit-th/schemas';
import { answersToData, dataToAnswers } from '@govkit-th/schemas/schema-form';
import { startInbox } from '../test-support/harness.js';
import { deskPeople, newsItem, saveJson } from '../test-support/desk.js';

const HOSTILE = '</script><script>alert(1)</script><!--';
const demoForm = JSON.parse(
  readFileSync(new URL('../../../apps/demo-agency/data/forms/oia-request.json', import.meta.url), 'utf8'),
);

describe('the item editor page', () => {
  let server;
  let as;
  let kitDir;

  before(async () => {
    server = await startInbox('sqlite');
    kitDir = server.inbox.config.kitDir;
    as = await deskPeople(server);
  });
  after(() => server.close());

  /** The page's data block, parsed. */
  function editorData(text) {
    const block = /<script type="application\/json" id="content-editor-data">([^<]*)<\/script>/.exec(text);
    assert.ok(block, 'the page has the editor data block, with no "<" inside it');
    return JSON.parse(block[1]);
  }

  test('a news item opens in gov-eform: a valid generated form, the draft as answers, the same item back', async () => {
    const reporter = await as('reporter1');
    await reporter.get('/staff/content/news');
    const item = newsItem('editor-news', { title: { th: `ข่าว ${HOSTILE}`, en: 'News' }, urgent: true });
    assert.equal((await saveJson(reporter, 'news', item, 0)).status, 200);
    const page = await reporter.get('/staff/content/news/editor-news');
    assert.equal(page.status, 200);
    assert.match(page.text, /<script type="module" src="\/govkit\/govkit.js"><\/script>/);
    assert.match(page.text, /<script type="module" src="\/staff\/assets\/content-editor.js"><\/script>/);
    assert.match(page.text, /<gov-eform id="content-editor" handoff lang="th"/);
    assert.match(page.text, /<details class="advanced"><summary>แก้ไขเป็น JSON/);
    assert.doesNotMatch(page.text, /<script>alert/, 'hostile text never closes the block');
    assert.doesNotMatch(page.headers.get('content-security-policy'), /unsafe-inline|unsafe-eval/);

    const data = editorData(page.text);
    assert.equal(data.version, 1);
    assert.equal(data.saveUrl, '/staff/content/news');
    assert.deepEqual(await validate(eformDefinitionSchema, data.definition), [], 'a definition gov-eform accepts');
    assert.equal(data.definition.id, 'edit-news-editor-news', 'drafts on the device kept apart per item');
    assert.equal(data.prefill.title.th, `ข่าว ${HOSTILE}`);
    // The item's id names it (URL, record): the form does not offer it; the page carries it.
    assert.ok(!('id' in data.definition.schema.properties), 'no id field for an existing item');
    assert.equal(data.id, 'editor-news');
    // Thai alone comes back as a plain string, as the kit's data files write it (schema-form's rule).
    assert.deepEqual(
      { id: data.id, ...answersToData(data.schema, data.prefill, data.options) },
      { ...item, summary: item.summary.th },
      "answers and the page's id → the same item",
    );
    assert.match(data.messages['editor-conflict'], /มีผู้อื่นแก้ไข/);
  });

  test('an alert leaves out the screening the system writes; English pages give English words', async () => {
    const reporter = await as('reporter1');
    const page = await reporter.get('/staff/content/alerts/new?lang=en');
    const data = editorData(page.text);
    assert.ok(!('screening' in data.definition.schema.properties), 'no screening field');
    assert.ok('id' in data.definition.schema.properties, "a new item's id is typed in the form");
    assert.equal(data.id, undefined);
    assert.ok(!data.definition.schema.required.includes('screening'));
    assert.match(data.messages['editor-conflict'], /someone else changed this item/);
    assert.match(page.text, /<summary>Edit as JSON \(advanced\)<\/summary>/);
  });

  test("an e-form definition opens in gov-eform: its answers' JSON Schema and each page's fields as JSON text, the demo form back as it was", async () => {
    const reporter = await as('reporter1');
    const page = await reporter.get('/staff/content/eforms/new');
    assert.equal(page.status, 200);
    assert.match(page.text, /<gov-eform id="content-editor" handoff lang="th"/);
    const data = editorData(page.text);
    assert.deepEqual(await validate(eformDefinitionSchema, data.definition), [], 'a definition gov-eform accepts');
    assert.ok('id' in data.definition.schema.properties, "a new form's id is typed in the form");
    const fields = data.definition.pages.flatMap((formPage) => formPage.fields);
    const schemaField = fields.find((field) => field.name === 'schema');
    assert.equal(schemaField.widget, 'textarea');
    assert.equal(schemaField.label.th, 'โครงสร้างคำตอบ (JSON Schema)');
    const pages = fields.find((field) => field.name === 'pages');
    assert.equal(pages.widget, 'group');
    assert.equal(pages.fields.find((field) => field.name === 'fields').widget, 'textarea');
    const { $schema: _link, ...definition } = demoForm;
    assert.deepEqual(
      answersToData(data.schema, dataToAnswers(data.schema, demoForm, data.options), data.options),
      definition,
      'the demo form → answers → the same definition',
    );

    assert.equal((await saveJson(reporter, 'eforms', definition, 0)).status, 200);
    const opened = editorData((await reporter.get('/staff/content/eforms/oia-request')).text);
    assert.equal(opened.id, 'oia-request');
    assert.deepEqual(JSON.parse(opened.prefill.schema), demoForm.schema, 'the draft opens with its schema as JSON');
  });

  test('the scripts are served as JavaScript from the staff assets; the others do not', async () => {
    for (const path of [
      '/staff/assets/content-editor.js',
      '/staff/assets/schema-form/schema-form.js',
      '/staff/assets/schema-form/common.js',
      '/staff/assets/schema-form/schema-form-labels.js',
    ]) {
      const response = await fetch(server.url + path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type'), /^text\/javascript/);
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.doesNotMatch(await response.text(), /sourceMappingURL/);
    }
    assert.equal((await fetch(`${server.url}/staff/assets/schema-form/index.js`)).status, 404);
  });

  test('without the kit installed, and for roles that cannot save, the page is plain HTML', async () => {
    const approver = await as('approver1');
    const seen = await approver.get('/staff/content/news/editor-news');
    assert.doesNotMatch(seen.text, /<gov-eform|content-editor/, 'an approver has nothing to edit');
    const reporter = await as('reporter1');
    server.inbox.config.kitDir = '/nonexistent/kit';
    try {
      const page = await reporter.get('/staff/content/news/editor-news');
      assert.doesNotMatch(page.text, /<gov-eform|<script|<details class="advanced"/);
      assert.match(page.text, /<textarea id="json" name="json"/);
    } finally {
      server.inbox.config.kitDir = kitDir;
    }
  });
});
