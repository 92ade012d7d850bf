import { html, nothing } from 'lit';
import { GovElement, heading, lazyImport, link, telHref, type DataSource } from '@govkit-th/core';
import type { LocalizedText, ServiceGuide, ServiceGuideData } from '@govkit-th/schemas';
import { stepsTotal, totalTime, type TotalTime } from './duration.js';
import { serviceGuideStyles } from './gov-service-guide.styles.js';

/** The schema and its checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));

const NBSP = '\u00a0';

// Section headings are those of the คู่มือสำหรับประชาชน under the Licensing Facilitation Act B.E. 2558.
const th = {
  title: 'คู่มือสำหรับประชาชน',
  empty: 'ยังไม่มีคู่มือสำหรับประชาชนในขณะนี้',
  print: 'พิมพ์',
  agency: 'หน่วยงานที่รับผิดชอบ',
  eligibility: 'ผู้มีสิทธิยื่นคำขอ',
  'legal-basis': 'กฎหมายที่ให้อำนาจการอนุญาต หรือที่เกี่ยวข้อง',
  channels: 'ช่องทางการให้บริการ',
  place: 'สถานที่ให้บริการ',
  hours: 'ระยะเวลาเปิดให้บริการ',
  conditions: 'หลักเกณฑ์ วิธีการ เงื่อนไข (ถ้ามี) ในการยื่นคำขอ และในการพิจารณาอนุญาต',
  steps: 'ขั้นตอน ระยะเวลา และส่วนงานที่รับผิดชอบ',
  duration: 'ระยะเวลา',
  responsible: 'ส่วนงานที่รับผิดชอบ',
  'total-label': 'ระยะเวลาดำเนินการรวม',
  total: 'รวมระยะเวลาดำเนินการ {time}',
  documents: 'รายการเอกสารหลักฐานประกอบ',
  'no-documents': 'ไม่ต้องใช้เอกสารหลักฐานประกอบ',
  'originals.one': `ฉบับจริง {count}${NBSP}ฉบับ`,
  'originals.other': `ฉบับจริง {count}${NBSP}ฉบับ`,
  'copies.one': `สำเนา {count}${NBSP}ฉบับ`,
  'copies.other': `สำเนา {count}${NBSP}ฉบับ`,
  'issued-by': 'หน่วยงานผู้ออกเอกสาร: {name}',
  fees: 'ค่าธรรมเนียม',
  'no-fees': 'ไม่มีค่าธรรมเนียม',
  baht: `{amount}${NBSP}บาท`,
  free: 'ไม่เสียค่าธรรมเนียม',
  complaints: 'ช่องทางการร้องเรียน',
  phone: 'โทร',
  email: 'อีเมล',
  website: 'เว็บไซต์',
  forms: 'แบบฟอร์ม ตัวอย่าง และคู่มือการกรอก',
  note: 'หมายเหตุ',
  'working-days.one': `{count}${NBSP}วันทำการ`,
  'working-days.other': `{count}${NBSP}วันทำการ`,
  'days.one': `{count}${NBSP}วัน`,
  'days.other': `{count}${NBSP}วัน`,
  'hours-unit.one': `{count}${NBSP}ชั่วโมง`,
  'hours-unit.other': `{count}${NBSP}ชั่วโมง`,
  'minutes.one': `{count}${NBSP}นาที`,
  'minutes.other': `{count}${NBSP}นาที`,
};

const en = {
  title: 'Citizens’ manual',
  empty: 'No service guide has been published yet.',
  print: 'Print',
  agency: 'Responsible agency',
  eligibility: 'Who may apply',
  'legal-basis': 'Law that grants or governs the permission',
  channels: 'Where and when to apply',
  place: 'Service point',
  hours: 'Opening hours',
  conditions: 'Criteria, method and conditions for applying and for the decision',
  steps: 'Steps, time taken and responsible unit',
  duration: 'Time taken',
  responsible: 'Responsible unit',
  'total-label': 'Total processing time',
  total: 'Total processing time: {time}',
  documents: 'Documents to bring',
  'no-documents': 'No documents are needed.',
  'originals.one': `{count}${NBSP}original`,
  'originals.other': `{count}${NBSP}originals`,
  'copies.one': `{count}${NBSP}copy`,
  'copies.other': `{count}${NBSP}copies`,
  'issued-by': 'Issued by {name}',
  fees: 'Fees',
  'no-fees': 'There is no fee.',
  baht: `{amount}${NBSP}baht`,
  free: 'Free',
  complaints: 'Where to complain',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  forms: 'Forms, samples and how to fill them in',
  note: 'Notes',
  'working-days.one': `{count}${NBSP}working${NBSP}day`,
  'working-days.other': `{count}${NBSP}working${NBSP}days`,
  'days.one': `{count}${NBSP}day`,
  'days.other': `{count}${NBSP}days`,
  'hours-unit.one': `{count}${NBSP}hour`,
  'hours-unit.other': `{count}${NBSP}hours`,
  'minutes.one': `{count}${NBSP}minute`,
  'minutes.other': `{count}${NBSP}minutes`,
} satisfies Record<keyof typeof th, string>;

/** The sections a service's manual may have, in the order of the คู่มือสำหรับประชาชน. */
type Section = 'channels' | 'conditions' | 'steps' | 'documents' | 'fees' | 'complaints' | 'forms' | 'note';

/** Open on screen from the start: where to go and what happens. The rest open on demand; all print. */
const OPEN_AT_START = new Set<Section>(['channels', 'steps']);

/**
 * The citizens' manual (order 1.3(1), คู่มือสำหรับประชาชน): for each service its responsible
 * agency, who may apply, channels and hours, criteria, each step with its duration and
 * responsible unit, the total time computed from the steps, the documents to bring
 * (originals, copies, issuer), fees, complaint channels and forms, in the headings Thai
 * agencies use under the Licensing Facilitation Act B.E. 2558. Sections fold on screen and
 * all print open; the print button opens them all and prints.
 *
 * @tagname gov-service-guide
 * @summary The citizens' manual of one or more services, with step durations and their total.
 *
 * @slot - Fallback content (for example the manual as plain HTML or a PDF link), shown before the element upgrades and when loading fails.
 *
 * @csspart heading - The heading above the manual.
 * @csspart print-button - The print button.
 * @csspart service - One service's manual (`article`).
 * @csspart summary - The service's agency, eligibility, legal basis and total time.
 * @csspart section - One section (`details`).
 * @csspart steps - The list of steps.
 * @csspart total - The total processing time under the steps.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 */
export class GovServiceGuide extends GovElement<ServiceGuideData> {
  static override styles = [...GovElement.styles, serviceGuideStyles];

  static override strings = { th, en };

  protected dataSource(): DataSource<ServiceGuideData> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      validate: async (data) => (await loadChecker()).checkServiceGuide(data, this.lang),
      isEmpty: (data) => data.services.length === 0,
    };
  }

  /** Opens every section, then asks the browser to print. */
  print(): void {
    this.renderRoot.querySelectorAll('details').forEach((details) => (details.open = true));
    window.print();
  }

  /** A time in words: `1 วันทำการ 30 นาที`, `1 working day 30 minutes`; no number apart from its unit. */
  formatTime(time: TotalTime): string {
    const parts: Array<[string, number]> = [
      ['working-days', time.workingDays],
      ['days', time.days],
      ['hours-unit', time.hours],
      ['minutes', time.minutes],
    ];
    return parts
      .filter(([, count]) => count > 0)
      .map(([key, count]) => this.t(key, { count }))
      .join(' ');
  }

  protected renderReady(data: ServiceGuideData): unknown {
    return html`
      ${this.renderHeading(data)}
      <p class="tools">
        <button type="button" class="secondary" part="print-button" @click=${() => this.print()}>${this.t('print')}</button>
      </p>
      ${data.services.map((service) => this.renderService(service))}
      ${this.publication(data.publication)}
    `;
  }

  private renderService(service: ServiceGuide) {
    const level = this.headingLevel + 1;
    const total = this.formatTime(stepsTotal(service.steps));
    return html`<article id=${service.id} part="service">
      ${heading(level, this.text(service.name), undefined, { part: 'service-heading' })}
      <dl class="summary" part="summary">
        ${this.fact('agency', this.text(service.agency))}
        ${service.eligibility ? this.fact('eligibility', this.text(service.eligibility)) : nothing}
        ${service.legalBasis?.length ? this.fact('legal-basis', this.texts(service.legalBasis)) : nothing}
        ${this.fact('total-label', total)}
        ${service.updatedAt ? this.fact('updated-at', this.date(service.updatedAt)) : nothing}
      </dl>
      ${this.section('channels', level, this.renderChannels(service))}
      ${service.conditions?.length ? this.section('conditions', level, html`<ol>${this.items(service.conditions)}</ol>`) : nothing}
      ${this.section('steps', level, this.renderSteps(service, total))}
      ${this.section('documents', level, this.renderDocuments(service))}
      ${this.section('fees', level, this.renderFees(service))}
      ${service.complaints?.length ? this.section('complaints', level, this.renderComplaints(service)) : nothing}
      ${service.forms?.length ? this.section('forms', level, this.renderForms(service)) : nothing}
      ${service.note ? this.section('note', level, html`<p>${this.text(service.note)}</p>`) : nothing}
      ${this.publication(service.publication)}
    </article>`;
  }

  private section(key: Section, level: number, content: unknown) {
    return html`<details part="section" class=${key} ?open=${OPEN_AT_START.has(key)}>
      <summary>${heading(level + 1, this.t(key), undefined, { part: 'section-heading' })}</summary>
      <div class="content">${content}</div>
    </details>`;
  }

  private fact(key: string, value: unknown) {
    return html`<div><dt>${this.t(key)}</dt><dd>${value}</dd></div>`;
  }

  private items(values: readonly LocalizedText[]) {
    return values.map((value) => html`<li>${this.text(value)}</li>`);
  }

  private texts(values: readonly LocalizedText[]) {
    return values.length === 1 ? this.text(values[0]) : html`<ul>${this.items(values)}</ul>`;
  }

  private renderChannels(service: ServiceGuide) {
    const base = this.dataController.baseUrl;
    return html`<ul class="cards">
      ${service.channels.map(
        (channel) => html`<li>
          <dl>
            ${this.fact('place', channel.href ? link(channel.href, this.text(channel.place), { base }) : this.text(channel.place))}
            ${this.fact('hours', this.text(channel.hours))}
          </dl>
          ${channel.note ? html`<p class="meta">${this.text(channel.note)}</p>` : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private renderSteps(service: ServiceGuide, total: string) {
    return html`<ol class="steps" part="steps">
        ${service.steps.map(
          (step) => html`<li>
            <p class="name">${this.text(step.title)}</p>
            ${step.detail ? html`<p>${this.text(step.detail)}</p>` : nothing}
            <dl>
              ${this.fact('duration', this.formatTime(totalTime([step.duration])))}
              ${this.fact('responsible', this.text(step.responsible))}
            </dl>
          </li>`,
        )}
      </ol>
      <p class="total" part="total">${this.t('total', { time: total })}</p>`;
  }

  private renderDocuments(service: ServiceGuide) {
    if (service.documents.length === 0) return html`<p>${this.t('no-documents')}</p>`;
    return html`<ol class="cards">
      ${service.documents.map((item) => {
        const counts = [
          item.originals ? this.t('originals', { count: item.originals }) : '',
          item.copies ? this.t('copies', { count: item.copies }) : '',
          item.issuedBy ? this.t('issued-by', { name: this.text(item.issuedBy) }) : '',
        ].filter(Boolean);
        return html`<li>
          <p class="name">${this.text(item.name)}</p>
          ${counts.length ? html`<p class="meta">${counts.join(' · ')}</p>` : nothing}
          ${item.note ? html`<p>${this.text(item.note)}</p>` : nothing}
        </li>`;
      })}
    </ol>`;
  }

  private renderFees(service: ServiceGuide) {
    if (service.fees.length === 0) return html`<p>${this.t('no-fees')}</p>`;
    return html`<ol class="cards">
      ${service.fees.map(
        (fee) => html`<li>
          <p><span class="name">${this.text(fee.description)}</span>:
            <strong>${fee.amount === 0 ? this.t('free') : this.t('baht', { amount: fee.amount })}</strong></p>
          ${fee.note ? html`<p class="meta">${this.text(fee.note)}</p>` : nothing}
        </li>`,
      )}
    </ol>`;
  }

  private renderComplaints(service: ServiceGuide) {
    const base = this.dataController.baseUrl;
    return html`<ul class="cards">
      ${(service.complaints ?? []).map(
        (place) => html`<li>
          <p class="name">${this.text(place.name)}</p>
          ${place.address ? html`<p>${this.text(place.address)}</p>` : nothing}
          <p>
            ${place.phone ? html`<span>${this.t('phone')} ${link(telHref(place.phone), place.phone)}</span>` : nothing}
            ${place.email ? html`<span>${this.t('email')} ${link(`mailto:${place.email}`, place.email)}</span>` : nothing}
            ${place.href ? html`<span>${this.t('website')} ${link(place.href, place.href, { base })}</span>` : nothing}
          </p>
        </li>`,
      )}
    </ul>`;
  }

  private renderForms(service: ServiceGuide) {
    const base = this.dataController.baseUrl;
    return html`<ul>
      ${(service.forms ?? []).map((form) => html`<li>${link(form.href, this.text(form.title), { base })}</li>`)}
    </ul>`;
  }
}
