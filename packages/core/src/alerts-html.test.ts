import { expect } from '@open-wc/testing';
import type { Alert } from '@govkit-th/schemas';
import { alertsHtml } from './alerts-html.js';

const notice = (overrides: Partial<Alert> = {}): Alert => ({
  id: 'flood',
  version: 1,
  severity: 'warning',
  title: 'เฝ้าระวังน้ำล้นตลิ่ง',
  area: 'อำเภออินทร์บุรี',
  issuedAt: '2026-12-01T08:00:00+07:00',
  expiresAt: '2026-12-31T18:00:00+07:00',
  instructions: 'ขนย้ายสิ่งของขึ้นที่สูง',
  screening: { by: 'governor', name: 'นายสมชาย ตัวอย่าง', at: '2026-12-01T07:30:00+07:00' },
  ...overrides,
});

const write = (alerts: Alert[], now: string, extra: { headingLevel?: number; lang?: 'th' | 'en' } = {}) =>
  alertsHtml(
    { alerts },
    { lang: 'th', now: Date.parse(now), base: 'https://example.go.th/content/alerts.json', ...extra },
  );

const parsed = (markup: string) => {
  const page = document.createElement('template');
  page.innerHTML = markup;
  return page.content;
};

describe('alertsHtml', () => {
  it('writes a notice from the moment it is issued until, not at, its end time', () => {
    const alerts = [notice()];
    expect(write(alerts, '2026-12-01T07:59:59+07:00')).to.equal('');
    expect(write(alerts, '2026-12-01T08:00:00+07:00')).to.contain('เฝ้าระวังน้ำล้นตลิ่ง');
    expect(write(alerts, '2026-12-31T17:59:59+07:00')).to.contain('เฝ้าระวังน้ำล้นตลิ่ง');
    expect(write(alerts, '2026-12-31T18:00:00+07:00')).to.equal('');
  });

  it('writes markup in data as text, and links only to web addresses', () => {
    const markup = write(
      [
        notice({
          title: '<img src=x onerror=alert(1)>น้ำท่วม',
          url: 'javascript:alert(1)',
          area: '"><script>alert(1)</script>',
        }),
      ],
      '2026-12-02T00:00:00+07:00',
    );
    const page = parsed(markup);
    expect(page.querySelector('h2')!.textContent).to.equal('<img src=x onerror=alert(1)>น้ำท่วม');
    expect(page.querySelector('dd')!.textContent).to.equal('"><script>alert(1)</script>');
    expect(page.querySelectorAll('img, script, a')).to.have.length(0);
    const linked = parsed(write([notice({ url: '/news/flood.html' })], '2026-12-02T00:00:00+07:00'));
    expect(linked.querySelector('a')!.getAttribute('href')).to.equal('https://example.go.th/news/flood.html');
    // Without a base (a desk that does not know the site's address) a relative link stays relative.
    const relative = (url: string) =>
      parsed(alertsHtml({ alerts: [notice({ url })] }, { lang: 'th', now: Date.parse('2026-12-02T00:00:00+07:00') }))
        .querySelector('a')
        ?.getAttribute('href');
    expect(relative('/news/flood.html')).to.equal('/news/flood.html');
    expect(relative('https://www.disaster.go.th/')).to.equal('https://www.disaster.go.th/');
    expect(relative('javascript:alert(1)')).to.equal(undefined);
  });

  it('writes the heading at the level the element is given (2–6), in the page’s language', () => {
    const alerts = [notice({ title: { th: 'น้ำท่วม', en: 'Flood' } })];
    expect(
      parsed(write(alerts, '2026-12-02T00:00:00+07:00', { headingLevel: 3 })).querySelector('h3')!.textContent,
    ).to.equal('น้ำท่วม');
    expect(parsed(write(alerts, '2026-12-02T00:00:00+07:00', { headingLevel: 9 })).querySelector('h6')).to.not.equal(
      null,
    );
    const english = parsed(write(alerts, '2026-12-02T00:00:00+07:00', { lang: 'en' }));
    expect(english.querySelector('h2')!.textContent).to.equal('Flood');
    expect(english.querySelector('.severity')!.textContent).to.equal('Watch');
    expect(english.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-01T01:00:00.000Z');
    // A name the data has only in Thai is marked as Thai, for a screen reader's voice.
    expect(english.querySelector('.meta [lang="th"]')!.textContent).to.equal('นายสมชาย ตัวอย่าง');
    expect(english.querySelector('.govkit-alerts')!.getAttribute('lang')).to.equal('en');
  });
});
