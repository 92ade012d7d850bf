import type { PendingSubmission } from '../draft-store.js';
import type { FormSession } from '../form-session.js';
import { cloneJson, sameJson, type Answers } from '../paths.js';
import { lazyImport } from '../../lazy.js';
import type { SubmitOutcome } from '../submit.js';
import type { Message, Receipt } from './types.js';

/** The HTTP client (retries, `Retry-After`, the idempotency key): its own chunk, loaded when the person first sends. */
const loadClient = lazyImport(() => import('../submit.js'));
type SubmitClient = Awaited<ReturnType<typeof loadClient>>;

/** Sending the answers: the `gov-submit` event, the idempotency key kept with the draft, retries, and the receipt. */
export class Submission {
  sending = false;
  /** The polite announcement while sending. */
  status?: Message;
  /** Why sending failed. */
  error?: Message;
  /** The key made when the person pressed submit, kept with the draft until the receipt. */
  pending?: PendingSubmission;
  receipt?: Receipt;

  constructor(private readonly session: FormSession) {}

  /**
   * Sends the answers: checks them all, fires `gov-submit` (cancelable), makes or reuses
   * the idempotency key (kept with the draft), posts with retries, then shows the receipt
   * and clears the draft, or maps the receiver's `400` errors onto the fields.
   */
  async submit(): Promise<void> {
    const { session } = this;
    if (this.sending) return;
    this.error = undefined;
    session.problems.general = [];
    if (session.problems.showFirst()) return;
    if (session.evaluation().general.length > 0) return session.problems.showSummary();
    if (session.host.handoff) return this.handOver();
    const endpoint = session.endpoint();
    if (!endpoint) return this.fail({ key: 'form-no-endpoint' });
    // Busy from here: a second press while the client loads does nothing.
    this.sending = true;
    try {
      const client = await loadClient().catch(() => undefined);
      // The client could not be downloaded (offline): the same words as a failed request.
      if (!client) return this.fail({ key: 'form-send-failed-network' });
      const data = cloneJson(session.evaluation().data);
      this.pending ??= { idempotencyKey: client.newIdempotencyKey(), submittedAt: new Date().toISOString(), data };
      if (!this.announce(data)) return;
      this.status = { key: 'form-sending' };
      session.host.requestUpdate();
      // The key is on the device before the request leaves: a reload resends with the same key.
      await this.keepPending();
      let outcome = await this.post(client.submitForm, endpoint, data);
      if (outcome.kind === 'key-conflict' && !sameJson(this.pending.data, data)) {
        // The person changed answers after the key was made, and the first send did arrive: a new submission.
        this.pending = { idempotencyKey: client.newIdempotencyKey(), submittedAt: new Date().toISOString(), data };
        await this.keepPending();
        outcome = await this.post(client.submitForm, endpoint, data);
      }
      await this.settle(outcome);
    } finally {
      this.sending = false;
      this.status = undefined;
      session.host.requestUpdate();
    }
  }

  /**
   * Hands the checked answers to the page (`gov-submit`) and posts nothing: a staff page
   * turns them into its document and saves it. The form stays open, its draft kept.
   */
  private async handOver(): Promise<void> {
    this.sending = true;
    try {
      const client = await loadClient().catch(() => undefined);
      const data = cloneJson(this.session.evaluation().data);
      const key = client?.newIdempotencyKey() ?? '';
      this.pending = { idempotencyKey: key, submittedAt: new Date().toISOString(), data };
      if (this.announce(data)) this.status = { key: 'form-handed-over' };
      this.pending = undefined;
    } finally {
      this.sending = false;
      this.session.host.requestUpdate();
    }
  }

  /** Forgets the submission (starting again). */
  reset(): void {
    this.pending = undefined;
    this.receipt = undefined;
    this.error = undefined;
  }

  /** Fires `gov-submit`; `false` when the page cancelled it to send the answers itself. */
  private announce(data: Answers): boolean {
    const { definition, host } = this.session;
    const detail = {
      formId: definition.id,
      formVersion: definition.version,
      data,
      idempotencyKey: this.pending!.idempotencyKey,
    };
    return host.dispatchEvent(
      new CustomEvent('gov-submit', { detail, bubbles: true, composed: true, cancelable: true }),
    );
  }

  private async keepPending(): Promise<void> {
    this.session.drafts.save();
    await this.session.drafts.flush();
  }

  private post(submitForm: SubmitClient['submitForm'], endpoint: string, data: Answers): Promise<SubmitOutcome> {
    const { definition, host } = this.session;
    const pending = this.pending!;
    return submitForm({
      endpoint,
      idempotencyKey: pending.idempotencyKey,
      lang: host.lang,
      body: { formId: definition.id, formVersion: definition.version, submittedAt: pending.submittedAt, data },
      baseDelay: host.retryDelay,
      onRetry: ({ attempt, delay }) => {
        this.status = {
          key: 'form-retrying',
          params: { seconds: Math.max(1, Math.round(delay / 1000)), attempt: attempt + 1 },
        };
        host.requestUpdate();
      },
    });
  }

  private async settle(outcome: SubmitOutcome): Promise<void> {
    switch (outcome.kind) {
      case 'receipt': {
        const { kind: _kind, ...receipt } = outcome;
        return this.received(receipt);
      }
      case 'invalid':
        return this.session.problems.showFromServer(outcome.errors);
      case 'key-conflict':
        return this.fail({ key: 'form-send-failed-conflict' });
      default: {
        const phone = this.session.definition.contactPhone;
        if (outcome.reason === 'refused' && phone)
          return this.fail({ key: 'form-send-failed-refused-phone', params: { phone } });
        return this.fail({ key: `form-send-failed-${outcome.reason}`, params: { status: outcome.status ?? '' } });
      }
    }
  }

  private async received(receipt: Receipt): Promise<void> {
    const { session } = this;
    this.receipt = receipt;
    this.pending = undefined;
    session.step = 'receipt';
    session.problems.summary = false;
    // The draft goes only now that the receiver has confirmed it has the answers.
    await session.drafts.clear();
    session.status = undefined;
    session.drafts.status = undefined;
    session.host.dispatchEvent(
      new CustomEvent('gov-receipt', {
        detail: { formId: session.definition.id, ...receipt },
        bubbles: true,
        composed: true,
      }),
    );
    session.focus.request('receipt-title');
  }

  private fail(error: Message): void {
    this.error = error;
    this.session.focus.request('send-error');
  }
}
