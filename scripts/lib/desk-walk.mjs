/**
 * One news item through the publishing desk as the demo accounts take it, over HTTP on the
 * staff pages as their browsers would: demo-reporter writes it, demo-approver approves,
 * demo-uploader publishes (order clause 3: three different people). The README's
 * walkthrough, automated for the demo's end-to-end check.
 */
import { StaffClient } from './staff-client.mjs';

/** The item's current version, from the hidden field of its staff page's forms. */
async function versionOf(client, page) {
  const { status, text } = await client.request(page);
  const version = /name="version" value="(\d+)"/.exec(text)?.[1];
  if (status !== 200 || version === undefined) throw new Error(`${page}: ${status}, no version field`);
  return version;
}

/** A news item dated today in Bangkok (the newest, so the news page lists it first). */
export function sampleNews(id) {
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  return {
    id,
    title: {
      th: 'จังหวัดสิงห์บุรีเปิดจุดรับแจ้งเหตุน้ำท่วมเพิ่ม 6 อำเภอ',
      en: 'Sing Buri opens flood reporting points in all six districts',
    },
    summary: {
      th: 'ประชาชนแจ้งเหตุน้ำท่วมได้ที่ที่ว่าการอำเภอทุกแห่ง ตลอด 24 ชั่วโมง',
      en: 'Floods can be reported at every district office, day and night.',
    },
    publishedAt: today,
    category: { th: 'ประชาสัมพันธ์', en: 'Public relations' },
  };
}

/**
 * Publishes `item` (a news entry) on the inbox at `inboxUrl` with the demo accounts, each
 * signed in with `password`. Answers the three clients (for further checks).
 */
export async function publishNews(inboxUrl, item, password) {
  const reporter = await StaffClient.signIn(inboxUrl, 'demo-reporter', password);
  const approver = await StaffClient.signIn(inboxUrl, 'demo-approver', password);
  const uploader = await StaffClient.signIn(inboxUrl, 'demo-uploader', password);
  const page = `/staff/content/news/${item.id}`;
  await reporter.submit('/staff/content/news', '/staff/content/news', { json: JSON.stringify(item), version: '0' });
  await approver.submit(page, `${page}/approve`, { version: await versionOf(approver, page) });
  await uploader.submit(page, `${page}/publish`, { version: await versionOf(uploader, page) });
  return { reporter, approver, uploader };
}
