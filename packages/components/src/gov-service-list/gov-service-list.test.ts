import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { GovServiceList } from './gov-service-list.js';
import type { EService, ServiceListData } from '@govkit-th/schemas';
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

const FIXTURE = '/packages/components/test/fixtures/gov-service-list/e-services.json';

const form: EService = {
  id: 'oia',
  name: 'แบบคำขอข้อมูลข่าวสาร',
  description: 'ยื่นคำขอบนหน้าเว็บ',
  audience: ['ประชาชนทั่วไป'],
  channel: 'web-form',
  href: '/services.html',
  availability: '24 ชั่วโมง',
};
const line: EService = {
  name: 'LINE สำนักงานจังหวัด',
  description: 'รับข่าวสาร',
  audience: ['ประชาชนทั่วไป', 'ผู้ประกอบการ'],
  channel: 'line',
  href: 'https://line.me/R/ti/p/@singburi',
  availability: '24 ชั่วโมง',
};
const counter: EService = {
  name: 'ขออนุญาตจัดงานแสดงสินค้า',
  description: 'ยื่นที่สำนักงาน',
  audience: ['ผู้ประกอบการ'],
  channel: 'counter',
  availability: 'วันจันทร์ถึงวันศุกร์ 08.30–16.30 น.',
};
const sample: ServiceListData = { services: [form, line, counter] };

async function listWithData(data: unknown, lang = 'th'): Promise<GovServiceList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><gov-service-list></gov-service-list></div>`);
  const list = wrapper.querySelector('gov-service-list')!;
  list.data = data as ServiceListData;
  await list.whenSettled();
  return list;
}

function names(list: GovServiceList): string[] {
  return shadowQueryAll(list, '[part=item] [part=name]').map((name) => name.textContent!.trim());
}

async function choose(list: GovServiceList, id: string, value: string): Promise<void> {
  const select = shadowQuery<HTMLSelectElement>(list, `select#${id}`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await list.updateComplete;
}

describe('gov-service-list', () => {
  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const list = await fixture<GovServiceList>(
          html`<gov-service-list src="/never.json"><p>ร้องเรียนได้ที่ 1567</p></gov-service-list>`,
        );
        await expectLoadingWithFallback(list, 'ร้องเรียนได้ที่ 1567');
      });
    });
  });

  describe('ready', () => {
    it('lists the services from src with audience, channel, link and availability, and fires gov-load', async () => {
      const list = document.createElement('gov-service-list');
      const loaded = oneEvent(list, 'gov-load');
      list.src = FIXTURE;
      document.body.append(list);
      const event = await loaded;
      await list.updateComplete;
      try {
        expect(event.detail.services).to.have.length(9);
        expect(shadowQuery(list, 'h2')!.textContent).to.equal('บริการอิเล็กทรอนิกส์ (e-Service)');
        expect(names(list)[0]).to.equal('แบบคำขอข้อมูลข่าวสารของราชการ');
        const first = shadowQuery(list, '[part=item]')!;
        expect(first.querySelector('h3 a')!.getAttribute('href')).to.equal(
          new URL('/services.html', location.href).href,
        );
        expect(first.textContent).to.contain('ประชาชนทั่วไป, ผู้ประกอบการ');
        expect(first.textContent).to.contain('แบบฟอร์มออนไลน์');
        expect(first.textContent).to.contain('ตลอด 24 ชั่วโมง');
        expect(first.querySelector('time')!.textContent).to.equal('1 ต.ค. 2569');
        expect(shadowQuery(list, '[part=count]')!.textContent!.trim()).to.equal('ทั้งหมด 9\u00a0บริการ');
        expect(shadowQuery(list, '[part=count]')!.getAttribute('role')).to.equal('status');
        const counterItem = shadowQueryAll(list, '[part=item]').find((item) => item.id === 'trade-fair')!;
        expect(counterItem.querySelector('h3 a')).to.equal(null);
        expect(counterItem.textContent).to.contain('ติดต่อที่สำนักงาน');
        await expect(list).to.be.accessible();
      } finally {
        list.remove();
      }
    });

    it('speaks English when the page is English', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><gov-service-list src=${FIXTURE}></gov-service-list></div>`,
      );
      const list = wrapper.querySelector('gov-service-list')!;
      await waitForState(list, 'ready');
      expect(shadowQuery(list, 'h2')!.textContent).to.equal('Electronic services (e-Service)');
      expect(names(list)[0]).to.equal('Official information request');
      expect(shadowQuery(list, 'label[for=channel]')!.textContent).to.equal('Channel');
      expect(shadowQuery(list, '[part=count]')!.textContent!.trim()).to.equal('9\u00a0services');
      expect(shadowQuery(list, '[part=item]')!.textContent).to.contain('Online form');
      await expect(list).to.be.accessible();
    });

    it('filters by audience and by channel, and announces the count', async () => {
      const list = await settledFixture<GovServiceList>(html`<gov-service-list .data=${sample}></gov-service-list>`);
      const options = (id: string) =>
        Array.from(shadowQuery<HTMLSelectElement>(list, `select#${id}`)!.options).map((o) => o.textContent);
      expect(options('audience')).to.deep.equal(['ทุกกลุ่ม', 'ประชาชนทั่วไป', 'ผู้ประกอบการ']);
      expect(options('channel')).to.deep.equal([
        'ทุกช่องทาง',
        'แบบฟอร์มออนไลน์',
        'ไลน์ (LINE Official Account)',
        'ติดต่อที่สำนักงาน',
      ]);
      await choose(list, 'audience', 'ผู้ประกอบการ');
      expect(names(list)).to.deep.equal(['LINE สำนักงานจังหวัด', 'ขออนุญาตจัดงานแสดงสินค้า']);
      expect(shadowQuery(list, '[part=count]')!.textContent!.trim()).to.equal('พบ 2\u00a0บริการที่ตรงกับตัวเลือก');
      await choose(list, 'channel', 'counter');
      expect(names(list)).to.deep.equal(['ขออนุญาตจัดงานแสดงสินค้า']);
      expect(shadowQuery(list, '[part=count]')!.textContent!.trim()).to.equal('พบ 1\u00a0บริการที่ตรงกับตัวเลือก');
      await choose(list, 'audience', 'ประชาชนทั่วไป');
      expect(names(list)).to.deep.equal([]);
      expect(shadowQuery(list, '[part=count]')!.textContent).to.contain('ไม่พบบริการที่ตรงกับตัวเลือก');
      await expect(list).to.be.accessible();
      await choose(list, 'channel', '');
      await choose(list, 'audience', '');
      expect(names(list)).to.have.length(3);
    });

    it('uses the filters from the keyboard', async () => {
      const list = await settledFixture<GovServiceList>(html`<gov-service-list .data=${sample}></gov-service-list>`);
      shadowQuery<HTMLSelectElement>(list, 'select#channel')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await list.updateComplete;
      expect(list.channel).to.equal('web-form');
      expect(names(list)).to.deep.equal(['แบบคำขอข้อมูลข่าวสาร']);
    });

    it('pre-sets a filter from its attribute, and offers no filter where there is no choice', async () => {
      const list = await settledFixture<GovServiceList>(
        html`<gov-service-list channel="line" .data=${sample}></gov-service-list>`,
      );
      expect(names(list)).to.deep.equal(['LINE สำนักงานจังหวัด']);
      const single = await listWithData({ services: [form] });
      expect(shadowQuery(single, 'select')).to.equal(null);
      expect(visibleText(single)).to.contain('ทั้งหมด 1 บริการ');
    });

    it('shows Thai digits when numerals="thai"', async () => {
      const list = await settledFixture<GovServiceList>(
        html`<gov-service-list numerals="thai" .data=${sample}></gov-service-list>`,
      );
      expect(shadowQuery(list, '[part=count]')!.textContent!.trim()).to.equal('ทั้งหมด ๓\u00a0บริการ');
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () =>
          settledFixture<GovServiceList>(
            html`<gov-service-list
              .data=${{ services: [{ ...form, name: LONG_THAI, description: LONG_THAI, audience: [LONG_THAI] }] }}
            ></gov-service-list>`,
          ),
        '[part=name]',
      );
    });
  });

  describe('empty', () => {
    it('says there are no e-services yet, in Thai and English', async () => {
      await expectEmptyState(await listWithData({ services: [] }), 'ยังไม่มีบริการอิเล็กทรอนิกส์ในขณะนี้');
      await expectEmptyState(
        await listWithData({ services: [] }, 'en'),
        'No electronic service has been published yet.',
      );
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovServiceList>('gov-service-list', {
      notFound: {
        data: sample,
        fallbackHtml: '<p>ติดต่อศูนย์ดำรงธรรม โทร 1567</p>',
        fallbackText: 'ศูนย์ดำรงธรรม',
        recovered: (list) => expect(names(list)).to.have.length(3),
      },
      malformed: { body: '{"services": [ oops' },
      timeout: {},
      network: {},
    });

    it('an e-service without its link is refused with a message naming clause 1.3(2); the fallback stays', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="th"><gov-service-list><p>รายการบริการฉบับพิมพ์</p></gov-service-list></div>`,
      );
      const list = wrapper.querySelector('gov-service-list')!;
      const { href: _href, ...noLink } = form;
      list.data = { services: [noLink, counter] };
      await list.whenSettled();
      expect(list.state).to.equal('error');
      expect(shadowQueryAll(list, '[part=item]')).to.have.length(0);
      expect(list.error!.problems.map((p) => p.path)).to.deep.equal(['/services/0/href']);
      expect(visibleText(list)).to.contain('ข้อ 1.3(2)');
      expect(list.textContent).to.contain('รายการบริการฉบับพิมพ์');
      await expect(list).to.be.accessible();
    });

    it('an unknown channel is refused in English too', async () => {
      const list = await listWithData({ services: [{ ...form, channel: 'fax' }] }, 'en');
      expect(list.state).to.equal('error');
      expect(visibleText(list)).to.contain('/services/0/channel').and.to.contain('Must be one of the given choices');
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any field', async () => {
      await expectPayloadsInert(
        200,
        async (payloads) => {
          const text = (index: number) => payloads[index % payloads.length] || 'x';
          const services = payloads.map((payload, index) => ({
            name: payload || 'x',
            description: text(index + 1),
            audience: [text(index + 2).slice(0, 30) || 'x'],
            channel: 'website',
            href: text(index + 3),
            availability: text(index + 4),
          }));
          const list = await listWithData({ title: payloads[0], services });
          expect(list.state).to.equal('ready');
          return list;
        },
        (list, payloads) => expect(names(list)[1]).to.equal((payloads[1] || 'x').trim()),
      );
    });
  });
});
