import { common, SCHEMA_BASE, type FromKitSchema } from './common.js';
import { DOCUMENT_KINDS, LAW_KINDS, type DocumentKind } from './document-kinds.js';
import { MANIFEST_CONTENT, type ManifestContentType } from './manifest.js';
import { ITA_YEARS, type ItaYear } from './ita-years.js';

/**
 * The ITA's OIT items (แบบตรวจการเปิดเผยข้อมูลสาธารณะ) for each assessment year, as data.
 *
 * No primary NACC manual for these years was in the sources found, so every item says how
 * sure its wording is: `confirmed` is true only where the wording was seen verbatim in a
 * cited source (`shared/reference/ita-oia-citizens-manual.md`, §1). The list changes every
 * year; a page replaces it with its own `ita-items.json` (`itaItemsSchema`).
 *
 * `contentTypes` and `documentKinds` say which of the kit's content can serve an item
 * without a tag: the agency's contact document serves the contact item, a procurement plan
 * serves the procurement item. Anything else is found from the `ita` tags of documents and
 * pages.
 */

export { ITA_YEARS, type ItaYear };

/** Thai and English side by side. */
interface Words {
  th: string;
  en: string;
}

/** One OIT item of one year. */
export interface ItaItem {
  /** Its number in that year's list: "O1". */
  id: string;
  title: Words;
  /** The indicator group it belongs to, where the year's grouping is known. */
  group?: Words;
  /** Content types whose document serves this item (the manifest's names). */
  contentTypes?: ManifestContentType[];
  /** Kinds of document that serve this item without a tag. */
  documentKinds?: DocumentKind[];
  /** False where the wording was not seen verbatim in a cited source. */
  confirmed: boolean;
}

type Row = [
  id: string,
  th: string,
  en: string,
  confirmed: boolean,
  serves?: Pick<ItaItem, 'contentTypes' | 'documentKinds'>,
];

function items(rows: Row[], groups: Array<[upTo: number, th: string, en: string]> = []): ItaItem[] {
  return rows.map(([id, th, en, confirmed, serves], index) => {
    const group = groups.find(([upTo]) => index + 1 <= upTo);
    return { id, title: { th, en }, ...(group ? { group: { th: group[1], en: group[2] } } : {}), ...serves, confirmed };
  });
}

const profile: Row[4] = { contentTypes: ['profile'] };

/**
 * ITA 2568 (fiscal year 2025), the generic NACC list of 26 items. Titles O1, O3, O4 and
 * O8–O24 were seen verbatim on an agency's ITA page (S1); O2 is named by consistency, O5 from
 * the 2569 list, O6 and O7 inferred from school and OVEC labels, O25 and O26 seen only in a
 * ministry's wording. The indicator grouping of 2568 is not confirmed, so none is given.
 */
const ITA_2568 = items([
  ['O1', 'โครงสร้างและอำนาจหน้าที่', 'Structure, powers and duties', true, profile],
  ['O2', 'ข้อมูลผู้บริหาร', 'Executives', false, profile],
  ['O3', 'ข้อมูลการติดต่อ', 'Contact information', true, { contentTypes: ['contact'] }],
  ['O4', 'ข่าวประชาสัมพันธ์', 'News and public relations', true, { contentTypes: ['news'] }],
  ['O5', 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', 'Strategic or development plan', false, profile],
  [
    'O6',
    'แผนและความก้าวหน้าในการดำเนินงานและการใช้งบประมาณประจำปี',
    'Annual operation and budget plan, and its progress',
    false,
  ],
  ['O7', 'รายงานผลการดำเนินงานประจำปี', 'Annual performance report', false],
  ['O8', 'คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่', 'Staff work manuals or guidelines', true],
  [
    'O9',
    'คู่มือหรือแนวทางการขอรับบริการสำหรับผู้รับบริการหรือผู้มาติดต่อ',
    'Service manuals or guides for the public',
    true,
    { contentTypes: ['serviceGuide'] },
  ],
  ['O10', 'E–Service', 'E-services', true, { contentTypes: ['services', 'eforms'] }],
  ['O11', 'ข้อมูลสถิติการให้บริการ', 'Service statistics', true],
  [
    'O12',
    'รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ และความก้าวหน้าการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ',
    'Procurement list and procurement progress',
    true,
    { documentKinds: ['procurement-plan', 'procurement-summary'] },
  ],
  ['O13', 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', 'Annual procurement report', true],
  [
    'O14',
    'แผนการบริหารและพัฒนาทรัพยากรบุคคล (ประจำปีงบประมาณ)',
    'Human resources management and development plan (fiscal year)',
    true,
  ],
  ['O15', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'Annual human resources report', true],
  ['O16', 'ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม', 'Code of ethics and putting it into practice', true],
  [
    'O17',
    'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
    'Guidelines for handling corruption and misconduct complaints',
    true,
  ],
  ['O18', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 'Channels for corruption and misconduct complaints', true],
  [
    'O19',
    'ข้อมูลสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (ประจำปี)',
    'Corruption and misconduct complaint statistics (annual)',
    true,
  ],
  ['O20', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', 'Opening the work to public participation', true],
  [
    'O21',
    'ประกาศเจตนารมณ์และการสร้างวัฒนธรรม ตามนโยบาย No Gift Policy จากการปฏิบัติหน้าที่',
    'No Gift Policy: declaration and building the culture',
    true,
  ],
  ['O22', 'รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา', 'Report of gifts or benefits received by custom', true],
  [
    'O23',
    'การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบนจากการดำเนินงานตามภารกิจของหน่วยงาน (ประจำปี)',
    "Assessment of the risk of bribes in the agency's work (annual)",
    true,
  ],
  [
    'O24',
    'รายงานผลการดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี',
    'Annual report on managing corruption and misconduct risks',
    true,
  ],
  ['O25', 'แผนปฏิบัติการป้องกันการทุจริต', 'Anti-corruption action plan', false],
  ['O26', 'รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต', 'Report on the anti-corruption action plan', false],
]);

/**
 * ITA 2566 (fiscal year 2023), 43 items. The reference (§1) holds no source for this list:
 * it is rebuilt from agencies' and schools' ITA pages that copied its headings, so no item is
 * confirmed. 2567 kept the same 43-item frame as far as those pages show; the same list is
 * shipped for it, unconfirmed too. A search of the stored public copies on 2 December 2026 for
 * the NACC's own wording (itas.nacc.go.th, nacc.go.th, the yearly manuals 2566–2568) found only
 * secondary copies; what was searched is in the package README ("ITA item lists").
 */
const ITA_2566 = items(
  [
    ['O1', 'โครงสร้าง', 'Structure', false, profile],
    ['O2', 'ข้อมูลผู้บริหาร', 'Executives', false, profile],
    ['O3', 'อำนาจหน้าที่', 'Powers and duties', false, profile],
    ['O4', 'แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน', 'Strategic or development plan', false, profile],
    ['O5', 'ข้อมูลการติดต่อ', 'Contact information', false, { contentTypes: ['contact'] }],
    ['O6', 'กฎหมายที่เกี่ยวข้อง', 'Relevant laws', false, { documentKinds: [...LAW_KINDS] }],
    ['O7', 'ข่าวประชาสัมพันธ์', 'News and public relations', false, { contentTypes: ['news'] }],
    ['O8', 'Q&A', 'Questions and answers', false, { contentTypes: ['questions'] }],
    ['O9', 'Social Network', 'Social networks', false],
    ['O10', 'นโยบายคุ้มครองข้อมูลส่วนบุคคล', 'Personal data protection policy', false],
    ['O11', 'แผนดำเนินงานและการใช้งบประมาณประจำปี', 'Annual operation and budget plan', false],
    [
      'O12',
      'รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ ประจำปี รอบ 6 เดือน',
      'Six-month monitoring report on operations and budget',
      false,
    ],
    ['O13', 'รายงานผลการดำเนินงานประจำปี', 'Annual performance report', false],
    ['O14', 'คู่มือหรือมาตรฐานการปฏิบัติงาน', 'Work manuals or standards', false],
    ['O15', 'คู่มือหรือมาตรฐานการให้บริการ', 'Service manuals or standards', false, { contentTypes: ['serviceGuide'] }],
    ['O16', 'ข้อมูลเชิงสถิติการให้บริการ', 'Service statistics', false],
    ['O17', 'รายงานผลการสำรวจความพึงพอใจการให้บริการ', 'Service satisfaction survey report', false],
    ['O18', 'E–Service', 'E-services', false, { contentTypes: ['services', 'eforms'] }],
    ['O19', 'แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ', 'Procurement plan', false, { documentKinds: ['procurement-plan'] }],
    ['O20', 'ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', 'Procurement announcements', false],
    [
      'O21',
      'สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน',
      'Monthly procurement summaries',
      false,
      { documentKinds: ['procurement-summary'] },
    ],
    ['O22', 'รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี', 'Annual procurement report', false],
    ['O23', 'นโยบายการบริหารทรัพยากรบุคคล', 'Human resources policy', false],
    ['O24', 'การดำเนินการตามนโยบายการบริหารทรัพยากรบุคคล', 'Carrying out the human resources policy', false],
    ['O25', 'หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล', 'Rules for managing and developing staff', false],
    ['O26', 'รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี', 'Annual human resources report', false],
    [
      'O27',
      'แนวปฏิบัติการจัดการเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
      'Guidelines for handling corruption and misconduct complaints',
      false,
    ],
    ['O28', 'ช่องทางแจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 'Channels for corruption and misconduct complaints', false],
    ['O29', 'ข้อมูลเชิงสถิติเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ', 'Corruption and misconduct complaint statistics', false],
    ['O30', 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', 'Opening the work to public participation', false],
    ['O31', 'ประกาศเจตนารมณ์นโยบาย No Gift Policy จากการปฏิบัติหน้าที่', 'No Gift Policy declaration', false],
    ['O32', 'การสร้างวัฒนธรรม No Gift Policy', 'Building a No Gift culture', false],
    ['O33', 'รายงานผลตามนโยบาย No Gift Policy', 'No Gift Policy report', false],
    ['O34', 'การประเมินความเสี่ยงการทุจริตและประพฤติมิชอบประจำปี', 'Annual corruption risk assessment', false],
    ['O35', 'การดำเนินการเพื่อจัดการความเสี่ยงการทุจริตและประพฤติมิชอบ', 'Managing corruption and misconduct risks', false],
    ['O36', 'แผนปฏิบัติการป้องกันการทุจริต', 'Anti-corruption action plan', false],
    [
      'O37',
      'รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริตประจำปี รอบ 6 เดือน',
      'Six-month monitoring report on corruption prevention',
      false,
    ],
    ['O38', 'รายงานผลการดำเนินการป้องกันการทุจริตประจำปี', 'Annual corruption prevention report', false],
    ['O39', 'ประมวลจริยธรรมสำหรับเจ้าหน้าที่ของรัฐ', 'Code of ethics for state officials', false],
    ['O40', 'การขับเคลื่อนจริยธรรม', 'Putting the code of ethics into practice', false],
    ['O41', 'การประเมินจริยธรรมเจ้าหน้าที่ของรัฐ', 'Ethics assessment of state officials', false],
    ['O42', 'มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน', 'Internal measures for integrity and transparency', false],
    [
      'O43',
      'การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน',
      'Carrying out the integrity and transparency measures',
      false,
    ],
  ],
  [
    [6, 'ข้อมูลพื้นฐาน', 'Basic information'],
    [7, 'การประชาสัมพันธ์', 'Public relations'],
    [10, 'การปฏิสัมพันธ์ข้อมูล', 'Interaction'],
    [13, 'แผนดำเนินงานและการใช้งบประมาณ', 'Operation and budget plans'],
    [14, 'การปฏิบัติงาน', 'Work'],
    [18, 'การให้บริการ', 'Services'],
    [22, 'การจัดซื้อจัดจ้างหรือการจัดหาพัสดุ', 'Procurement'],
    [26, 'การบริหารและพัฒนาทรัพยากรบุคคล', 'Human resources'],
    [29, 'การจัดการเรื่องร้องเรียนการทุจริต', 'Corruption complaints'],
    [30, 'การเปิดโอกาสให้เกิดการมีส่วนร่วม', 'Participation'],
    [38, 'การป้องกันการทุจริต', 'Preventing corruption'],
    [43, 'มาตรการส่งเสริมคุณธรรมและความโปร่งใส', 'Integrity and transparency measures'],
  ],
);

/** The shipped lists, per assessment year (Buddhist era). */
export const ITA_ITEMS: Record<ItaYear, readonly ItaItem[]> = {
  2566: ITA_2566,
  2567: ITA_2566,
  2568: ITA_2568,
};

/** The shipped list of one assessment year; `undefined` for a year the kit has no list for. */
export function itaItemsFor(year: number): readonly ItaItem[] | undefined {
  return (ITA_ITEMS as Record<number, readonly ItaItem[] | undefined>)[year];
}

const itemId = { type: 'string', pattern: '^O[0-9]{1,2}$' } as const;

/**
 * A page-supplied list of OIT items (`ita-items.json`, the `items-src` of `gov-ita-index`),
 * for a year the kit has no list for or whose list changed.
 */
export const itaItemsSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: `${SCHEMA_BASE}ita-items.json`,
  title: 'ITA OIT items of one assessment year',
  type: 'object',
  required: ['items'],
  properties: {
    $schema: common('schemaLink'),
    year: { description: 'The assessment year, Buddhist era (2568).', type: 'integer', minimum: 2500, maximum: 2700 },
    source: { ...common('localizedText'), description: 'Where the list comes from (the NACC manual of the year).' },
    items: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['id', 'title'],
        properties: {
          id: { ...itemId, description: 'Its number in the year\'s list: "O1".' },
          title: common('localizedText'),
          group: { ...common('localizedText'), description: 'The indicator group, e.g. "9.1 ข้อมูลพื้นฐาน".' },
          contentTypes: {
            description: 'Content types of the manifest whose document serves this item.',
            type: 'array',
            uniqueItems: true,
            items: { enum: Object.keys(MANIFEST_CONTENT) as ManifestContentType[] },
          },
          documentKinds: {
            description: 'Kinds of document that serve this item without an `ita` tag.',
            type: 'array',
            uniqueItems: true,
            items: { enum: DOCUMENT_KINDS },
          },
          confirmed: { description: 'False where the wording is not confirmed.', type: 'boolean' },
        },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
} as const;

export type ItaItemsData = FromKitSchema<typeof itaItemsSchema>;
export type ItaListItem = ItaItemsData['items'][number];
