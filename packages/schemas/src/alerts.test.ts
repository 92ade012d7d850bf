import { expect } from '@open-wc/testing';
import { validate } from './validate.js';
import { alertsSchema, screeningProblems } from './alerts.js';
import { nextAlertChange } from './alert-rules.js';
import { eventsSchema } from './events.js';

const alert = {
  id: 'flood',
  version: 1,
  severity: 'warning',
  title: 'เฝ้าระวังน้ำล้นตลิ่ง',
  area: 'อำเภออินทร์บุรี',
  issuedAt: '2026-12-01T08:00:00+07:00',
  expiresAt: '2026-12-31T18:00:00+07:00',
  instructions: 'ขนย้ายสิ่งของขึ้นที่สูง',
  screening: { by: 'governor', name: 'นายสมชาย ตัวอย่าง', at: '2026-12-01T07:30:00+07:00' },
};

async function check(data: unknown, lang: 'th' | 'en' = 'th') {
  return screeningProblems(data, await validate(alertsSchema, data, lang), lang);
}

describe('urgent notices (clause 4.1)', () => {
  it('accepts a screened notice', async () => {
    expect(await check({ alerts: [alert] })).to.deep.equal([]);
  });

  it('refuses a notice without a screening record, naming clause 4.1 in Thai and English', async () => {
    const { screening: _screening, ...unscreened } = alert;
    const [thai] = await check({ alerts: [unscreened] });
    expect(thai).to.include({ path: '/alerts/0/screening', keyword: 'screening' });
    expect(thai.message).to.contain('ตามคำสั่งข้อ 4.1');
    const [english] = await check({ alerts: [unscreened] }, 'en');
    expect(english.message).to.contain('order clause 4.1');
  });

  it('refuses a screening after issue, an unknown screener and a screening without its time', async () => {
    const late = await check({
      alerts: [{ ...alert, screening: { ...alert.screening, at: '2026-12-01T09:00:00+07:00' } }],
    });
    expect(late.map((p) => `${p.path} ${p.keyword}`)).to.deep.equal(['/alerts/0/screening/at screenedBeforeIssue']);
    const stranger = await check({ alerts: [{ ...alert, screening: { ...alert.screening, by: 'clerk' } }] });
    expect(stranger.map((p) => p.path)).to.deep.equal(['/alerts/0/screening/by']);
    const untimed = await check({ alerts: [{ ...alert, screening: { by: 'governor', name: 'นายสมชาย' } }] });
    expect(untimed.map((p) => `${p.path} ${p.keyword}`)).to.deep.equal(['/alerts/0/screening/at required']);
  });

  it('asks for the severity, area, times and what to do', async () => {
    const problems = await check({ alerts: [{ id: 'x', version: 1, severity: 'loud', screening: alert.screening }] });
    expect(problems.map((p) => p.path)).to.include.members([
      '/alerts/0/severity',
      '/alerts/0/title',
      '/alerts/0/area',
      '/alerts/0/issuedAt',
      '/alerts/0/expiresAt',
      '/alerts/0/instructions',
    ]);
  });
});

describe('activity calendar', () => {
  it('takes dates for all-day events and date-times with their offset for timed ones', async () => {
    const events = [
      { id: 'a', title: 'วันพ่อแห่งชาติ', start: '2026-12-05' },
      { id: 'b', title: 'ประชุม', start: '2026-12-15T09:30:00+07:00', end: '2026-12-15T12:00:00+07:00' },
    ];
    expect(await validate(eventsSchema, { events })).to.deep.equal([]);
    const problems = await validate(eventsSchema, { events: [{ id: 'c d', title: '', start: 'พรุ่งนี้', when: 1 }] });
    expect(problems.map((p) => p.path)).to.include.members(['/events/0/id', '/events/0/title', '/events/0/start']);
  });
});

describe('nextAlertChange', () => {
  it('is the next start or end after the moment, or Infinity when none is to come', () => {
    const notices = [
      { issuedAt: '2026-12-01T08:00:00+07:00', expiresAt: '2026-12-31T18:00:00+07:00' },
      { issuedAt: '2026-12-05T08:00:00+07:00', expiresAt: '2026-12-06T08:00:00+07:00' },
    ];
    expect(nextAlertChange(notices, Date.parse('2026-12-02T00:00:00+07:00'))).to.equal(
      Date.parse('2026-12-05T08:00:00+07:00'),
    );
    expect(nextAlertChange(notices, Date.parse('2026-12-05T08:00:00+07:00'))).to.equal(
      Date.parse('2026-12-06T08:00:00+07:00'),
    );
    expect(nextAlertChange(notices, Date.parse('2027-01-01T00:00:00+07:00'))).to.equal(Infinity);
  });
});
