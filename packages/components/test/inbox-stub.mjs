/**
 * A test receiver with the inbox's HTTP contract (DESIGN.md), for the browser tests:
 *
 *   POST /inbox-stub/{bucket}/forms/{formId}/submissions
 *   POST /inbox-stub/{bucket}/opinions          (formId must be "opinion")
 *
 * Body `{ formId, formVersion, submittedAt, data }` with an `Idempotency-Key` header.
 * `201 { receipt, receivedAt }` for a new submission; the same key and body again →
 * the first receipt (`200`); the same key with another body → `422`; a bad body → `400
 * { errors: [{ path, message }] }`. `409` (still processing) and `429` (with
 * `Retry-After`) and failures are scripted per bucket, so each test gets its own
 * receiver state:
 *
 *   PUT    /inbox-stub/{bucket}/script   [{ status, retryAfter?, errors?, store?, network? }, …]
 *          answers the next requests in turn: `store: true` keeps the submission but
 *          still answers `status` (a lost response); `network: true` drops the connection.
 *   GET    /inbox-stub/{bucket}/stored     → { submissions: [...], requests: [...] }
 *   DELETE /inbox-stub/{bucket}
 */
const buckets = new Map();

function bucketOf(name) {
  if (!buckets.has(name))
    buckets.set(name, { script: [], byKey: new Map(), submissions: [], requests: [], counter: 0 });
  return buckets.get(name);
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function canonical(value) {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function json(context, status, body, headers = {}) {
  context.status = status;
  for (const [name, value] of Object.entries(headers)) context.set(name, String(value));
  context.type = 'application/json';
  context.body = JSON.stringify(body);
}

/** The contract's checks on the body; problems as `{ path, message }`. */
function problemsOf(body, formId) {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return [{ path: '', message: 'The body must be a JSON object' }];
  const problems = [];
  if (body.formId !== formId) problems.push({ path: '/formId', message: `formId must be "${formId}"` });
  if (typeof body.formVersion !== 'string' || body.formVersion === '')
    problems.push({ path: '/formVersion', message: 'formVersion is required' });
  if (typeof body.submittedAt !== 'string' || Number.isNaN(Date.parse(body.submittedAt)))
    problems.push({ path: '/submittedAt', message: 'submittedAt must be a date-time' });
  if (!body.data || typeof body.data !== 'object' || Array.isArray(body.data))
    problems.push({ path: '/data', message: 'data must be an object' });
  return problems;
}

export function inboxStubMiddleware() {
  return async (context, next) => {
    const match = /^\/inbox-stub\/([\w-]+)(\/.*)?$/.exec(context.path);
    if (!match) return next();
    const [, name, rest = ''] = match;
    const bucket = bucketOf(name);

    if (rest === '/script' && context.method === 'PUT') {
      bucket.script = JSON.parse(await readBody(context.req));
      return json(context, 204, {});
    }
    if (rest === '/stored' && context.method === 'GET') {
      return json(context, 200, { submissions: bucket.submissions, requests: bucket.requests });
    }
    if (rest === '' && context.method === 'DELETE') {
      buckets.delete(name);
      return json(context, 204, {});
    }

    const route = /^\/forms\/([a-z0-9-]+)\/submissions$/.exec(rest);
    const formId = route ? route[1] : rest === '/opinions' ? 'opinion' : rest === '/questions' ? 'question' : undefined;
    if (!formId) return json(context, 404, { error: 'not found' });
    if (context.method !== 'POST') return json(context, 405, { error: 'POST only' }, { Allow: 'POST' });

    const key = (context.get('Idempotency-Key') || '').trim().replace(/^"(.*)"$/, '$1');
    const text = await readBody(context.req);
    bucket.requests.push({ key, body: text });
    const planned = bucket.script.shift();

    if (planned?.network) {
      context.status = 204;
      context.req.socket.destroy();
      context.respond = false;
      return;
    }
    if (!key) return json(context, 400, { errors: [{ path: '', message: 'The Idempotency-Key header is required' }] });
    let body;
    try {
      body = JSON.parse(text);
    } catch {
      return json(context, 400, { errors: [{ path: '', message: 'The body is not JSON' }] });
    }
    if (planned && !planned.store) {
      if (planned.status === 400)
        return json(context, 400, { errors: planned.errors ?? [{ path: '', message: 'Rejected' }] });
      const headers = planned.retryAfter !== undefined ? { 'Retry-After': planned.retryAfter } : {};
      return json(context, planned.status, { error: `scripted ${planned.status}` }, headers);
    }
    const problems = problemsOf(body, formId);
    if (problems.length > 0) return json(context, 400, { errors: problems });

    const fingerprint = canonical(body);
    const earlier = bucket.byKey.get(key);
    if (earlier && earlier.fingerprint !== fingerprint)
      return json(context, 422, { error: 'Idempotency-Key reused with another body' });
    let receipt = earlier?.receipt;
    if (!earlier) {
      bucket.counter += 1;
      receipt = { receipt: `TEST-${String(bucket.counter).padStart(6, '0')}`, receivedAt: new Date().toISOString() };
      bucket.byKey.set(key, { fingerprint, receipt });
      bucket.submissions.push({ key, body, receipt: receipt.receipt });
    }
    if (planned?.store) {
      const headers = planned.retryAfter !== undefined ? { 'Retry-After': planned.retryAfter } : {};
      return json(context, planned.status, { error: `scripted ${planned.status} after storing` }, headers);
    }
    return json(context, earlier ? 200 : 201, receipt);
  };
}
