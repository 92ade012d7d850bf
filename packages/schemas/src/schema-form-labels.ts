/**
 * Thai and English labels for the staff forms generated from the content schemas
 * (`schema-form.ts`). The schemas speak English to developers; staff read these.
 *
 * One mechanism, label maps: `propertyLabels` names a property wherever it appears (a
 * `url` is a web address in every schema), and `schemaLabels` overrides it by path in one
 * schema where the same name means something else (`items` of the FAQ are its questions).
 * A path is the property names from the document's root, array levels left out:
 * `items/attachments/title`. Kept out of the schemas so their published JSON stays lean
 * and the labels load only with the generator.
 */

export interface FieldLabel {
  th: string;
  en: string;
  hint?: { th: string; en: string };
  /** Several lines of text (a textarea). */
  long?: boolean;
  /** HTML the element sanitises and shows as markup: a rich-text field. */
  html?: boolean;
  /** The heading of one item of a list; `{n}` is its number. */
  item?: { th: string; en: string };
  /** Edited as its JSON text: a part whose keys are open (an e-form's JSON Schema for its answers). */
  json?: boolean;
}

export type LabelMap = Record<string, FieldLabel>;

const long = { long: true } as const;

/** Labels by property name, the same in every schema. */
export const propertyLabels: LabelMap = {
  id: {
    th: 'รหัสอ้างอิง',
    en: 'Reference ID',
    hint: {
      th: 'ตัวอักษรอังกฤษ ตัวเลข - หรือ _ ใช้เป็นลิงก์ตรงไปยังรายการนี้',
      en: 'Letters, digits, - or _: the link to this item',
    },
  },
  title: { th: 'ชื่อเรื่อง', en: 'Title' },
  name: { th: 'ชื่อ', en: 'Name' },
  description: { th: 'รายละเอียด', en: 'Description', ...long },
  summary: { th: 'สรุปย่อ', en: 'Summary', ...long },
  note: { th: 'หมายเหตุ', en: 'Note', ...long },
  detail: { th: 'รายละเอียด', en: 'Details', ...long },
  url: { th: 'ที่อยู่เว็บ (URL)', en: 'Web address (URL)' },
  href: { th: 'ลิงก์ (URL)', en: 'Link (URL)' },
  src: { th: 'ไฟล์ภาพ (URL)', en: 'Image file (URL)' },
  alt: {
    th: 'คำบรรยายภาพ',
    en: 'Alternative text',
    hint: { th: 'บอกว่าภาพแสดงอะไร สำหรับผู้ที่มองไม่เห็นภาพ', en: 'What the picture shows, for people who cannot see it' },
  },
  image: { th: 'ภาพ', en: 'Picture' },
  photo: { th: 'ภาพถ่าย', en: 'Photo' },
  thumbnail: { th: 'ภาพย่อ', en: 'Thumbnail' },
  width: { th: 'ความกว้าง (พิกเซล)', en: 'Width (pixels)' },
  height: { th: 'ความสูง (พิกเซล)', en: 'Height (pixels)' },
  category: { th: 'หมวดหมู่', en: 'Category' },
  date: { th: 'วันที่', en: 'Date' },
  publishedAt: {
    th: 'วันที่เผยแพร่',
    en: 'Published on',
    hint: {
      th: 'ปี ค.ศ.-เดือน-วัน เช่น 2026-05-16 อาจมีเวลาต่อท้าย',
      en: 'Year-month-day, e.g. 2026-05-16, a time may follow',
    },
  },
  updatedAt: {
    th: 'วันที่ปรับปรุง',
    en: 'Updated on',
    hint: {
      th: 'ปี ค.ศ.-เดือน-วัน เช่น 2026-05-16 อาจมีเวลาต่อท้าย',
      en: 'Year-month-day, e.g. 2026-05-16, a time may follow',
    },
  },
  issuedAt: { th: 'เวลาที่ออกประกาศ', en: 'Issued at' },
  expiresAt: { th: 'เวลาที่สิ้นสุด', en: 'Expires at' },
  startsAt: { th: 'เริ่มแสดง', en: 'Shown from' },
  endsAt: { th: 'สิ้นสุดการแสดง', en: 'Shown until' },
  start: { th: 'เริ่ม', en: 'Starts' },
  end: { th: 'สิ้นสุด', en: 'Ends' },
  from: { th: 'วันที่เริ่มดำรงตำแหน่ง', en: 'In office from' },
  to: { th: 'วันที่พ้นจากตำแหน่ง', en: 'In office until' },
  issued: { th: 'วันที่เผยแพร่ครั้งแรก', en: 'First issued' },
  modified: { th: 'วันที่ปรับปรุงล่าสุด', en: 'Last modified' },
  type: {
    th: 'ชนิดไฟล์',
    en: 'File type',
    hint: { th: 'เช่น pdf หรือ application/pdf', en: 'E.g. pdf or application/pdf' },
  },
  size: { th: 'ขนาด (ไบต์)', en: 'Size (bytes)' },
  format: { th: 'รูปแบบไฟล์', en: 'Format' },
  encoding: { th: 'การเข้ารหัสอักขระ', en: 'Character encoding' },
  language: { th: 'ภาษา', en: 'Language' },
  version: { th: 'ฉบับที่', en: 'Version' },
  severity: { th: 'ระดับความรุนแรง', en: 'Severity' },
  area: { th: 'พื้นที่', en: 'Area' },
  instructions: { th: 'คำแนะนำสำหรับประชาชน', en: 'Instructions', ...long },
  screening: { th: 'การกลั่นกรอง', en: 'Screening' },
  by: { th: 'ผู้กลั่นกรอง', en: 'Screened by' },
  at: { th: 'เวลาที่กลั่นกรอง', en: 'Screened at' },
  province: { th: 'จังหวัด', en: 'Province' },
  position: { th: 'ตำแหน่ง', en: 'Position' },
  agency: { th: 'หน่วยงาน', en: 'Agency' },
  phone: { th: 'โทรศัพท์', en: 'Phone' },
  phones: { th: 'หมายเลขโทรศัพท์', en: 'Phone numbers', item: { th: 'หมายเลขที่ {n}', en: 'Number {n}' } },
  number: { th: 'เลขที่', en: 'Number' },
  label: { th: 'คำอธิบาย', en: 'Label' },
  email: { th: 'อีเมล', en: 'Email' },
  emails: { th: 'อีเมล', en: 'Email addresses', hint: { th: 'บรรทัดละหนึ่งอีเมล', en: 'One address per line' } },
  fax: { th: 'โทรสาร', en: 'Fax', hint: { th: 'บรรทัดละหนึ่งหมายเลข', en: 'One number per line' } },
  address: { th: 'ที่อยู่', en: 'Address' },
  line: { th: 'เลขที่ ถนน', en: 'Street address' },
  subdistrict: { th: 'ตำบล/แขวง', en: 'Subdistrict' },
  district: { th: 'อำเภอ/เขต', en: 'District' },
  postcode: { th: 'รหัสไปรษณีย์', en: 'Postcode' },
  website: { th: 'เว็บไซต์', en: 'Website' },
  officeHours: { th: 'เวลาทำการ', en: 'Office hours' },
  socials: { th: 'สื่อสังคมออนไลน์', en: 'Social media', item: { th: 'บัญชีที่ {n}', en: 'Account {n}' } },
  platform: { th: 'แพลตฟอร์ม', en: 'Platform' },
  map: { th: 'พิกัดแผนที่', en: 'Map position' },
  lat: { th: 'ละติจูด', en: 'Latitude' },
  lng: { th: 'ลองจิจูด', en: 'Longitude' },
  responsibilities: { th: 'หน้าที่ความรับผิดชอบ', en: 'Responsibilities', item: { th: 'ข้อที่ {n}', en: 'Item {n}' } },
  itPolicy: { th: 'นโยบายด้านเทคโนโลยีสารสนเทศ', en: 'IT policy' },
  place: { th: 'สถานที่', en: 'Place' },
  kind: { th: 'ประเภทเอกสาร', en: 'Kind of document' },
  fiscalYear: { th: 'ปีงบประมาณ (พ.ศ.)', en: 'Fiscal year (Buddhist era)' },
  source: { th: 'แหล่งที่มา', en: 'Source' },
  text: { th: 'แหล่งที่มา (ข้อความ)', en: 'Source (as text)' },
  oia: { th: 'พระราชบัญญัติข้อมูลข่าวสารของราชการ', en: 'Official Information Act' },
  section: { th: 'มาตรา', en: 'Section' },
  item: { th: 'อนุมาตรา', en: 'Item' },
  ita: { th: 'ตัวชี้วัด ITA', en: 'ITA items', hint: { th: 'บรรทัดละหนึ่งข้อ เช่น O12', en: 'One per line, e.g. O12' } },
  files: { th: 'ไฟล์', en: 'Files', item: { th: 'ไฟล์ที่ {n}', en: 'File {n}' } },
  attachments: { th: 'ไฟล์แนบ', en: 'Attachments', item: { th: 'ไฟล์แนบที่ {n}', en: 'Attachment {n}' } },
  children: { th: 'หัวข้อย่อย', en: 'Sub-entries', item: { th: 'หัวข้อย่อยที่ {n}', en: 'Sub-entry {n}' } },
  eligibility: { th: 'คุณสมบัติผู้ขอรับบริการ', en: 'Eligibility', ...long },
  legalBasis: { th: 'กฎหมายที่เกี่ยวข้อง', en: 'Legal basis', item: { th: 'ฉบับที่ {n}', en: 'Law {n}' } },
  channels: { th: 'ช่องทางการให้บริการ', en: 'Service channels', item: { th: 'ช่องทางที่ {n}', en: 'Channel {n}' } },
  channel: { th: 'ช่องทาง', en: 'Channel' },
  hours: { th: 'เวลาให้บริการ', en: 'Hours' },
  conditions: { th: 'หลักเกณฑ์และเงื่อนไข', en: 'Conditions', ...long },
  steps: { th: 'ขั้นตอนการให้บริการ', en: 'Steps', item: { th: 'ขั้นตอนที่ {n}', en: 'Step {n}' } },
  duration: { th: 'ระยะเวลา', en: 'Duration' },
  value: { th: 'จำนวน', en: 'Amount' },
  unit: { th: 'หน่วย', en: 'Unit' },
  responsible: { th: 'ผู้รับผิดชอบ', en: 'Responsible' },
  documents: { th: 'เอกสารที่ต้องใช้', en: 'Documents required', item: { th: 'เอกสารที่ {n}', en: 'Document {n}' } },
  issuedBy: { th: 'หน่วยงานที่ออกเอกสาร', en: 'Issued by' },
  originals: { th: 'ฉบับจริง (ฉบับ)', en: 'Originals' },
  copies: { th: 'สำเนา (ฉบับ)', en: 'Copies' },
  fees: { th: 'ค่าธรรมเนียม', en: 'Fees', item: { th: 'รายการที่ {n}', en: 'Fee {n}' } },
  amount: { th: 'จำนวนเงิน (บาท)', en: 'Amount (baht)' },
  complaints: { th: 'ช่องทางร้องเรียน', en: 'Complaints', item: { th: 'ช่องทางที่ {n}', en: 'Channel {n}' } },
  forms: { th: 'แบบฟอร์ม', en: 'Forms', item: { th: 'แบบฟอร์มที่ {n}', en: 'Form {n}' } },
  services: { th: 'บริการ', en: 'Services', item: { th: 'บริการที่ {n}', en: 'Service {n}' } },
  audience: { th: 'ผู้รับบริการ', en: 'Audience' },
  availability: { th: 'เวลาที่ใช้บริการได้', en: 'Availability' },
  required: { th: 'จำเป็นต้องใช้', en: 'Required' },
  publisher: { th: 'ผู้เผยแพร่', en: 'Publisher' },
  datasets: { th: 'ชุดข้อมูล', en: 'Datasets', item: { th: 'ชุดข้อมูลที่ {n}', en: 'Dataset {n}' } },
  licence: { th: 'สัญญาอนุญาต', en: 'Licence' },
  frequency: { th: 'ความถี่ในการปรับปรุง', en: 'Update frequency' },
  keywords: { th: 'คำสำคัญ', en: 'Keywords', hint: { th: 'บรรทัดละหนึ่งคำ', en: 'One per line' } },
  contactEmail: { th: 'อีเมลติดต่อ', en: 'Contact email' },
  resources: { th: 'ไฟล์ข้อมูล', en: 'Resources', item: { th: 'ไฟล์ที่ {n}', en: 'Resource {n}' } },
  groups: { th: 'หมวดลิงก์', en: 'Link groups', item: { th: 'หมวดที่ {n}', en: 'Group {n}' } },
  history: { th: 'ประวัติ', en: 'History', item: { th: 'ย่อหน้าที่ {n}', en: 'Paragraph {n}' }, ...long },
  vision: { th: 'วิสัยทัศน์', en: 'Vision', ...long },
  mission: { th: 'พันธกิจ', en: 'Mission', item: { th: 'ข้อที่ {n}', en: 'Item {n}' } },
  values: { th: 'ค่านิยม', en: 'Values', item: { th: 'ข้อที่ {n}', en: 'Item {n}' } },
  duties: { th: 'อำนาจหน้าที่', en: 'Powers and duties' },
  strategy: { th: 'ประเด็นยุทธศาสตร์', en: 'Strategic issues', item: { th: 'ข้อที่ {n}', en: 'Issue {n}' } },
  plans: { th: 'แผนยุทธศาสตร์และแผนปฏิบัติการ', en: 'Plans', item: { th: 'เอกสารที่ {n}', en: 'Document {n}' } },
  budget: { th: 'งบประมาณ', en: 'Budget' },
  total: { th: 'งบประมาณรวม (บาท)', en: 'Total (baht)' },
  parts: { th: 'รายการงบประมาณ', en: 'Budget lines', item: { th: 'รายการที่ {n}', en: 'Line {n}' } },
  document: { th: 'เอกสารงบประมาณ', en: 'Budget document' },
  performance: { th: 'ผลการดำเนินงาน', en: 'Performance', item: { th: 'เอกสารที่ {n}', en: 'Document {n}' } },
  structure: { th: 'โครงสร้างหน่วยงาน', en: 'Structure' },
  units: { th: 'หน่วยงานภายใน', en: 'Units', item: { th: 'หน่วยงานที่ {n}', en: 'Unit {n}' } },
  chart: { th: 'แผนภูมิโครงสร้าง', en: 'Organisation chart' },
  executives: { th: 'ผู้บริหาร', en: 'Executives', item: { th: 'ผู้บริหารคนที่ {n}', en: 'Executive {n}' } },
  head: { th: 'หัวหน้าหน่วยงาน', en: 'Head' },
  events: { th: 'กิจกรรม', en: 'Events', item: { th: 'กิจกรรมที่ {n}', en: 'Event {n}' } },
  alerts: { th: 'ประกาศเตือนภัย', en: 'Alerts', item: { th: 'ประกาศที่ {n}', en: 'Alert {n}' } },
  banners: { th: 'แบนเนอร์', en: 'Banners', item: { th: 'แบนเนอร์ที่ {n}', en: 'Banner {n}' } },
  items: { th: 'รายการ', en: 'Items', item: { th: 'รายการที่ {n}', en: 'Item {n}' } },
};

/** Per schema (by its file name), labels by path where a name means something else there. */
export const schemaLabels: Record<string, LabelMap> = {
  'faq.json': {
    title: { th: 'ชื่อหน้าคำถามที่พบบ่อย', en: 'Page title' },
    items: { th: 'คำถามที่พบบ่อย', en: 'Questions', item: { th: 'คำถามที่ {n}', en: 'Question {n}' } },
    'items/question': { th: 'คำถาม', en: 'Question' },
    'items/answer': { th: 'คำตอบ', en: 'Answer', html: true },
  },
  'news.json': {
    title: { th: 'ชื่อหน้าข่าว', en: 'Page title' },
    items: { th: 'ข่าว', en: 'News items', item: { th: 'ข่าวที่ {n}', en: 'News item {n}' } },
    'items/title': { th: 'หัวข้อข่าว', en: 'Headline' },
    'items/url': { th: 'ลิงก์ข่าวฉบับเต็ม', en: 'Full story (URL)' },
    'items/image/alt': {
      th: 'คำบรรยายภาพ',
      en: 'Alternative text',
      hint: { th: 'เว้นว่างเมื่อภาพเป็นเพียงการตกแต่ง', en: 'Leave empty for a decorative picture' },
    },
  },
  'documents.json': {
    items: { th: 'เอกสาร', en: 'Documents', item: { th: 'เอกสารที่ {n}', en: 'Document {n}' } },
    'items/number': { th: 'เลขที่เอกสาร', en: 'Document number' },
  },
  'sitemap.json': {
    items: { th: 'หมวดของเว็บไซต์', en: 'Sections', item: { th: 'หมวดที่ {n}', en: 'Section {n}' } },
  },
  'cio.json': {
    name: { th: 'ชื่อผู้บริหารเทคโนโลยีสารสนเทศระดับสูง (CIO)', en: 'CIO’s name' },
    agency: { th: 'หน่วยงาน', en: 'Agency' },
  },
  'contact.json': {
    name: { th: 'ชื่อหน่วยงาน', en: 'Agency name' },
    'phones/number': { th: 'หมายเลข', en: 'Number' },
  },
  'profile.json': {
    'duties/items': { th: 'อำนาจหน้าที่', en: 'Duties', item: { th: 'ข้อที่ {n}', en: 'Duty {n}' } },
    'budget/parts/title': { th: 'รายการ', en: 'Line' },
    'structure/units/name': { th: 'ชื่อหน่วยงาน', en: 'Unit name' },
  },
  'links.json': {
    'groups/items': { th: 'ลิงก์', en: 'Links', item: { th: 'ลิงก์ที่ {n}', en: 'Link {n}' } },
  },
  'eform.json': {
    id: {
      th: 'รหัสแบบฟอร์ม',
      en: 'Form ID',
      hint: {
        th: 'ตัวอักษรอังกฤษตัวเล็ก ตัวเลข และ - เป็นส่วนหนึ่งของที่อยู่สำหรับส่งแบบฟอร์ม',
        en: 'Lower-case letters, digits and -: part of the address submissions go to',
      },
    },
    version: {
      th: 'รุ่นของแบบฟอร์ม',
      en: 'Form version',
      hint: {
        th: 'เปลี่ยนทุกครั้งที่แก้คำถามหรือโครงสร้าง เพื่อไม่ให้ปนกับฉบับร่างที่ประชาชนบันทึกไว้',
        en: "Change it whenever the questions change, so people's saved drafts are not mixed in",
      },
    },
    title: { th: 'ชื่อแบบฟอร์ม', en: 'Form title' },
    agency: { th: 'หน่วยงาน (พิมพ์ที่หัวแบบฟอร์ม)', en: 'Agency (printed at the top)' },
    endpoint: { th: 'ที่อยู่สำหรับส่งแบบฟอร์ม (URL)', en: 'Where submissions go (URL)' },
    schema: {
      th: 'โครงสร้างคำตอบ (JSON Schema)',
      en: 'Answers schema (JSON Schema)',
      json: true,
      hint: {
        th: 'JSON Schema ของคำตอบ เขียนเป็น JSON (สำหรับผู้ดูแลระบบ) ระบบตรวจสอบเมื่อบันทึก',
        en: "The answers' JSON Schema, written as JSON (for administrators); checked when saved",
      },
    },
    pages: { th: 'หน้าของแบบฟอร์ม', en: 'Pages', item: { th: 'หน้าที่ {n}', en: 'Page {n}' } },
    'pages/id': { th: 'รหัสหน้า', en: 'Page ID' },
    'pages/title': { th: 'ชื่อหน้า', en: 'Page title' },
    'pages/visibleWhen': { th: 'แสดงหน้านี้เมื่อ (JSON Schema)', en: 'Show this page when (JSON Schema)' },
    'pages/fields': { th: 'ช่องกรอกของหน้านี้ (JSON)', en: 'Fields of this page (JSON)' },
    submitLabel: { th: 'ข้อความบนปุ่มส่ง', en: 'Submit button text' },
    declaration: { th: 'คำรับรองก่อนส่ง', en: 'Declaration', ...long },
    receiptMessage: { th: 'ข้อความหลังส่งแล้ว', en: 'Receipt message', ...long },
    privacyNotice: { th: 'ประกาศความเป็นส่วนตัว', en: 'Privacy notice', ...long },
    contactPhone: { th: 'โทรศัพท์ติดต่อหน่วยงาน', en: "Agency's phone" },
    retentionDays: { th: 'เก็บข้อมูลที่ส่งมา (วัน)', en: 'Keep submissions for (days)' },
    checkAnswers: { th: 'ให้ตรวจคำตอบก่อนส่ง', en: 'Check answers before sending' },
  },
  'service-list.json': {
    services: { th: 'บริการออนไลน์', en: 'E-services', item: { th: 'บริการที่ {n}', en: 'Service {n}' } },
  },
};

/** Choice labels by property name (and by path where needed), then by value. */
export const choiceLabels: Record<string, Record<string, { th: string; en: string }>> = {
  severity: {
    info: { th: 'แจ้งให้ทราบ', en: 'Information' },
    warning: { th: 'เฝ้าระวัง', en: 'Warning' },
    danger: { th: 'อันตราย', en: 'Danger' },
  },
  by: {
    governor: { th: 'ผู้ว่าราชการจังหวัด', en: 'The Governor' },
    'province-cio': { th: 'CIO จังหวัด', en: 'The province CIO' },
  },
  platform: {
    facebook: { th: 'Facebook', en: 'Facebook' },
    line: { th: 'LINE', en: 'LINE' },
    youtube: { th: 'YouTube', en: 'YouTube' },
    x: { th: 'X', en: 'X' },
    instagram: { th: 'Instagram', en: 'Instagram' },
    tiktok: { th: 'TikTok', en: 'TikTok' },
    other: { th: 'อื่น ๆ', en: 'Other' },
  },
  section: { 7: { th: 'มาตรา 7', en: 'Section 7' }, 9: { th: 'มาตรา 9', en: 'Section 9' } },
  kind: {
    act: { th: 'พระราชบัญญัติ', en: 'Act' },
    'royal-decree': { th: 'พระราชกฤษฎีกา', en: 'Royal decree' },
    'ministerial-regulation': { th: 'กฎกระทรวง', en: 'Ministerial regulation' },
    regulation: { th: 'ระเบียบ', en: 'Regulation' },
    announcement: { th: 'ประกาศ', en: 'Announcement' },
    order: { th: 'คำสั่ง', en: 'Order' },
    standard: { th: 'มาตรฐาน', en: 'Standard' },
    manual: { th: 'คู่มือ', en: 'Manual' },
    'cabinet-resolution': { th: 'มติคณะรัฐมนตรี', en: 'Cabinet resolution' },
    knowledge: { th: 'องค์ความรู้', en: 'Knowledge' },
    statistics: { th: 'สถิติ', en: 'Statistics' },
    'official-information': { th: 'ข้อมูลข่าวสารตาม พ.ร.บ.ข้อมูลข่าวสารฯ', en: 'Official information' },
    'procurement-plan': { th: 'แผนการจัดซื้อจัดจ้าง', en: 'Procurement plan' },
    'procurement-summary': { th: 'สรุปผลการจัดซื้อจัดจ้าง', en: 'Procurement summary' },
    plan: { th: 'แผนงาน', en: 'Plan' },
    report: { th: 'รายงาน', en: 'Report' },
    other: { th: 'อื่น ๆ', en: 'Other' },
  },
  frequency: {
    continuous: { th: 'ต่อเนื่อง', en: 'Continuous' },
    daily: { th: 'รายวัน', en: 'Daily' },
    weekly: { th: 'รายสัปดาห์', en: 'Weekly' },
    monthly: { th: 'รายเดือน', en: 'Monthly' },
    quarterly: { th: 'รายไตรมาส', en: 'Quarterly' },
    semiannual: { th: 'รายครึ่งปี', en: 'Every six months' },
    annual: { th: 'รายปี', en: 'Annual' },
    irregular: { th: 'ไม่สม่ำเสมอ', en: 'Irregular' },
    never: { th: 'ไม่มีการปรับปรุง', en: 'Never' },
  },
  unit: {
    minutes: { th: 'นาที', en: 'Minutes' },
    hours: { th: 'ชั่วโมง', en: 'Hours' },
    'working-days': { th: 'วันทำการ', en: 'Working days' },
    days: { th: 'วัน', en: 'Days' },
  },
  channel: {
    'web-form': { th: 'แบบฟอร์มบนเว็บไซต์', en: 'Web form' },
    website: { th: 'เว็บไซต์', en: 'Website' },
    line: { th: 'LINE', en: 'LINE' },
    app: { th: 'แอปพลิเคชัน', en: 'App' },
    email: { th: 'อีเมล', en: 'Email' },
    phone: { th: 'โทรศัพท์', en: 'Phone' },
    counter: { th: 'ติดต่อที่สำนักงาน', en: 'At the counter' },
  },
  boolean: { true: { th: 'ใช่', en: 'Yes' }, false: { th: 'ไม่ใช่', en: 'No' } },
};
