/**
 * The publishing desk's read path: `GET /content/news.json` with 1,000 published news
 * items, answered in full (200) and as a conditional GET (304), at a fixed rate on
 * loopback. Goal: p99 ≤ 10 ms, the 304s cheaper still. Used by bench.mjs.
 */
import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import { openStore } from '../dist/store/index.js';

const ITEMS = 1000;
const RATE = 500;

/** 1,000 published news items, written straight through the store (as the import command does). */
async function seed(storeOptions) {
  const store = await openStore(storeOptions);
  const at = new Date().toISOString();
  const items = Array.from({ length: ITEMS }, (_, n) => {
    const id = `bench-${String(n).padStart(4, '0')}`;
    const entry = {
      id,
      title: { th: `จังหวัดสิงห์บุรีจัดกิจกรรมประจำเดือน ครั้งที่ ${n + 1}`, en: `Sing Buri monthly event no. ${n + 1}` },
      summary: { th: 'ขอเชิญชวนประชาชนร่วมกิจกรรม ณ ศาลากลางจังหวัดสิงห์บุรี พร้อมบริการจากส่วนราชการต่าง ๆ' },
      url: `news/${id}.html`,
      category: { th: 'ข่าวประชาสัมพันธ์', en: 'News' },
      publishedAt: new Date(Date.UTC(2026, 0, 1) + n * 3_600_000).toISOString(),
      publication: {
        reporter: 'นางสาวสมใจ ใจดี',
        approver: 'นายสมชาย รักษ์งาน',
        uploader: 'นายธนากร ใจซื่อ',
        source: 'สำนักงานจังหวัดสิงห์บุรี',
      },
    };
    return { type: 'news', id, published: JSON.stringify(entry), urgent: false };
  });
  await store.importContent(items, [], [{ id: randomUUID(), at, actor: '(bench)', action: 'content.import' }], at);
  await store.close();
}

function get(port, seconds, headers = {}) {
  return autocannon({
    url: `http://127.0.0.1:${port}/content/news.json`,
    connections: 10,
    duration: seconds,
    overallRate: RATE,
    headers,
  });
}

/**
 * Seeds the database, starts the inbox on it (with `start`, bench.mjs's process starter),
 * and returns table rows for the full and the conditional GET.
 */
export async function contentRows(name, storeOptions, start, stop, seconds) {
  await seed(storeOptions);
  const { child, port } = await start();
  try {
    const first = await fetch(`http://127.0.0.1:${port}/content/news.json`);
    const body = await first.json();
    if (body.items.length !== ITEMS) throw new Error(`expected ${ITEMS} items, got ${body.items.length}`);
    const etag = first.headers.get('etag');
    await get(port, 2); // warm up
    const rows = [];
    for (const [load, headers, expected] of [
      [`GET news.json 200, ${RATE}/s`, {}, '2xx'],
      // what a browser or a reverse proxy sends: the body made and gzipped once per change
      [`GET news.json 200 gzip, ${RATE}/s`, { 'accept-encoding': 'gzip' }, '2xx'],
      // fetch asked for gzip, so `etag` is the gzip representation's: revalidated as a browser does
      [`GET news.json 304, ${RATE}/s`, { 'if-none-match': etag, 'accept-encoding': 'gzip' }, '3xx'],
    ]) {
      const result = await get(port, seconds, headers);
      rows.push({
        target: `${name}, ${ITEMS} news`,
        load,
        'req/s': Math.round(result.requests.average),
        'p50 ms': result.latency.p50,
        'p99 ms': result.latency.p99,
        'max ms': result.latency.max,
        '2xx': result[expected === '2xx' ? '2xx' : '3xx'],
        'non-2xx': expected === '2xx' ? result.non2xx : result['2xx'] + result['4xx'] + result['5xx'],
        errors: result.errors + result.timeouts,
        'KB/req': Math.round(result.throughput.average / Math.max(1, result.requests.average) / 102.4) / 10,
      });
    }
    return rows;
  } finally {
    await stop(child);
  }
}
