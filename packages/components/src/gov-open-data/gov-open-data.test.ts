import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { GovOpenData } from './gov-open-data.js';
import type { OpenDataCatalogue } from '@govkit-th/schemas';
import {
  LONG_THAI,
  expectEmptyState,
  expectLoadingWithFallback,
  expectLongThaiWrapsAt320,
  expectPayloadsInert,
  hangingFetch,
  lifecycleErrorCases,
  settledFixture,
  shadowQuery,
  shadowQueryAll,
  visibleText,
  waitForState,
  withFetch,
} from '../../test/helpers.js';

const FIXTURES = '/packages/components/test/fixtures/gov-open-data/';
const CATALOGUE = `${FIXTURES}catalogue.json`;

/** One dataset with one file at `url`, for the preview tests. */
function oneFile(url: string, format: string, extra: Record<string, unknown> = {}): OpenDataCatalogue {
  return {
    datasets: [{ id: 'data', title: 'ชุดข้อมูลทดสอบ', resources: [{ title: 'ไฟล์ทดสอบ', url, format, ...extra }] }],
  };
}

async function catalogueWith(data: unknown, lang = 'th'): Promise<GovOpenData> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><gov-open-data></gov-open-data></div>`);
  const element = wrapper.querySelector('gov-open-data')!;
  element.data = data as OpenDataCatalogue;
  await element.whenSettled();
  return element;
}

/** Presses the preview button of file `index` (in page order) and waits until its preview or message shows. */
async function openPreview(element: GovOpenData, index = 0): Promise<HTMLElement> {
  const button = shadowQueryAll<HTMLButtonElement>(element, '[part=preview-button]')[index];
  button.click();
  const region = shadowQuery(element, `#${button.getAttribute('aria-controls')}`)!;
  const started = performance.now();
  while (region.querySelector('[role=status]') || region.hidden) {
    if (performance.now() - started > 8000) throw new Error('the preview never settled');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await element.updateComplete;
  }
  return region;
}

/** A dataset's facts as a person reads them: each term with its value. */
function facts(article: Element): Record<string, string> {
  const pairs = Array.from(article.querySelectorAll('[part=facts] > div')).map((row) => {
    const value = row.querySelector('dd')!;
    const items = Array.from(value.querySelectorAll('li'), (item) => item.textContent!.trim());
    return [row.querySelector('dt')!.textContent!.trim(), items.length ? items.join(', ') : value.textContent!.trim()];
  });
  return Object.fromEntries(pairs) as Record<string, string>;
}

function headerCells(region: HTMLElement): string[] {
  return Array.from(region.querySelectorAll('th')).map((cell) => cell.textContent!.trim());
}

function column(region: HTMLElement, index: number): string[] {
  return Array.from(region.querySelectorAll('tbody tr')).map((row) => row.children[index].textContent!.trim());
}

const DISTRICTS = ['เมืองสิงห์บุรี', 'บางระจัน', 'ค่ายบางระจัน', 'พรหมบุรี', 'ท่าช้าง', 'อินทร์บุรี'];
const HEADER = ['รหัสอำเภอ', 'อำเภอ', 'ชาย', 'หญิง', 'รวม', 'จำนวนบ้าน'];

/**
 * A CSV of `megabytes` MB streamed as it is read, like a slow server: counts what was
 * pulled and notes when the reader cancelled. Content-Length is sent only when asked.
 */
function hugeCsv(megabytes: number, withLength: boolean) {
  const line = new TextEncoder().encode('1701,เมืองสิงห์บุรี,"ชาย, หญิง",52473,21904\n');
  const header = new TextEncoder().encode('รหัส,อำเภอ,หมายเหตุ,รวม,บ้าน\n');
  const total = megabytes * 1_000_000;
  const info = { pulled: 0, cancelledAt: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = new Uint8Array(64 * 1024);
      let offset = 0;
      if (info.pulled === 0) {
        chunk.set(header);
        offset = header.length;
      }
      while (offset + line.length <= chunk.length) {
        chunk.set(line, offset);
        offset += line.length;
      }
      info.pulled += offset;
      controller.enqueue(chunk.subarray(0, offset));
      if (info.pulled >= total) controller.close();
    },
    cancel() {
      info.cancelledAt = performance.now();
    },
  });
  const headers: Record<string, string> = { 'content-type': 'text/csv' };
  if (withLength) headers['content-length'] = String(total);
  return { response: new Response(stream, { headers }), info };
}

describe('gov-open-data', () => {
  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const element = await fixture<GovOpenData>(
          html`<gov-open-data src="/never.json"><p>ดาวน์โหลดข้อมูลเปิดได้ที่ data.go.th</p></gov-open-data>`,
        );
        await expectLoadingWithFallback(element, 'ดาวน์โหลดข้อมูลเปิดได้ที่ data.go.th');
      });
    });
  });

  describe('ready', () => {
    it('lists the datasets with publisher, licence, frequency, Buddhist-era dates, keywords and files', async () => {
      const element = document.createElement('gov-open-data');
      const loaded = oneEvent(element, 'gov-load');
      element.src = CATALOGUE;
      document.body.append(element);
      try {
        const event = await loaded;
        await element.updateComplete;
        expect(event.detail.datasets).to.have.length(3);
        expect(shadowQuery(element, 'h2')!.textContent).to.equal('ข้อมูลเปิดสำนักงานจังหวัดสิงห์บุรี');
        expect(shadowQueryAll(element, 'h3').map((h) => h.textContent)).to.deep.equal([
          'จำนวนประชากรรายอำเภอ จังหวัดสิงห์บุรี ปี 2569',
          'ที่ตั้งหน่วยงานและจุดบริการ',
          'งบประมาณรายจ่ายประจำปี พ.ศ. 2570',
        ]);
        const first = shadowQuery(element, 'article#population-2569')!;
        expect(facts(first)).to.deep.equal({
          หน่วยงานที่เผยแพร่: 'สำนักงานจังหวัดสิงห์บุรี',
          สัญญาอนุญาต: 'สัญญาอนุญาตเปิดข้อมูลภาครัฐ (Open Government Licence - Thailand)',
          ความถี่ในการปรับปรุง: 'รายปี',
          ปรับปรุงล่าสุด: '15 ม.ค. 2569',
          เผยแพร่ครั้งแรก: '15 ม.ค. 2569',
          หมวดหมู่: 'ประชากรและสังคม',
          คำสำคัญ: 'ประชากร, อำเภอ',
          ติดต่อสอบถามข้อมูล: 'singburi@moi.go.th',
        });
        expect(first.querySelectorAll('.keywords li')).to.have.length(2);
        const licence = first.querySelector<HTMLAnchorElement>('[part=facts] a[href^="https://data.go.th"]')!;
        expect(licence.textContent).to.equal('สัญญาอนุญาตเปิดข้อมูลภาครัฐ (Open Government Licence - Thailand)');
        const files = Array.from(first.querySelectorAll('[part=resource] .file')).map((file) =>
          file.textContent!.replace(/[ \n\t]+/g, ' ').trim(),
        );
        expect(files[0]).to.equal('ประชากรรายอำเภอ (CSV, TIS-620) (CSV, 352\u00a0ไบต์)');
        expect(files[1]).to.contain('(CSV, 539\u00a0ไบต์)');
        const link = first.querySelector<HTMLAnchorElement>('[part=resource] a')!;
        expect(link.href).to.equal(new URL(`${FIXTURES}population-2569-tis620.csv`, location.href).href);
        expect(visibleText(element)).to.contain('ทั้งหมด 3 ชุดข้อมูล');
        // SHP has no preview; CSV, TSV, KML and JSON have.
        expect(shadowQueryAll(element, '[part=preview-button]')).to.have.length(5);
        await expect(element).to.be.accessible();
      } finally {
        element.remove();
      }
    });

    it('speaks English when the page is English', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><gov-open-data src=${CATALOGUE}></gov-open-data></div>`,
      );
      const element = wrapper.querySelector('gov-open-data')!;
      await waitForState(element, 'ready');
      expect(shadowQuery(element, 'h2')!.textContent).to.equal('Sing Buri Provincial Office open data');
      const first = facts(shadowQuery(element, 'article')!);
      expect(first['Update frequency']).to.equal('Yearly');
      expect(first['Last updated']).to.equal('15 Jan 2026');
      expect(first.Licence).to.equal('Open Government Licence - Thailand');
      const files = shadowQueryAll(element, '.file .meta').map((meta) => meta.textContent);
      expect(files).to.include('(CSV, 352\u00a0bytes)');
      expect(files).to.include('(KML, 2.8\u00a0kB)');
      expect(visibleText(element)).to.contain('3 datasets');
      expect(shadowQuery(element, '[part=preview-button]')!.textContent).to.contain('Preview the data');
      await expect(element).to.be.accessible();
    });

    it('publishes DataCatalog / Dataset structured data with each file as a DataDownload', async () => {
      const element = await settledFixture<GovOpenData>(html`<gov-open-data src=${CATALOGUE}></gov-open-data>`);
      const jsonLd = JSON.parse(element.querySelector('script[type="application/ld+json"]')!.textContent!);
      expect(jsonLd['@type']).to.equal('DataCatalog');
      const dataset = jsonLd.dataset[0];
      expect(dataset['@type']).to.equal('Dataset');
      expect(dataset.name).to.equal('จำนวนประชากรรายอำเภอ จังหวัดสิงห์บุรี ปี 2569');
      expect(dataset.license).to.equal('https://data.go.th/pages/open-government-licence-thailand');
      expect(dataset.publisher.name).to.equal('สำนักงานจังหวัดสิงห์บุรี');
      expect(dataset.keywords).to.deep.equal(['ประชากร', 'อำเภอ']);
      expect(dataset.dateModified).to.equal('2026-01-15');
      expect(dataset.distribution[0]).to.include({
        '@type': 'DataDownload',
        encodingFormat: 'CSV',
        contentSize: '352 B',
      });
      expect(dataset.distribution[0].contentUrl).to.match(/population-2569-tis620\.csv$/);
    });

    it('shows Thai digits when numerals="thai"', async () => {
      const element = await settledFixture<GovOpenData>(
        html`<gov-open-data numerals="thai" src=${CATALOGUE}></gov-open-data>`,
      );
      expect(visibleText(element)).to.contain('ทั้งหมด ๓ ชุดข้อมูล');
      expect(visibleText(element)).to.contain('๑๕ ม.ค. ๒๕๖๙');
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () =>
          catalogueWith({
            datasets: [
              {
                id: 'long',
                title: 'ชุดข้อมูล',
                description: LONG_THAI,
                resources: [{ title: LONG_THAI, url: `${FIXTURES}population-2569.csv`, format: 'CSV', size: 539 }],
              },
            ],
          }),
        '.description',
      );
    });

    it('shows a javascript: file address as text, with no link and no preview', async () => {
      const element = await catalogueWith(oneFile('javascript:alert(1)', 'CSV'));
      expect(shadowQuery(element, '[part=resource] a')).to.equal(null);
      expect(shadowQuery(element, '[part=preview-button]')).to.equal(null);
      expect(visibleText(element)).to.contain('ไฟล์ทดสอบ');
    });
  });

  describe('preview', () => {
    it('reads a TIS-620 CSV (declared by the data) as Thai, in an accessible table', async () => {
      const element = await settledFixture<GovOpenData>(html`<gov-open-data src=${CATALOGUE}></gov-open-data>`);
      const button = shadowQuery(element, '[part=preview-button]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const region = await openPreview(element, 0);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(headerCells(region)).to.deep.equal(HEADER);
      expect(column(region, 1)).to.deep.equal(DISTRICTS);
      expect(column(region, 4)[0]).to.equal('52,473');
      expect(region.querySelector('caption')!.textContent).to.equal('ตัวอย่างข้อมูลจาก ประชากรรายอำเภอ (CSV, TIS-620)');
      expect(region.textContent).to.contain('ทั้งหมด 6\u00a0แถว');
      await expect(element).to.be.accessible();
    });

    it('reads an unlabelled TIS-620 CSV as Thai too (the server says UTF-8; the bytes are not)', async () => {
      const element = await catalogueWith(oneFile(`${FIXTURES}population-2569-tis620.csv`, 'CSV'));
      const region = await openPreview(element);
      expect(headerCells(region)).to.deep.equal(HEADER);
      expect(column(region, 1)).to.deep.equal(DISTRICTS);
    });

    it('reads a UTF-8 CSV with a byte-order mark: the first heading is clean', async () => {
      const element = await catalogueWith(oneFile(`${FIXTURES}population-2569.csv`, 'CSV'));
      const region = await openPreview(element);
      expect(headerCells(region)[0]).to.equal('รหัสอำเภอ');
      expect(headerCells(region)[0].charCodeAt(0)).to.not.equal(0xfeff);
      expect(column(region, 1)).to.deep.equal(DISTRICTS);
    });

    it('reads tab-separated files', async () => {
      const element = await catalogueWith(oneFile(`${FIXTURES}population-2569.tsv`, 'TSV'));
      const region = await openPreview(element);
      expect(headerCells(region)).to.deep.equal(HEADER);
      expect(column(region, 5)).to.deep.equal(['21,904', '13,281', '9,377', '9,640', '5,088', '18,530']);
    });

    it('sorts numbers numerically and Thai text in Thai order, saying so with aria-sort', async () => {
      const element = await catalogueWith(oneFile(`${FIXTURES}population-2569.csv`, 'CSV'));
      const region = await openPreview(element);
      const headings = Array.from(region.querySelectorAll('th'));
      const total = headings[4];
      expect(total.getAttribute('aria-sort')).to.equal('none');
      total.querySelector('button')!.click();
      await element.updateComplete;
      expect(total.getAttribute('aria-sort')).to.equal('ascending');
      // Numerically, 9,377 < 13,281; as text "9" would come last.
      expect(column(region, 4)).to.deep.equal(['14,313', '25,495', '25,825', '36,673', '47,962', '52,473']);
      total.querySelector('button')!.click();
      await element.updateComplete;
      expect(total.getAttribute('aria-sort')).to.equal('descending');
      expect(column(region, 4)[0]).to.equal('52,473');
      // Thai order files เมือง under ม, not after อ as code points would.
      headings[1].querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(headings[1].getAttribute('aria-sort')).to.equal('ascending');
      expect(total.getAttribute('aria-sort')).to.equal('none');
      expect(column(region, 1)).to.deep.equal(['ค่ายบางระจัน', 'ท่าช้าง', 'บางระจัน', 'พรหมบุรี', 'เมืองสิงห์บุรี', 'อินทร์บุรี']);
      await expect(element).to.be.accessible();
    });

    it('previews a JSON file as a table of its records', async () => {
      const element = await catalogueWith(oneFile(`${FIXTURES}budget-2570.json`, 'JSON'));
      const region = await openPreview(element);
      expect(headerCells(region)).to.deep.equal(['แผนงาน', 'งบประมาณ (บาท)', 'สัดส่วน (%)']);
      expect(column(region, 0)[0]).to.equal('แผนงานบุคลากรภาครัฐ');
      expect(column(region, 1)).to.have.length(5);
      await expect(element).to.be.accessible();
    });

    it('previews a KML file as a list of its places, descriptions as text', async () => {
      const element = await catalogueWith(oneFile(`${FIXTURES}offices.kml`, 'KML'));
      const region = await openPreview(element);
      const names = Array.from(region.querySelectorAll('.places strong')).map((name) => name.textContent);
      expect(names).to.have.length(7);
      expect(names[0]).to.equal('ศาลากลางจังหวัดสิงห์บุรี');
      const first = region.querySelector('.places li')!.textContent!;
      expect(first).to.contain('สำนักงานจังหวัดสิงห์บุรี และศูนย์ดำรงธรรมจังหวัดสิงห์บุรี');
      expect(first).to.not.contain('<p>');
      expect(first).to.contain('14.8909, 100.3967');
      expect(region.textContent).to.contain('แสดง 7\u00a0จุดจากทั้งหมด 7\u00a0จุด');
      await expect(element).to.be.accessible();
    });

    it('closes the preview when pressed again', async () => {
      const element = await catalogueWith(oneFile(`${FIXTURES}population-2569.csv`, 'CSV'));
      const region = await openPreview(element);
      shadowQuery<HTMLButtonElement>(element, '[part=preview-button]')!.click();
      await element.updateComplete;
      expect(region.hidden).to.equal(true);
      expect(region.querySelector('table')).to.equal(null);
      expect(shadowQuery(element, '[part=preview-button]')!.getAttribute('aria-expanded')).to.equal('false');
    });

    for (const [format, file] of [
      ['CSV', 'broken.csv'],
      ['JSON', 'broken.json'],
      ['KML', 'broken.kml'],
    ]) {
      it(`a malformed ${format} file gives a message, and the download stays`, async () => {
        const element = await catalogueWith(oneFile(`${FIXTURES}${file}`, format));
        const region = await openPreview(element);
        expect(region.querySelector('[role=alert]')!.textContent).to.contain('ไฟล์นี้มีรูปแบบไม่ถูกต้อง จึงแสดงตัวอย่างไม่ได้');
        expect(region.querySelector('table')).to.equal(null);
        expect(shadowQuery(element, '[part=resource] a')).to.not.equal(null);
        await expect(element).to.be.accessible();
      });
    }

    it('a missing file says the status and suggests the download', async () => {
      const element = await catalogueWith(oneFile(`${FIXTURES}no-such-file.csv`, 'CSV'));
      const region = await openPreview(element);
      expect(region.textContent).to.contain('เซิร์ฟเวอร์ตอบกลับด้วยรหัส 404');
    });

    it('a file that does not answer in time gives a message', async () => {
      const element = await catalogueWith(oneFile('/slow.csv', 'CSV'));
      element.timeout = 50;
      await withFetch(hangingFetch, async () => {
        const region = await openPreview(element);
        expect(region.textContent).to.contain('การโหลดตัวอย่างข้อมูลใช้เวลานานเกินไป');
      });
    });

    for (const withLength of [true, false]) {
      it(`a 50 MB CSV (${withLength ? 'with' : 'without'} Content-Length): 2 MB read, 100 rows shown, the page keeps its turns`, async () => {
        const element = await catalogueWith(oneFile('/huge.csv', 'CSV'));
        // Load the CSV reader first, so what follows measures the parse, not a module download.
        await withFetch(
          () => new Response('a,b\n1,2\n'),
          async () => openPreview(element),
        );
        shadowQuery<HTMLButtonElement>(element, '[part=preview-button]')!.click();
        await element.updateComplete;
        const huge = hugeCsv(50, withLength);
        // Every turn the page gets after the download stopped and before the table shows.
        let turns = 0;
        let clicks = 0;
        const probe = document.createElement('button');
        probe.addEventListener('click', () => (clicks += 1));
        document.body.append(probe);
        let done = false;
        const tick = () => {
          if (done) return;
          if (huge.info.cancelledAt) {
            turns += 1;
            probe.click();
          }
          setTimeout(tick, 0);
        };
        tick();
        try {
          await withFetch(
            () => huge.response,
            async () => {
              const region = await openPreview(element);
              done = true;
              expect(huge.info.cancelledAt, 'the download was never stopped').to.be.greaterThan(0);
              expect(huge.info.pulled).to.be.lessThan(3_000_000);
              expect(region.querySelectorAll('tbody tr')).to.have.length(100);
              expect(column(region, 1)[0]).to.equal('เมืองสิงห์บุรี');
              expect(column(region, 2)[0]).to.equal('ชาย, หญิง');
              expect(region.textContent).to.contain(
                'ไฟล์นี้ใหญ่กว่า 2\u00a0เมกะไบต์ จึงแสดงเพียง 100\u00a0แถวแรกจากส่วนต้นของไฟล์',
              );
            },
          );
          // A parse in one go would leave no turn between the end of the download and the table.
          expect(turns, 'the parse never let the page run').to.be.greaterThan(3);
          expect(clicks).to.equal(turns);
        } finally {
          done = true;
          probe.remove();
        }
      });
    }

    it('a JSON file above the cap is refused from its Content-Length, before its body is read', async () => {
      const element = await catalogueWith(oneFile('/huge.json', 'JSON'));
      const huge = hugeCsv(50, true);
      await withFetch(
        () => huge.response,
        async () => {
          const region = await openPreview(element);
          expect(region.textContent).to.contain('ไฟล์ใหญ่กว่า 2\u00a0เมกะไบต์ จึงแสดงตัวอย่างไม่ได้');
          expect(huge.info.pulled).to.be.lessThan(200_000);
        },
      );
    });
  });

  describe('empty', () => {
    it('says there are no datasets yet, in Thai and English', async () => {
      await expectEmptyState(await catalogueWith({ datasets: [] }), 'ยังไม่มีชุดข้อมูลเปิดในขณะนี้');
      await expectEmptyState(await catalogueWith({ datasets: [] }, 'en'), 'No open datasets have been published yet.');
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovOpenData>('gov-open-data', {
      notFound: {
        data: oneFile('population.csv', 'CSV'),
        fallbackHtml: '<p>ดาวน์โหลดข้อมูลเปิดได้ที่ศูนย์ข้อมูลข่าวสาร</p>',
        fallbackText: 'ศูนย์ข้อมูลข่าวสาร',
        recovered: (element) => expect(shadowQueryAll(element, 'article')).to.have.length(1),
      },
      malformed: { body: '{"datasets": [ oops' },
      timeout: {},
      network: {},
    });

    it('data that breaks the schema names the path and the rule, and renders nothing half-way', async () => {
      const element = await catalogueWith({
        datasets: [
          { id: 'bad id', title: 'ชุดข้อมูล', frequency: 'sometimes', resources: [{ title: 'ไฟล์', url: 'x.csv' }] },
        ],
      });
      expect(element.state).to.equal('error');
      expect(shadowQueryAll(element, 'article')).to.have.length(0);
      const paths = element.error!.problems.map((problem) => problem.path);
      expect(paths).to.include('/datasets/0/id');
      expect(paths).to.include('/datasets/0/frequency');
      expect(paths).to.include('/datasets/0/resources/0/format');
      expect(visibleText(element)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any field', async () => {
      await expectPayloadsInert(
        200,
        async (payloads) => {
          const datasets = payloads.map((payload, index) => ({
            id: `d${index}`,
            title: payload || 'x',
            description: payload || 'x',
            keywords: [payload || 'x'],
            licence: { title: payload || 'x', url: payload || 'x' },
            resources: [{ title: payload || 'x', url: payload || 'x', format: 'CSV' }],
          }));
          const element = await catalogueWith({ title: payloads[0], datasets });
          expect(element.state).to.equal('ready');
          return element;
        },
        (element, payloads) => expect(shadowQueryAll(element, 'h3')[1].textContent).to.equal(payloads[1] || 'x'),
      );
    });

    it('shows CSV cells with markup as text', async () => {
      const body = 'ชื่อ,หมายเหตุ\n"<img src=x onerror=alert(1)>","<script>alert(2)</script>"\n';
      const element = await catalogueWith(oneFile('/hostile.csv', 'CSV'));
      await withFetch(
        () => new Response(body, { headers: { 'content-type': 'text/csv' } }),
        async () => {
          const region = await openPreview(element);
          expect(column(region, 0)).to.deep.equal(['<img src=x onerror=alert(1)>']);
          expect(region.querySelector('img, script')).to.equal(null);
        },
      );
    });
  });
});
