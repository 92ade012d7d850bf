/** What the public API answers, in Thai and English, and the reader's language. */

export type Lang = 'th' | 'en';
type Params = Record<string, string | number>;

/** A refusal: its status, the message's key in `apiMessages`, and where in the body it points. */
export class HttpError extends Error {
  readonly path: string;
  readonly params: Params;
  readonly headers: Record<string, string>;

  constructor(
    readonly status: number,
    readonly messageKey: MessageKey,
    details: { path?: string; params?: Params; headers?: Record<string, string> } = {},
  ) {
    super(messageKey);
    this.path = details.path ?? '';
    this.params = details.params ?? {};
    this.headers = details.headers ?? {};
  }
}

/** What the public API says when it refuses a request, in Thai and English. */
export const apiMessages = {
  th: {
    'not-found': 'ไม่พบบริการนี้',
    'unknown-form': 'ไม่พบแบบฟอร์มนี้ หรือแบบฟอร์มนี้ไม่เปิดรับข้อมูลแล้ว',
    'method-not-allowed': 'ไม่รองรับวิธีการเรียกนี้',
    'origin-denied': 'เว็บไซต์นี้ไม่ได้รับอนุญาตให้ส่งข้อมูลมาที่นี่',
    'too-large': 'ข้อมูลที่ส่งมีขนาดเกิน {limit} KB',
    'unsupported-type': 'ต้องส่งข้อมูลเป็น JSON (Content-Type: application/json)',
    'invalid-json': 'ข้อมูลที่ส่งไม่ใช่ JSON ที่ถูกต้อง',
    'too-deep': 'ข้อมูลซ้อนกันลึกเกิน {limit} ชั้น',
    'key-missing': 'ต้องมีส่วนหัว Idempotency-Key',
    'key-invalid': 'Idempotency-Key ต้องเป็นตัวอักษร ASCII ที่ไม่ใช่ช่องว่าง 1–255 ตัว',
    'key-reused': 'Idempotency-Key นี้ใช้ส่งข้อมูลชุดอื่นไปแล้ว',
    'in-progress': 'กำลังบันทึกข้อมูลที่ส่งด้วย Idempotency-Key นี้ กรุณาลองใหม่อีกครั้งในอีกสักครู่',
    'rate-limited': 'ส่งข้อมูลบ่อยเกินไป กรุณารอ {seconds} วินาทีแล้วลองใหม่',
    'form-id-mismatch': 'formId ต้องเป็น "{expected}"',
    unavailable: 'ระบบยังบันทึกข้อมูลไม่ได้ในขณะนี้ ข้อมูลยังไม่ถูกบันทึก กรุณาลองใหม่อีกครั้ง',
    internal: 'เกิดข้อผิดพลาดในระบบ ข้อมูลยังไม่ถูกบันทึก กรุณาลองใหม่อีกครั้ง',
    'invalid-utf8': 'ข้อมูลที่ส่งต้องเข้ารหัสเป็น UTF-8',
    'unsupported-charset': 'รองรับเฉพาะ JSON ที่เข้ารหัสเป็น UTF-8 (charset=utf-8)',
    'control-character': 'มีอักขระควบคุมที่ไม่อนุญาต',
    'more-errors': 'และยังมีข้อผิดพลาดอีก {count} รายการ',
  },
  en: {
    'not-found': 'No such endpoint',
    'unknown-form': 'No such form, or the form no longer accepts submissions',
    'method-not-allowed': 'This method is not allowed here',
    'origin-denied': 'This website may not submit here',
    'too-large': 'The request is larger than {limit} KB',
    'unsupported-type': 'Send JSON (Content-Type: application/json)',
    'invalid-json': 'The body is not valid JSON',
    'too-deep': 'The data is nested deeper than {limit} levels',
    'key-missing': 'The Idempotency-Key header is required',
    'key-invalid': 'The Idempotency-Key must be 1–255 printable ASCII characters without spaces',
    'key-reused': 'This Idempotency-Key was already used for a different submission',
    'in-progress': 'A submission with this Idempotency-Key is still being saved; try again in a moment',
    'rate-limited': 'Too many submissions; wait {seconds} seconds and try again',
    'form-id-mismatch': 'formId must be "{expected}"',
    unavailable: 'The inbox cannot save right now; nothing was saved. Please try again',
    internal: 'Something went wrong; nothing was saved. Please try again',
    'invalid-utf8': 'The body must be encoded as UTF-8',
    'unsupported-charset': 'Only JSON in UTF-8 (charset=utf-8) is accepted',
    'control-character': 'Contains a control character that is not allowed',
    'more-errors': 'and {count} more problems',
  },
};

export type MessageKey = keyof (typeof apiMessages)['th'];

export function apiMessage(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = apiMessages[lang][key] ?? apiMessages[lang].internal;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] !== undefined ? String(params[name]) : whole,
  );
}

/**
 * The reader's language: `?lang=` first, then the best of Thai and English in
 * Accept-Language; Thai when neither is asked for.
 */
export function preferredLang(headers: { 'accept-language'?: string }, asked?: unknown): Lang {
  if (asked === 'th' || asked === 'en') return asked;
  const header = headers['accept-language'];
  if (typeof header !== 'string') return 'th';
  let best: { lang: Lang; q: number } = { lang: 'th', q: 0 };
  for (const part of header.split(',').slice(0, 20)) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    const lang = tag.startsWith('th') ? 'th' : tag.startsWith('en') ? 'en' : undefined;
    if (lang && q > best.q) best = { lang, q };
  }
  return best.lang;
}
