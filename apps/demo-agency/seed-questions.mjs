/**
 * Sample questions for the demo's Q&A page, asked and answered through the inbox's own
 * routes: each question is posted to `POST /questions` as a citizen's browser would, then
 * the demo accounts (INBOX_DEMO=1) answer it on the staff pages: a reporter drafts, an
 * approver approves, a publisher publishes. Runs only when nothing is published yet.
 */
import { randomUUID } from 'node:crypto';
import { answerQuestion, signInStaff } from '../../scripts/lib/staff-client.mjs';

const QUESTIONS = [
  {
    asked: 'อยากขอใบอนุญาตจัดงานบุญประจำปีของวัด ต้องไปยื่นที่ไหนและล่วงหน้ากี่วันคะ',
    question: 'ขอใบอนุญาตจัดงานบุญประจำปีของวัดต้องยื่นที่ไหน',
    category: 'ใบอนุญาต',
    text: 'ยื่นคำขอที่ที่ว่าการอำเภอในพื้นที่ที่จัดงานอย่างน้อย 15 วันก่อนวันงาน\n\nใช้สำเนาบัตรประจำตัวประชาชนของผู้ขอและหนังสือรับรองจากเจ้าอาวาส',
  },
  {
    asked: 'น้ำประปาแถวตำบลบางพุทราไหลอ่อนมากช่วงเช้า ต้องแจ้งใครครับ',
    question: 'น้ำประปาในตำบลบางพุทราไหลอ่อนช่วงเช้า แจ้งได้ที่ไหน',
    category: 'สาธารณูปโภค',
    text: 'แจ้งการประปาส่วนภูมิภาคสาขาสิงห์บุรี หรือแจ้งผ่านศูนย์ดำรงธรรมจังหวัดสิงห์บุรี โทร 1567 ตลอด 24 ชั่วโมง',
  },
  {
    asked: 'ศาลากลางเปิดวันเสาร์ไหมคะ จะไปขอสำเนาเอกสาร',
    question: 'ศาลากลางจังหวัดสิงห์บุรีเปิดให้บริการวันเสาร์หรือไม่',
    category: 'การติดต่อราชการ',
    text: 'ไม่เปิด ศาลากลางจังหวัดเปิดวันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. เว้นวันหยุดราชการ\n\nขอสำเนาเอกสารได้ที่ศูนย์ข้อมูลข่าวสาร ชั้น 1',
  },
];

async function ask(inboxUrl, question) {
  const response = await fetch(`${inboxUrl}/questions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `"${randomUUID()}"` },
    body: JSON.stringify({
      formId: 'question',
      formVersion: '1',
      submittedAt: new Date().toISOString(),
      data: { question, consent: true },
    }),
  });
  if (response.status !== 201) throw new Error(`POST /questions: ${response.status} ${await response.text()}`);
  return (await response.json()).receipt;
}

/** The id of the new question with this text, as the reporter finds it in the staff list. */
async function questionId(reporter, text) {
  const list = await reporter.request('/staff/questions?status=new');
  for (const [, id, title] of list.text.matchAll(/<a href="\/staff\/questions\/([\w-]+)">([^<]*)<\/a>/g))
    if (title.trim() === text) return id;
  throw new Error(`the staff list has no new question "${text}"`);
}

/**
 * Asks and answers the sample questions on the inbox at `inboxUrl` when its board is empty;
 * `staff` holds the sign-ins of a reporter, an approver and a publisher (`{ username, password }`).
 * Answers how many it published.
 */
export async function seedQuestions(inboxUrl, staff) {
  const board = await (await fetch(`${inboxUrl}/questions/published.json`)).json();
  if (board.items.length > 0) return 0;
  const signedIn = await signInStaff(inboxUrl, staff);
  for (const sample of QUESTIONS) {
    await ask(inboxUrl, sample.asked);
    await answerQuestion(await questionId(signedIn.reporter, sample.asked), sample, signedIn);
  }
  return QUESTIONS.length;
}
