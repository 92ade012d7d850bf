/** Small HTTP pieces shared by the public API and the staff pages. */

export class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} messageKey a key of `apiMessages`
   * @param {{ path?: string, params?: Record<string, string | number>, headers?: Record<string, string> }} [details]
   */
  constructor(status, messageKey, details = {}) {
    super(messageKey);
    this.status = status;
    this.messageKey = messageKey;
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
  },
};

/** @param {'th'|'en'} lang */
export function apiMessage(lang, key, params = {}) {
  const template = apiMessages[lang][key] ?? apiMessages[lang].internal;
  return template.replace(/\{(\w+)\}/g, (whole, name) => (params[name] !== undefined ? String(params[name]) : whole));
}

/**
 * The reader's language: `?lang=` first, then the best of Thai and English in
 * Accept-Language; Thai when neither is asked for.
 * @returns {'th'|'en'}
 */
export function preferredLang(req, url) {
  const asked = url?.searchParams.get('lang');
  if (asked === 'th' || asked === 'en') return asked;
  const header = req.headers['accept-language'];
  if (typeof header !== 'string') return 'th';
  let best = { lang: 'th', q: 0 };
  for (const part of header.split(',').slice(0, 20)) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.find((p) => p.trim().startsWith('q='));
    const q = qParam ? Number(qParam.trim().slice(2)) : 1;
    const lang = tag.startsWith('th') ? 'th' : tag.startsWith('en') ? 'en' : undefined;
    if (lang && q > best.q) best = { lang, q };
  }
  return /** @type {'th'|'en'} */ (best.lang);
}

/** The client's address: the socket's, or X-Forwarded-For's first hop when a proxy is trusted. */
export function clientAddress(req, trustProxy) {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    if (typeof forwarded === 'string' && forwarded.trim()) return forwarded.split(',')[0].trim();
  }
  return req.socket.remoteAddress ?? '';
}

/** Reads the body up to `limit` bytes; past it, fails with 413 without keeping the rest. */
export function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new HttpError(413, 'too-large', { params: { limit: Math.floor(limit / 1024) } }));
      return;
    }
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        reject(new HttpError(413, 'too-large', { params: { limit: Math.floor(limit / 1024) } }));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve(Buffer.concat(chunks, size));
    };
    const onError = (error) => {
      cleanup();
      reject(error);
    };
    const onClose = () => {
      cleanup();
      reject(Object.assign(new Error('client went away'), { code: 'ECONNRESET' }));
    };
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/**
 * After refusing a request early (413), reads and drops what the client is still
 * sending, so it can read the answer instead of a reset connection; past `cap`, hangs up.
 */
export function discardBody(req, cap = 16 * 1024 * 1024) {
  if (req.complete || req.destroyed) return;
  let drained = 0;
  req.on('data', (chunk) => {
    drained += chunk.length;
    if (drained > cap) req.destroy();
  });
  req.on('error', () => {});
  req.resume();
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** @param {import('node:http').ServerResponse} res */
export function sendJson(res, status, body, headers = {}) {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    ...SECURITY_HEADERS,
    ...headers,
  });
  res.end(text);
}

/** @param {import('node:http').ServerResponse} res */
export function sendError(res, error, lang, headers = {}) {
  sendJson(
    res,
    error.status,
    { errors: [{ path: error.path, message: apiMessage(lang, error.messageKey, error.params) }] },
    { ...headers, ...error.headers },
  );
}

/**
 * The deepest nesting in a parsed JSON value, counted without recursion (a hostile body
 * can nest as deep as its size allows), stopping once past `limit`.
 */
export function nestingDepth(value, limit) {
  let deepest = 0;
  const stack = [[value, 1]];
  while (stack.length) {
    const [item, depth] = stack.pop();
    if (item === null || typeof item !== 'object') continue;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    for (const child of Array.isArray(item) ? item : Object.values(item)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

/** JSON with object keys sorted at every level: equal data, equal text (for fingerprints). */
export function canonicalJson(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  return `{${Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`)
    .join(',')}}`;
}
