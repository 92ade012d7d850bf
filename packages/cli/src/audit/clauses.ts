import { KNOWLEDGE_KINDS, LAW_KINDS, type ManifestContentType } from '@govkit-th/schemas';
import type { ElementSeen } from './seen.js';

type Text = { th: string; en: string };

/** One thing a clause asks for, and the content types (and test) that answer it. */
export interface Need {
  id: string;
  title: Text;
  types: ManifestContentType[];
  /** Beyond the type: what the element's entries must hold (laws, knowledge, OIA items). */
  test?: (element: ElementSeen) => boolean;
}

/** How a clause is judged: by content present, by records on all content, or by the province link. */
export type ClauseRule = 'content' | 'records' | 'province';

export interface Clause {
  id: string;
  title: Text;
  rule: ClauseRule;
  needs: Need[];
}

const need = (id: string, th: string, en: string, types: ManifestContentType[], test?: Need['test']): Need => ({
  id,
  title: { th, en },
  types,
  test,
});
const law = (element: ElementSeen) => element.kinds.some((kind) => (LAW_KINDS as readonly string[]).includes(kind));
const knowledge = (element: ElementSeen) =>
  element.kinds.some((kind) => (KNOWLEDGE_KINDS as readonly string[]).includes(kind));

/**
 * Sing Buri Provincial Order 1106/2561, clause by clause (shared/seed/README.md), with the
 * kit's content types and elements that answer each. Clauses 2.1, 3.1–3.3 and 4.2 are about
 * the province's and the agency's own work and are not seen on a site.
 */
export const CLAUSES: Clause[] = [
  {
    id: '1.1(1)',
    title: { th: 'ข้อมูลพื้นฐานของหน่วยงานและช่องทางติดต่อ', en: 'Agency information and contact channels' },
    rule: 'content',
    needs: [
      need(
        'profile',
        'ประวัติ วิสัยทัศน์ โครงสร้าง ผู้บริหาร อำนาจหน้าที่ แผนและงบประมาณ',
        'History, vision, structure, executives, duties, plans and budget',
        ['profile'],
      ),
      need('contact', 'ติดต่อเรา', 'Contact us', ['contact']),
    ],
  },
  {
    id: '1.1(2)',
    title: { th: 'กฎหมาย ระเบียบ ข้อบังคับที่เกี่ยวข้อง พร้อมแหล่งที่มา', en: 'Laws and regulations, with their source' },
    rule: 'content',
    needs: [need('laws', 'รายการกฎหมายและระเบียบ', 'List of laws and regulations', ['documents'], law)],
  },
  {
    id: '1.1(3)',
    title: { th: 'ผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)', en: 'Chief Information Officer (CIO)' },
    rule: 'content',
    needs: [need('cio', 'ข้อมูล CIO และช่องทางติดต่อ', 'The CIO and how to reach them', ['cio'])],
  },
  {
    id: '1.1(4)',
    title: { th: 'คลังความรู้ พร้อมแหล่งที่มาและวันที่', en: 'Knowledge base, with source and date' },
    rule: 'content',
    needs: [need('knowledge', 'ผลงาน บทความ สถิติ', 'Works, articles, statistics', ['documents'], knowledge)],
  },
  {
    id: '1.1(5)',
    title: { th: 'คำถามที่พบบ่อยและคำตอบ', en: 'Frequently asked questions' },
    rule: 'content',
    needs: [need('faq', 'คำถามที่พบบ่อย', 'FAQ', ['faq'])],
  },
  {
    id: '1.1(6)',
    title: { th: 'ลิงก์หน่วยงานที่เกี่ยวข้องและสื่อวิดีโอ', en: 'Links to related agencies and videos' },
    rule: 'content',
    needs: [need('links', 'ลิงก์หน่วยงานหรือแบนเนอร์', 'Links or banners', ['links', 'banners'])],
  },
  {
    id: '1.1(7)',
    title: { th: 'แผนผังเว็บไซต์', en: 'Site map' },
    rule: 'content',
    needs: [need('sitemap', 'แผนผังเว็บไซต์', 'Site map', ['sitemap'])],
  },
  {
    id: '1.2(1)',
    title: {
      th: 'ข้อมูลข่าวสารตามมาตรา 7 และมาตรา 9 พ.ร.บ.ข้อมูลข่าวสารฯ',
      en: 'Official information under sections 7 and 9 of the Act',
    },
    rule: 'content',
    needs: [
      need(
        'oia',
        'เอกสารที่ระบุมาตราของ พ.ร.บ.ข้อมูลข่าวสารฯ',
        'Documents naming their section of the Act',
        ['documents'],
        (element) => element.oia,
      ),
    ],
  },
  {
    id: '1.2(2)',
    title: { th: 'ข้อมูลเปิดภาครัฐ', en: 'Open government data' },
    rule: 'content',
    needs: [need('openData', 'ชุดข้อมูลเปิด', 'Open datasets', ['openData'])],
  },
  {
    id: '1.3(1)',
    title: { th: 'คู่มือสำหรับประชาชน พร้อมระยะเวลาแต่ละขั้นตอน', en: 'Citizens’ manual, with the time of each step' },
    rule: 'content',
    needs: [need('serviceGuide', 'คู่มือสำหรับประชาชน', 'Citizens’ manual', ['serviceGuide'])],
  },
  {
    id: '1.3(2)',
    title: { th: 'บริการอิเล็กทรอนิกส์ (e-Service)', en: 'e-Services' },
    rule: 'content',
    needs: [need('services', 'รายการบริการออนไลน์', 'Online services', ['services'])],
  },
  {
    id: '1.3(3)',
    title: {
      th: 'แบบฟอร์มออนไลน์ กรอกได้บนเว็บ พิมพ์หรือบันทึกได้',
      en: 'Online forms, filled in on the page, printed or saved',
    },
    rule: 'content',
    needs: [need('eforms', 'แบบฟอร์มออนไลน์', 'Online form', ['eforms'])],
  },
  {
    id: '1.4(1)',
    title: { th: 'ข่าวประชาสัมพันธ์และปฏิทินกิจกรรม พร้อมวันที่เผยแพร่', en: 'News and activity calendar, with dates' },
    rule: 'content',
    needs: [
      need('news', 'ข่าวประชาสัมพันธ์', 'News', ['news']),
      need('calendar', 'ปฏิทินกิจกรรม', 'Activity calendar', ['calendar']),
    ],
  },
  {
    id: '1.4(2)',
    title: { th: 'ถาม-ตอบ และการแจ้งเตือนประชาชน', en: 'Questions and answers, and alerts to the public' },
    rule: 'content',
    needs: [
      need('questions', 'กระดานถาม-ตอบ', 'Q&A board', ['questions']),
      need('alerts', 'ประกาศแจ้งเตือน', 'Alerts', ['alerts']),
    ],
  },
  {
    id: '1.4(3)',
    title: { th: 'ช่องทางรับฟังความคิดเห็น', en: 'A channel for opinions' },
    rule: 'content',
    needs: [need('opinion', 'กล่องรับฟังความคิดเห็น', 'Opinion box', ['opinion'])],
  },
  {
    id: '2.2',
    title: { th: 'เชื่อมโยงกับเว็บไซต์จังหวัด', en: 'Linked with the province site' },
    rule: 'province',
    needs: [
      need('province', 'ลิงก์ไปเว็บไซต์จังหวัด', 'A link to the province site', ['banners'], (element) =>
        Boolean(element.provinceLink),
      ),
    ],
  },
  {
    id: '3',
    title: {
      th: 'บันทึกการเผยแพร่ (ผู้รายงาน ผู้อนุมัติ วันที่) ของทุกเนื้อหา',
      en: 'Publication record (reporter, approver, dates) on every content',
    },
    rule: 'records',
    needs: [],
  },
  {
    id: '3.4',
    title: { th: 'แบนเนอร์ลิงก์สำคัญเชื่อมกับเว็บไซต์จังหวัด', en: 'Banners (key links) to the province site' },
    rule: 'content',
    needs: [need('banners', 'แถบแบนเนอร์', 'Banner strip', ['banners'])],
  },
  {
    id: '4',
    title: {
      th: 'ประกาศเร่งด่วนผ่านการกลั่นกรองของผู้ว่าราชการจังหวัดหรือ CIO จังหวัด',
      en: 'Urgent notices screened by the Governor or the province CIO',
    },
    rule: 'content',
    needs: [
      need(
        'screening',
        'ประกาศที่มีบันทึกการกลั่นกรอง',
        'Notices with a screening record',
        ['alerts'],
        (element) => element.unscreened === 0,
      ),
    ],
  },
];

/** The content types that are information (clause 3); forms and alerts have their own rules. */
export const RECORDED_TYPES: ManifestContentType[] = [
  'contact',
  'profile',
  'cio',
  'faq',
  'news',
  'documents',
  'openData',
  'services',
  'serviceGuide',
  'calendar',
  'questions',
  'links',
  'banners',
  'sitemap',
];
