import type { Lang } from '@govkit-th/schemas';

/** The words every element shares, without the DOM, so a server writing the kit's markup (alertsHtml) uses the same. */
const th = {
  loading: 'กำลังโหลดข้อมูล…',
  empty: 'ยังไม่มีข้อมูล',
  retry: 'ลองอีกครั้ง',
  'error-title': 'ไม่สามารถแสดงข้อมูลได้',
  'error-network': 'เชื่อมต่อเพื่อโหลดข้อมูลไม่สำเร็จ กรุณาตรวจสอบการเชื่อมต่ออินเทอร์เน็ตแล้วลองอีกครั้ง',
  'error-timeout': 'การโหลดข้อมูลใช้เวลานานเกินไป กรุณาลองอีกครั้ง',
  'error-http': 'เซิร์ฟเวอร์ตอบกลับด้วยรหัส {status} จึงโหลดข้อมูลไม่ได้',
  'error-parse': 'ไฟล์ข้อมูลมีรูปแบบไม่ถูกต้อง จึงอ่านไม่ได้',
  'error-invalid': 'ข้อมูลไม่เป็นไปตามรูปแบบที่กำหนด',
  'error-too-large': 'ไฟล์ข้อมูลมีขนาดใหญ่เกินกว่าที่จะแสดงได้',
  'error-xml-malformed': 'ไฟล์ XML มีโครงสร้างไม่ถูกต้อง จึงอ่านไม่ได้',
  'error-xml-unsafe': 'ไฟล์ XML ประกาศ entity ซึ่งไม่อนุญาตเพื่อความปลอดภัย',
  'error-details': 'รายละเอียดสำหรับผู้ดูแลเว็บไซต์',
  'error-fallback': 'ข้อมูลสำรองที่หน้าเว็บนี้มีให้:',
  'updated-at': 'ปรับปรุงล่าสุด',
  'published-at': 'เผยแพร่เมื่อ',
  'publication-reporter': 'ผู้รับผิดชอบข้อมูล',
  'publication-approver': 'ผู้อนุมัติการเผยแพร่',
  'publication-source': 'แหล่งที่มา',
  'publication-screened-by': 'ผู้ตรวจสอบก่อนเผยแพร่',
  'publication-uploader': 'ผู้นำข้อมูลขึ้นเผยแพร่',
  'publication-at': 'เมื่อ',
};

const en = {
  loading: 'Loading…',
  empty: 'Nothing has been published here yet.',
  retry: 'Try again',
  'error-title': 'This information cannot be shown',
  'error-network': 'The information could not be loaded. Check your internet connection and try again.',
  'error-timeout': 'Loading took too long. Please try again.',
  'error-http': 'The server answered with status {status}, so the information could not be loaded.',
  'error-parse': 'The data file is malformed and cannot be read.',
  'error-invalid': 'The data does not follow the required format.',
  'error-too-large': 'The data file is too large to show.',
  'error-xml-malformed': 'The XML file is not well formed and cannot be read.',
  'error-xml-unsafe': 'The XML file declares entities, which are refused for safety.',
  'error-details': 'Details for the site webmaster',
  'error-fallback': 'Fallback information provided by this page:',
  'updated-at': 'Last updated',
  'published-at': 'Published',
  'publication-reporter': 'Responsible for the information',
  'publication-approver': 'Approved for publication by',
  'publication-source': 'Source',
  'publication-screened-by': 'Checked before publication by',
  'publication-uploader': 'Uploaded by',
  'publication-at': 'on',
} satisfies Record<keyof typeof th, string>;

/** A key of the core catalogue. */
export type CoreKey = keyof typeof th;

/** Strings every element uses. Element strings live on the element class. */
export const coreStrings: Record<Lang, Record<CoreKey, string>> = { th, en };
