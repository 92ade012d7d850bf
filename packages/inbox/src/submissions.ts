import { hash } from 'node:crypto';
import { isFormId, submissionSchema } from '@govkit-th/schemas';
import { compileFast } from '@govkit-th/schemas/fast-validate';
import type { InboxConfig } from './config.js';
import type { FormRegistry, RegisteredForm } from './forms.js';
import type { GroupCommitter } from './group-commit.js';
import { canonicalJson, controlCharacterAt, nestingDepth } from './http/json.js';
import { HttpError, apiMessage, type Lang } from './http/messages.js';
import type { Logger } from './log.js';
import type { Store, StoredResult, SubmissionKind, SubmissionRecord } from './store/index.js';

const KEY = /^[\x21-\x7e]{1,255}$/;
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** The most problems one answer lists; the rest are counted in a last line. */
export const MAX_PROBLEMS = 50;

export interface Problem {
  path: string;
  message: string;
  keyword?: string;
}

export interface Outcome {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  outcome: 'created' | 'replayed' | 'invalid';
}

interface Envelope {
  formId: string;
  formVersion: string | number;
  submittedAt: string;
  data: Record<string, unknown>;
}

/** The header's value, unquoted (it may be sent as a structured-field string: `"…"`). */
export function idempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  let value = (Array.isArray(header) ? (header[0] ?? '') : header).trim();
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
  if (!KEY.test(value)) throw new HttpError(400, 'key-invalid');
  return value;
}

/**
 * The three public ways in, one contract: `POST` JSON `{ formId, formVersion,
 * submittedAt, data }` with an `Idempotency-Key` header. Checks run cheapest first, and
 * nothing is written until every check has passed; the answer `201 { receipt,
 * receivedAt }` is given only after the group commit that holds the record has committed.
 */
export class SubmissionReceiver {
  /** Keys being written right now, and their fingerprints: a second request with one gets 409 (or 422). */
  private readonly inFlight = new Map<string, string>();

  constructor(
    private readonly deps: {
      forms: FormRegistry;
      committer: GroupCommitter<SubmissionRecord, StoredResult>;
      store: Store;
      config: InboxConfig;
      logger: Logger;
    },
  ) {}

  async receive(
    raw: Buffer,
    context: { kind: SubmissionKind; formId: string; lang: Lang; key: string | undefined },
  ): Promise<Outcome> {
    const { kind, formId, lang, key } = context;
    const { config, forms } = this.deps;
    const body = parseBody(raw);
    if (nestingDepth(body, config.maxDepth + 1) > config.maxDepth + 1) {
      throw new HttpError(400, 'too-deep', { params: { limit: config.maxDepth } });
    }
    const envelopeErrors = checkEnvelope(body, formId, lang);
    if (envelopeErrors.length) return { status: 400, body: { errors: envelopeErrors }, outcome: 'invalid' };
    const envelope = body as Envelope;
    const form = forms.get(formId, String(envelope.formVersion));
    if (!form) throw new HttpError(404, 'unknown-form', { path: '/formId' });

    // The data is written once, keys sorted: stored as it is, and inside the fingerprint,
    // which is the canonical JSON of the envelope (its keys in sorted order: data, formId,
    // formVersion, submittedAt), as the inbox has always worked it out.
    const dataText = canonicalJson(envelope.data);
    const envelopeText = `{"data":${dataText},"formId":${JSON.stringify(envelope.formId)},"formVersion":${JSON.stringify(envelope.formVersion)},"submittedAt":${JSON.stringify(envelope.submittedAt)}}`;
    // One-shot `hash`: a Hash object per request cost about 1.6 times as much CPU.
    const fingerprint = hash('sha256', `${kind}\n${envelopeText}`, 'base64url');
    if (key === undefined) throw new HttpError(400, 'key-missing');

    const running = this.inFlight.get(key);
    if (running !== undefined) {
      if (running !== fingerprint) throw new HttpError(422, 'key-reused');
      throw new HttpError(409, 'in-progress', { headers: { 'retry-after': '1' } });
    }
    this.inFlight.set(key, fingerprint);
    try {
      const problems = dataProblems(envelope.data, form.validate, lang);
      if (problems.length) {
        // A retry of a submission that was accepted before the form changed keeps its receipt.
        const stored = await this.deps.store.submissionByKey(key);
        if (stored) return withNotice(replay(stored, fingerprint), form);
        return { status: 400, body: { errors: capped(problems, lang) }, outcome: 'invalid' };
      }
      return withNotice(
        await this.store({ kind, formId, key, fingerprint, envelope, dataText, schemaVersion: form.version }),
        form,
      );
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async store(input: {
    kind: SubmissionKind;
    formId: string;
    key: string;
    fingerprint: string;
    envelope: Envelope;
    /** `envelope.data` as canonical JSON */
    dataText: string;
    schemaVersion: string;
  }): Promise<Outcome> {
    const receivedAt = new Date();
    // The store gives the record its integer key; its receipt comes back with the result.
    const record: SubmissionRecord = {
      kind: input.kind,
      formId: input.formId,
      formVersion: String(input.envelope.formVersion),
      schemaVersion: input.schemaVersion,
      submittedAt: input.envelope.submittedAt,
      receivedAt: receivedAt.toISOString(),
      idempotencyKey: input.key,
      fingerprint: input.fingerprint,
      data: input.dataText,
    };
    let result: StoredResult;
    try {
      result = await this.deps.committer.submit(record);
    } catch (error) {
      const failure = error as { message?: string; code?: string };
      this.deps.logger.error('could not store a batch', { error: failure.message, code: failure.code });
      throw new HttpError(503, 'unavailable', { headers: { 'retry-after': '5' } });
    }
    if (result.status === 'created') {
      return { status: 201, body: { receipt: result.receipt, receivedAt: record.receivedAt }, outcome: 'created' };
    }
    return replay(result, input.fingerprint);
  }
}

/** The form's privacy notice (PDPA section 23) goes with a receipt (201, or 200 replayed), for the page to show. */
function withNotice(outcome: Outcome, form: RegisteredForm): Outcome {
  if (form.privacyNotice === undefined || outcome.status >= 300) return outcome;
  return { ...outcome, body: { ...(outcome.body as object), privacyNotice: form.privacyNotice } };
}

/** UTF-8 (strictly: a malformed byte is refused, not turned into U+FFFD), then JSON. */
function parseBody(raw: Buffer): unknown {
  let text: string;
  try {
    text = UTF8.decode(raw);
  } catch {
    throw new HttpError(400, 'invalid-utf8');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid-json');
  }
}

function dataProblems(
  data: Record<string, unknown>,
  validate: (value: unknown, lang: Lang) => Problem[],
  lang: Lang,
): Problem[] {
  const control = controlCharacterAt(data);
  const problems = validate(data, lang).map(({ path, message, keyword }) => ({ path, message, keyword }));
  if (control !== undefined)
    problems.unshift({ path: control, message: apiMessage(lang, 'control-character'), keyword: 'control-character' });
  return problems;
}

/** At most MAX_PROBLEMS problems, then one line saying how many more there were. */
function capped(problems: Problem[], lang: Lang): Problem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    { path: '', message: apiMessage(lang, 'more-errors', { count: more }), keyword: 'truncated' },
  ];
}

/** The first answer again for the same request; 422 for another request under the same key. */
function replay(stored: StoredResult, fingerprint: string): Outcome {
  if (stored.fingerprint !== fingerprint) throw new HttpError(422, 'key-reused');
  return {
    status: 200,
    body: { receipt: stored.receipt, receivedAt: stored.receivedAt },
    headers: { 'idempotent-replayed': 'true' },
    outcome: 'replayed',
  };
}

const checkSubmission = compileFast(submissionSchema);

/**
 * The envelope's own rules (`submissionSchema`, shared with the browser), and that it names
 * the form of the URL; paths point into the request body.
 */
function checkEnvelope(body: unknown, formId: string, lang: Lang): Problem[] {
  const errors: Problem[] = checkSubmission(body, lang).map(({ path, message }) => ({
    path,
    message,
    keyword: 'envelope',
  }));
  const named = (body as { formId?: unknown } | null)?.formId;
  if (typeof named === 'string' && named !== formId) {
    errors.push({
      path: '/formId',
      message: apiMessage(lang, 'form-id-mismatch', { expected: formId }),
      keyword: 'envelope',
    });
  }
  return errors;
}

/** Form ids are safe to log once they match the pattern. */
export function loggableFormId(formId: string): string | undefined {
  return isFormId(formId) ? formId : undefined;
}
