/**
 * The words of the notification e-mails, Thai first. Plain text only: no HTML to
 * sanitise, nothing a mail client could run. A staff member whose account is set to
 * English gets the English text under the Thai; an asker (whose language the inbox does
 * not know) gets both.
 */
import type { NextRole } from './notify.js';
import { formatDateTime, type Lang } from './staff/i18n.js';

export interface Mail {
  subject: string;
  text: string;
}

/** What an item waits for: a step of the order, or (for an approver) a withdrawal someone asked for. */
export type Waiting = NextRole | 'withdrawal';

const WAITING: Record<Waiting, Record<Lang, string>> = {
  approver: { th: 'รอการอนุมัติ', en: 'waits for approval' },
  withdrawal: { th: 'รอการอนุมัติถอนการเผยแพร่', en: 'waits for approval of its withdrawal' },
  screener: { th: 'รอการกลั่นกรอง (คำสั่งข้อ 4)', en: 'waits for screening (clause 4 of the order)' },
  uploader: { th: 'รอการเผยแพร่', en: 'waits to be published' },
};

const URGENT: Record<Lang, string> = { th: 'ด่วน', en: 'Urgent' };

const FOOTER: Record<Lang, string> = {
  th: 'อีเมลนี้ส่งโดยอัตโนมัติจากระบบเผยแพร่ข้อมูล กรุณาอย่าตอบกลับ',
  en: 'This message was sent automatically by the publishing desk; please do not reply.',
};

export interface WaitingMail {
  role: Waiting;
  urgent: boolean;
  /** The content type's name and the item's title, in each language. */
  typeName: Record<Lang, string>;
  title: Record<Lang, string>;
  name: string;
  link: string;
  agency: Record<Lang, string>;
  lang: Lang;
}

/** To the accounts holding the role an item now waits for. */
export function waitingMail(mail: WaitingMail): Mail {
  const langs: Lang[] = mail.lang === 'en' ? ['th', 'en'] : ['th'];
  const subject = langs
    .map((lang) => {
      const urgent = mail.urgent ? `${URGENT[lang]}: ` : '';
      return `${urgent}${mail.typeName[lang]} “${mail.title[lang]}” ${WAITING[mail.role][lang]}`;
    })
    .join(' / ');
  const body = langs.map((lang) =>
    lang === 'th'
      ? `เรียน ${mail.name}\n\n${mail.urgent ? 'เรื่องเร่งด่วน: ' : ''}${mail.typeName.th} “${mail.title.th}” ${WAITING[mail.role].th}จากท่าน\n\nเปิดรายการในหน้าเจ้าหน้าที่: ${mail.link}\n\n${mail.agency.th}\n${FOOTER.th}`
      : `Dear ${mail.name},\n\n${mail.urgent ? 'Urgent: ' : ''}the ${mail.typeName.en} “${mail.title.en}” ${WAITING[mail.role].en} by you.\n\nOpen it on the staff pages: ${mail.link}\n\n${mail.agency.en}\n${FOOTER.en}`,
  );
  return { subject, text: body.join('\n\n----\n\n') };
}

export interface AnswerMail {
  receipt: string;
  askedAt: string;
  question: string;
  link?: string;
  agency: Record<Lang, string>;
}

/** To the asker who left an e-mail address and consented, when the answer is published. */
export function answerMail(mail: AnswerMail): Mail {
  const th = [
    'เรียน ผู้ส่งคำถาม',
    '',
    `คำถามที่ท่านส่งถึง${mail.agency.th}เมื่อ ${formatDateTime(mail.askedAt, 'th')} (เลขรับเรื่อง ${mail.receipt}) ได้รับคำตอบและเผยแพร่แล้ว`,
    `เรื่อง: ${mail.question}`,
    ...(mail.link ? ['', `อ่านคำตอบได้ที่: ${mail.link}`] : []),
    '',
    mail.agency.th,
    FOOTER.th,
  ];
  const en = [
    `Your question to ${mail.agency.en} of ${formatDateTime(mail.askedAt, 'en')} (receipt ${mail.receipt}) has been answered and the answer published.`,
    ...(mail.link ? [`Read the answer: ${mail.link}`] : []),
  ];
  return {
    subject: `คำถามของท่านได้รับคำตอบแล้ว (เลขรับเรื่อง ${mail.receipt}) / Your question has been answered`,
    text: `${th.join('\n')}\n\n----\n\n${en.join('\n')}`,
  };
}
