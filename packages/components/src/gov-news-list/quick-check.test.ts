import { expect } from '@open-wc/testing';
import { parseXml } from '@govkit-th/core';
import { commonSchema, newsSchema, validate } from '@govkit-th/schemas';
import { compileQuickCheck } from './quick-check.js';
import { parseNews } from './feeds.js';

const quick = compileQuickCheck(newsSchema, commonSchema.$defs);

const valid = {
  title: { th: 'ข่าว', en: 'News' },
  language: 'th-TH',
  items: [
    {
      id: 'a',
      title: 'หัวข้อ',
      summary: { th: '<p>สรุป</p>' },
      url: 'news/a.html',
      category: 'ประกาศ',
      publishedAt: '2024-02-29',
      updatedAt: '2024-03-01T10:00:00.5+07:00',
      image: { src: 'a.jpg', alt: '', width: 640, height: 360 },
      attachments: [{ title: 'ไฟล์', url: 'a.pdf', type: 'application/pdf', size: 0 }],
      publication: { reporter: 'ก', publishedAt: '2024-02-29', source: { url: 'https://example.go.th/' } },
    },
  ],
  publication: { approver: 'ข' },
};

/** Values that break one rule or another, tried in every field. */
const odd: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  0,
  -1,
  1.5,
  Number.NaN,
  true,
  [],
  {},
  { th: '' },
  { de: 'x' },
  'x'.repeat(3000),
  '2018-13-45',
  '2024-01-02T25:00:00Z',
  '2024-01-02t10:00:00z',
  '2016-12-31T23:59:60Z',
  'javascript:alert(1)',
  'th',
  'a b',
];

function mutations(value: unknown, path: string[] = []): Array<[string, unknown]> {
  const found: Array<[string, unknown]> = [];
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const replacement of odd)
        found.push([[...path, key].join('/'), replaceAt(valid, [...path, key], replacement)]);
      found.push(...mutations(child, [...path, key]));
    }
    if (!Array.isArray(value))
      found.push([[...path, 'extra'].join('/'), replaceAt(valid, [...path, 'unknownField'], 'x')]);
  }
  return found;
}

function replaceAt(root: unknown, path: string[], replacement: unknown): unknown {
  const copy = structuredClone(root) as Record<string, unknown>;
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const key = path[path.length - 1];
  if (replacement !== undefined) node[key] = replacement;
  else if (Array.isArray(node)) node.splice(Number(key), 1);
  else delete node[key];
  return copy;
}

describe('gov-news-list quick check', () => {
  it('says valid to valid data, so the fast path is taken', async () => {
    expect(quick(valid)).to.equal(true);
    expect(await validate(newsSchema, valid)).to.deep.equal([]);
    const fixture = await (await fetch('/packages/components/test/fixtures/gov-news-list/news.json')).json();
    expect(quick(fixture)).to.equal(true);
    const demo = await (await fetch('/apps/demo-agency/data/news.json')).json();
    expect(quick(demo)).to.equal(true);
  });

  it('says valid to every feed fixture once it is read', async () => {
    for (const file of ['news.rss', 'news.atom', 'news-feed.json']) {
      const url = `/packages/components/test/fixtures/gov-news-list/feeds/${file}`;
      const data = parseNews(await (await fetch(url)).text(), { contentType: '', url }, parseXml);
      expect(quick(data), file).to.equal(true);
    }
  });

  it('never calls valid what the full validator refuses, whatever field is broken', async () => {
    const cases = mutations(valid);
    expect(cases.length).to.be.greaterThan(500);
    const disagreements: string[] = [];
    for (const [path, data] of cases) {
      const problems = await validate(newsSchema, data);
      if (quick(data) && problems.length > 0) disagreements.push(`${path}: ${JSON.stringify(problems[0])}`);
    }
    expect(disagreements).to.deep.equal([]);
  });

  it('leaves keywords it does not know to the full validator', () => {
    const check = compileQuickCheck({ type: 'object', oneOf: [{ required: ['a'] }] }, {});
    expect(check({ a: 1 })).to.equal(false);
  });
});
