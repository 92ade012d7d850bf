import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { setStrings } from './i18n.js';
import { LocalizeController } from './localize-controller.js';
import type { Numerals } from './dates.js';

const th = {
  title: 'ข่าว',
  'count.one': 'ทั้งหมด {count} ข่าว',
  'count.other': 'ทั้งหมด {count} ข่าว',
};
const en = {
  title: 'News',
  'count.one': '{count} news item',
  'count.other': '{count} news items',
} satisfies Record<keyof typeof th, string>;

class LocalizedProbe extends LitElement {
  numerals: Numerals = 'latin';
  readonly l10n = new LocalizeController(this, () => ({ th, en }));
  renders = 0;
  protected override render() {
    this.renders += 1;
    return html`<p>${this.l10n.t('title')}</p>`;
  }
}
customElements.define('localized-probe', LocalizedProbe);

describe('LocalizeController', () => {
  it('follows the nearest lang and re-renders when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="th"><localized-probe></localized-probe></div>`);
    const probe = wrapper.querySelector<LocalizedProbe>('localized-probe')!;
    expect(probe.shadowRoot!.textContent).to.equal('ข่าว');
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('News');
  });

  it('chooses the plural form with Intl.PluralRules: no more “1 questions”', async () => {
    const probe = await fixture<LocalizedProbe>(html`<localized-probe lang="en"></localized-probe>`);
    expect(probe.l10n.t('count', { count: 1 })).to.equal('1 news item');
    expect(probe.l10n.t('count', { count: 2 })).to.equal('2 news items');
    expect(probe.l10n.t('count', { count: 0 })).to.equal('0 news items');
    expect(probe.l10n.t('count', { count: 1 }, 'th')).to.equal('ทั้งหมด 1 ข่าว');
  });

  it('shows number parameters in the page’s numerals, grouped', async () => {
    const probe = await fixture<LocalizedProbe>(html`<localized-probe lang="th"></localized-probe>`);
    expect(probe.l10n.t('count', { count: 10000 })).to.equal('ทั้งหมด 10,000 ข่าว');
    probe.numerals = 'thai';
    expect(probe.l10n.t('count', { count: 12 })).to.equal('ทั้งหมด ๑๒ ข่าว');
  });

  it('takes the page’s overrides and the element’s data-i18n attribute, and re-renders for setStrings', async () => {
    const probe = await fixture<LocalizedProbe>(html`<localized-probe lang="th"></localized-probe>`);
    const before = probe.renders;
    setStrings('th', { 'localized-probe.title': 'ข่าวสาร' });
    await probe.updateComplete;
    expect(probe.renders).to.be.greaterThan(before);
    expect(probe.shadowRoot!.textContent).to.equal('ข่าวสาร');
    probe.setAttribute('data-i18n-title', 'ประกาศ');
    probe.requestUpdate();
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('ประกาศ');
    setStrings('th', { 'localized-probe.title': 'ข่าว' });
  });

  it('answers the key for a message no catalogue has', async () => {
    const probe = await fixture<LocalizedProbe>(html`<localized-probe></localized-probe>`);
    expect(probe.l10n.t('no-such-key')).to.equal('no-such-key');
    expect(probe.l10n.t('retry')).to.equal('ลองอีกครั้ง');
  });
});
