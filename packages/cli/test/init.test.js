import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { MANIFEST_CONTENT } from '@govkit-th/schemas';
import { CONTENT_VIEWS, defaultCdn, init, validateFile, VERSION } from '../dist/index.js';
import { govkit, scratch } from './helpers.js';

const jsonFiles = (folder) =>
  readdirSync(folder, { recursive: true })
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(folder, name));

test('init writes sample data for every content type, each valid against its schema', async () => {
  const folder = scratch('init');
  const result = await init(folder, {
    name: 'เทศบาลตำบลทดสอบ',
    nameEn: 'Thot Sop Municipality',
    version: VERSION,
    today: '2026-12-02',
  });
  assert.ok('written' in result);
  const files = jsonFiles(folder);
  assert.equal(files.length, Object.keys(MANIFEST_CONTENT).length + 1, 'one file per content type, plus govkit.json');
  for (const file of files) {
    const checked = await validateFile(file);
    assert.deepEqual(checked.problems, [], `${file} (${checked.schema})`);
    assert.ok(checked.schema, file);
  }
  const manifest = JSON.parse(readFileSync(join(folder, 'govkit.json'), 'utf8'));
  assert.deepEqual(Object.keys(manifest.content).sort(), Object.keys(MANIFEST_CONTENT).sort());
  assert.equal(manifest.agency.name.th, 'เทศบาลตำบลทดสอบ');
  const contact = JSON.parse(readFileSync(join(folder, 'data/contact.json'), 'utf8'));
  assert.deepEqual(contact.name, { th: 'เทศบาลตำบลทดสอบ', en: 'Thot Sop Municipality' });
  // Without --address, a sample line the webmaster is to replace, and no subdistrict.
  assert.deepEqual(contact.address.line, { th: 'ศาลากลางจังหวัด ถนนตัวอย่าง', en: 'Provincial Hall, Sample Road' });
  assert.equal(contact.address.subdistrict, undefined);
  // The sample notice is in force from the first moment of the UTC day init ran on, so gov-alert shows it at
  // any hour (issued at 09:00 Bangkok time, it stayed hidden until 02:00 UTC: a CI run at night failed on it).
  const [notice] = JSON.parse(readFileSync(join(folder, 'data/alerts.json'), 'utf8')).alerts;
  assert.ok(Date.parse(notice.issuedAt) <= Date.parse('2026-12-02T00:00:00Z'), notice.issuedAt);
  assert.ok(Date.parse(notice.screening.at) <= Date.parse(notice.issuedAt), 'screened before it was issued');
});

test('init pages load the CDN bundle and show each content type with its element', async () => {
  const folder = scratch('pages');
  await init(folder, { version: '1.2.3', today: '2026-12-02' });
  const index = readFileSync(join(folder, 'index.html'), 'utf8');
  assert.match(
    index,
    /<script type="module" src="https:\/\/unpkg\.com\/@govkit-th\/components@1\.2\.3\/dist\/cdn\/govkit\.js"><\/script>/,
  );
  assert.equal(defaultCdn('1.2.3'), 'https://unpkg.com/@govkit-th/components@1.2.3/dist/cdn/govkit.js');
  assert.match(index, /<link rel="govkit-manifest" href="govkit.json" \/>/);
  // The page's own stylesheet keeps the room the elements render in (no layout shift).
  assert.match(index, /<link rel="stylesheet" href="site.css" \/>/);
  assert.match(readFileSync(join(folder, 'site.css'), 'utf8'), /main \{[^}]*min-height: 100svh/);
  assert.match(index, /<gov-alert src="data\/alerts.json" class="home-alerts"/);
  for (const view of Object.values(CONTENT_VIEWS)) {
    const page = readFileSync(join(folder, view.page), 'utf8');
    assert.match(page, new RegExp(`<${view.tag} src="data/${view.file}"`), `${view.page} shows ${view.tag}`);
    assert.doesNotMatch(page, /\s(style|on[a-z]+)=/i, 'CSP-safe: no inline style or handler');
  }
});

test('init --cdn overrides the bundle; a folder with files is refused without --force', async () => {
  const folder = scratch('force');
  writeFileSync(join(folder, 'keep.txt'), 'mine');
  const refused = await govkit(['init', folder, '--lang', 'en']);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /is not empty; nothing written \(use --force/);
  assert.deepEqual(readdirSync(folder), ['keep.txt']);
  const forced = await govkit(['init', folder, '--force', '--cdn', '/kit/govkit.js', '--name', 'อบต.ทดสอบ']);
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(forced.stdout, /เขียน 3\d ไฟล์/);
  const faq = readFileSync(join(folder, 'faq.html'), 'utf8');
  assert.match(faq, /<script type="module" src="\/kit\/govkit\.js"><\/script>/);
  assert.match(faq, /<link rel="stylesheet" href="\/kit\/govkit-lightdom\.css" \/>/);
  assert.match(faq, /<title>คำถามที่พบบ่อย \| อบต.ทดสอบ<\/title>/);
});

test('init escapes the agency name in the pages', async () => {
  const folder = scratch('escape');
  await init(folder, { name: '<img src=x onerror=alert(1)>', version: VERSION });
  const index = readFileSync(join(folder, 'index.html'), 'utf8');
  assert.doesNotMatch(index, /<img/);
  assert.match(index, /&#60;img src=x onerror=alert\(1\)&#62;/);
});

test('init with the agency’s identity and --without: the manifest says who it is, left-out types leave no page, link or file', async () => {
  const folder = scratch('without');
  const run = await govkit([
    'init',
    folder,
    ...['--name', 'ที่ว่าการอำเภอทดสอบ', '--name-en', 'Thot Sop District Office', '--code', 'T-01', '--kind', 'district'],
    ...['--district', 'ทดสอบ', '--district-en', 'Thot Sop', '--postcode', '16110', '--ministry', 'กระทรวงมหาดไทย'],
    ...['--address', 'เลขที่ 9 หมู่ที่ 2 ถนนทดสอบ', '--address-en', '9 Moo 2, Thot Sop Road'],
    ...['--subdistrict', 'ในเมือง', '--subdistrict-en', 'Nai Mueang'],
    ...['--website', 'https://thotsop.example.go.th/', '--province-site', 'https://province.example.go.th/'],
    ...['--without', 'faq,eforms,documents'],
  ]);
  assert.equal(run.code, 0, run.stderr);
  const read = (name) => JSON.parse(readFileSync(join(folder, name), 'utf8'));
  const manifest = read('govkit.json');
  assert.deepEqual(
    { ...manifest.agency, name: undefined },
    {
      name: undefined,
      code: 'T-01',
      kind: 'district',
      province: { th: 'สิงห์บุรี', en: 'Sing Buri' },
      district: { th: 'ทดสอบ', en: 'Thot Sop' },
      ministry: { th: 'กระทรวงมหาดไทย', en: 'กระทรวงมหาดไทย' },
      website: 'https://thotsop.example.go.th/',
      provinceSite: 'https://province.example.go.th/',
    },
  );
  const left = ['faq', 'eforms', 'documents'];
  assert.deepEqual(
    Object.keys(manifest.content).sort(),
    Object.keys(MANIFEST_CONTENT)
      .filter((type) => !left.includes(type))
      .sort(),
  );
  const files = readdirSync(folder, { recursive: true });
  for (const type of left) {
    assert.ok(!files.includes(CONTENT_VIEWS[type].page), `no ${CONTENT_VIEWS[type].page}`);
    assert.ok(!files.includes(`data/${CONTENT_VIEWS[type].file}`), `no data/${CONTENT_VIEWS[type].file}`);
  }
  assert.deepEqual(read('data/contact.json').address, {
    line: { th: 'เลขที่ 9 หมู่ที่ 2 ถนนทดสอบ', en: '9 Moo 2, Thot Sop Road' },
    subdistrict: { th: 'ในเมือง', en: 'Nai Mueang' },
    district: { th: 'ทดสอบ', en: 'Thot Sop' },
    province: { th: 'สิงห์บุรี', en: 'Sing Buri' },
    postcode: '16110',
  });
  // The citizens' manual's service point names the same address.
  const places = read('data/service-guide.json').services.flatMap((service) => service.channels.map((c) => c.place.th));
  assert.ok(
    places.some((place) => place.includes('เลขที่ 9 หมู่ที่ 2 ถนนทดสอบ')),
    places.join('; '),
  );
  for (const file of ['data/contact.json', 'data/service-guide.json']) {
    assert.deepEqual((await validateFile(join(folder, file))).problems, [], file);
  }
  assert.equal(read('data/banners.json').province.href, 'https://province.example.go.th/');
  // Every page a page or a data file links to is there (data files' links resolve from data/).
  const pageLinks = files
    .filter((name) => name.endsWith('.html'))
    .flatMap((name) =>
      [...readFileSync(join(folder, name), 'utf8').matchAll(/href="([^"#:]+\.html)"/g)].map((m) => m[1]),
    );
  const dataLinks = files
    .filter((name) => name.startsWith('data/') && name.endsWith('.json'))
    .flatMap((name) =>
      [...readFileSync(join(folder, name), 'utf8').matchAll(/"href": "\.\.\/([^"#]+)"/g)].map((m) => m[1]),
    );
  assert.ok(dataLinks.includes('index.html') && dataLinks.includes('sitemap.html'), dataLinks.join(', '));
  for (const page of [...pageLinks, ...dataLinks]) assert.ok(files.includes(page), `${page} is linked to and written`);
  const bad = await govkit(['init', scratch('bad'), '--without', 'faq,nothing', '--lang', 'en']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--without nothing: contact, profile/);
});
