import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import { baseStyles } from './tokens.js';

/** A bare element with the shared base styles and one element-style rule that uses the layer. */
class TokensProbe extends LitElement {
  static override styles = [
    baseStyles,
    css`
      .box {
        margin: var(--_space-4) 0 0;
        font-size: var(--_font-size-small);
      }
    `,
  ];
  override render() {
    return html`<p class="box">ข้อความ</p>
      <button>ส่ง</button><input aria-label="ชื่อ" /><a href="#x">ลิงก์</a>`;
  }
}
customElements.define('tokens-probe', TokensProbe);

async function probe(pageStyle = ''): Promise<{ host: HTMLElement; part: (selector: string) => CSSStyleDeclaration }> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${pageStyle}><tokens-probe></tokens-probe></div>`);
  const host = wrapper.querySelector('tokens-probe') as TokensProbe;
  await host.updateComplete;
  return { host, part: (selector) => getComputedStyle(host.shadowRoot!.querySelector(selector)!) };
}

const rootSize = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

describe('design tokens', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('font-size');
  });

  it('give every step its default when the page sets nothing', async () => {
    const { part } = await probe();
    const rem = rootSize();
    expect(part('.box').marginTop).to.equal(`${0.75 * rem}px`);
    expect(part('.box').fontSize).to.equal(`${0.9 * rem}px`);
    expect(part('button').paddingInlineStart).to.equal(`${rem}px`);
    expect(part('button').backgroundColor).to.equal('rgb(29, 79, 145)');
    expect(part('input').borderTopColor, 'control edge').to.equal('rgb(11, 12, 12)');
  });

  it('take the page’s value, set on any ancestor', async () => {
    const { part } = await probe(
      '--gov-space-4: 3px; --gov-space-5: 11px; --gov-font-size-small: 13px; --gov-color-accent: rgb(1, 2, 3)',
    );
    expect(part('.box').marginTop).to.equal('3px');
    expect(part('.box').fontSize).to.equal('13px');
    expect(part('button').paddingInlineStart).to.equal('11px');
    expect(part('button').backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(part('a').color, 'links follow the accent').to.equal('rgb(1, 2, 3)');
  });

  it('leave the font and the text colour to the page', async () => {
    const { host, part } = await probe('font-family: serif; color: rgb(10, 20, 30); font-size: 23px');
    expect(getComputedStyle(host).fontFamily).to.equal('serif');
    expect(getComputedStyle(host).fontSize).to.equal('23px');
    expect(part('.box').color).to.equal('rgb(10, 20, 30)');
    const themed = await probe('color: rgb(10, 20, 30); --gov-color-text: rgb(200, 0, 0)');
    expect(getComputedStyle(themed.host).color).to.equal('rgb(200, 0, 0)');
  });

  it('follow the reader’s text size: sizes are in rem, not relative to the surrounding text', async () => {
    document.documentElement.style.fontSize = '20px';
    const { part } = await probe('font-size: 10px');
    expect(part('.box').marginTop).to.equal('15px');
    expect(part('.box').fontSize).to.equal('18px');
  });

  it('draw the focus ring from its width, offset and colours', async () => {
    const { host, part } = await probe(
      '--gov-focus-width: 4px; --gov-focus-offset: 1px; --gov-color-focus: rgb(0, 0, 255)',
    );
    host.shadowRoot!.querySelector('.box')!.setAttribute('tabindex', '-1');
    (host.shadowRoot!.querySelector('.box') as HTMLElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(host.shadowRoot!.activeElement?.localName).to.equal('button');
    const ring = part('button');
    expect(ring.outlineWidth).to.equal('4px');
    expect(ring.outlineOffset).to.equal('1px');
    expect(ring.outlineColor).to.equal('rgb(0, 0, 255)');
    expect(ring.boxShadow).to.equal('rgb(11, 12, 12) 0px 0px 0px 5px');
  });
});
