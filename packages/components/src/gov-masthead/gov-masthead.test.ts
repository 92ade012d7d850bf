import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GovMasthead } from './gov-masthead.js';
import { atWidth, expectNoHorizontalOverflow, shadowQuery, visibleText } from '../../test/helpers.js';
import { upgradeLate } from '../../test/layout-shift.js';

/** The page a late upgrade is tested on: the masthead's fallback above a heading and text. */
const PAGE = `<gov-masthead agency="สำนักงานจังหวัดสิงห์บุรี"><p>เว็บไซต์ทางการของหน่วยงานภาครัฐไทย</p></gov-masthead>
  <h1>หน้าหลัก</h1><p>ข้อความที่อยู่ใต้แถบนี้ต้องไม่ขยับเมื่อแถบพร้อมใช้งาน</p>`;

const upgradeMastheadLate = (width: number, lang: 'th' | 'en', bare = false) =>
  upgradeLate({ tag: 'gov-masthead', width, lang, body: PAGE, bare });

describe('gov-masthead', () => {
  // First, while no other test has defined the tag in this page's frames.
  describe('no layout shift', () => {
    for (const width of [320, 1280]) {
      for (const lang of ['th', 'en'] as const) {
        it(`upgrades late at ${width} px (${lang}) without moving anything`, async () => {
          const result = await upgradeMastheadLate(width, lang);
          expect(result.after, 'height after upgrade').to.equal(result.before);
          expect(result.shifts, 'layout-shift entries').to.deep.equal([]);
        });
      }
    }

    it('the check can fail: without the light-DOM stylesheet the page below jumps', async () => {
      const result = await upgradeMastheadLate(320, 'th', true);
      expect(result.after).to.be.greaterThan(result.before);
      expect(result.shifts.length).to.be.greaterThan(0);
    });
  });

  describe('ready', () => {
    before(() => import('./define.js'));

    async function masthead(lang = 'th', agency = ''): Promise<GovMasthead> {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${lang}><gov-masthead agency=${agency}><p>fallback</p></gov-masthead></div>`,
      );
      const element = wrapper.querySelector('gov-masthead')!;
      await element.updateComplete;
      return element;
    }

    it('says in Thai that this is an official website, with a closed disclosure button', async () => {
      const element = await masthead();
      expect(element.getAttribute('state')).to.equal('ready');
      const section = shadowQuery(element, 'section')!;
      expect(section.getAttribute('aria-label')).to.equal('เว็บไซต์ทางการของหน่วยงานภาครัฐไทย');
      expect(shadowQuery(element, '.text')!.textContent).to.equal('เว็บไซต์ทางการของหน่วยงานภาครัฐไทย');
      const button = shadowQuery<HTMLButtonElement>(element, 'button')!;
      expect(button.textContent!.trim()).to.equal('วิธีสังเกต');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = shadowQuery(element, `#${button.getAttribute('aria-controls')}`)!;
      expect(panel.hidden).to.equal(true);
      expect(visibleText(element)).not.to.contain('fallback');
      await expect(element).to.be.accessible();
    });

    it('opens the explanation with the button: .go.th, HTTPS and the agency’s name', async () => {
      const element = await masthead('th', 'สำนักงานจังหวัดสิงห์บุรี');
      const button = shadowQuery<HTMLButtonElement>(element, 'button')!;
      button.click();
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const panel = shadowQuery(element, '.panel')!;
      expect(panel.hidden).to.equal(false);
      expect(panel.textContent).to.contain('.go.th');
      expect(panel.textContent).to.contain('https://');
      expect(panel.textContent).to.contain('เว็บไซต์นี้เป็นของสำนักงานจังหวัดสิงห์บุรี');
      await expect(element).to.be.accessible();
      button.click();
      await element.updateComplete;
      expect(panel.hidden).to.equal(true);
    });

    it('speaks English when the page is English', async () => {
      const element = await masthead('en', 'Sing Buri Provincial Office');
      expect(shadowQuery(element, '.text')!.textContent).to.equal('An official website of the Royal Thai Government');
      const button = shadowQuery<HTMLButtonElement>(element, 'button')!;
      expect(button.textContent!.trim()).to.equal('Here’s how you know');
      button.click();
      await element.updateComplete;
      expect(shadowQuery(element, '.panel')!.textContent).to.contain(
        'This website belongs to Sing Buri Provincial Office.',
      );
      await expect(element).to.be.accessible();
    });

    it('without an agency name, says what to look for instead', async () => {
      const element = await masthead();
      element.expanded = true;
      await element.updateComplete;
      expect(shadowQuery(element, '.panel')!.textContent).to.contain('แสดงชื่อหน่วยงานเจ้าของเว็บไซต์ไว้ชัดเจน');
    });

    it('works from the keyboard: Enter opens, Escape closes and keeps focus on the button', async () => {
      const element = await masthead();
      const button = shadowQuery<HTMLButtonElement>(element, 'button')!;
      button.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(element.expanded).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(element.expanded).to.equal(false);
      expect(element.shadowRoot!.activeElement).to.equal(button);
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(element.expanded).to.equal(true);
    });

    it('a long agency name wraps at 320 px without sideways scrolling', async () => {
      await atWidth(320, async () => {
        const element = await masthead(
          'th',
          'สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดสิงห์บุรีและศูนย์ประสานงานการพัฒนาคุณภาพชีวิตผู้สูงอายุและผู้พิการ',
        );
        element.expanded = true;
        await element.updateComplete;
        expectNoHorizontalOverflow(element);
        await expect(element).to.be.accessible();
      });
    });

    it('lets the page override a string with data-i18n-*', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="th"><gov-masthead data-i18n-how-you-know="ตรวจสอบอย่างไร"></gov-masthead></div>`,
      );
      const element = wrapper.querySelector('gov-masthead')!;
      await element.updateComplete;
      expect(shadowQuery(element, 'button')!.textContent!.trim()).to.equal('ตรวจสอบอย่างไร');
    });

    it('two mastheads on one page control their own panels', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><gov-masthead></gov-masthead><gov-masthead></gov-masthead></div>`,
      );
      const [a, b] = Array.from(wrapper.querySelectorAll('gov-masthead'));
      await a.updateComplete;
      await b.updateComplete;
      const ids = [a, b].map((m) => shadowQuery(m, 'button')!.getAttribute('aria-controls'));
      expect(ids[0]).not.to.equal(ids[1]);
    });
  });
});
