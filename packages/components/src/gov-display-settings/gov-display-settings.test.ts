import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './define.js';
import { applyDisplay, DEFAULT_DISPLAY, DISPLAY_KEY, HIGH_CONTRAST } from './display-apply.js';
import type { GovDisplaySettings } from './gov-display-settings.js';
// A page with several kit elements, for what the settings do to them.
import '../gov-faq/define.js';
import '../gov-link-list/define.js';
import type { GovFaq } from '../gov-faq/gov-faq.js';
import type { GovLinkList } from '../gov-link-list/gov-link-list.js';
import { LONG_THAI, atWidth, shadowQuery, shadowQueryAll, visibleText, waitForState } from '../../test/helpers.js';

const THEMES = '/packages/components/themes';
const LINKS = '/packages/components/test/fixtures/gov-link-list/links.json';
const FAQ = '/packages/components/test/fixtures/faq.json';

const root = document.documentElement;

async function settings(lang = 'th', open = true): Promise<GovDisplaySettings> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><gov-display-settings ?open=${open}></gov-display-settings></div>`,
  );
  const element = wrapper.querySelector('gov-display-settings')!;
  await element.updateComplete;
  return element;
}

function radio(element: GovDisplaySettings, id: string): HTMLInputElement {
  return shadowQuery<HTMLInputElement>(element, `#${id}`)!;
}

function labels(element: GovDisplaySettings): string[] {
  return shadowQueryAll(element, 'legend, label').map((node) => node.textContent!.trim());
}

/** Loads one of the shipped stylesheets or scripts from themes/. */
async function loadTheme(file: string): Promise<HTMLElement> {
  const tag = file.endsWith('.css') ? document.createElement('link') : document.createElement('script');
  if (tag instanceof HTMLLinkElement) {
    tag.rel = 'stylesheet';
    tag.href = `${THEMES}/${file}`;
  } else {
    (tag as HTMLScriptElement).src = `${THEMES}/${file}?run=${Math.random()}`;
  }
  const loaded = oneEvent(tag, 'load');
  document.head.append(tag);
  await loaded;
  return tag;
}

function htmlState() {
  return {
    style: root.getAttribute('style') ?? '',
    size: root.dataset.govTextSize,
    contrast: root.dataset.govContrast,
  };
}

describe('gov-display-settings', function () {
  this.timeout(30_000); // axe and a fresh Chromium page are slow on a busy machine
  const added: HTMLElement[] = [];
  beforeEach(() => localStorage.removeItem(DISPLAY_KEY));
  afterEach(() => {
    applyDisplay(DEFAULT_DISPLAY);
    localStorage.removeItem(DISPLAY_KEY);
    for (const node of added.splice(0)) node.remove();
  });

  it('offers text size and colour modes as two labelled radio groups in a disclosure', async () => {
    const element = await settings();
    expect(element.state).to.equal('ready');
    expect(shadowQuery(element, 'summary')!.textContent).to.equal('การแสดงผล');
    expect(labels(element)).to.deep.equal([
      'ขนาดตัวอักษร',
      'ปกติ',
      'ใหญ่',
      'ใหญ่มาก',
      'สีและความคมชัด สำหรับผู้พิการทางสายตา',
      'ปกติ',
      'ความคมชัดสูง (ตัวอักษรสีขาวบนพื้นดำ)',
    ]);
    expect(shadowQueryAll(element, 'fieldset input[type=radio]')).to.have.length(5);
    expect(radio(element, 'text-size-normal').checked).to.equal(true);
    expect(radio(element, 'contrast-normal').checked).to.equal(true);
    await expect(element).to.be.accessible();
    element.open = false;
    await element.updateComplete;
    await expect(element).to.be.accessible();
  });

  it('works from the keyboard: arrow keys move through a group and apply at once', async () => {
    const element = await settings();
    radio(element, 'text-size-normal').focus();
    const changed = oneEvent(element, 'gov-display-change');
    await sendKeys({ press: 'ArrowDown' });
    const event = await changed;
    expect(event.detail).to.deep.equal({ textSize: 'large', contrast: 'normal' });
    expect(radio(element, 'text-size-large').checked).to.equal(true);
    expect(root.dataset.govTextSize).to.equal('large');
    expect(getComputedStyle(root).fontSize).to.equal('20px');
  });

  it('applies text size and high contrast to a kit element and to the page’s own content', async () => {
    added.push(await loadTheme('high-contrast.css'));
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="th">
      <gov-display-settings open></gov-display-settings>
      <p id="own">เนื้อหาของหน้าเว็บเอง <a href="/x">ลิงก์</a></p>
      <gov-faq src=${FAQ}></gov-faq>
    </div>`);
    const element = wrapper.querySelector('gov-display-settings')!;
    const faq = wrapper.querySelector<GovFaq>('gov-faq')!;
    await waitForState(faq, 'ready');
    const summary = shadowQuery(faq, 'summary')!;
    const normalSize = parseFloat(getComputedStyle(summary).fontSize);

    radio(element, 'text-size-x-large').click();
    radio(element, 'contrast-high').click();
    await element.updateComplete;
    expect(parseFloat(getComputedStyle(summary).fontSize)).to.be.closeTo(normalSize * 1.5, 0.5);
    // The kit element, through the tokens on <html>:
    expect(getComputedStyle(faq).color).to.equal('rgb(255, 255, 255)');
    const button = shadowQuery(faq, 'button')!;
    expect(getComputedStyle(button).color, 'accent-outlined button text').to.equal('rgb(255, 255, 0)');
    // The page's own light DOM, through themes/high-contrast.css:
    const own = wrapper.querySelector('#own')!;
    expect(getComputedStyle(own).color).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(own).backgroundColor).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(own.querySelector('a')!).color).to.equal('rgb(255, 255, 0)');
    expect(root.dataset.govContrast).to.equal('high');
    for (const [token, value] of Object.entries(HIGH_CONTRAST))
      expect(root.style.getPropertyValue(token)).to.equal(value);
    await expect(element).to.be.accessible();
    await expect(faq).to.be.accessible();

    radio(element, 'contrast-normal').click();
    radio(element, 'text-size-normal').click();
    expect(root.getAttribute('style') ?? '').to.equal('');
    expect(getComputedStyle(own).color).not.to.equal('rgb(255, 255, 255)');
  });

  it('survives a reload: the early script applies the stored settings exactly as the element does', async () => {
    const element = await settings();
    radio(element, 'text-size-x-large').click();
    radio(element, 'contrast-high').click();
    const applied = htmlState();
    element.remove();
    applyDisplay(DEFAULT_DISPLAY); // a new page: <html> as the server sent it
    expect(htmlState()).to.deep.equal({ style: '', size: undefined, contrast: undefined });
    added.push(await loadTheme('display-early.js'));
    expect(htmlState()).to.deep.equal(applied);
    const again = await settings();
    expect(radio(again, 'text-size-x-large').checked).to.equal(true);
    expect(radio(again, 'contrast-high').checked).to.equal(true);
  });

  it('ignores a stored value it does not know', async () => {
    localStorage.setItem(DISPLAY_KEY, '{"textSize":"huge","contrast":"neon"}');
    const element = await settings();
    expect(radio(element, 'text-size-normal').checked).to.equal(true);
    expect(radio(element, 'contrast-normal').checked).to.equal(true);
    added.push(await loadTheme('display-early.js'));
    expect(htmlState()).to.deep.equal({ style: '', size: undefined, contrast: undefined });
  });

  it('speaks English on an English page', async () => {
    const element = await settings('en');
    expect(shadowQuery(element, 'summary')!.textContent).to.equal('Display');
    expect(visibleText(element)).to.contain('Text size');
    expect(visibleText(element)).to.contain('High contrast (white text on black)');
    await expect(element).to.be.accessible();
  });

  it('high contrast and the largest text leave nothing overflowing at 320 px on a page of kit elements', async () => {
    added.push(await loadTheme('high-contrast.css'));
    await atWidth(320, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="th">
        <gov-display-settings open></gov-display-settings>
        <p>${LONG_THAI}</p>
        <gov-faq src=${FAQ}></gov-faq>
        <gov-link-list src=${LINKS}></gov-link-list>
      </div>`);
      const element = wrapper.querySelector('gov-display-settings')!;
      const faq = wrapper.querySelector<GovFaq>('gov-faq')!;
      const links = wrapper.querySelector<GovLinkList>('gov-link-list')!;
      await Promise.all([waitForState(faq, 'ready'), waitForState(links, 'ready')]);
      element.apply({ textSize: 'x-large', contrast: 'high' });
      faq.expandAll();
      await faq.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(getComputedStyle(root).fontSize).to.equal('24px');
      for (const node of [document.body, element, faq, links]) {
        expect(node.scrollWidth, `${node.localName} overflows`).to.be.at.most(node.clientWidth);
        for (const inner of node.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? []) {
          // Visually hidden text (1 px, clipped) is for screen readers and never seen.
          if (inner.clientWidth > 1)
            expect(
              inner.scrollWidth,
              `${node.localName} ${inner.localName}.${inner.className} overflows`,
            ).to.be.at.most(inner.clientWidth);
        }
      }
      expect(root.scrollWidth).to.be.at.most(window.innerWidth);
      await expect(element).to.be.accessible();
    });
  });
});
