/**
 * Import, then export, through the command line as an agency would run it (issue 12, "Done
 * when"): `govkit-inbox import` of the whole demo data folder into an empty desk, then
 * `govkit-inbox export`. Every exported file validates and is its source file apart from the
 * publication records the desk writes (marked imported); and the demo pages, served once from
 * the original data and once from the export folder, show people the same text in headless
 * Chromium.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { eformDefinitionSchema, screeningProblems, validate } from '@govkit-th/schemas';
import { demoDataDir, importDemoContent } from '../../../apps/demo-agency/desk-content.mjs';
import { startDemoServer } from '../../../apps/demo-agency/server.mjs';
import { launchChromium } from '../../../scripts/lib/chromium.mjs';
import { CONTENT_TYPES } from '../dist/content/types.js';

const bin = fileURLToPath(new URL('../bin/govkit-inbox.js', import.meta.url));
const kit = new URL('../../components/dist/cdn/govkit.js', import.meta.url);
const AGENCY = 'สำนักงานจังหวัดสิงห์บุรี';
/** Pages of the demo whose elements read /content/: news, FAQ, documents (laws), contact. */
const PAGES = ['news.html', 'faq.html', 'laws.html', 'contact.html'];

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** The record an imported item carries: what its file said, with the agency as source when it named none. */
const importedRecord = (record = {}) => ({ ...record, source: record.source ?? AGENCY, imported: true });

/**
 * A document split into what the desk keeps as it was and the records it writes: the
 * document's own `publication` (a whole-document type), or each entry's and the page's own
 * as `page` (a list type, whose entries the desk puts in its own order, so they are compared by id).
 */
function split(type, data) {
  const { publication, ...rest } = data;
  if (!type.list) return { kept: rest, records: { document: publication } };
  const entries = [...rest[type.list]].sort((a, b) => String(a.id).localeCompare(String(b.id)));
  const records = { page: publication };
  rest[type.list] = entries.map(({ publication: record, ...entry }) => {
    records[entry.id] = record;
    return entry;
  });
  return { kept: rest, records };
}

describe('import → export through govkit-inbox: the same files, the same pages', () => {
  let folder;
  let out;
  let env;
  let browser;
  const servers = [];

  before(async () => {
    assert.ok(existsSync(kit), 'the kit is built (npx turbo run build): the demo pages load its CDN bundle');
    folder = mkdtempSync(join(tmpdir(), 'govkit-desk-export-'));
    out = join(folder, 'export');
    env = {
      INBOX_DB: join(folder, 'inbox.sqlite'),
      INBOX_AGENCY_TH: AGENCY,
      INBOX_AGENCY_EN: 'Sing Buri Provincial Office',
    };
  });
  after(async () => {
    await browser?.close();
    for (const server of servers) {
      server.close();
      server.closeAllConnections();
    }
    rmSync(folder, { recursive: true, force: true });
  });

  test('govkit-inbox import takes the whole demo data folder, govkit-inbox export writes it out', async () => {
    // The demo's own import (npm start): the bin, into an empty desk; it throws on a skipped file.
    const imported = await importDemoContent(env);
    for (const type of CONTENT_TYPES)
      assert.ok(
        imported.some((line) => line.startsWith(`Imported ${type.name}:`)),
        `${type.name} imported (${imported.join('; ')})`,
      );
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'export', out], { env });
    assert.match(stdout, /news\.json/);
    for (const type of CONTENT_TYPES.filter((entry) => !entry.keyed))
      assert.ok(existsSync(join(out, `${type.name}.json`)), `${type.name}.json exported`);
    assert.ok(existsSync(join(out, 'eforms', 'oia-request.json')), 'the e-form definition exported');
  });

  test('every exported file validates and equals its source file apart from the records the desk writes', async () => {
    for (const type of CONTENT_TYPES) {
      const pairs = type.keyed
        ? readdirSync(join(demoDataDir, 'forms')).map((name) => [
            join(demoDataDir, 'forms', name),
            join(out, 'eforms', name),
          ])
        : [[join(demoDataDir, `${type.name}.json`), join(out, `${type.name}.json`)]];
      for (const [sourceFile, exportedFile] of pairs) {
        const exported = readJson(exportedFile);
        const problems = await validate(type.schema, exported, 'en');
        assert.deepEqual(
          type.name === 'alerts' ? screeningProblems(exported, problems, 'en') : problems,
          [],
          exportedFile,
        );
        const source = readJson(sourceFile);
        if (type.publication === false) {
          assert.deepEqual(exported, source, `${exportedFile} is its source`);
          continue;
        }
        const a = split(type, exported);
        const b = split(type, source);
        assert.deepEqual(a.kept, b.kept, `${type.name}: the same content`);
        if (!type.list)
          assert.deepEqual(a.records.document, importedRecord(b.records.document), `${type.name}: record`);
        else
          for (const id of Object.keys(b.records))
            assert.deepEqual(
              a.records[id],
              id === 'page' && !b.records.page ? undefined : importedRecord(b.records[id]),
              `${type.name}/${id}: record (the page's own: ${id === 'page'})`,
            );
      }
    }
    assert.deepEqual(await validate(eformDefinitionSchema, readJson(join(out, 'eforms', 'oia-request.json'))), []);
  });

  /** Each element on the page that reads /content/, once settled: its state, its text apart from records, its records. */
  async function shown(page) {
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[src^="/content/"]')].every(
          (element) => element.getAttribute('state') && element.getAttribute('state') !== 'loading',
        ),
      undefined,
      { timeout: 20_000 },
    );
    return page.evaluate(() =>
      [...document.querySelectorAll('[src^="/content/"]')].map((element) => {
        const text = [];
        const records = [];
        const walk = (node) => {
          for (const child of node.childNodes) {
            if (child.nodeType === Node.TEXT_NODE) text.push(child.textContent);
            if (child.nodeType !== Node.ELEMENT_NODE || child.localName === 'style') continue;
            if (/(^|\s)publication(\s|$)/.test(child.getAttribute('part') ?? '')) records.push(child.textContent);
            else walk(child);
          }
        };
        walk(element.shadowRoot ?? element);
        return {
          tag: element.localName,
          src: element.getAttribute('src'),
          state: element.getAttribute('state'),
          text: text.join(' ').replace(/\s+/g, ' ').trim(),
          records: records.length,
        };
      }),
    );
  }

  test('news, FAQ, documents and contact pages show the same text from the export folder as from the original data', async () => {
    browser = await launchChromium();
    const sites = {};
    for (const [name, contentDir] of [
      ['original', undefined],
      ['export', out],
    ]) {
      const server = await startDemoServer({ port: 0, host: '127.0.0.1', contentDir });
      servers.push(server);
      sites[name] = `http://127.0.0.1:${server.address().port}`;
    }
    const context = await browser.newContext({ locale: 'th-TH', viewport: { width: 1024, height: 900 } });
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(`${sites.original}/${path}`);
      const original = await shown(page);
      await page.goto(`${sites.export}/${path}`);
      const exported = await shown(page);
      assert.ok(
        original.some((element) => element.state === 'ready' && element.text.length > 0),
        `${path} shows content read from /content/`,
      );
      for (const [index, element] of original.entries()) {
        const other = exported[index];
        const label = `${path} <${element.tag} src=${element.src}>`;
        assert.ok(
          ['ready', 'empty'].includes(element.state),
          `${label}: settled from the original data (${element.state})`,
        );
        assert.deepEqual({ ...other, records: undefined }, { ...element, records: undefined }, label);
        assert.ok(other.records >= element.records, `${label}: every record still shown (${other.records})`);
      }
      assert.equal(exported.length, original.length, path);
    }
    await context.close();
  });
});
