import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import { youtubeId, type GovLinkList } from './gov-link-list.js';
import type { LinksData } from '@govkit-th/schemas';
import {
  LONG_THAI,
  expectEmptyState,
  expectLoadingWithFallback,
  expectLongThaiWrapsAt320,
  expectPayloadsInert,
  hangingFetch,
  lifecycleErrorCases,
  shadowQuery,
  shadowQueryAll,
  visibleText,
  waitForState,
  withFetch,
} from '../../test/helpers.js';

const FIXTURE = '/packages/components/test/fixtures/gov-link-list/links.json';
const THUMBNAIL = '/packages/components/test/fixtures/gov-link-list/shallot-fair.svg';

const sample: LinksData = {
  groups: [
    {
      title: 'หน่วยงานที่เกี่ยวข้อง',
      items: [{ title: 'กรมการปกครอง', href: 'https://www.dopa.go.th/' }],
    },
    {
      title: 'วิดีโอ',
      items: [
        { title: 'งานหอมแดง', href: 'https://www.youtube.com/watch?v=sgb2569fair', thumbnail: { src: THUMBNAIL } },
        { title: 'ไม่มีภาพ', href: 'https://youtu.be/bangrachan4' },
      ],
    },
  ],
};

async function listWith(data: unknown, lang = 'th'): Promise<GovLinkList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}><gov-link-list></gov-link-list></div>`);
  const list = wrapper.querySelector('gov-link-list')!;
  list.data = data as LinksData;
  await list.whenSettled();
  return list;
}

async function fromFixture(lang = 'th'): Promise<GovLinkList> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><gov-link-list src=${FIXTURE}></gov-link-list></div>`,
  );
  const list = wrapper.querySelector('gov-link-list')!;
  await waitForState(list, 'ready');
  return list;
}

function texts(list: GovLinkList, selector: string): string[] {
  return shadowQueryAll(list, selector).map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
}

describe('gov-link-list', () => {
  describe('youtubeId', () => {
    it('finds the video in every usual YouTube address and nothing in others', () => {
      expect(youtubeId('https://www.youtube.com/watch?v=sgb2569fair')).to.equal('sgb2569fair');
      expect(youtubeId('https://www.youtube.com/watch?feature=share&v=sgb2569fair&t=30')).to.equal('sgb2569fair');
      expect(youtubeId('https://youtu.be/bangrachan4?si=x')).to.equal('bangrachan4');
      expect(youtubeId('https://m.youtube.com/shorts/bangrachan4')).to.equal('bangrachan4');
      expect(youtubeId('https://www.youtube.com/watch?v=tooshort')).to.equal(undefined);
      expect(youtubeId('https://www.youtube.com/watch?v=sgb2569fairX')).to.equal(undefined);
      expect(youtubeId('https://evil.example/?u=https://youtu.be/bangrachan4')).to.equal(undefined);
      expect(youtubeId('https://www.facebook.com/singburiprovince/videos/1234567890/')).to.equal(undefined);
    });
  });

  describe('loading', () => {
    it('shows a status line and keeps the fallback content visible', async () => {
      await withFetch(hangingFetch, async () => {
        const list = await fixture<GovLinkList>(
          html`<gov-link-list src="/never.json"><p>กระทรวงมหาดไทย www.moi.go.th</p></gov-link-list>`,
        );
        await expectLoadingWithFallback(list, 'กระทรวงมหาดไทย www.moi.go.th');
      });
    });
  });

  describe('ready', () => {
    it('shows the groups from src in Thai, each link with its site or platform, and fires gov-load', async () => {
      const list = document.createElement('gov-link-list');
      const loaded = oneEvent(list, 'gov-load');
      list.src = FIXTURE;
      document.body.append(list);
      try {
        const event = await loaded;
        await list.updateComplete;
        expect(event.detail.groups).to.have.length(3);
        expect(texts(list, 'h2')).to.deep.equal(['ลิงก์หน่วยงานและสื่อวิดีโอ']);
        expect(texts(list, 'h3')).to.deep.equal([
          'หน่วยงานภายนอกที่เกี่ยวข้อง',
          'ที่ทำการปกครองอำเภอในจังหวัดสิงห์บุรี',
          'วิดีโอและเสียงข่าวกิจกรรม',
        ]);
        const titles = texts(list, '.title');
        expect(titles[0]).to.equal('กระทรวงมหาดไทย (moi.go.th)');
        expect(titles[11]).to.equal('งานมหกรรมหอมแดงสิงห์บุรี ประจำปี 2569 (YouTube)');
        expect(titles[13]).to.equal('หน่วยบำบัดทุกข์ บำรุงสุข สร้างรอยยิ้มให้ประชาชน อำเภออินทร์บุรี (Facebook)');
        expect(shadowQuery<HTMLAnchorElement>(list, '.title a')!.href).to.equal('https://www.moi.go.th/');
        expect(shadowQuery(list, 'time[datetime="2026-03-14"]')!.textContent).to.equal('14 มี.ค. 2569');
        await expect(list).to.be.accessible();
      } finally {
        list.remove();
      }
    });

    it('a YouTube link with a local thumbnail offers a play button; other videos stay links', async () => {
      const list = await fromFixture();
      const buttons = shadowQueryAll<HTMLButtonElement>(list, '[part=play-button]');
      expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
        'เล่นวิดีโอในหน้านี้: งานมหกรรมหอมแดงสิงห์บุรี ประจำปี 2569',
        'เล่นวิดีโอในหน้านี้: รำลึกวีรกรรมชาวบ้านบางระจัน ประจำปี 2569',
      ]);
      expect(visibleText(list)).to.contain('เมื่อกดเล่น วิดีโอจะโหลดจาก YouTube');
      expect(shadowQueryAll(list, 'img[part=thumbnail]')).to.have.length(4);
      expect(shadowQuery(list, 'iframe')).to.equal(null);
    });

    it('makes no request to another site until play is pressed, then loads the no-cookie player', async () => {
      const requested: string[] = [];
      const observer = new PerformanceObserver((entries) =>
        requested.push(...entries.getEntries().map((entry) => entry.name)),
      );
      observer.observe({ type: 'resource' });
      try {
        // A fresh address, so the picture is really fetched (an image in the memory cache makes no entry).
        const fresh = `${THUMBNAIL}?run=${Date.now()}`;
        const [video, plain] = sample.groups[1].items;
        const list = await listWith({
          groups: [
            {
              title: 'วิดีโอ',
              items: [
                { ...video, thumbnail: { src: fresh } },
                plain,
                // The video host's own thumbnail would be a third-party request: the element never shows it.
                {
                  title: 'ภาพจาก YouTube',
                  href: 'https://www.youtube.com/watch?v=bangrachan4',
                  thumbnail: { src: 'https://i.ytimg.com/vi/bangrachan4/hqdefault.jpg' },
                },
              ],
            },
          ],
        });
        const thumbnail = shadowQuery<HTMLImageElement>(list, 'img[part=thumbnail]')!;
        if (!thumbnail.complete) await oneEvent(thumbnail, 'load');
        await new Promise((resolve) => setTimeout(resolve, 200));
        const own = requested.filter((url) => new URL(url).origin === location.origin);
        expect(
          own.some((url) => url.endsWith(fresh)),
          'the observer saw the local thumbnail',
        ).to.equal(true);
        expect(requested.filter((url) => new URL(url).origin !== location.origin)).to.deep.equal([]);
        expect(shadowQueryAll(list, 'img[part=thumbnail]')).to.have.length(1);
        expect(shadowQuery(list, 'iframe')).to.equal(null);

        const button = shadowQuery<HTMLButtonElement>(list, '[part=play-button]')!;
        const asked = oneEvent(list, 'gov-embed-request');
        button.click();
        const event = await asked;
        expect(event.detail).to.deep.equal({
          provider: 'youtube',
          videoId: 'sgb2569fair',
          src: 'https://www.youtube-nocookie.com/embed/sgb2569fair',
          title: 'งานหอมแดง',
        });
        await list.updateComplete;
        const player = shadowQuery<HTMLIFrameElement>(list, 'iframe[part=player]')!;
        expect(player.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/sgb2569fair?autoplay=1');
        expect(player.title).to.equal('วิดีโอ: งานหอมแดง');
        expect(list.shadowRoot!.activeElement).to.equal(player);
        expect(shadowQueryAll(list, '[part=play-button]')).to.have.length(0);
        await expect(list).to.be.accessible();
      } finally {
        observer.disconnect();
      }
    });

    it('a consent manager may cancel the request, then load the player once the person agrees', async () => {
      const list = await listWith(sample);
      const refuse = (event: Event) => event.preventDefault();
      document.addEventListener('gov-embed-request', refuse);
      try {
        shadowQuery<HTMLButtonElement>(list, '[part=play-button]')!.click();
        await list.updateComplete;
        expect(shadowQuery(list, 'iframe')).to.equal(null);
        await list.showPlayer('sgb2569fair');
        expect(shadowQuery(list, 'iframe')!.getAttribute('src')).to.contain('/embed/sgb2569fair');
      } finally {
        document.removeEventListener('gov-embed-request', refuse);
      }
    });

    it('works from the keyboard: Tab to the play button, Enter loads the player', async () => {
      const list = await listWith(sample);
      const links = shadowQueryAll<HTMLAnchorElement>(list, 'a');
      links[1].focus();
      await sendKeys({ press: 'Tab' });
      expect(list.shadowRoot!.activeElement).to.equal(shadowQuery(list, '[part=play-button]'));
      await sendKeys({ press: 'Enter' });
      await list.updateComplete;
      expect(shadowQuery(list, 'iframe')).to.not.equal(null);
    });

    it('speaks English when the page is English', async () => {
      const list = await fromFixture('en');
      expect(texts(list, 'h2')).to.deep.equal(['Agencies and videos']);
      expect(texts(list, '.title')[0]).to.equal('Ministry of Interior (moi.go.th)');
      expect(texts(list, '[part=play-button]')[0]).to.equal('Play the video here: Sing Buri Shallot Fair 2026');
      expect(visibleText(list)).to.contain('Playing loads the video from YouTube.');
      await expect(list).to.be.accessible();
    });

    it('wraps long Thai text at 320 px without sideways scrolling', async () => {
      await expectLongThaiWrapsAt320(
        () =>
          listWith({
            groups: [{ title: 'ก', items: [{ title: 'ข', href: 'https://www.dopa.go.th/', description: LONG_THAI }] }],
          }),
        'li p:nth-of-type(2)',
      );
    });
  });

  describe('empty', () => {
    it('says there are no links yet, in Thai and English', async () => {
      await expectEmptyState(await listWith({ groups: [] }), 'ยังไม่มีลิงก์ในขณะนี้');
      await expectEmptyState(await listWith({ groups: [{ title: 'ก', items: [] }] }, 'en'), 'There are no links yet.');
    });
  });

  describe('error', () => {
    lifecycleErrorCases<GovLinkList>('gov-link-list', {
      notFound: {
        data: sample,
        fallbackHtml: '<p><a href="https://www.moi.go.th/">กระทรวงมหาดไทย</a></p>',
        fallbackText: 'กระทรวงมหาดไทย',
        recovered: (list) => expect(texts(list, '.title')).to.have.length(3),
      },
      malformed: { body: '{"groups": [ oops' },
      timeout: {},
      network: {},
    });

    it('data that breaks the schema names the path and the rule', async () => {
      const list = await listWith({
        groups: [{ title: 'ก', items: [{ title: '', href: 'https://a.go.th/', date: 'x' }] }],
      });
      expect(list.state).to.equal('error');
      const paths = list.error!.problems.map((p) => p.path);
      expect(paths).to.include('/groups/0/items/0/title');
      expect(paths).to.include('/groups/0/items/0/date');
      expect(visibleText(list)).to.contain('ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด');
    });
  });

  describe('hostile data', () => {
    it('never runs script from XSS payloads in any field', async () => {
      await expectPayloadsInert(
        200,
        async (payloads) => {
          const list = await listWith({
            title: payloads[0],
            groups: [
              {
                title: payloads[1],
                items: payloads.map((payload, index) => ({
                  title: payload,
                  href: payloads[(index + 1) % payloads.length],
                  description: payload,
                  thumbnail: { src: payloads[(index + 2) % payloads.length], alt: payload },
                })),
              },
            ],
          });
          expect(list.state).to.equal('ready');
          return list;
        },
        (list, payloads) => {
          expect(texts(list, 'h2')[0]).to.equal(payloads[0].replace(/\s+/g, ' ').trim());
          expect(shadowQuery(list, 'iframe')).to.equal(null);
        },
      );
    });
  });
});
