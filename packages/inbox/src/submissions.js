import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { compile, isFormId, submissionSchema } from '@govkit-th/schemas';
import { HttpError, apiMessage, canonicalJson, discardBody, nestingDepth, readBody, sendError, sendJson } from './http.js';

const KEY = /^[\x21-\x7e]{1,255}$/;
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BANGKOK = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * A receipt a person can read out on the phone: the Bangkok date it arrived and ten
 * random Crockford base-32 characters (no I, L, O, U), e.g. `20251126-7KQ3M-ZP8XA`.
 */
export function newReceipt(now = new Date()) {
  const bytes = randomBytes(10);
  let code = '';
  for (let i = 0; i < 10; i++) code += CROCKFORD[bytes[i] & 31];
  return `${BANGKOK.format(now).replaceAll('-', '')}-${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * The three public ways in, one contract (DESIGN.md "Submitting"): `POST` JSON
 * `{ formId, formVersion, submittedAt, data }` with an `Idempotency-Key` header.
 * Checks run cheapest first, and nothing is written until every check has passed; the
 * answer `201 { receipt, receivedAt }` is sent only after the group commit that holds
 * the record has committed.
 */
export class SubmissionReceiver {
  /**
   * @param {{ forms: import('./forms.js').FormRegistry, committer: import('./group-commit.js').GroupCommitter,
   *   store: import('./store/store.js').Store, config: import('./config.js').InboxConfig, logger: any }} deps
   */
  constructor({ forms, committer, store, config, logger }) {
    this.forms = forms;
    this.committer = committer;
    this.store = store;
    this.config = config;
    this.logger = logger;
    /** Keys being written right now, and their fingerprints: a second request with one gets 409 (or 422). */
    this.inFlight = new Map();
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {{ kind: 'form' | 'opinion' | 'question', formId: string, lang: 'th' | 'en', headers: Record<string, string>, log: Record<string, unknown> }} context
   */
  async handle(req, res, { kind, formId, lang, headers, log }) {
    log.formId = isFormId(formId) ? formId : undefined;
    try {
      const result = await this.receive(req, kind, formId, lang);
      log.outcome = result.outcome;
      sendJson(res, result.status, result.body, { ...headers, ...(result.headers ?? {}) });
    } catch (error) {
      if (!(error instanceof HttpError)) throw error;
      if (error.status === 413) {
        res.setHeader('connection', 'close');
        discardBody(req);
      }
      sendError(res, error, lang, headers);
    }
  }

  async receive(req, kind, formId, lang) {
    if (!this.forms.get(formId)) {
      discardBody(req, this.config.maxBodyBytes);
      throw new HttpError(404, 'unknown-form', { path: '/formId' });
    }
    const contentType = String(req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    if (contentType !== 'application/json') {
      discardBody(req, this.config.maxBodyBytes);
      throw new HttpError(415, 'unsupported-type');
    }
    const key = idempotencyKey(req.headers['idempotency-key']);
    const raw = await readBody(req, this.config.maxBodyBytes);

    let body;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new HttpError(400, 'invalid-json');
    }
    if (nestingDepth(body, this.config.maxDepth + 1) > this.config.maxDepth + 1) {
      throw new HttpError(400, 'too-deep', { params: { limit: this.config.maxDepth } });
    }
    const envelopeErrors = checkEnvelope(body, formId, lang);
    if (envelopeErrors.length) return { status: 400, body: { errors: envelopeErrors }, outcome: 'invalid' };

    const form = this.forms.get(formId, String(body.formVersion));
    if (!form) throw new HttpError(404, 'unknown-form', { path: '/formId' });

    const fingerprint = createHash('sha256')
      .update(`${kind}\n${canonicalJson({ formId: body.formId, formVersion: body.formVersion, submittedAt: body.submittedAt, data: body.data })}`)
      .digest('base64url');
    if (key === undefined) throw new HttpError(400, 'key-missing');

    const running = this.inFlight.get(key);
    if (running !== undefined) {
      if (running !== fingerprint) throw new HttpError(422, 'key-reused');
      throw new HttpError(409, 'in-progress', { headers: { 'retry-after': '1' } });
    }
    this.inFlight.set(key, fingerprint);
    try {
      const problems = form.validate(body.data, lang);
      if (problems.length) {
        // A retry of a submission that was accepted before the form changed keeps its receipt.
        const stored = await this.store.submissionByKey(key);
        if (stored) return this.replay(stored, fingerprint);
        return {
          status: 400,
          body: { errors: problems.map(({ path, message, keyword }) => ({ path, message, keyword })) },
          outcome: 'invalid',
        };
      }
      const receivedAt = new Date();
      const record = {
        id: randomUUID(),
        receipt: newReceipt(receivedAt),
        kind,
        formId,
        formVersion: String(body.formVersion),
        schemaVersion: form.version,
        submittedAt: body.submittedAt,
        receivedAt: receivedAt.toISOString(),
        idempotencyKey: key,
        fingerprint,
        data: JSON.stringify(body.data),
      };
      let result;
      try {
        result = await this.committer.submit(record);
      } catch (error) {
        this.logger.error('could not store a batch', { error: error.message, code: error.code });
        throw new HttpError(503, 'unavailable', { headers: { 'retry-after': '5' } });
      }
      if (result.status === 'created') {
        return { status: 201, body: { receipt: record.receipt, receivedAt: record.receivedAt }, outcome: 'created' };
      }
      return this.replay(result, fingerprint);
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** The first answer again for the same request; 422 for another request under the same key. */
  replay(stored, fingerprint) {
    if (stored.fingerprint !== fingerprint) throw new HttpError(422, 'key-reused');
    return {
      status: 200,
      body: { receipt: stored.receipt, receivedAt: stored.receivedAt },
      headers: { 'idempotent-replayed': 'true' },
      outcome: 'replayed',
    };
  }
}

/** The header's value, unquoted (it may be sent as a structured-field string: `"…"`). */
function idempotencyKey(header) {
  if (header === undefined) return undefined;
  let value = Array.isArray(header) ? header[0] : header;
  value = value.trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  if (!KEY.test(value)) throw new HttpError(400, 'key-invalid');
  return value;
}

const checkSubmission = await compile(submissionSchema);

/**
 * The envelope's own rules (`submissionSchema`, shared with the browser), and that it names
 * the form of the URL; paths point into the request body.
 */
function checkEnvelope(body, formId, lang) {
  const errors = checkSubmission(body, lang).map(({ path, message }) => ({ path, message, keyword: 'envelope' }));
  if (typeof body?.formId === 'string' && body.formId !== formId) {
    errors.push({ path: '/formId', message: apiMessage(lang, 'form-id-mismatch', { expected: formId }), keyword: 'envelope' });
  }
  return errors;
}
