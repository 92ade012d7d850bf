import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
// The gate's other side: the video list whose player waits for consent (an integration test).
import '../gov-link-list/define.js';
import type { GovLinkList } from '../gov-link-list/gov-link-list.js';
import { STORAGE_KEY, type GovCookieConsent } from './gov-cookie-consent.js';
import {
  atWidth,
  expectNoHorizontalOverflow,
  shadowQuery,
  shadowQueryAll,
  visibleText,
  waitForState,
} from '../../test/helpers.js';

const STATISTICS = '/packages/components/test/fixtures/gov-cookie-consent/statistics.js';
const LINKS = '/packages/components/test/fixtures/gov-link-list/links.json';

declare global {
  interface Window {
    __govkitStatisticsRuns?: number;
  }
}

/** A waiting statistics script, as a page writes it. */
function waitingScript(): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'text/plain';
  script.dataset.consent = 'statistics';
  script.src = `${STATISTICS}?run=${Math.random()}`;
  document.head.append(script);
  return script;
}

async function consent(lang = 'th'): Promise<GovCookieConsent> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><gov-cookie-consent policy-href="/cookie-policy.html"></gov-cookie-consent></div>`,
  );
  const element = wrapper.querySelector('gov-cookie-consent')!;
  await settle(element);
  return element;
}

/** Detection runs after the element's first update; two frames let it land. */
async function settle(element: GovCookieConsent): Promise<void> {
  await element.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await element.updateComplete;
}

const banner = (element: GovCookieConsent) => shadowQuery(element, '[part=banner]');
const button = (element: GovCookieConsent, part: string) => shadowQuery<HTMLButtonElement>(element, `[part=${part}]`)!;
const stored = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Record<string, unknown> | null;

/** Executable copies of the waiting statistics script that consent has started. */
const started = () => document.querySelectorAll('script[src*="statistics.js"]:not([type="text/plain"])').length;

/** How often the statistics script ran, once every started copy has loaded (or, with none started, at once). */
async function scriptsRan(): Promise<number> {
  const deadline = Date.now() + 5000;
  while ((window.__govkitStatisticsRuns ?? 0) < started() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return window.__govkitStatisticsRuns ?? 0;
}

describe('gov-cookie-consent', function () {
  this.timeout(30_000); // axe and a fresh Chromium page are slow on a busy machine
  let waiting: HTMLScriptElement[] = [];
  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    window.__govkitStatisticsRuns = 0;
    waiting = [];
  });
  afterEach(() => {
    for (const script of document.querySelectorAll('script[data-consent], script[src*="statistics.js"]'))
      script.remove();
  });

  describe('a page with nothing that needs consent', () => {
    it('shows no banner at all and takes no room', async () => {
      const element = await consent();
      expect(element.state).to.equal('empty');
      expect(element.hidden).to.equal(true);
      expect(banner(element)).to.equal(null);
      expect(element.getBoundingClientRect().height).to.equal(0);
      await expect(element).to.be.accessible();
    });
  });

  describe('a page with a statistics script', () => {
    it('shows a banner region with a heading, the policy link, and accept and reject alike', async () => {
      waiting.push(waitingScript());
      const element = await consent();
      expect(element.state).to.equal('ready');
      const region = banner(element)!;
      expect(region.localName).to.equal('section');
      expect(region.getAttribute('aria-labelledby')).to.equal('consent-heading');
      expect(shadowQuery(element, '#consent-heading')!.textContent).to.equal('เว็บไซต์นี้ใช้คุกกี้');
      expect(shadowQuery<HTMLAnchorElement>(element, 'a')!.getAttribute('href')).to.match(/\/cookie-policy\.html$/);
      expect(position(region)).to.equal('fixed');
      const accept = button(element, 'accept-button');
      const reject = button(element, 'reject-button');
      expect(accept.textContent!.trim()).to.equal('ยอมรับทั้งหมด');
      expect(reject.textContent!.trim()).to.equal('ปฏิเสธทั้งหมด');
      expectSameLook(accept, reject);
      expect(started(), 'nothing optional starts before a choice').to.equal(0);
      expect(await scriptsRan()).to.equal(0);
      expect(element.hasConsent('statistics')).to.equal(false);
      expect(element.hasConsent('necessary')).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('rejecting is one click: the banner goes, the choice is stored, the script never runs', async () => {
      waiting.push(waitingScript());
      const element = await consent();
      const changed = oneEvent(element, 'gov-consent-change');
      button(element, 'reject-button').click();
      const event = await changed;
      await element.updateComplete;
      expect(event.detail).to.include({ version: '1', statistics: false, media: false });
      expect(banner(element)).to.equal(null);
      expect(element.state).to.equal('empty');
      expect(stored()).to.include({ version: '1', statistics: false, media: false });
      expect(new Date(stored()!.date as string).getTime()).to.be.closeTo(Date.now(), 10_000);
      expect(started()).to.equal(0);
      expect(await scriptsRan()).to.equal(0);
    });

    it('accepting starts the waiting script once, as a new script with the same src', async () => {
      const original = waitingScript();
      const element = await consent();
      button(element, 'accept-button').click();
      expect(await scriptsRan()).to.equal(1);
      const copy = original.nextElementSibling as HTMLScriptElement;
      expect(copy.localName).to.equal('script');
      expect(copy.getAttribute('src')).to.equal(original.getAttribute('src'));
      expect(copy.type).to.equal('');
      element.choose({ statistics: true, media: true });
      expect(started(), 'never twice').to.equal(1);
      expect(await scriptsRan()).to.equal(1);
    });

    it('inline text in a waiting script is never run (only src scripts count)', async () => {
      const inline = document.createElement('script');
      inline.type = 'text/plain';
      inline.dataset.consent = 'statistics';
      inline.textContent = 'window.__govkitStatisticsRuns = 99';
      document.head.append(inline);
      const element = await consent();
      button(element, 'accept-button').click();
      expect(started(), 'no script made from inline text').to.equal(0);
      expect(window.__govkitStatisticsRuns).to.equal(0);
    });

    it('the choice survives a reload, and a new policy version asks again', async () => {
      waiting.push(waitingScript());
      const first = await consent();
      button(first, 'accept-button').click();
      expect(await scriptsRan()).to.equal(1);
      first.remove();
      window.__govkitStatisticsRuns = 0;
      for (const script of document.querySelectorAll('script[data-consent-started]'))
        script.removeAttribute('data-consent-started');
      // A fresh element reads what the last page view stored, as after a reload.
      const again = await consent();
      expect(banner(again)).to.equal(null);
      expect(again.hasConsent('statistics')).to.equal(true);
      expect(again.hasConsent('media')).to.equal(true);
      expect(await scriptsRan(), 'a consented script starts at once on the next page').to.equal(1);
      again.policyVersion = '2';
      await settle(again);
      expect(banner(again)).not.to.equal(null);
      expect(again.hasConsent('statistics')).to.equal(false);
    });

    it('the footer’s gov-cookie-settings event opens the settings; a category can be withdrawn', async () => {
      waiting.push(waitingScript());
      const element = await consent();
      button(element, 'accept-button').click();
      await element.updateComplete;
      // As gov-site-footer sends it from its "cookie settings" button.
      document.body.dispatchEvent(new CustomEvent('gov-cookie-settings', { bubbles: true, composed: true }));
      await settle(element);
      const dialog = shadowQuery<HTMLDialogElement>(element, 'dialog')!;
      expect(dialog.open).to.equal(true);
      expect(element.hidden).to.equal(false);
      const statistics = shadowQuery<HTMLInputElement>(element, 'input[name=statistics]')!;
      expect(element.shadowRoot!.activeElement).to.equal(statistics);
      expect(statistics.checked).to.equal(true);
      expect(shadowQuery<HTMLInputElement>(element, '#necessary')!.disabled).to.equal(true);
      expect(visibleText(element)).to.contain('คุกกี้ที่จำเป็น (เปิดใช้เสมอ)');
      await expect(element).to.be.accessible();
      await sendKeys({ press: 'Space' });
      expect(statistics.checked).to.equal(false);
      shadowQuery<HTMLButtonElement>(element, '[part=save-button]')!.click();
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(stored()).to.include({ statistics: false, media: true });
      expect(element.hasConsent('statistics')).to.equal(false);
    });

    it('Escape closes the settings without changing the choice', async () => {
      waiting.push(waitingScript());
      const element = await consent();
      await element.open();
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(shadowQuery(element, 'dialog')).to.equal(null);
      expect(stored()).to.equal(null);
      expect(banner(element)).not.to.equal(null);
    });

    it('speaks English on an English page', async () => {
      waiting.push(waitingScript());
      const element = await consent('en');
      expect(shadowQuery(element, 'h2')!.textContent).to.equal('This website uses cookies');
      expect(button(element, 'accept-button').textContent!.trim()).to.equal('Accept all');
      expect(button(element, 'reject-button').textContent!.trim()).to.equal('Reject all');
      expect(button(element, 'settings-button').textContent!.trim()).to.equal('Settings');
      await element.open();
      expect(visibleText(element)).to.contain('Necessary cookies (always on)');
      await expect(element).to.be.accessible();
    });

    it('fits 320 px with accept and reject still the same size', async () => {
      waiting.push(waitingScript());
      await atWidth(320, async () => {
        const element = await consent();
        const region = banner(element)!;
        expect(region.scrollWidth).to.be.at.most(region.clientWidth);
        expectNoHorizontalOverflow(region);
        expectSameLook(button(element, 'accept-button'), button(element, 'reject-button'));
        await expect(element).to.be.accessible();
      });
    });

    it('keeps a focused control clear of the banner (scroll padding) and reserves room at the page end', async () => {
      waiting.push(waitingScript());
      const element = await consent();
      const height = banner(element)!.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(0);
      expect(parseFloat(getComputedStyle(document.documentElement).scrollPaddingBottom)).to.be.closeTo(height, 1);
      expect(element.getBoundingClientRect().height).to.be.closeTo(height, 1);
      button(element, 'reject-button').click();
      await element.updateComplete;
      expect(getComputedStyle(document.documentElement).scrollPaddingBottom).to.equal('auto');
    });
  });

  describe('videos in gov-link-list', () => {
    async function page(): Promise<{ element: GovCookieConsent; list: GovLinkList }> {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="th">
        <gov-link-list src=${LINKS}></gov-link-list>
        <gov-cookie-consent></gov-cookie-consent>
      </div>`);
      const list = wrapper.querySelector('gov-link-list')!;
      const element = wrapper.querySelector('gov-cookie-consent')!;
      await waitForState(list, 'ready', 15_000);
      await settle(element);
      return { element, list };
    }

    it('no third-party request before consent; pressing play asks in place; the player loads after consent', async () => {
      const requested: string[] = [];
      const observer = new PerformanceObserver((entries) =>
        requested.push(...entries.getEntries().map((entry) => entry.name)),
      );
      observer.observe({ type: 'resource' });
      try {
        const { element, list } = await page();
        expect(banner(element), 'a video list needs consent: the banner shows').not.to.equal(null);
        shadowQuery<HTMLButtonElement>(list, '[part=play-button]')!.click();
        await settle(element);
        await list.updateComplete;
        expect(shadowQuery(list, 'iframe'), 'the request was cancelled').to.equal(null);
        const dialog = shadowQuery<HTMLDialogElement>(element, 'dialog')!;
        expect(dialog.open).to.equal(true);
        expect(visibleText(element)).to.contain('วิดีโอนี้โหลดจาก YouTube');
        const media = shadowQuery<HTMLInputElement>(element, 'input[name=media]')!;
        expect(element.shadowRoot!.activeElement, 'focus on the media choice').to.equal(media);
        await expect(element).to.be.accessible();
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(
          requested.filter((url) => new URL(url).origin !== location.origin),
          'nothing from another site before consent',
        ).to.deep.equal([]);
        expect(
          requested.some((url) => url.includes('links.json')),
          'the observer saw the data file',
        ).to.equal(true);

        await sendKeys({ press: 'Space' });
        shadowQuery<HTMLButtonElement>(element, '[part=save-button]')!.click();
        await list.updateComplete;
        const player = shadowQuery<HTMLIFrameElement>(list, 'iframe[part=player]')!;
        expect(player.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/sgb2569fair?autoplay=1');
        expect(stored()).to.include({ statistics: false, media: true });
      } finally {
        observer.disconnect();
      }
    });

    it('with media refused, play asks again and loads nothing; with media allowed, play loads at once', async () => {
      const { element, list } = await page();
      button(element, 'reject-button').click();
      await element.updateComplete;
      shadowQuery<HTMLButtonElement>(list, '[part=play-button]')!.click();
      await settle(element);
      expect(shadowQuery(list, 'iframe')).to.equal(null);
      expect(shadowQuery<HTMLDialogElement>(element, 'dialog')!.open).to.equal(true);
      await element.open('media');
      shadowQueryAll<HTMLButtonElement>(element, 'dialog .choices button')[0].click(); // accept all
      await list.updateComplete;
      expect(shadowQuery(list, 'iframe[part=player]')).not.to.equal(null);
    });
  });
});

function position(element: Element): string {
  return getComputedStyle(element).position;
}

/** Accept and reject: same size, same colours, same kind of button. */
function expectSameLook(accept: HTMLElement, reject: HTMLElement): void {
  const a = accept.getBoundingClientRect();
  const r = reject.getBoundingClientRect();
  expect(Math.abs(a.width - r.width), 'same width').to.be.below(1);
  expect(Math.abs(a.height - r.height), 'same height').to.be.below(1);
  expect(Math.abs(a.top - r.top), 'same line').to.be.below(1);
  const [sa, sr] = [getComputedStyle(accept), getComputedStyle(reject)];
  expect(sr.backgroundColor).to.equal(sa.backgroundColor);
  expect(sr.color).to.equal(sa.color);
  expect(sr.fontSize).to.equal(sa.fontSize);
  expect(sr.fontWeight).to.equal(sa.fontWeight);
}
