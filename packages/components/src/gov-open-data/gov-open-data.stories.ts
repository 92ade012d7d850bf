import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { OpenDataCatalogue } from '@govkit-th/schemas';
import './define.js';
import type { GovOpenData } from './gov-open-data.js';

/** The test fixtures, served by Storybook at /fixtures/. */
const FILES = '/fixtures/gov-open-data/';

const licence = {
  title: {
    th: 'สัญญาอนุญาตเปิดข้อมูลภาครัฐ (Open Government Licence - Thailand)',
    en: 'Open Government Licence - Thailand',
  },
  url: 'https://data.go.th/pages/open-government-licence-thailand',
};

const catalogue: OpenDataCatalogue = {
  title: { th: 'ข้อมูลเปิดสำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office open data' },
  publisher: { th: 'สำนักงานจังหวัดสิงห์บุรี', en: 'Sing Buri Provincial Office' },
  datasets: [
    {
      id: 'population-2569',
      title: { th: 'จำนวนประชากรรายอำเภอ จังหวัดสิงห์บุรี ปี 2569', en: 'Population by district, Sing Buri, 2026' },
      description: {
        th: 'จำนวนประชากรชาย หญิง และจำนวนบ้าน แยกรายอำเภอ จากทะเบียนราษฎร ณ 31 ธันวาคม 2568',
        en: 'Men, women and households by district, from the civil registry as of 31 December 2025.',
      },
      licence,
      frequency: 'annual',
      issued: '2026-01-15',
      modified: '2026-01-15',
      category: { th: 'ประชากรและสังคม', en: 'Population and society' },
      keywords: [
        { th: 'ประชากร', en: 'population' },
        { th: 'อำเภอ', en: 'districts' },
      ],
      resources: [
        {
          title: { th: 'ประชากรรายอำเภอ (CSV, TIS-620)', en: 'Population by district (CSV, TIS-620)' },
          url: `${FILES}population-2569-tis620.csv`,
          format: 'CSV',
          size: 352,
          encoding: 'TIS-620',
        },
        {
          title: { th: 'ประชากรรายอำเภอ (CSV, UTF-8)', en: 'Population by district (CSV, UTF-8)' },
          url: `${FILES}population-2569.csv`,
          format: 'CSV',
          size: 539,
        },
      ],
    },
    {
      id: 'offices',
      title: { th: 'ที่ตั้งหน่วยงานและจุดบริการ', en: 'Offices and service points' },
      frequency: 'irregular',
      modified: '2026-11-02',
      licence: { title: 'CC-BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      resources: [
        {
          title: { th: 'จุดบริการ (KML)', en: 'Service points (KML)' },
          url: `${FILES}offices.kml`,
          format: 'KML',
          size: 2830,
        },
      ],
    },
    {
      id: 'budget-2570',
      title: { th: 'งบประมาณรายจ่ายประจำปี พ.ศ. 2570', en: 'Annual budget, fiscal year 2027' },
      frequency: 'annual',
      resources: [
        {
          title: { th: 'งบประมาณตามแผนงาน (JSON)', en: 'Budget by plan (JSON)' },
          url: `${FILES}budget-2570.json`,
          format: 'JSON',
          size: 1348,
        },
        { title: 'ไฟล์ที่เสีย (CSV)', url: `${FILES}broken.csv`, format: 'CSV', size: 202 },
      ],
    },
  ],
};

const longThai =
  'ข้อมูลจำนวนประชากรและจำนวนบ้านรายตำบลของจังหวัดสิงห์บุรีที่รวบรวมจากทะเบียนราษฎรของที่ว่าการอำเภอทุกอำเภอเพื่อใช้ประกอบการวางแผนพัฒนาจังหวัดและการจัดสรรงบประมาณด้านสาธารณสุขการศึกษาและโครงสร้างพื้นฐานประจำปีงบประมาณ';

interface Args {
  lang: 'th' | 'en';
  numerals: 'latin' | 'thai';
  src?: string;
  data?: OpenDataCatalogue;
  width?: number;
}

/** Waits for the catalogue, then presses the preview button of file `index` (in page order). */
async function openPreview(canvas: HTMLElement, index: number): Promise<GovOpenData> {
  const element = canvas.querySelector('gov-open-data')!;
  await element.whenSettled();
  const button = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=preview-button]')[index];
  await element.togglePreview(
    button.closest('article')!.id,
    Number(button.getAttribute('aria-controls')!.split('-').pop()),
  );
  return element;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-open-data',
  component: 'gov-open-data',
  args: { lang: 'th', numerals: 'latin', data: catalogue },
  argTypes: {
    lang: { control: 'inline-radio', options: ['th', 'en'] },
    numerals: { control: 'inline-radio', options: ['latin', 'thai'] },
  },
  render: ({ lang, numerals, src, data, width }) => html`<div lang=${lang} class=${width ? `width-${width}` : ''}>
    <gov-open-data numerals=${numerals} src=${src ?? ''} .data=${src ? undefined : data}>
      <p>ดาวน์โหลดข้อมูลเปิดของจังหวัดสิงห์บุรีได้ที่ศูนย์ข้อมูลข่าวสาร โทร 0 3650 7100</p>
    </gov-open-data>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Ready: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const ThaiDigits: Story = { args: { numerals: 'thai' } };
export const FromSrc: Story = { args: { src: '/fixtures/gov-open-data/catalogue.json' } };
/** Before data arrives, the page's fallback content stays visible under a status line. */
export const Loading: Story = { args: { data: undefined } };
export const Empty: Story = { args: { data: { datasets: [] } } };
/** A missing file: a localised reason, a retry button and the fallback content. */
export const Error: Story = { args: { src: '/fixtures/gov-open-data/does-not-exist.json' } };
export const Invalid: Story = {
  args: { data: { datasets: [{ id: 'bad id', title: '', resources: [] }] } as unknown as OpenDataCatalogue },
};
export const LongThaiText: Story = {
  args: {
    data: {
      datasets: [
        {
          id: 'long',
          title: longThai,
          description: longThai,
          resources: [{ title: longThai, url: `${FILES}population-2569.csv`, format: 'CSV', size: 539 }],
        },
      ],
    },
  },
};
export const Narrow320: Story = {
  args: { width: 320 },
  decorators: [(story) => html`<style>.width-320 { max-width: 320px; border: 1px dashed #999; }</style>${story()}`],
};
/** A TIS-620 CSV previewed as a table of its first rows, in Thai. */
export const PreviewCsvTis620: Story = {
  play: async ({ canvasElement }) => {
    await openPreview(canvasElement, 0);
  },
};
/** The same table sorted by the total, largest first (numbers sort as numbers). */
export const PreviewSorted: Story = {
  play: async ({ canvasElement }) => {
    const element = await openPreview(canvasElement, 1);
    const total = () => element.shadowRoot!.querySelectorAll<HTMLButtonElement>('th button')[4];
    total().click();
    await element.updateComplete;
    total().click();
  },
};
/** A KML file previewed as a list of places. */
export const PreviewKml: Story = {
  play: async ({ canvasElement }) => {
    await openPreview(canvasElement, 2);
  },
};
export const PreviewJson: Story = {
  play: async ({ canvasElement }) => {
    await openPreview(canvasElement, 3);
  },
};
/** A malformed file: a message in place of the preview; the download link stays. */
export const PreviewMalformed: Story = {
  play: async ({ canvasElement }) => {
    await openPreview(canvasElement, 4);
  },
};
/** A file that never answers (this story holds its request open): the preview's loading line. */
const NEVER = `${FILES}never-answers.csv`;
export const PreviewWaiting: Story = {
  args: {
    data: {
      datasets: [{ id: 'slow', title: 'ชุดข้อมูล', resources: [{ title: 'ไฟล์ที่โหลดช้า', url: NEVER, format: 'CSV' }] }],
    },
  },
  play: async ({ canvasElement }) => {
    const original = window.fetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input).endsWith(NEVER) ? new Promise<Response>(() => undefined) : original(input, init)) as typeof fetch;
    const element = canvasElement.querySelector('gov-open-data')!;
    await element.whenSettled();
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part=preview-button]')!.click();
  },
};
