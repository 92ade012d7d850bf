import { expect } from '@open-wc/testing';
import { coreStrings, interpolate, lookup, pluralKey, setStrings } from './i18n.js';
import { resolveLang, toLang } from './lang.js';
import { localize } from './localized.js';

describe('strings and languages', () => {
  it('has every core message in both Thai and English', () => {
    expect(Object.keys(coreStrings.en).sort()).to.deep.equal(Object.keys(coreStrings.th).sort());
    for (const [key, value] of Object.entries(coreStrings.th)) expect(value, key).to.match(/[\u0E00-\u0E7F]/);
  });

  it('looks a message up from the most specific place', () => {
    const element = document.createElement('div');
    const elementStrings = { th: { title: 'ของชิ้นงาน' }, en: { title: 'element' } };
    expect(lookup('th', 'title', { tag: 'gov-x', element, elementStrings })).to.equal('ของชิ้นงาน');
    setStrings('th', { 'gov-x.title': 'ของหน้าเว็บ' });
    expect(lookup('th', 'title', { tag: 'gov-x', element, elementStrings })).to.equal('ของหน้าเว็บ');
    element.setAttribute('data-i18n-title', 'ของแท็ก');
    expect(lookup('th', 'title', { tag: 'gov-x', element, elementStrings })).to.equal('ของแท็ก');
    expect(lookup('en', 'retry')).to.equal('Try again');
  });

  it('takes an element attribute for one language before the one for every language', () => {
    const element = document.createElement('div');
    element.setAttribute('data-i18n-title', 'หน้าเว็บทั้งหมดตาม sitemap.xml');
    element.setAttribute('data-i18n-en-title', 'Every page in sitemap.xml');
    expect(lookup('en', 'title', { element })).to.equal('Every page in sitemap.xml');
    expect(lookup('th', 'title', { element })).to.equal('หน้าเว็บทั้งหมดตาม sitemap.xml');
    element.setAttribute('data-i18n-th-title', 'ทุกหน้าใน sitemap.xml');
    expect(lookup('th', 'title', { element })).to.equal('ทุกหน้าใน sitemap.xml');
  });

  it('picks plural forms by Intl.PluralRules, falling back to `.other`, then the key', () => {
    const keys = new Set(['count.one', 'count.other', 'only.other']);
    const has = (key: string) => keys.has(key);
    expect(pluralKey('en', 'count', 1, has)).to.equal('count.one');
    expect(pluralKey('en', 'count', 5, has)).to.equal('count.other');
    expect(pluralKey('th', 'count', 1, has)).to.equal('count.other');
    expect(pluralKey('en', 'only', 1, has)).to.equal('only.other');
    expect(pluralKey('en', 'plain', 1, has)).to.equal('plain');
  });

  it('fills parameters and leaves unknown ones visible', () => {
    expect(interpolate('พบ {count} รายการ {other}', { count: 3 })).to.equal('พบ 3 รายการ {other}');
  });

  it('follows the nearest lang attribute, across shadow roots', () => {
    const outer = document.createElement('div');
    outer.lang = 'en-GB';
    const host = document.createElement('div');
    outer.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    try {
      expect(resolveLang(inner)).to.equal('en');
      outer.lang = 'th';
      expect(resolveLang(inner)).to.equal('th');
    } finally {
      outer.remove();
    }
    expect(toLang('EN')).to.equal('en');
    expect(toLang('')).to.equal('th');
  });

  it('picks the reader language from localised text and falls back to the other', () => {
    expect(localize({ th: 'ไทย', en: 'English' }, 'en')).to.equal('English');
    expect(localize({ th: 'ไทย' }, 'en')).to.equal('ไทย');
    expect(localize('ข้อความ', 'en')).to.equal('ข้อความ');
    expect(localize(undefined, 'th')).to.equal('');
  });
});
