import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { GovAgencyProfile } from './gov-agency-profile.js';
import type { ProfileData } from '@govkit-th/schemas';
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

const FIXTURE = '/packages/components/test/fixtures/gov-agency-profile/profile.json';
const NBSP = '\u00a0';

const budget: ProfileData['budget'] = {
  fiscalYear: 2570,
  total: 1250000.5,
  parts: [
    { title: { th: 'งบบุคลากร', en: 'Personnel' }, amount: 1000000 },
    { title: { th: 'งบดำเนินงาน', en: 'Operating expenses' }, amount: 250000.5 },
  ],
};

async function profileWith(data: unknown, section = '', lang = 'th'): Promise<GovAgencyProfile> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><gov-agency-profile section=${section}></gov-agency-profile></div>`,
  );
  const profile = wrapper.querySelector('gov-agency-profile')!;
  profile.data = data as ProfileData;
  await profile.whenSettled();
  return profile;
}

async function fromFixture(section: string, lang = 'th'): Promise<GovAgencyProfile> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><gov-agency-profile src=${FIXTURE} section=${section}></gov-agency-profile></div>`,
  );
  const profile = wrapper.querySelector('gov-agency-profile')!;
  await waitForState(profile, 'ready');
  return profile;
}

function texts(profile: GovAgencyProfile, selector: string): string[] {
  return shadowQueryAll(profile, selector).map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
}

/** Each table row as its cells' text, one space between cells. */
function rows(profile: GovAgencyProfile, selector: string): string[] {
  return shadowQueryAll<HTMLTableRowElement>(profile, selector).map((row) =>
    Array.from(row.cells, (cell) => cell.textContent!.trim()).join(' '),
  );
}

describe('gov-agency-profile', () => {
  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const profile = await fixture<GovAgencyProfile>(
          html`<gov-agency-profile src="/never.json" section="history"><p>จังหวัดสิงห์บุรีเป็นเมืองเก่าแก่</p></gov-agency-profile>`,
        );
        await expectLoadingWithFallback(profile, 'จังหวัดสิงห์บุรีเป็นเมืองเก่าแก่');
      });
    });
  });

  describe('ready', () => {
    it('shows the whole profile from src in Thai, every section under its own heading, and fires gov-load', async () => {
      const profile = document.createElement('gov-agency-profile');
      const loaded = oneEvent(profile, 'gov-load');
      profile.src = FIXTURE;
      document.body.append(profile);
      try {
        const event = await loaded;
        await profile.updateComplete;
        expect(event.detail.budget!.fiscalYear).to.equal(2570);
        expect(profile.state).to.equal('ready');
        expect(texts(profile, 'h2')).to.deep.equal(['ข้อมูลสำนักงานจังหวัดสิงห์บุรี']);
        expect(texts(profile, 'h3')).to.deep.equal([
          'ประวัติความเป็นมา',
          'วิสัยทัศน์ พันธกิจ และค่านิยม',
          'อำนาจหน้าที่',
          'ยุทธศาสตร์และแผนปฏิบัติราชการ',
          'งบประมาณรายจ่ายประจำปี',
          'คำรับรองและรายงานผลการปฏิบัติราชการ',
          'โครงสร้างหน่วยงาน',
          'ผู้บริหาร',
        ]);
        expect(visibleText(profile)).to.contain('ผู้รับผิดชอบ'); // the publication record
        await expect(profile).to.be.accessible();
      } finally {
        profile.remove();
      }
    });

    it('section="history" shows that section alone under a heading at heading-level', async () => {
      const profile = await fromFixture('history');
      expect(texts(profile, 'h2')).to.deep.equal(['ประวัติความเป็นมา']);
      expect(shadowQueryAll(profile, 'section')).to.have.length(1);
      expect(texts(profile, 'section p')[0]).to.match(/^จังหวัดสิงห์บุรีเป็นเมืองเก่าแก่ริมแม่น้ำเจ้าพระยา/);
      expect(visibleText(profile)).not.to.contain('งบประมาณ');
      await expect(profile).to.be.accessible();
    });

    it('vision, mission and values, with sub-headings one level down', async () => {
      const profile = await fromFixture('vision');
      expect(texts(profile, 'h3')).to.deep.equal(['วิสัยทัศน์', 'พันธกิจ', 'ค่านิยม']);
      expect(texts(profile, '.statement')).to.deep.equal(['เมืองน่าอยู่ เกษตรปลอดภัย ท่องเที่ยวเชิงประวัติศาสตร์']);
      expect(texts(profile, 'ol li')).to.have.length(3);
      expect(texts(profile, 'ul li')[0]).to.equal('ซื่อสัตย์ สุจริต โปร่งใส');
      await expect(profile).to.be.accessible();
    });

    it('powers and duties link their legal basis as documents, with Buddhist-era dates', async () => {
      const profile = await fromFixture('duties');
      expect(texts(profile, 'ol li')).to.have.length(4);
      expect(texts(profile, 'h3')).to.deep.equal(['กฎหมายที่กำหนดอำนาจหน้าที่']);
      const law = shadowQuery<HTMLAnchorElement>(profile, '[part=documents] a')!;
      expect(law.textContent).to.equal('กฎกระทรวงแบ่งส่วนราชการสำนักงานปลัดกระทรวง กระทรวงมหาดไทย พ.ศ. 2560');
      expect(law.href).to.equal('https://www.ratchakitcha.soc.go.th/');
      expect(shadowQuery(profile, 'time[datetime="2017-05-02"]')!.textContent).to.equal('2 พ.ค. 2560');
      await expect(profile).to.be.accessible();
    });

    it('strategy, action plans and performance reports are lists of documents', async () => {
      const plans = await fromFixture('plans');
      expect(texts(plans, 'h3')).to.deep.equal(['ประเด็นยุทธศาสตร์']);
      const links = shadowQueryAll<HTMLAnchorElement>(plans, '[part=documents] a');
      expect(links.map((a) => a.textContent)).to.deep.equal([
        'แผนพัฒนาจังหวัดสิงห์บุรี พ.ศ. 2566–2570 (ฉบับทบทวน)',
        'แผนปฏิบัติราชการประจำปีงบประมาณ พ.ศ. 2570',
      ]);
      expect(links[0].href).to.match(/\/fixtures\/gov-agency-profile\/plan\.pdf$/); // relative to the data file
      const performance = await fromFixture('performance');
      expect(texts(performance, '[part=documents] li')[1]).to.equal(
        'รายงานผลการดำเนินงานประจำปีงบประมาณ พ.ศ. 2569 20 พ.ย. 2569',
      );
      await expect(performance).to.be.accessible();
    });

    it('the budget: amounts in baht with a non-breaking space, the total computed from the parts', async () => {
      const profile = await fromFixture('budget');
      expect(shadowQuery(profile, 'caption')!.textContent).to.equal('งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ.\u00a02570');
      expect(rows(profile, 'tbody tr')[0]).to.equal(`งบบุคลากร 18,420,600${NBSP}บาท`);
      expect(rows(profile, 'tfoot tr')).to.deep.equal([`รวมทั้งสิ้น 248,615,400${NBSP}บาท`]);
      expect(shadowQuery(profile, '[part=warning]')).to.equal(null);
      expect(shadowQuery<HTMLAnchorElement>(profile, '[part=documents] a')!.textContent).to.contain('เอกสารงบประมาณ');
      await expect(profile).to.be.accessible();
    });

    it('adds amounts with satang exactly, in English and in Thai digits', async () => {
      const english = await profileWith({ budget }, 'budget', 'en');
      expect(shadowQuery(english, 'caption')!.textContent).to.equal('Budget for fiscal year 2027');
      expect(rows(english, 'tbody tr')[1]).to.equal(`Operating expenses 250,000.5${NBSP}baht`);
      expect(rows(english, 'tfoot tr')).to.deep.equal([`Total 1,250,000.5${NBSP}baht`]);
      expect(shadowQuery(english, '[part=warning]')).to.equal(null);
      const thai = await profileWith(
        {
          budget: {
            ...budget,
            parts: [
              { title: 'ก', amount: 0.1 },
              { title: 'ข', amount: 0.2 },
            ],
            total: 0.3,
          },
        },
        'budget',
      );
      expect(shadowQuery(thai, '[part=warning]')).to.equal(null);
      thai.numerals = 'thai';
      await thai.updateComplete;
      expect(rows(thai, 'tfoot tr')).to.deep.equal([`รวมทั้งสิ้น ๐.๓${NBSP}บาท`]);
      expect(shadowQuery(thai, 'caption')!.textContent).to.equal('งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ.\u00a0๒๕๗๐');
    });

    it('warns when the stated total differs from the sum of the parts, and shows the computed sum', async () => {
      const profile = await profileWith({ budget: { ...budget, total: 1300000 } }, 'budget');
      expect(profile.state).to.equal('ready');
      expect(shadowQuery(profile, '[part=warning]')!.textContent).to.equal(
        `คำเตือน: ยอดรวมที่ระบุไว้ 1,300,000${NBSP}บาท ไม่ตรงกับผลรวมของรายการ 1,250,000.5${NBSP}บาท ตารางนี้แสดงผลรวมที่คำนวณจากรายการ โปรดตรวจสอบกับเอกสารงบประมาณ`,
      );
      expect(rows(profile, 'tfoot tr')).to.deep.equal([`รวมทั้งสิ้น 1,250,000.5${NBSP}บาท`]);
      await expect(profile).to.be.accessible();
    });

    it('the organisation structure is a tree of nested lists whose top level starts open', async () => {
      const profile = await fromFixture('structure');
      const tree = shadowQuery(profile, '[part=tree]')!;
      expect(tree.localName).to.equal('ul');
      const details = shadowQueryAll<HTMLDetailsElement>(profile, 'details');
      expect(texts(profile, 'summary')).to.deep.equal([
        'ผู้ว่าราชการจังหวัดสิงห์บุรี',
        'สำนักงานจังหวัดสิงห์บุรี หัวหน้าสำนักงานจังหวัด',
        'กลุ่มงานข้อมูลข่าวสารและการสื่อสาร',
      ]);
      expect(details.map((d) => d.open)).to.deep.equal([true, false, false]);
      expect(tree.querySelectorAll(':scope > li > details > ul > li')).to.have.length(2);
      const chart = shadowQuery<HTMLImageElement>(profile, 'img[part=chart]')!;
      expect(chart.alt).to.match(/^แผนภูมิโครงสร้างสำนักงานจังหวัดสิงห์บุรี/);
      await expect(profile).to.be.accessible();
    });

    it('a chart with its pixel size keeps its room before the picture arrives; one without gets no size', async () => {
      const chart = { src: '/packages/components/test/fixtures/gov-agency-profile/photo.svg', alt: { th: 'แผนภูมิ' } };
      const sized = await profileWith({ structure: { chart: { ...chart, width: 640, height: 300 } } }, 'structure');
      const image = shadowQuery<HTMLImageElement>(sized, 'img[part=chart]')!;
      expect([image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal(['640', '300']);
      // The browser turns the two attributes into the box's aspect ratio, so the page below does not move.
      expect(getComputedStyle(image).aspectRatio).to.equal('auto 640 / 300');
      const unsized = await profileWith({ structure: { chart } }, 'structure');
      expect(shadowQuery(unsized, 'img[part=chart]')!.hasAttribute('width')).to.equal(false);
    });

    it('works from the keyboard: Tab reaches each unit, Enter and Space open and close it', async () => {
      const profile = await fromFixture('structure');
      const [expand] = shadowQueryAll<HTMLButtonElement>(profile, '.toggles button');
      expand.focus();
      await sendKeys({ press: 'Tab' }); // the second button
      await sendKeys({ press: 'Tab' }); // the governor, open
      const governor = shadowQueryAll<HTMLDetailsElement>(profile, 'details')[0];
      expect(profile.shadowRoot!.activeElement).to.equal(governor.querySelector('summary'));
      await sendKeys({ press: 'Tab' }); // the provincial office under it, closed
      const office = shadowQueryAll<HTMLDetailsElement>(profile, 'details')[1];
      expect(profile.shadowRoot!.activeElement).to.equal(office.querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      expect(office.open).to.equal(true);
      expect(visibleText(profile)).to.contain('กลุ่มงานตรวจสอบภายใน');
      await sendKeys({ press: 'Space' });
      expect(office.open).to.equal(false);
      await expect(profile).to.be.accessible();
    });

    it('opens and closes every unit with the two buttons', async () => {
      const profile = await fromFixture('structure');
      const [expand, collapse] = shadowQueryAll<HTMLButtonElement>(profile, '.toggles button');
      expect(expand.textContent).to.equal('แสดงหน่วยงานย่อยทั้งหมด');
      expand.click();
      expect(shadowQueryAll<HTMLDetailsElement>(profile, 'details').every((d) => d.open)).to.equal(true);
      collapse.click();
      expect(shadowQueryAll<HTMLDetailsElement>(profile, 'details').some((d) => d.open)).to.equal(false);
    });

    it('executives: photo, position, period in office, phone and e-mail', async () => {
      const profile = await fromFixture('executives');
      const people = shadowQueryAll(profile, '[part=person]');
      expect(people).to.have.length(3);
      const first = people[0];
      expect(first.querySelector('img')!.alt).to.equal('ภาพถ่ายนายสมศักดิ์ ตัวอย่าง ในเครื่องแบบข้าราชการ');
      expect(people[1].querySelector('img')!.alt).to.equal('ภาพถ่ายของนายวิชัย ตัวอย่าง');
      const text = first.textContent!.replace(/\s+/g, ' ');
      expect(text).to.contain('นายสมศักดิ์ ตัวอย่าง ผู้ว่าราชการจังหวัดสิงห์บุรี');
      expect(text).to.contain('ดำรงตำแหน่ง 1 ต.ค. 2568 – ปัจจุบัน');
      const links = Array.from(people[1].querySelectorAll('a')).map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['tel:+6636507100;ext=101', 'mailto:cio@singburi.go.th']);
      await expect(profile).to.be.accessible();
    });

    it('speaks English when the page is English', async () => {
      const profile = await fromFixture('executives', 'en');
      expect(texts(profile, 'h2')).to.deep.equal(['Executives']);
      expect(visibleText(profile)).to.contain('In office 1 Oct 2025 – present');
      expect(visibleText(profile)).to.contain('Governor of Sing Buri');
      expect(shadowQueryAll(profile, '[part=person] a')[2].textContent).to.equal('0 3650 7100 ext. 101');
      await expect(profile).to.be.accessible();
    });

    it('a change of section shows the new one, and judges it empty when it has no data', async () => {
      const profile = await profileWith({ history: ['ประวัติ'] }, 'history');
      expect(profile.state).to.equal('ready');
      profile.section = 'budget';
      await waitForState(profile, 'empty');
      expect(texts(profile, 'h2')).to.deep.equal(['งบประมาณรายจ่ายประจำปี']);
      profile.section = 'history';
      await waitForState(profile, 'ready');
      expect(texts(profile, 'section p')).to.deep.equal(['ประวัติ']);
    });

    it('lets the page override any string with data-i18n-*', async () => {
      const profile = await settledFixture<GovAgencyProfile>(
        html`<gov-agency-profile section="history" data-i18n-history="ความเป็นมา" .data=${{ history: ['ก'] }}></gov-agency-profile>`,
      );
      expect(texts(profile, 'h2')).to.deep.equal(['ความเป็นมา']);
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () =>
          profileWith({
            history: [LONG_THAI],
            budget: { ...budget, parts: [{ title: LONG_THAI, amount: 123456789 }], total: 123456789 },
          }),
        'section p',
      );
    });
  });

  describe('empty', () => {
    it('says the part has not been published, in Thai and English', async () => {
      await expectEmptyState(await profileWith({ history: ['ก'] }, 'executives'), 'หน่วยงานยังไม่ได้เผยแพร่ข้อมูลส่วนนี้');
      await expectEmptyState(await profileWith({}, '', 'en'), 'The agency has not published this part yet.');
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovAgencyProfile>('gov-agency-profile', {
      notFound: {
        data: { history: ['ประวัติความเป็นมา'] },
        fallbackHtml: '<p>จังหวัดสิงห์บุรีเป็นเมืองเก่าแก่ริมแม่น้ำเจ้าพระยา</p>',
        fallbackText: 'เมืองเก่าแก่',
        recovered: (profile) => expect(texts(profile, 'section p')).to.deep.equal(['ประวัติความเป็นมา']),
      },
      malformed: { body: '{"history": [ oops' },
      timeout: {},
      network: {},
    });

    it('data that breaks the schema names the path and the rule, and renders nothing half-way', async () => {
      const profile = await profileWith({
        history: ['ก'],
        budget: { fiscalYear: 2570, total: 10, parts: [{ title: 'ก', amount: -5 }] },
        executives: [{ name: 'นาย ก', position: 'ผู้ว่า', from: '2025-13-01' }],
      });
      expect(profile.state).to.equal('error');
      expect(shadowQuery(profile, 'section')).to.equal(null);
      const problems = profile.error!.problems.map((p) => p.path);
      expect(problems).to.include('/budget/parts/0/amount');
      expect(problems).to.include('/executives/0/from');
      expect(visibleText(profile)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
    });

    it('refuses an organisation tree nested too deep, without recursing through it', async () => {
      let unit: Record<string, unknown> = { name: 'ล่างสุด' };
      for (let level = 0; level < 5000; level += 1) unit = { name: `ชั้น ${level}`, children: [unit] };
      const profile = await profileWith({ structure: { units: [unit] } }, 'structure');
      expect(profile.state).to.equal('error');
      expect(profile.error!.problems[0].message).to.equal('โครงสร้างหน่วยงานซ้อนกันได้ไม่เกิน 8\u00a0ชั้น');
      expect(profile.error!.problems[0].path).to.match(/^\/structure\/units\/0(\/children\/0){8}$/);
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any field', async () => {
      await expectPayloadsInert(
        200,
        async (payloads) => {
          const text = (index: number) => payloads[index % payloads.length] || 'x';
          const profile = await profileWith({
            title: text(0),
            history: payloads.slice(0, 40).filter(Boolean),
            vision: text(1),
            mission: [text(2)],
            duties: { items: [text(3)], legalBasis: [{ title: text(4), href: text(5) }] },
            plans: payloads.slice(40, 80).map((payload, index) => ({ title: payload || 'x', href: text(index + 81) })),
            budget: { fiscalYear: 2570, total: 1, parts: [{ title: text(6), amount: 1 }] },
            structure: {
              units: [{ name: text(7), head: text(8), children: [{ name: text(9) }] }],
              chart: { src: text(10), alt: text(11) },
            },
            executives: payloads.slice(80, 120).map((payload, index) => ({
              name: payload || 'x',
              position: text(index + 121),
              photo: { src: text(index + 160), alt: text(index + 1) },
            })),
          });
          expect(profile.state).to.equal('ready');
          profile.expandAll();
          return profile;
        },
        (profile, payloads) => {
          expect(texts(profile, 'h2')[0]).to.equal(payloads[0].replace(/\s+/g, ' ').trim());
          expect(texts(profile, 'section.history p')[1]).to.equal(payloads[1].replace(/\s+/g, ' ').trim());
        },
      );
    });
  });
});
