import { expect, fixture, html } from '@open-wc/testing';
import { GovElement } from './gov-element.js';
import type { DataSource } from './data-controller.js';
import { GovDataError } from './errors.js';
import type { PublicationRecord } from './publication.js';
import { parseXml } from './xml.js';

interface ProbeData {
  title?: string;
  items: string[];
  publication?: PublicationRecord;
}

const th = { title: 'รายการทดสอบ', empty: 'ยังไม่มีรายการ' };
const en = { title: 'Test list', empty: 'No items yet.' } satisfies Record<keyof typeof th, string>;

class GovProbe extends GovElement<ProbeData> {
  static override strings = { th, en };
  protected dataSource(): DataSource<ProbeData> {
    return {
      validate: async (data) =>
        Array.isArray((data as ProbeData | undefined)?.items) ? [] : [{ path: '/items', message: 'required' }],
      isEmpty: (data) => data.items.length === 0,
    };
  }
  protected renderReady(data: ProbeData) {
    return html`<ul class="items">
        ${data.items.map((item) => html`<li>${item}</li>`)}
      </ul>
      ${this.publication(data.publication)}`;
  }
}
customElements.define('gov-probe', GovProbe);

const text = (element: Element) => element.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();
/** The publication record's rows as `label: value`. */
const rows = (element: Element) =>
  Array.from(element.shadowRoot!.querySelectorAll('[part=publication] > div'), (row) =>
    Array.from(row.children, (cell) => cell.textContent!.trim()).join(': '),
  );

describe('GovElement', () => {
  it('while loading shows the status line only when there is no fallback, and announces it either way', async () => {
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => {}); // the data never comes
    let withFallback: GovProbe, bare: GovProbe;
    try {
      withFallback = await fixture<GovProbe>(html`<gov-probe src="/slow.json"><p>ข่าวสำรอง</p></gov-probe>`);
      bare = await fixture<GovProbe>(html`<gov-probe src="/slow.json"></gov-probe>`);
    } finally {
      window.fetch = realFetch;
    }
    for (const element of [withFallback, bare]) {
      expect(element.state).to.equal('loading');
      expect(element.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('กำลังโหลดข้อมูล');
    }
    const shown = (element: GovProbe) => element.shadowRoot!.querySelector('[role=status]')!.getBoundingClientRect();
    // Over a fallback the line takes no room, so the fallback stays where the page painted it.
    expect(shown(withFallback).height).to.be.at.most(1);
    expect(withFallback.querySelector('p')!.getBoundingClientRect().top).to.equal(
      withFallback.getBoundingClientRect().top,
    );
    expect(shown(bare).height).to.be.greaterThan(10);
  });

  it('shows its fallback in place and says state="loading" from the upgrade, before its first render', async () => {
    const host = document.createElement('div');
    host.innerHTML = '<gov-probe><p>ข่าวสำรองของหน้า</p></gov-probe>';
    document.body.append(host);
    try {
      const element = host.firstElementChild as GovProbe;
      // The first render is a task away; in between, the page must not lose the fallback or its room.
      expect(element.hasUpdated).to.equal(false);
      expect(element.getAttribute('state')).to.equal('loading');
      const slot = element.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().map((child) => child.textContent)).to.deep.equal(['ข่าวสำรองของหน้า']);
      expect(element.querySelector('p')!.getBoundingClientRect().height).to.be.greaterThan(0);
      await element.updateComplete;
      expect(element.shadowRoot!.querySelectorAll('slot')).to.have.length(1);
    } finally {
      host.remove();
    }
  });

  it('keeps `state` to the data controller: a page writing state="ready" cannot make it render without data', async () => {
    const probe = await fixture<GovProbe>(html`<gov-probe></gov-probe>`);
    expect(probe.state).to.equal('loading');
    probe.setAttribute('state', 'ready');
    await probe.updateComplete;
    expect(probe.getAttribute('state')).to.equal('loading');
    expect(probe.shadowRoot!.querySelector('ul')).to.equal(null);
    expect(probe.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain('กำลังโหลด');
    probe.state = 'ready';
    await probe.updateComplete;
    expect(probe.state).to.equal('loading');
    expect(probe.shadowRoot!.querySelector('ul')).to.equal(null);

    probe.data = { items: ['หนึ่ง'] };
    expect(await probe.whenSettled()).to.equal('ready');
    expect(probe.shadowRoot!.querySelectorAll('li')).to.have.length(1);
    probe.setAttribute('state', 'error');
    await probe.updateComplete;
    expect(probe.getAttribute('state')).to.equal('ready');
  });

  it('shows the default empty state: the heading, the element’s “empty” line and the publication record', async () => {
    const probe = await fixture<GovProbe>(html`<gov-probe heading-level="3"></gov-probe>`);
    probe.data = { items: [], publication: { approver: 'นายอนุมัติ ใจดี', updatedAt: '2026-01-05' } };
    expect(await probe.whenSettled()).to.equal('empty');
    const shadow = probe.shadowRoot!;
    expect(shadow.querySelector('h3')!.textContent).to.equal('รายการทดสอบ');
    expect(shadow.querySelector('[part~=empty]')!.textContent).to.equal('ยังไม่มีรายการ');
    expect(rows(probe)).to.deep.equal(['ปรับปรุงล่าสุด: 5 ม.ค. 2569', 'ผู้อนุมัติการเผยแพร่: นายอนุมัติ ใจดี']);
    await expect(probe).to.be.accessible();
  });

  it('no-heading leaves the heading out and moves the inner headings up to heading-level', async () => {
    const probe = await fixture<GovProbe>(html`<gov-probe heading-level="3" no-heading></gov-probe>`);
    probe.data = { items: [] };
    expect(await probe.whenSettled()).to.equal('empty');
    expect(probe.shadowRoot!.querySelector('h2, h3, h4')).to.equal(null);
    expect(text(probe)).to.contain('ยังไม่มีรายการ');
    expect((probe as unknown as { innerHeadingLevel: number }).innerHeadingLevel).to.equal(3);
    probe.noHeading = false;
    await probe.updateComplete;
    expect(probe.shadowRoot!.querySelector('h3')!.textContent).to.equal('รายการทดสอบ');
    expect((probe as unknown as { innerHeadingLevel: number }).innerHeadingLevel).to.equal(4);
  });

  it('renders the publication record, with Buddhist-era dates and an allowed source link only', async () => {
    const probe = await fixture<GovProbe>(html`<gov-probe></gov-probe>`);
    probe.data = {
      items: ['หนึ่ง'],
      publication: {
        reporter: 'กลุ่มงานประชาสัมพันธ์',
        publishedAt: '2018-05-16',
        source: { title: 'ประกาศจังหวัด', url: 'javascript:alert(1)' },
      },
    };
    await probe.whenSettled();
    const record = probe.shadowRoot!.querySelector('[part=publication]')!;
    expect(record.querySelector('time')!.getAttribute('datetime')).to.equal('2018-05-16');
    expect(rows(probe)).to.deep.equal([
      'เผยแพร่เมื่อ: 16 พ.ค. 2561',
      'แหล่งที่มา: ประกาศจังหวัด',
      'ผู้รับผิดชอบข้อมูล: กลุ่มงานประชาสัมพันธ์',
    ]);
    expect(record.querySelector('a')).to.equal(null);
  });

  /** A record as the publishing desk writes it (issue 12): every step, positions and times. */
  const deskRecord: PublicationRecord = {
    reporter: 'นางสาวสมใจ ใจดี',
    reporterPosition: 'นักประชาสัมพันธ์ชำนาญการ',
    reportedAt: '2026-12-01T02:15:00.000Z',
    approver: 'นายสมชาย รักษ์งาน',
    approverPosition: 'หัวหน้าสำนักงานจังหวัดสิงห์บุรี',
    approvedAt: '2026-12-01T03:00:00.000Z',
    screenedBy: 'นายวิทยา ครองธรรม',
    screenerPosition: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงของจังหวัด (CIO จังหวัด)',
    screenedAt: '2026-12-01T03:30:00.000Z',
    uploader: 'นายธนากร ใจซื่อ',
    uploaderPosition: 'นักวิชาการคอมพิวเตอร์ชำนาญการ',
    publishedAt: '2026-12-01T04:00:00.000Z',
    updatedAt: '2026-12-01T04:00:00.000Z',
    source: 'สำนักงานจังหวัดสิงห์บุรี',
  };

  it('shows the whole record the desk writes: reporter, approver, screener and uploader with positions and times', async () => {
    const probe = await fixture<GovProbe>(html`<gov-probe></gov-probe>`);
    probe.data = { items: ['หนึ่ง'], publication: deskRecord };
    await probe.whenSettled();
    expect(rows(probe).map((row) => row.replace(/\s+/g, ' '))).to.deep.equal([
      'เผยแพร่เมื่อ: 1 ธ.ค. 2569',
      'แหล่งที่มา: สำนักงานจังหวัดสิงห์บุรี',
      'ผู้รับผิดชอบข้อมูล: นางสาวสมใจ ใจดี (นักประชาสัมพันธ์ชำนาญการ) เมื่อ 1 ธ.ค. 2569 เวลา 09.15 น.',
      'ผู้อนุมัติการเผยแพร่: นายสมชาย รักษ์งาน (หัวหน้าสำนักงานจังหวัดสิงห์บุรี) เมื่อ 1 ธ.ค. 2569 เวลา 10.00 น.',
      'ผู้ตรวจสอบก่อนเผยแพร่: นายวิทยา ครองธรรม (ผู้บริหารเทคโนโลยีสารสนเทศระดับสูงของจังหวัด (CIO จังหวัด)) เมื่อ 1 ธ.ค. 2569 เวลา 10.30 น.',
      'ผู้นำข้อมูลขึ้นเผยแพร่: นายธนากร ใจซื่อ (นักวิชาการคอมพิวเตอร์ชำนาญการ) เมื่อ 1 ธ.ค. 2569 เวลา 11.00 น.',
    ]);
    const times = Array.from(probe.shadowRoot!.querySelectorAll('[part=publication] time'), (t) =>
      t.getAttribute('datetime'),
    );
    expect(times).to.include('2026-12-01T02:15:00.000Z');
    await expect(probe).to.be.accessible();
  });

  it('shows the record in English on an English page, and only the steps it has', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><gov-probe></gov-probe></div>`);
    const probe = wrapper.querySelector<GovProbe>('gov-probe')!;
    const { screenedBy: _s, screenerPosition: _p, screenedAt: _a, ...notUrgent } = deskRecord;
    probe.data = { items: ['one'], publication: { ...notUrgent, reporterPosition: undefined } };
    await probe.whenSettled();
    const shown = rows(probe).map((row) => row.replace(/\s+/g, ' '));
    expect(shown).to.deep.equal([
      'Published: 1 Dec 2026',
      'Source: สำนักงานจังหวัดสิงห์บุรี',
      'Responsible for the information: นางสาวสมใจ ใจดี on 1 Dec 2026, 9:15am',
      'Approved for publication by: นายสมชาย รักษ์งาน (หัวหน้าสำนักงานจังหวัดสิงห์บุรี) on 1 Dec 2026, 10am',
      'Uploaded by: นายธนากร ใจซื่อ (นักวิชาการคอมพิวเตอร์ชำนาญการ) on 1 Dec 2026, 11am',
    ]);
    expect(shown.join(' ')).not.to.contain('Checked before publication');
    await expect(probe).to.be.accessible();
  });

  it('an edit published later: first published, last updated, and the uploader of that version at its time', async () => {
    const probe = await fixture<GovProbe>(html`<gov-probe></gov-probe>`);
    const { screenedBy: _s, screenerPosition: _p, screenedAt: _a, ...notUrgent } = deskRecord;
    probe.data = {
      items: ['หนึ่ง'],
      publication: { ...notUrgent, uploader: 'นางวันดี มีสุข', updatedAt: '2026-12-05T07:40:00.000Z' },
    };
    await probe.whenSettled();
    const shown = rows(probe).map((row) => row.replace(/\s+/g, ' '));
    expect(shown[0]).to.equal('เผยแพร่เมื่อ: 1 ธ.ค. 2569');
    expect(shown[1]).to.equal('ปรับปรุงล่าสุด: 5 ธ.ค. 2569');
    expect(shown.at(-1)).to.equal(
      'ผู้นำข้อมูลขึ้นเผยแพร่: นางวันดี มีสุข (นักวิชาการคอมพิวเตอร์ชำนาญการ) เมื่อ 5 ธ.ค. 2569 เวลา 14.40 น.',
    );
  });

  it('a typed record with only a publication date: the uploader at that date, no time invented', async () => {
    const probe = await fixture<GovProbe>(html`<gov-probe></gov-probe>`);
    probe.data = { items: ['หนึ่ง'], publication: { uploader: 'งานสารบรรณ', publishedAt: '2018-05-16' } };
    await probe.whenSettled();
    expect(rows(probe)).to.deep.equal(['เผยแพร่เมื่อ: 16 พ.ค. 2561', 'ผู้นำข้อมูลขึ้นเผยแพร่: งานสารบรรณ เมื่อ 16 พ.ค. 2561']);
  });

  it('keeps a long Thai record readable at 320 px: nothing wider than the element', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><gov-probe></gov-probe></div>`);
    const probe = wrapper.querySelector<GovProbe>('gov-probe')!;
    const long = 'ผู้อำนวยการกลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัดสิงห์บุรีปฏิบัติหน้าที่แทน'.repeat(2);
    probe.data = { items: ['หนึ่ง'], publication: { ...deskRecord, approverPosition: long } };
    await probe.whenSettled();
    const record = probe.shadowRoot!.querySelector<HTMLElement>('[part=publication]')!;
    expect(record.textContent).to.contain(long);
    expect(record.scrollWidth).to.be.at.most(probe.clientWidth + 1);
    await expect(probe).to.be.accessible();
  });

  it('speaks English on an English page', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><gov-probe></gov-probe></div>`);
    const probe = wrapper.querySelector<GovProbe>('gov-probe')!;
    probe.data = { items: [] };
    await probe.whenSettled();
    expect(text(probe)).to.equal('Test list No items yet.');
  });

  it('reports parser failures as the one error type, with a reason', () => {
    const attempt = (source: string) => {
      try {
        parseXml(source);
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const unsafe = attempt('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>');
    expect(unsafe).to.be.instanceOf(GovDataError);
    expect((unsafe as GovDataError).kind).to.equal('parse');
    expect((unsafe as GovDataError).reason).to.equal('xml-unsafe');
    expect((attempt('<x><y></x>') as GovDataError).reason).to.equal('xml-malformed');
  });
});
