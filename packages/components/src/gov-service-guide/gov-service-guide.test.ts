import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { GovServiceGuide } from './gov-service-guide.js';
import type { ServiceGuide, ServiceGuideData, StepDuration } from '@govkit-th/schemas';
import { totalTime } from './duration.js';
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

const FIXTURE = '/packages/components/test/fixtures/gov-service-guide/service-guide.json';
const NBSP = '\u00a0';

const service: ServiceGuide = {
  id: 'copy',
  name: 'การขอสำเนาเอกสารราชการ',
  agency: 'สำนักงานจังหวัดสิงห์บุรี',
  channels: [{ place: 'ศูนย์ข้อมูลข่าวสาร ชั้น 1', hours: 'วันจันทร์ถึงวันศุกร์ 08.30–16.30 น.' }],
  steps: [
    { title: 'ตรวจสอบคำขอ', duration: { value: 15, unit: 'minutes' }, responsible: 'ศูนย์ข้อมูลข่าวสาร' },
    { title: 'ถ่ายสำเนาและรับรอง', duration: { value: 1, unit: 'hours' }, responsible: 'กลุ่มงานอำนวยการ' },
  ],
  documents: [],
  fees: [],
};

function withSteps(...durations: StepDuration[]): ServiceGuideData {
  const steps = durations.map((duration, index) => ({ title: `ขั้นที่ ${index + 1}`, duration, responsible: 'ฝ่าย' }));
  return { services: [{ ...service, steps }] };
}

async function guideWithData(data: unknown, lang = 'th'): Promise<GovServiceGuide> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><gov-service-guide></gov-service-guide></div>`);
  const guide = wrapper.querySelector('gov-service-guide')!;
  guide.data = data as ServiceGuideData;
  await guide.whenSettled();
  return guide;
}

function total(guide: GovServiceGuide): string {
  return shadowQuery(guide, '[part=total]')!.textContent!.trim();
}

function sectionHeadings(guide: GovServiceGuide): string[] {
  return shadowQueryAll(guide, 'summary').map((summary) => summary.textContent!.trim());
}

describe('gov-service-guide', () => {
  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const guide = await fixture<GovServiceGuide>(
          html`<gov-service-guide src="/never.json"><p>คู่มือฉบับ PDF</p></gov-service-guide>`,
        );
        await expectLoadingWithFallback(guide, 'คู่มือฉบับ PDF');
      });
    });
  });

  describe('ready', () => {
    it('renders the manual from src under the standard Thai headings, and fires gov-load', async () => {
      const guide = document.createElement('gov-service-guide');
      const loaded = oneEvent(guide, 'gov-load');
      guide.src = FIXTURE;
      document.body.append(guide);
      const event = await loaded;
      await guide.updateComplete;
      try {
        expect(event.detail.services).to.have.length(1);
        expect(shadowQuery(guide, 'h2')!.textContent).to.equal('คู่มือสำหรับประชาชน');
        expect(shadowQuery(guide, 'h3')!.textContent).to.contain('การขอข้อมูลข่าวสารของราชการตามมาตรา 11');
        expect(sectionHeadings(guide)).to.deep.equal([
          'ช่องทางการให้บริการ',
          'หลักเกณฑ์ วิธีการ เงื่อนไข (ถ้ามี) ในการยื่นคำขอ และในการพิจารณาอนุญาต',
          'ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ',
          'รายการเอกสารหลักฐานประกอบ',
          'ค่าธรรมเนียม',
          'ช่องทางการร้องเรียน',
          'แบบฟอร์ม ตัวอย่าง และคู่มือการกรอก',
          'หมายเหตุ',
        ]);
        expect(shadowQueryAll(guide, 'summary h4')).to.have.length(8);
        // 15 minutes + 1 working day + 15 minutes, with no number apart from its unit.
        expect(total(guide)).to.equal(`รวมระยะเวลาดำเนินการ 1${NBSP}วันทำการ 30${NBSP}นาที`);
        const summary = shadowQuery(guide, '[part=summary]')!.textContent!;
        expect(summary).to.contain('ศูนย์ข้อมูลข่าวสารของราชการ สำนักงานจังหวัดสิงห์บุรี');
        expect(summary).to.contain(`1${NBSP}วันทำการ 30${NBSP}นาที`);
        expect(shadowQuery(guide, 'time[datetime="2026-10-01"]')!.textContent).to.equal('1 ต.ค. 2569');
        const steps = shadowQueryAll(guide, '[part=steps] > li');
        expect(steps[1].textContent).to.contain(`1${NBSP}วันทำการ`).and.to.contain('กลุ่มงานอำนวยการ');
        expect(visibleText(guide)).to.contain('ฉบับจริง 1 ฉบับ · สำเนา 1 ฉบับ'); // visibleText folds the no-break spaces
        expect(visibleText(guide)).to.contain('หน่วยงานผู้ออกเอกสาร: กรมการปกครอง');
        expect(shadowQuery(guide, 'details.fees')!.textContent).to.contain(`5${NBSP}บาท`);
        expect(visibleText(guide)).to.contain('การขอตรวจดูข้อมูลข่าวสาร: ไม่เสียค่าธรรมเนียม');
        const links = shadowQueryAll<HTMLAnchorElement>(guide, 'a').map((a) => a.getAttribute('href'));
        expect(links).to.include('tel:1567');
        expect(links).to.include(new URL('/services.html', location.href).href);
        await expect(guide).to.be.accessible();
      } finally {
        guide.remove();
      }
    });

    it('speaks English when the page is English, with English plurals', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><gov-service-guide src=${FIXTURE}></gov-service-guide></div>`,
      );
      const guide = wrapper.querySelector('gov-service-guide')!;
      await waitForState(guide, 'ready');
      expect(shadowQuery(guide, 'h2')!.textContent).to.equal('Citizens’ manual');
      expect(sectionHeadings(guide)[2]).to.equal('Steps, time taken and responsible unit');
      expect(total(guide)).to.equal(`Total processing time: 1${NBSP}working${NBSP}day 30${NBSP}minutes`);
      expect(shadowQuery(guide, 'details.documents')!.textContent).to.contain(`1${NBSP}original · 1${NBSP}copy`);
      expect(visibleText(guide)).to.contain('1 original With a 10-baht duty stamp');
      expect(shadowQuery(guide, 'time')!.textContent).to.equal('1 Oct 2026');
      expect(shadowQuery(guide, '[part=print-button]')!.textContent).to.equal('Print');
      await expect(guide).to.be.accessible();
    });

    it('computes the total from the steps: minutes and hours together, working days and days apart', async () => {
      const cases: Array<[StepDuration[], string, string]> = [
        [[{ value: 90, unit: 'minutes' }], '1 ชั่วโมง 30 นาที', '1 hour 30 minutes'],
        [
          [
            { value: 2, unit: 'hours' },
            { value: 45, unit: 'minutes' },
            { value: 30, unit: 'minutes' },
          ],
          '3 ชั่วโมง 15 นาที',
          '3 hours 15 minutes',
        ],
        [
          [
            { value: 1, unit: 'working-days' },
            { value: 2, unit: 'working-days' },
          ],
          '3 วันทำการ',
          '3 working days',
        ],
        [
          [
            { value: 1, unit: 'days' },
            { value: 0.5, unit: 'hours' },
          ],
          '1 วัน 30 นาที',
          '1 day 30 minutes',
        ],
        [
          [
            { value: 5, unit: 'working-days' },
            { value: 7, unit: 'days' },
            { value: 1, unit: 'hours' },
            { value: 1, unit: 'minutes' },
          ],
          '5 วันทำการ 7 วัน 1 ชั่วโมง 1 นาที',
          '5 working days 7 days 1 hour 1 minute',
        ],
        [[{ value: 1.5, unit: 'working-days' }], '1.5 วันทำการ', '1.5 working days'],
      ];
      for (const [durations, thai, english] of cases) {
        const data = withSteps(...durations);
        const thaiShown = total(await guideWithData(data));
        expect(thaiShown, 'a number split from its unit').to.not.match(/\d /);
        expect(thaiShown.replace(/\u00a0/g, ' ')).to.equal(`รวมระยะเวลาดำเนินการ ${thai}`);
        const shown = total(await guideWithData(data, 'en')).replace(/\u00a0/g, ' ');
        expect(shown).to.equal(`Total processing time: ${english}`);
      }
    });

    it('follows the steps: changing one step changes the total', async () => {
      const guide = await guideWithData(withSteps({ value: 20, unit: 'minutes' }, { value: 20, unit: 'minutes' }));
      expect(total(guide).replace(/\u00a0/g, ' ')).to.equal('รวมระยะเวลาดำเนินการ 40 นาที');
      guide.data = withSteps({ value: 20, unit: 'minutes' }, { value: 50, unit: 'minutes' });
      await guide.whenSettled();
      expect(total(guide).replace(/\u00a0/g, ' ')).to.equal('รวมระยะเวลาดำเนินการ 1 ชั่วโมง 10 นาที');
      expect(
        totalTime([
          { value: 0.1, unit: 'hours' },
          { value: 0.2, unit: 'hours' },
        ]),
      ).to.deep.equal({
        workingDays: 0,
        days: 0,
        hours: 0,
        minutes: 18,
      });
    });

    it('shows Thai digits when numerals="thai"', async () => {
      const guide = await settledFixture<GovServiceGuide>(
        html`<gov-service-guide numerals="thai" .data=${{ services: [service] }}></gov-service-guide>`,
      );
      expect(total(guide)).to.equal(`รวมระยะเวลาดำเนินการ ๑${NBSP}ชั่วโมง ๑๕${NBSP}นาที`);
    });

    it('says explicitly when no document and no fee is needed', async () => {
      const guide = await guideWithData({ services: [service] });
      for (const details of shadowQueryAll<HTMLDetailsElement>(guide, 'details')) details.open = true;
      expect(visibleText(guide)).to.contain('ไม่ต้องใช้เอกสารหลักฐานประกอบ').and.to.contain('ไม่มีค่าธรรมเนียม');
      expect(sectionHeadings(guide)).to.not.include('ช่องทางการร้องเรียน');
    });

    it('opens a section from the keyboard', async () => {
      const guide = await guideWithData({ services: [service] });
      const documents = shadowQuery<HTMLDetailsElement>(guide, 'details.documents')!;
      expect(documents.open).to.equal(false);
      documents.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(documents.open).to.equal(true);
    });

    it('the print button opens every section and prints', async () => {
      const guide = await guideWithData({ services: [service] });
      const original = window.print;
      let openWhenPrinted: boolean[] = [];
      window.print = () => {
        openWhenPrinted = shadowQueryAll<HTMLDetailsElement>(guide, 'details').map((details) => details.open);
      };
      try {
        expect(shadowQueryAll<HTMLDetailsElement>(guide, 'details').some((details) => !details.open)).to.equal(true);
        shadowQuery<HTMLButtonElement>(guide, '[part=print-button]')!.click();
      } finally {
        window.print = original;
      }
      expect(openWhenPrinted).to.have.length(4);
      expect(openWhenPrinted.every(Boolean)).to.equal(true);
    });

    it('prints every section open and no buttons, even sections folded on screen', async () => {
      const guide = await guideWithData({ services: [service] });
      const fees = shadowQuery(guide, 'details.fees .content')!;
      expect(fees.checkVisibility()).to.equal(false);
      await emulateMedia({ media: 'print' });
      try {
        expect(fees.checkVisibility()).to.equal(true);
        expect(getComputedStyle(shadowQuery(guide, '[part=print-button]')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () =>
          settledFixture<GovServiceGuide>(
            html`<gov-service-guide
              .data=${{ services: [{ ...service, name: LONG_THAI, agency: LONG_THAI }] }}
            ></gov-service-guide>`,
          ),
        'h3',
      );
    });
  });

  describe('empty', () => {
    it('says there is no manual yet, in Thai and English', async () => {
      await expectEmptyState(await guideWithData({ services: [] }), 'ยังไม่มีคู่มือสำหรับประชาชนในขณะนี้');
      await expectEmptyState(await guideWithData({ services: [] }, 'en'), 'No service guide has been published yet.');
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovServiceGuide>('gov-service-guide', {
      notFound: {
        data: { services: [service] },
        fallbackHtml: '<p>ดูคู่มือสำหรับประชาชนได้ที่ศูนย์ข้อมูลข่าวสาร</p>',
        fallbackText: 'ศูนย์ข้อมูลข่าวสาร',
        recovered: (guide) => expect(total(guide)).to.contain('15'),
      },
      malformed: { body: '{"services": [ oops' },
      timeout: {},
      network: {},
    });

    it('a step without its duration is refused with a message naming clause 1.3(1); the fallback stays', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="th"><gov-service-guide><p>คู่มือฉบับพิมพ์</p></gov-service-guide></div>`,
      );
      const guide = wrapper.querySelector('gov-service-guide')!;
      const steps = [service.steps[0], { title: 'พิจารณา', responsible: 'หัวหน้าศูนย์' }];
      guide.data = { services: [{ ...service, steps }] } as unknown as ServiceGuideData;
      await guide.whenSettled();
      expect(guide.state).to.equal('error');
      expect(shadowQuery(guide, '[part=total]')).to.equal(null);
      const problem = guide.error!.problems.find((p) => p.path === '/services/0/steps/1/duration')!;
      expect(problem.message).to.contain('ข้อ 1.3(1)');
      expect(visibleText(guide)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด').and.to.contain('ข้อ 1.3(1)');
      expect(guide.textContent).to.contain('คู่มือฉบับพิมพ์');
      await expect(guide).to.be.accessible();
    });

    it('in English, the same refusal names the clause in English', async () => {
      const steps = [{ title: 'Check', responsible: 'Centre' }];
      const guide = await guideWithData({ services: [{ ...service, steps }] }, 'en');
      expect(visibleText(guide)).to.contain('clause 1.3(1)').and.to.contain('The data does not follow');
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any field', async () => {
      await expectPayloadsInert(
        150,
        async (payloads) => {
          const text = (index: number) => payloads[index % payloads.length] || 'x';
          const services = payloads.slice(0, 30).map((payload, index) => ({
            ...service,
            id: `x${index}`,
            name: payload || 'x',
            agency: text(index + 1),
            eligibility: text(index + 2),
            channels: [{ place: text(index + 3), hours: text(index + 4), href: text(index + 5) }],
            conditions: [text(index + 6)],
            steps: [
              {
                title: text(index + 7),
                detail: text(index + 8),
                duration: { value: 1, unit: 'hours' },
                responsible: text(index + 9),
              },
            ],
            documents: [{ name: text(index + 10), issuedBy: text(index + 11), note: text(index + 12), copies: 1 }],
            fees: [{ description: text(index + 13), amount: 1, note: text(index + 14) }],
            complaints: [{ name: text(index + 15), address: text(index + 16), phone: '1567', href: text(index + 17) }],
            forms: [{ title: text(index + 18), href: text(index + 19) }],
            note: text(index + 20),
          }));
          const guide = await guideWithData({ title: payloads[0], services });
          expect(guide.state).to.equal('ready');
          for (const details of shadowQueryAll<HTMLDetailsElement>(guide, 'details')) details.open = true;
          return guide;
        },
        (guide, payloads) =>
          expect(shadowQueryAll(guide, 'h3')[1].textContent!.trim()).to.equal((payloads[1] || 'x').trim()),
      );
    });
  });
});
