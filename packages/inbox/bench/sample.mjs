import { randomUUID } from 'node:crypto';
import { newIdempotencyKey } from '../../core/dist/forms/submit.js';

/** The answers of a realistic e-form submission (OIA information request, Thai text), shared by the benches. */
export const sampleAnswers = {
  fullName: 'นางสาวสมหญิง ใจงาม',
  nationalId: '1103700012345',
  email: 'somying@example.go.th',
  phone: '081 234 5678',
  subject: 'ขอสำเนาประกาศจังหวัดสิงห์บุรี',
  detail: 'ขอสำเนาประกาศจังหวัดสิงห์บุรี เรื่องการใช้ที่สาธารณะริมแม่น้ำเจ้าพระยา พร้อมแผนที่แนบท้าย',
  copies: 1,
  deliveryMethod: 'email',
  address: { line: '1 ถนนวิไลจิตต์ ตำบลบางพุทรา อำเภอเมืองสิงห์บุรี', postcode: '16000' },
  consent: true,
};

/**
 * The maker of idempotency keys for `--keys`: as the kit's forms make them (`kit`: version 7
 * UUIDs, time first) or as a client that sends random (version 4) ones (`random`). The inbox
 * takes both, but each random key lands on its own page of the key's index, so the writer
 * does more work a commit.
 */
export function keyMaker(kind) {
  if (kind === 'kit') return newIdempotencyKey;
  if (kind === 'random') return randomUUID;
  throw new Error('--keys is kit or random');
}
