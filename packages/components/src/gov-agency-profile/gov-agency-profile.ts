import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  GovElement,
  digitsIn,
  heading,
  lazyImport,
  link,
  picture,
  safeUrl,
  telHref,
  type DataSource,
} from '@govkit-th/core';
import {
  budgetSum,
  PROFILE_SECTIONS,
  type LocalizedText,
  type OrgUnit,
  type ProfileBudget,
  type ProfileData,
  type ProfileDocument,
  type ProfileExecutive,
  type ProfileSection,
} from '@govkit-th/schemas';
import { profileStyles } from './gov-agency-profile.styles.js';

/** The schema and its checks load in their own chunk, from the moment an element is made. */
const loadChecker = lazyImport(() => import('./check.js'));

const th = {
  title: 'ข้อมูลหน่วยงาน',
  history: 'ประวัติความเป็นมา',
  vision: 'วิสัยทัศน์ พันธกิจ และค่านิยม',
  'vision-label': 'วิสัยทัศน์',
  mission: 'พันธกิจ',
  values: 'ค่านิยม',
  duties: 'อำนาจหน้าที่',
  'legal-basis': 'กฎหมายที่กำหนดอำนาจหน้าที่',
  plans: 'ยุทธศาสตร์และแผนปฏิบัติราชการ',
  strategy: 'ประเด็นยุทธศาสตร์',
  budget: 'งบประมาณรายจ่ายประจำปี',
  'budget-caption': 'งบประมาณรายจ่ายประจำปีงบประมาณ พ.ศ.\u00a0{year}',
  item: 'รายการ',
  amount: 'จำนวนเงิน',
  sum: 'รวมทั้งสิ้น',
  baht: '{amount}\u00a0บาท',
  'budget-mismatch':
    'คำเตือน: ยอดรวมที่ระบุไว้ {stated} ไม่ตรงกับผลรวมของรายการ {sum} ตารางนี้แสดงผลรวมที่คำนวณจากรายการ โปรดตรวจสอบกับเอกสารงบประมาณ',
  performance: 'คำรับรองและรายงานผลการปฏิบัติราชการ',
  structure: 'โครงสร้างหน่วยงาน',
  'expand-all': 'แสดงหน่วยงานย่อยทั้งหมด',
  'collapse-all': 'ซ่อนหน่วยงานย่อยทั้งหมด',
  executives: 'ผู้บริหาร',
  'photo-alt': 'ภาพถ่ายของ{name}',
  'in-office': 'ดำรงตำแหน่ง',
  present: 'ปัจจุบัน',
  phone: 'โทรศัพท์',
  email: 'อีเมล',
  empty: 'หน่วยงานยังไม่ได้เผยแพร่ข้อมูลส่วนนี้',
  'too-deep': 'โครงสร้างหน่วยงานซ้อนกันได้ไม่เกิน {limit}\u00a0ชั้น',
};

const en = {
  title: 'About the agency',
  history: 'History',
  vision: 'Vision, mission and values',
  'vision-label': 'Vision',
  mission: 'Mission',
  values: 'Values',
  duties: 'Powers and duties',
  'legal-basis': 'The laws that set these powers and duties',
  plans: 'Strategy and action plans',
  strategy: 'Strategic issues',
  budget: 'Annual budget',
  'budget-caption': 'Budget for fiscal year {year}',
  item: 'Item',
  amount: 'Amount',
  sum: 'Total',
  baht: '{amount}\u00a0baht',
  'budget-mismatch':
    'Warning: the stated total, {stated}, differs from the sum of the items, {sum}. The table shows the sum of the items; please check against the budget document.',
  performance: 'Performance agreements and reports',
  structure: 'Organisation structure',
  'expand-all': 'Show all units',
  'collapse-all': 'Hide all sub-units',
  executives: 'Executives',
  'photo-alt': 'Photo of {name}',
  'in-office': 'In office',
  present: 'present',
  phone: 'Telephone',
  email: 'Email',
  empty: 'The agency has not published this part yet.',
  'too-deep': 'The organisation structure may nest at most {limit}\u00a0levels.',
} satisfies Record<keyof typeof th, string>;

type Data = ProfileData;

/** Whether the data has anything to show in a section. */
const HAS: Record<ProfileSection, (data: Data) => unknown> = {
  history: (d) => d.history?.length,
  vision: (d) => d.vision || d.mission?.length || d.values?.length,
  duties: (d) => d.duties?.items?.length || d.duties?.legalBasis?.length,
  plans: (d) => d.strategy?.length || d.plans?.length,
  budget: (d) => d.budget,
  performance: (d) => d.performance?.length,
  structure: (d) => d.structure?.units?.length || d.structure?.chart,
  executives: (d) => d.executives?.length,
};

/**
 * What an agency says about itself (order 1.1(1), ITA O1–O2): history, vision, mission and
 * values, powers and duties with their legal basis, strategy and action plans, the annual
 * budget (added up and checked), performance agreements and reports, the organisation
 * structure as an expandable tree, and the executives. One data file feeds every about/
 * page: `section="structure"` shows that part alone.
 *
 * @tagname gov-agency-profile
 * @summary The agency's profile, whole or one section at a time, from one data file.
 *
 * @slot - Fallback content (the same section as plain HTML), shown before the element upgrades and when loading fails.
 *
 * @cssprop [--gov-agency-profile-reserve=10rem] - The height kept for the section before it upgrades and while its data loads (set by the page, per breakpoint, to the rendered height when it is taller).
 * @csspart heading - The element's (or the section's) heading.
 * @csspart section - One section (`section`).
 * @csspart documents - A list of document links.
 * @csspart budget - The budget table.
 * @csspart warning - The warning shown when the stated budget total differs from the sum of its parts.
 * @csspart tree - The organisation tree (nested lists).
 * @csspart chart - The picture of the organisation chart.
 * @csspart person - One executive.
 * @csspart status - The loading or empty status line.
 * @csspart error - The error message box.
 * @csspart retry-button - The retry button in the error state.
 * @csspart publication - The publication record.
 *
 * @fires gov-load - The data is ready; `detail` is the data.
 * @fires gov-error - Loading or validation failed; `detail.error` says why.
 */
export class GovAgencyProfile extends GovElement<Data> {
  static override styles = [...GovElement.styles, profileStyles];

  static override strings = { th, en };

  static override properties = { ...GovElement.properties, section: { type: String, reflect: true } };

  /** One section to show (`history`, `vision`, `duties`, `plans`, `budget`, `performance`, `structure`, `executives`); empty for all. */
  declare section: string;

  constructor() {
    super();
    this.section = '';
  }

  protected dataSource(): DataSource<Data> {
    loadChecker().catch(() => undefined); // early, beside the data's fetch; a failure is retried when the data is checked
    return {
      validate: async (data) =>
        (await loadChecker()).checkProfile(data, this.lang, (limit) => this.t('too-deep', { limit })),
      isEmpty: (data) => !this.sections().some((name) => HAS[name](data)),
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another section may be empty where this one was not: judge the same data again.
    if (changed.has('section') && changed.get('section') !== undefined && this.data) this.retry();
    super.willUpdate(changed);
  }

  /** Opens (or closes) every unit of the organisation tree. */
  expandAll(open = true): void {
    this.renderRoot.querySelectorAll('details').forEach((details) => (details.open = open));
  }

  collapseAll(): void {
    this.expandAll(false);
  }

  /** The sections asked for: the one named by `section`, or all of them. */
  private sections(): readonly ProfileSection[] {
    const one = PROFILE_SECTIONS.find((name) => name === this.section);
    return one ? [one] : PROFILE_SECTIONS;
  }

  protected override renderHeading(data: Data | undefined): unknown {
    const one = this.sections();
    return one.length === 1 ? heading(this.headingLevel, this.t(one[0])) : super.renderHeading(data);
  }

  protected renderReady(data: Data): unknown {
    const sections = this.sections().filter((name) => HAS[name](data));
    const single = this.sections().length === 1;
    const level = this.headingLevel + (single ? 1 : 2);
    return html`${this.renderHeading(data)}
    ${sections.map(
      (name) => html`<section part="section" class=${name}>
        ${single ? nothing : heading(this.headingLevel + 1, this.t(name), undefined, { part: '' })}
        ${this.renderSection(name, data, level)}
      </section>`,
    )}
    ${this.publication(data.publication)}`;
  }

  private renderSection(name: ProfileSection, data: Data, level: number): unknown {
    switch (name) {
      case 'history':
        return this.paragraphs(data.history);
      case 'vision':
        return html`${data.vision ? html`${this.sub(level, 'vision-label')}<p class="statement">${this.text(data.vision)}</p>` : nothing}
        ${this.textList(level, 'mission', data.mission, true)} ${this.textList(level, 'values', data.values)}`;
      case 'duties':
        return html`${this.textList(level, '', data.duties?.items, true)}
        ${data.duties?.legalBasis?.length ? html`${this.sub(level, 'legal-basis')}${this.documents(data.duties.legalBasis)}` : nothing}`;
      case 'plans':
        return html`${this.textList(level, 'strategy', data.strategy, true)} ${this.documents(data.plans)}`;
      case 'budget':
        return this.renderBudget(data.budget!);
      case 'performance':
        return this.documents(data.performance);
      case 'structure':
        return this.renderStructure(data.structure!);
      default:
        return html`<ul class="people">${data.executives!.map((person) => this.renderPerson(person))}</ul>`;
    }
  }

  private sub(level: number, key: string): TemplateResult {
    return heading(level, this.t(key), undefined, { part: '' });
  }

  private paragraphs(list: LocalizedText[] | undefined) {
    return (list ?? []).map((paragraph) => html`<p>${this.text(paragraph)}</p>`);
  }

  /** A list of texts under a sub-heading (none for `key` ''), numbered when the order means something. */
  private textList(level: number, key: string, list: LocalizedText[] | undefined, ordered = false) {
    if (!list?.length) return nothing;
    const items = list.map((item) => html`<li>${this.text(item)}</li>`);
    return html`${key ? this.sub(level, key) : nothing}${ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`}`;
  }

  private documents(list: ProfileDocument[] | undefined) {
    if (!list?.length) return nothing;
    const base = this.dataController.baseUrl;
    return html`<ul part="documents" class="documents">
      ${list.map(
        (doc) =>
          html`<li>${link(doc.href, this.text(doc.title), { base })}${doc.date ? html` <span class="meta">${this.date(doc.date)}</span>` : nothing}</li>`,
      )}
    </ul>`;
  }

  private baht(amount: number): string {
    return this.t('baht', { amount: this.number(amount, { maximumFractionDigits: 2 }) });
  }

  private renderBudget(budget: ProfileBudget) {
    const { sum, agrees } = budgetSum(budget);
    const year = this.lang === 'en' ? budget.fiscalYear - 543 : budget.fiscalYear;
    return html`<table part="budget">
          <caption>${this.t('budget-caption', { year: digitsIn(String(year), this.numerals) })}</caption>
          <thead><tr><th scope="col">${this.t('item')}</th><th scope="col">${this.t('amount')}</th></tr></thead>
          <tbody>
            ${budget.parts.map((part) => html`<tr><th scope="row">${this.text(part.title)}</th><td>${this.baht(part.amount)}</td></tr>`)}
          </tbody>
          <tfoot><tr><th scope="row">${this.t('sum')}</th><td>${this.baht(sum)}</td></tr></tfoot>
        </table>
      ${agrees ? nothing : html`<p class="warning" part="warning">${this.t('budget-mismatch', { stated: this.baht(budget.total), sum: this.baht(sum) })}</p>`}
      ${budget.document ? this.documents([budget.document]) : nothing}`;
  }

  private renderStructure(structure: NonNullable<Data['structure']>) {
    const units = structure.units ?? [];
    const chart = structure.chart;
    const chartSrc = safeUrl(chart?.src, this.dataController.baseUrl);
    const branches = units.some((unit) => unit.children?.length);
    return html`${
      branches
        ? html`<p class="toggles">
          <button type="button" class="secondary" @click=${() => this.expandAll()}>${this.t('expand-all')}</button>
          <button type="button" class="secondary" @click=${() => this.collapseAll()}>${this.t('collapse-all')}</button>
        </p>`
        : nothing
    }
    ${units.length ? this.renderUnits(units, 0) : nothing}
    ${chartSrc?.startsWith('http') ? this.renderChart(chart!, chartSrc) : nothing}`;
  }

  /** With its pixel size, the picture's room is kept before it arrives (Lighthouse read a 0.018 shift without). */
  private renderChart(chart: NonNullable<NonNullable<Data['structure']>['chart']>, src: string) {
    return html`<p>${picture('chart', src, this.text(chart.alt), chart)}</p>`;
  }

  /**
   * Nested lists; a unit with units under it is a native disclosure (`details`), so the
   * keyboard, the expanded state and the nesting level come from the browser. The top two
   * levels start open.
   */
  private renderUnits(units: OrgUnit[], depth: number): TemplateResult {
    return html`<ul part=${depth ? nothing : 'tree'} class=${depth ? nothing : 'tree'}>
      ${units.map((unit) => {
        const label = html`<span class="unit">${this.text(unit.name)}</span>${unit.head ? html` <span class="meta">${this.text(unit.head)}</span>` : nothing}`;
        return html`<li>${
          unit.children?.length
            ? html`<details ?open=${depth < 1}><summary>${label}</summary>${this.renderUnits(unit.children, depth + 1)}</details>`
            : html`<p>${label}</p>`
        }</li>`;
      })}
    </ul>`;
  }

  /** The number as written, with "ต่อ" read as "ext." in English and Thai digits when asked. */
  private phoneText(phone: string): string {
    return digitsIn(this.lang === 'en' ? phone.replace('ต่อ', 'ext.') : phone, this.numerals);
  }

  private renderPerson(person: ProfileExecutive) {
    const name = this.text(person.name);
    const photo = safeUrl(person.photo?.src, this.dataController.baseUrl);
    const alt = this.text(person.photo?.alt) || this.t('photo-alt', { name });
    return html`<li part="person" class="person">
      ${photo?.startsWith('http') ? html`<img src=${photo} alt=${alt} width="120" height="150" loading="lazy" />` : nothing}
      <div>
        <p class="name">${name}</p>
        <p>${this.text(person.position)}</p>
        ${person.from ? html`<p>${this.t('in-office')} ${this.date(person.from)} – ${person.to ? this.date(person.to) : this.t('present')}</p>` : nothing}
        ${person.phone ? html`<p>${this.t('phone')} ${link(telHref(person.phone), this.phoneText(person.phone))}</p>` : nothing}
        ${person.email ? html`<p>${this.t('email')} ${link(`mailto:${person.email}`, person.email)}</p>` : nothing}
      </div>
    </li>`;
  }
}
