import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { GovDocumentList } from './gov-document-list.js';
import type { DocumentsData } from '@govkit-th/schemas';
import {
  LONG_THAI,
  expectEmptyState,
  expectLoadingWithFallback,
  expectLongThaiWrapsAt320,
  expectPayloadsInert,
  fallbackShown,
  hangingFetch,
  lifecycleErrorCases,
  settledFixture,
  shadowQuery,
  shadowQueryAll,
  visibleText,
  withFetch,
} from '../../test/helpers.js';

/** The demo agency's own data file: what the demo pages load. */
const DEMO = '/apps/demo-agency/data/documents.json';

const sample: DocumentsData = {
  title: { th: 'เอกสารเผยแพร่', en: 'Documents' },
  items: [
    {
      id: 'oia-act',
      kind: 'act',
      title: { th: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540', en: 'Official Information Act B.E. 2540' },
      date: '1997-09-10',
      source: {
        title: { th: 'ราชกิจจานุเบกษา เล่ม 114 ตอนที่ 46 ก', en: 'Royal Gazette vol. 114, part 46 Kor' },
        url: 'https://www.ratchakitcha.soc.go.th/',
      },
      oia: { section: 7, item: 4 },
    },
    {
      id: 'sep',
      kind: 'procurement-summary',
      title: 'สรุปผลการจัดซื้อจัดจ้างในรอบเดือนกันยายน 2568',
      number: 'สขร.1 09/2568',
      date: '2025-09-30',
      ita: ['O11'],
      oia: { section: 9, item: 8 },
      files: [
        { title: 'ตารางสรุป', url: 'sep.xlsx', size: 1_200_000 },
        { title: 'ข้อมูลเปิด', url: 'sep-data', type: 'text/csv', size: 512 },
      ],
    },
    {
      id: 'plan',
      kind: 'procurement-plan',
      title: 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569',
      date: '2025-10-01',
      ita: ['O11', 'O12'],
      oia: { section: 9, item: 3 },
    },
    {
      id: 'fee',
      kind: 'announcement',
      title: { th: 'ประกาศค่าธรรมเนียมการทำสำเนาข้อมูลข่าวสาร', en: 'Announcement on copy fees' },
      date: '2024-01-09',
      source: 'ประกาศ ณ วันที่ 9 มกราคม 2567',
    },
    {
      id: 'awd',
      kind: 'knowledge',
      title: 'การปลูกข้าวแบบเปียกสลับแห้ง ลดต้นทุน',
      summary: 'เกษตรกรอำเภอพรหมบุรีลดการใช้น้ำได้ราวหนึ่งในสาม',
      date: '2026-07-15T14:30:00+07:00',
      source: 'สำนักงานเกษตรจังหวัดสิงห์บุรี',
    },
  ],
};

async function listWith(data: unknown, attributes: Record<string, string> = {}, lang = 'th'): Promise<GovDocumentList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const list = document.createElement('gov-document-list');
  for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value);
  list.data = data as DocumentsData;
  wrapper.append(list);
  await list.whenSettled();
  await list.updateComplete;
  return list;
}

/** A document's details as a person reads them: each term with its description. */
const details = (item: Element) =>
  Object.fromEntries(
    Array.from(item.querySelectorAll('.meta > div')).map((pair) => [
      pair.querySelector('dt')!.textContent!.trim(),
      pair.querySelector('dd')!.textContent!.trim(),
    ]),
  );
/** A file link's text, white space folded but the non-breaking space between a number and its unit kept. */
const fileTexts = (list: GovDocumentList) =>
  shadowQueryAll(list, '[part=file]').map((a) => a.textContent!.replace(/[ \n\t]+/g, ' ').trim());
const titles = (list: GovDocumentList) => shadowQueryAll(list, '.title').map((title) => title.textContent!.trim());
const groupHeadings = (list: GovDocumentList) =>
  shadowQueryAll(list, '[part=group-heading]').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
/** Each group's heading with the titles under it. */
const grouped = (list: GovDocumentList) =>
  Object.fromEntries(
    shadowQueryAll(list, 'section').map((section) => [
      section.querySelector('[part=group-heading]')!.textContent!.replace(/\s+/g, ' ').trim(),
      Array.from(section.querySelectorAll('.title')).map((title) => title.textContent!.trim()),
    ]),
  );

async function typeInSearch(list: GovDocumentList, text: string): Promise<void> {
  const input = shadowQuery<HTMLInputElement>(list, 'input[type=search]')!;
  input.focus();
  input.value = '';
  await sendKeys({ type: text });
  await list.updateComplete;
}

describe('gov-document-list', () => {
  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const list = await fixture<GovDocumentList>(
          html`<gov-document-list src="/never.json"><p>ขอดูเอกสารได้ที่ศูนย์ข้อมูลข่าวสาร</p></gov-document-list>`,
        );
        await expectLoadingWithFallback(list, 'ขอดูเอกสารได้ที่ศูนย์ข้อมูลข่าวสาร');
      });
    });
  });

  describe('ready', () => {
    it("renders the demo agency's documents from src, grouped by kind, and fires gov-load", async () => {
      const list = document.createElement('gov-document-list');
      const loaded = oneEvent(list, 'gov-load');
      list.src = DEMO;
      document.body.append(list);
      try {
        const event = await loaded;
        await list.updateComplete;
        expect(event.detail.items.length).to.be.greaterThan(20);
        expect(list.state).to.equal('ready');
        expect(shadowQuery(list, 'h2')!.textContent).to.equal('เอกสารเผยแพร่');
        expect(groupHeadings(list).slice(0, 3)).to.deep.equal(['พระราชบัญญัติ', 'พระราชกฤษฎีกา', 'ระเบียบและข้อบังคับ']);
        expect(shadowQueryAll(list, 'section h3')).to.have.length(groupHeadings(list).length);
        await expect(list).to.be.accessible();
      } finally {
        list.remove();
      }
    });

    it('shows each document newest first with its number, Buddhist-era date, source, OIA section and ITA items', async () => {
      const list = await listWith(sample, { 'group-by': 'none' });
      expect(titles(list)).to.deep.equal([
        'การปลูกข้าวแบบเปียกสลับแห้ง ลดต้นทุน',
        'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569',
        'สรุปผลการจัดซื้อจัดจ้างในรอบเดือนกันยายน 2568',
        'ประกาศค่าธรรมเนียมการทำสำเนาข้อมูลข่าวสาร',
        'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540',
      ]);
      const [, , summary, , act] = shadowQueryAll(list, '[part=item]');
      expect(details(summary)).to.deep.equal({
        ประเภท: 'สรุปผลการจัดซื้อจัดจ้าง',
        เลขที่: 'สขร.1 09/2568',
        วันที่: '30 ก.ย. 2568',
        'พ.ร.บ.ข้อมูลข่าวสารฯ': 'มาตรา 9 (8)',
        'ตัวชี้วัด ITA': 'O11',
      });
      expect(details(act)['แหล่งที่มา']).to.equal('ราชกิจจานุเบกษา เล่ม 114 ตอนที่ 46 ก');
      expect(act.querySelector('time')!.getAttribute('datetime')).to.equal('1997-09-10');
      const source = act.querySelector<HTMLAnchorElement>('dd a')!;
      expect(source.textContent).to.equal('ราชกิจจานุเบกษา เล่ม 114 ตอนที่ 46 ก');
      expect(source.href).to.equal('https://www.ratchakitcha.soc.go.th/');
      // Knowledge shows its time as well as its date (order 1.1(4)).
      expect(shadowQuery(list, '[part=item] time')!.textContent).to.contain('เวลา 14.30\u00a0น.');
      expect(visibleText(list)).to.contain('ทั้งหมด 5 รายการ');
      await expect(list).to.be.accessible();
    });

    it('shows each file with its type and size, the number kept with its unit', async () => {
      const list = await listWith(sample, { 'group-by': 'none' });
      const files = shadowQueryAll<HTMLAnchorElement>(list, '[part=file]');
      expect(fileTexts(list)).to.deep.equal(['ตารางสรุป (XLSX, 1.2\u00a0เมกะไบต์)', 'ข้อมูลเปิด (CSV, 512\u00a0ไบต์)']);
      expect(files[0].getAttribute('href')).to.equal(new URL('sep.xlsx', location.href).href);
      const filesList = shadowQuery(list, '[part=files]')!;
      expect(filesList.getAttribute('aria-label')).to.equal('ไฟล์: สรุปผลการจัดซื้อจัดจ้างในรอบเดือนกันยายน 2568');
    });

    it('groups by Thai fiscal year: 2025-09-30 is in FY 2568 and 2025-10-01 in FY 2569', async () => {
      const list = await listWith(sample, { 'group-by': 'fiscal-year' });
      expect(grouped(list)).to.deep.equal({
        'ปีงบประมาณ พ.ศ. 2569': ['การปลูกข้าวแบบเปียกสลับแห้ง ลดต้นทุน', 'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569'],
        'ปีงบประมาณ พ.ศ. 2568': ['สรุปผลการจัดซื้อจัดจ้างในรอบเดือนกันยายน 2568'],
        'ปีงบประมาณ พ.ศ. 2567': ['ประกาศค่าธรรมเนียมการทำสำเนาข้อมูลข่าวสาร'],
        'ปีงบประมาณ พ.ศ. 2540': ['พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540'],
      });
      await expect(list).to.be.accessible();
    });

    it("a document's own fiscal year wins over its date (a September summary filed in October)", async () => {
      const late = { ...sample.items[1], id: 'late', date: '2025-10-07', fiscalYear: 2568 };
      const list = await listWith({ items: [late, sample.items[2]] }, { 'group-by': 'fiscal-year' }, 'en');
      expect(groupHeadings(list)).to.deep.equal([
        'Fiscal year 2569 B.E. (October 2025 – September 2026)',
        'Fiscal year 2568 B.E. (October 2024 – September 2025)',
      ]);
      expect(grouped(list)['Fiscal year 2568 B.E. (October 2024 – September 2025)']).to.deep.equal([
        'สรุปผลการจัดซื้อจัดจ้างในรอบเดือนกันยายน 2568',
      ]);
    });

    it('groups by calendar year (Buddhist era in Thai), undated documents last', async () => {
      const undated = { id: 'undated', kind: 'report', title: 'รายงานไม่ระบุวันที่' };
      const list = await listWith({ items: [undated, ...sample.items] }, { 'group-by': 'year' });
      expect(groupHeadings(list)).to.deep.equal(['พ.ศ. 2569', 'พ.ศ. 2568', 'พ.ศ. 2567', 'พ.ศ. 2540', 'ไม่ระบุวันที่']);
      expect(grouped(list)['พ.ศ. 2568']).to.have.length(2);
    });

    it('indexes official information by section and item with the wording of the Act', async () => {
      const list = await listWith(sample, { 'group-by': 'oia' });
      expect(groupHeadings(list)).to.deep.equal([
        'มาตรา 7 (4) กฎ มติคณะรัฐมนตรี ข้อบังคับ คำสั่ง หนังสือเวียน ระเบียบ แบบแผน นโยบาย หรือการตีความ เฉพาะที่จัดให้มีขึ้นโดยมีสภาพอย่างกฎ เพื่อให้มีผลเป็นการทั่วไปต่อเอกชนที่เกี่ยวข้อง',
        'มาตรา 9 (3) แผนงาน โครงการ และงบประมาณรายจ่ายประจำปีของปีที่กำลังดำเนินการ',
        'มาตรา 9 (8) ข้อมูลข่าวสารอื่นตามที่คณะกรรมการกำหนด',
      ]);
      // Only documents with a section are in the index.
      expect(titles(list)).to.have.length(3);
      await expect(list).to.be.accessible();
    });

    it('groups by kind in the order of the kinds, with sub-headings one level below the heading', async () => {
      const list = await listWith(sample, { 'heading-level': '3' });
      expect(groupHeadings(list)).to.deep.equal([
        'พระราชบัญญัติ',
        'ประกาศ',
        'องค์ความรู้และบทความ',
        'แผนการจัดซื้อจัดจ้าง',
        'สรุปผลการจัดซื้อจัดจ้าง',
      ]);
      expect(shadowQueryAll(list, 'h4[part=group-heading]')).to.have.length(5);
      expect(shadowQueryAll(list, 'h5.title')).to.have.length(5);
    });

    it('filters as a person types in Thai, marks the match and announces the count', async () => {
      const list = await listWith(sample, { 'group-by': 'none' });
      await typeInSearch(list, 'จัดซื้อ');
      expect(titles(list)).to.deep.equal([
        'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569',
        'สรุปผลการจัดซื้อจัดจ้างในรอบเดือนกันยายน 2568',
      ]);
      expect(shadowQuery(list, '.title mark')!.textContent).to.equal('จัดซื้อ');
      expect(shadowQuery(list, '.count')!.textContent).to.contain('พบ 2\u00a0รายการที่ตรงกับการค้นหา');
      // Numbers, sources and summaries are searched too.
      await typeInSearch(list, 'สขร.1');
      expect(titles(list)).to.deep.equal(['สรุปผลการจัดซื้อจัดจ้างในรอบเดือนกันยายน 2568']);
      await typeInSearch(list, 'ราชกิจจา');
      expect(titles(list)).to.deep.equal(['พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540']);
      await typeInSearch(list, 'ไม่มีเอกสารนี้');
      expect(titles(list)).to.deep.equal([]);
      expect(shadowQuery(list, '.count')!.textContent).to.contain('ไม่พบเอกสารที่ตรงกับ “ไม่มีเอกสารนี้”');
      await expect(list).to.be.accessible();
    });

    it('shows only the kinds and ITA items the page asks for, and follows a change of filter', async () => {
      const list = await listWith(sample, { kind: 'act announcement' });
      expect(titles(list)).to.deep.equal([
        'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540',
        'ประกาศค่าธรรมเนียมการทำสำเนาข้อมูลข่าวสาร',
      ]);
      list.setAttribute('kind', '');
      list.setAttribute('ita', 'o12');
      await list.updateComplete;
      expect(titles(list)).to.deep.equal(['แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2569']);
      list.setAttribute('ita', 'O25');
      await list.updateComplete;
      await list.updateComplete;
      expect(list.state).to.equal('empty');
      expect(visibleText(list)).to.contain('ยังไม่มีเอกสารเผยแพร่ในขณะนี้');
    });

    it('speaks English when the page is English', async () => {
      const list = await listWith(sample, { 'group-by': 'year' }, 'en');
      expect(shadowQuery(list, 'h2')!.textContent).to.equal('Documents');
      expect(groupHeadings(list)[0]).to.equal('2026');
      expect(titles(list)).to.include('Official Information Act B.E. 2540');
      expect(shadowQuery(list, 'label[for=search]')!.textContent).to.equal('Search the documents');
      expect(visibleText(list)).to.contain('Section 9(8)');
      expect(fileTexts(list)).to.deep.equal(['ตารางสรุป (XLSX, 1.2\u00a0MB)', 'ข้อมูลเปิด (CSV, 512\u00a0bytes)']);
      expect(shadowQuery(list, 'time[datetime="1997-09-10"]')!.textContent).to.equal('10 Sept 1997');
      await expect(list).to.be.accessible();
    });

    it('shows Thai digits when numerals="thai"', async () => {
      const list = await listWith(sample, { numerals: 'thai', 'group-by': 'fiscal-year' });
      expect(groupHeadings(list)[0]).to.equal('ปีงบประมาณ พ.ศ. ๒๕๖๙');
      expect(visibleText(list)).to.contain('มาตรา 9 (๘)');
      expect(visibleText(list)).to.contain('ทั้งหมด ๕ รายการ');
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () =>
          listWith({
            items: [{ id: 'long', kind: 'report', title: LONG_THAI, files: [{ url: 'a.pdf', size: 2048 }] }],
          }),
        '.title',
      );
    });
  });

  describe('empty', () => {
    it('says there are no documents yet, in Thai and English', async () => {
      await expectEmptyState(await listWith({ items: [] }), 'ยังไม่มีเอกสารเผยแพร่ในขณะนี้');
      await expectEmptyState(await listWith({ items: [] }, {}, 'en'), 'There are no documents yet.');
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovDocumentList>('gov-document-list', {
      notFound: {
        data: sample,
        fallbackHtml: '<p>ขอดูเอกสารได้ที่ศูนย์ข้อมูลข่าวสาร ชั้น 1 ศาลากลางจังหวัด</p>',
        fallbackText: 'ศูนย์ข้อมูลข่าวสาร',
        recovered: (list) => expect(titles(list)).to.have.length(5),
      },
      malformed: { body: '{"items": [ oops' },
      timeout: {},
      network: {},
    });

    it('refuses a law without its source, naming order clause 1.1(2), and keeps the fallback', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="th"><gov-document-list><p>ดูกฎหมายได้ที่ศูนย์ข้อมูลข่าวสาร</p></gov-document-list></div>`,
      );
      const list = wrapper.querySelector('gov-document-list')!;
      list.data = { items: [{ id: 'act', kind: 'act', title: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540' }] };
      await list.whenSettled();
      await list.updateComplete;
      expect(list.state).to.equal('error');
      expect(titles(list)).to.deep.equal([]);
      const [problem] = list.error!.problems;
      expect(problem.path).to.equal('/items/0/source');
      expect(problem.message).to.contain('ข้อ 1.1(2)');
      expect(visibleText(list)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
      expect(visibleText(list)).to.contain('/items/0/source');
      expect(visibleText(list)).to.contain('ต้องระบุแหล่งที่มาของกฎหมาย');
      expect(fallbackShown(list)).to.equal('ดูกฎหมายได้ที่ศูนย์ข้อมูลข่าวสาร');
      await expect(list).to.be.accessible();
    });

    it('refuses knowledge without its date (1.1(4)) and official information without its section (1.2(1)), in English', async () => {
      const list = await listWith(
        {
          items: [
            { id: 'k', kind: 'knowledge', title: 'บทความ', source: 'สำนักงานเกษตรจังหวัด' },
            { id: 'o', kind: 'official-information', title: 'โครงสร้างองค์กร' },
          ],
        },
        {},
        'en',
      );
      expect(list.state).to.equal('error');
      const messages = list.error!.problems.map((p) => `${p.path} ${p.message}`);
      expect(messages.find((m) => m.startsWith('/items/0/date'))).to.contain('clause 1.1(4)');
      expect(messages.find((m) => m.startsWith('/items/1/oia'))).to.contain('clause 1.2(1)');
      expect(visibleText(list)).to.contain('The data does not follow the required format.');
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any field', async () => {
      await expectPayloadsInert(
        300,
        async (payloads) => {
          const items = payloads.map((payload, index) => ({
            id: `x${index}`,
            kind: 'announcement',
            title: payload,
            number: payload,
            summary: payload,
            source: { title: payload, url: payload },
            files: [{ title: payload, url: payload, type: payload.slice(0, 200) || 'x' }],
          }));
          return listWith({ title: payloads[0], items }, { 'group-by': 'none' });
        },
        (list, payloads) => {
          expect(list.state).to.equal('ready');
          expect(titles(list)).to.include(payloads[1].trim());
        },
      );
    });

    it('shows javascript: links in sources and files as text, never as links', async () => {
      const list = await listWith(
        {
          items: [
            {
              id: 'j',
              kind: 'order',
              title: 'คำสั่ง',
              url: 'javascript:alert(1)',
              source: { title: 'แหล่งที่มา', url: 'javascript:alert(2)' },
              files: [{ title: 'ไฟล์', url: 'javascript:alert(3)' }],
            },
          ],
        },
        { 'group-by': 'none' },
      );
      expect(shadowQueryAll(list, '[part=item] a')).to.have.length(0);
      expect(visibleText(list)).to.contain('แหล่งที่มา');
      expect(visibleText(list)).to.contain('ไฟล์');
    });
  });

  it('loads the wording of the Act when the OIA index is asked for after the data', async () => {
    const list = await settledFixture<GovDocumentList>(html`<gov-document-list .data=${sample}></gov-document-list>`);
    list.groupBy = 'oia';
    await list.updateComplete;
    expect(groupHeadings(list)[0]).to.match(/^มาตรา 7 \(4\)/); // the reference at once, the wording when it arrives
    const started = performance.now();
    while (!groupHeadings(list)[0].includes('กฎ มติคณะรัฐมนตรี') && performance.now() - started < 3000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(groupHeadings(list)[0]).to.contain('มาตรา 7 (4) กฎ มติคณะรัฐมนตรี');
    expect(list.state).to.equal('ready');
  });
});
