import type { ReactiveControllerHost } from 'lit';
import type { EformDefinition, Lang, SubmissionReceipt } from '@govkit-th/schemas';
import { deleteDraft, readDraft, writeDraft, type PendingSubmission } from './draft-store.js';
import {
  FormModel,
  withItems,
  type Evaluation,
  type FieldInstance,
  type GroupInstance,
  type Instance,
} from './form-model.js';
import { cloneJson, getAt, sameJson, setAt, type Answers, type Segment } from './paths.js';
import { newIdempotencyKey, submitForm, type ServerProblem, type SubmitOutcome } from './submit.js';

/** The element a form lives in: Lit's host plus what the form needs from it. */
export interface FormHost extends ReactiveControllerHost, HTMLElement {
  readonly lang: Lang;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export interface FormSessionOptions {
  /** Where to post; read when the person presses submit. */
  endpoint(): string | undefined;
  /** The first retry delay in ms (doubles each time). */
  retryDelay(): number;
}

/** Where the person is: a page (by index), the check-your-answers page, or the receipt. */
export type Step = number | 'check' | 'receipt';

/** A message waiting to be put into words in the reader's language. */
export interface Message {
  key: string;
  params?: Record<string, string | number>;
  /** A date-time to show with the message, formatted by the view. */
  time?: string;
}

export interface SummaryEntry {
  /** The id of the control the link moves focus to; none for problems no field can show. */
  target?: string;
  problem: { key?: string; message: string; keyword: string; limit?: string; pointer: string };
  instance?: Instance;
}

const MAX_FILE = 1024 * 1024;

/**
 * One person's work on one form: answers, page, errors shown, the draft on the device,
 * the submission and its receipt. The view (`renderForm`) reads it and calls its methods.
 */
export class FormSession {
  answers: Answers = {};
  step: Step = 0;
  sending = false;
  /** Fields whose errors are shown (pointers of raw answers). */
  readonly shown = new Set<string>();
  /** Whether the error summary is shown. */
  summary = false;
  /** What the receiver said about fields (`400`), until the field changes. */
  readonly serverErrors = new Map<string, string>();
  /** Server problems no field can show. */
  serverGeneral: ServerProblem[] = [];
  sendError?: Message;
  /** `false` once the person chose not to keep answers on this device. */
  keep = true;
  restoredAt?: string;
  /** The polite announcement about the draft on the device. */
  draftStatus?: Message;
  /** The polite announcement of what an action did (an item added, a year converted). */
  status?: Message;
  /** What came of opening or saving an answers file. */
  fileStatus?: Message & { error?: boolean };
  /** The polite announcement while sending. */
  sendStatus?: Message;
  receipt?: SubmissionReceipt;
  pending?: PendingSubmission;
  /** Set by "change" on the check page: continue goes back there. */
  returnToCheck = false;

  private revision = 0;
  private memo?: { key: string; value: Evaluation };
  private saving?: Promise<void>;
  private dirty = false;
  private focusTarget?: string;

  private constructor(
    readonly host: FormHost,
    readonly model: FormModel,
    private readonly options: FormSessionOptions,
  ) {}

  get definition(): EformDefinition {
    return this.model.definition;
  }

  /** Prepares a form: compiles it and brings back the person's draft, if any. */
  static async open(host: FormHost, definition: EformDefinition, options: FormSessionOptions): Promise<FormSession> {
    const session = new FormSession(host, await FormModel.create(definition), options);
    const draft = await readDraft(definition.id, definition.version);
    if (draft) {
      session.keep = draft.keep;
      if (draft.keep && draft.answers) {
        session.answers = draft.answers;
        session.restoredAt = draft.savedAt;
        session.pending = draft.pending;
        session.step = session.stepFromId(draft.page);
      }
    }
    return session;
  }

  get checkAnswers(): boolean {
    return this.definition.checkAnswers !== false;
  }

  /** The answers worked out for the current language (memoised until they change). */
  evaluation(): Evaluation {
    const key = `${this.revision}|${this.host.lang}`;
    if (this.memo?.key !== key) this.memo = { key, value: this.model.evaluate(this.answers, this.host.lang) };
    return this.memo.value;
  }

  value(path: readonly Segment[]): unknown {
    return getAt(this.answers, path);
  }

  /** The error a field shows now: the receiver's, or the first broken rule once it is shown. */
  visibleProblem(instance: Instance): SummaryEntry['problem'] | undefined {
    const server = this.serverErrors.get(instance.pointer);
    if (server !== undefined) return { message: server, keyword: 'server', pointer: instance.pointer };
    if (!this.shown.has(instance.pointer)) return undefined;
    return this.evaluation().problems.get(instance.pointer);
  }

  /** Everything on the current page (or the whole form on the check page) that shows an error, in page order. */
  summaryEntries(): SummaryEntry[] {
    const evaluation = this.evaluation();
    const pages = typeof this.step === 'number' ? [this.step] : evaluation.visiblePages;
    const entries: SummaryEntry[] = [];
    for (const page of pages) {
      for (const instance of (evaluation.instances.get(page) ?? []).flatMap(withItems)) {
        const problem = this.visibleProblem(instance);
        if (problem) entries.push({ target: this.focusId(instance), problem, instance });
      }
    }
    if (this.summary) {
      evaluation.general.forEach((problem) => entries.push({ problem }));
      this.serverGeneral.forEach((problem) =>
        entries.push({ problem: { ...problem, keyword: 'server', pointer: problem.path } }),
      );
    }
    return entries;
  }

  /** The control a link to this field moves focus to: the input, the first choice, or the group's first field. */
  focusId(instance: Instance): string {
    if (instance.kind === 'group') {
      const first = instance.items.find((fields) => fields.length > 0)?.[0];
      return first ? this.focusId(first) : `${instance.id}-add`;
    }
    return ['radios', 'checkboxes'].includes(instance.info.widget) ? `${instance.id}-0` : instance.id;
  }

  // ---- answering -------------------------------------------------------------------

  /** Records an answer as the person changes it. */
  setAnswer(instance: FieldInstance, value: unknown): void {
    setAt(this.answers, instance.path, value);
    this.changed();
    this.serverErrors.delete(instance.pointer);
    // A fixed error disappears at once; a new one waits until the person leaves the field.
    if (!this.evaluation().problems.has(instance.pointer)) this.shown.delete(instance.pointer);
    this.refreshGroupError(instance);
    this.host.requestUpdate();
  }

  /** Replaces every answer (pre-filling from the page, an opened file); only this form's fields are kept. */
  replaceAnswers(answers: Answers): void {
    this.answers = this.model.pick(answers);
    this.shown.clear();
    this.serverErrors.clear();
    this.changed();
    this.host.requestUpdate();
  }

  /** Leaving a field shows its error, unless it is still empty (that waits for "continue"). */
  leave(instance: FieldInstance): void {
    const problem = this.evaluation().problems.has(instance.pointer);
    const value = this.value(instance.path);
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    const before = this.shown.has(instance.pointer);
    const after = problem && (!empty || before);
    if (after === before) return;
    if (after) this.shown.add(instance.pointer);
    else this.shown.delete(instance.pointer);
    this.host.requestUpdate();
  }

  private refreshGroupError(instance: FieldInstance): void {
    for (const list of this.evaluation().instances.values()) {
      for (const group of list) {
        if (
          group.kind === 'group' &&
          instance.pointer.startsWith(`${group.pointer}/`) &&
          !this.evaluation().problems.has(group.pointer)
        ) {
          this.shown.delete(group.pointer);
        }
      }
    }
  }

  /** A Buddhist-era year typed into a date (2567) becomes the Gregorian year the data needs (2024). */
  fixBuddhistYear(instance: FieldInstance, value: string): void {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match || Number(match[1]) < 2400) return;
    const gregorian = String(Number(match[1]) - 543);
    this.status = { key: 'form-date-converted', params: { buddhist: match[1], gregorian } };
    this.setAnswer(instance, `${gregorian}-${match[2]}-${match[3]}`);
  }

  /** A copy of a group's raw items (blank ones included), to change and set back. */
  private itemsOf(group: GroupInstance): unknown[] {
    const raw = this.value(group.path);
    return Array.isArray(raw) ? [...raw] : group.items.map(() => ({}));
  }

  addItem(group: GroupInstance): void {
    const items = this.itemsOf(group);
    items.push({});
    setAt(this.answers, group.path, items);
    this.changed();
    const index = items.length - 1;
    this.status = { key: 'form-item-added', params: { n: index + 1 } };
    const added = this.evaluation()
      .instances.get(group.info.pageIndex)
      ?.find((i): i is GroupInstance => i.pointer === group.pointer);
    const first = added?.items[index]?.[0];
    this.focus(first ? this.focusId(first) : `${group.id}-add`);
  }

  removeItem(group: GroupInstance, index: number): void {
    const items = this.itemsOf(group);
    items.splice(index, 1);
    setAt(this.answers, group.path, items);
    for (const shown of [this.shown, this.serverErrors]) {
      for (const pointer of [...shown.keys()]) if (pointer.startsWith(`${group.pointer}/`)) shown.delete(pointer);
    }
    this.changed();
    this.status = { key: 'form-item-removed', params: { n: index + 1 } };
    this.focus(`${group.id}-add`);
  }

  private changed(): void {
    this.revision += 1;
    this.saveDraft();
  }

  // ---- moving between pages ------------------------------------------------------------

  /** "Continue": stays with an error summary, or moves on (to the check page after a change); on the check page, sends. */
  continue(): void {
    if (this.step === 'check') return void this.submit();
    if (typeof this.step !== 'number') return;
    const evaluation = this.evaluation();
    if (this.showProblemsOn(this.step)) return;
    const visible = evaluation.visiblePages;
    const next = visible.find((page) => page > (this.step as number));
    if (next === undefined && !this.checkAnswers) return void this.submit();
    this.moveTo(this.returnToCheck || next === undefined ? 'check' : next);
  }

  back(): void {
    const visible = this.evaluation().visiblePages;
    const current = this.step;
    const previous =
      current === 'check'
        ? visible[visible.length - 1]
        : [...visible].reverse().find((page) => page < (current as number));
    if (previous !== undefined) this.moveTo(previous);
  }

  /** "Change" on the check page: that field's page, focus on the field, then back to the check page. */
  change(instance: Instance): void {
    const page = this.pageOf(instance);
    if (page === undefined) return;
    this.returnToCheck = true;
    this.moveTo(page, this.focusId(instance));
  }

  /** Clears the answers, the draft and any pending submission, and starts at the first page. */
  async startAgain(): Promise<void> {
    this.answers = {};
    this.shown.clear();
    this.serverErrors.clear();
    this.serverGeneral = [];
    this.summary = false;
    this.pending = undefined;
    this.receipt = undefined;
    this.restoredAt = undefined;
    this.sendError = undefined;
    this.returnToCheck = false;
    this.revision += 1;
    this.host.requestUpdate();
    await this.clearDraft();
    this.draftStatus = { key: 'form-started-again' };
    this.moveTo(this.evaluation().visiblePages[0] ?? 0);
  }

  private moveTo(step: Step, focus = 'page-title'): void {
    this.step = step;
    this.summary = false;
    if (step === 'check' || step === 'receipt') this.returnToCheck = false;
    this.saveDraft();
    // A page the receiver found problems on opens with its error summary.
    if (typeof step === 'number' && this.serverErrors.size > 0 && this.showServerErrorsOn(step)) return;
    this.focus(focus);
  }

  private showServerErrorsOn(page: number): boolean {
    const instances = (this.evaluation().instances.get(page) ?? []).flatMap(withItems);
    return instances.some((instance) => this.serverErrors.has(instance.pointer)) && this.showProblemsOn(page);
  }

  private pageOf(instance: Instance): number | undefined {
    for (const [page, list] of this.evaluation().instances) {
      if (
        list.some(
          (item) =>
            item.pointer === instance.pointer ||
            (item.kind === 'group' && instance.pointer.startsWith(`${item.pointer}/`)),
        )
      )
        return page;
    }
    return undefined;
  }

  /** Shows every error of a page with the summary; `true` when there were any. */
  private showProblemsOn(page: number): boolean {
    const evaluation = this.evaluation();
    let found = false;
    for (const instance of (evaluation.instances.get(page) ?? []).flatMap(withItems)) {
      if (evaluation.problems.has(instance.pointer) || this.serverErrors.has(instance.pointer)) {
        this.shown.add(instance.pointer);
        found = true;
      }
    }
    this.summary = found;
    if (found) this.focus('error-summary');
    return found;
  }

  private stepId(): string {
    return typeof this.step === 'number' ? (this.definition.pages[this.step]?.id ?? '') : this.step;
  }

  private stepFromId(id: string | undefined): Step {
    if (id === 'check') return this.checkAnswers ? 'check' : 0;
    const index = this.definition.pages.findIndex((page) => page.id === id);
    const visible = this.evaluation().visiblePages;
    return index >= 0 && visible.includes(index) ? index : (visible[0] ?? 0);
  }

  // ---- focus -----------------------------------------------------------------------------

  private focus(target: string): void {
    this.focusTarget = target;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      if (this.focusTarget !== target) return;
      this.focusTarget = undefined;
      this.focusField(target);
    });
  }

  /** Moves focus to an element of our own root by id (a summary link's field: ids only resolve inside the root). */
  focusField(id: string): void {
    const root = this.host.renderRoot as ShadowRoot;
    const element = root.getElementById?.(id) ?? root.querySelector?.(`#${CSS.escape(id)}`);
    if (element instanceof HTMLElement) {
      element.focus();
      element.scrollIntoView?.({ block: 'center' });
    }
  }

  // ---- drafts ----------------------------------------------------------------------------

  /** Saves the draft now; writes never overlap, and the last change always lands. */
  saveDraft(): void {
    if (!this.keep || this.step === 'receipt') return;
    if (this.saving) {
      this.dirty = true;
      return;
    }
    const write = async () => {
      do {
        this.dirty = false;
        const savedAt = new Date().toISOString();
        if (Object.keys(this.answers).length === 0 && !this.pending) {
          // Nothing typed yet (or just cleared): nothing to keep, and nothing to announce.
          await deleteDraft(this.definition.id, this.definition.version);
          continue;
        }
        await writeDraft({
          formId: this.definition.id,
          version: this.definition.version,
          keep: true,
          answers: cloneJson(this.answers),
          page: this.stepId(),
          savedAt,
          pending: this.pending,
        });
        if (!this.keep || this.step === 'receipt') break;
        this.draftStatus = { key: 'form-draft-saved', time: savedAt };
        this.host.requestUpdate();
      } while (this.dirty);
    };
    this.saving = write().finally(() => (this.saving = undefined));
  }

  /** Resolves once every change so far is on the device. */
  async flushDraft(): Promise<void> {
    while (this.saving) await this.saving;
  }

  /**
   * Removes the draft once writes have settled. After "do not keep on this device" only that
   * choice is remembered, so the next visit does not save either.
   */
  private async clearDraft(): Promise<void> {
    const { id, version } = this.definition;
    await this.flushDraft();
    await deleteDraft(id, version);
    if (!this.keep) await writeDraft({ formId: id, version, keep: false, savedAt: new Date().toISOString() });
  }

  /** The "do not keep on this device" choice: deletes the draft and stops saving, or starts again. */
  async setKeep(keep: boolean): Promise<void> {
    this.keep = keep;
    await this.flushDraft();
    if (keep) {
      this.draftStatus = { key: 'form-draft-kept' };
      this.saveDraft();
    } else {
      await this.clearDraft();
      this.restoredAt = undefined;
      this.draftStatus = { key: 'form-draft-deleted' };
    }
    this.host.requestUpdate();
  }

  // ---- files and printing --------------------------------------------------------------

  /** Downloads the answers as a JSON file a person can keep and open again (a Blob URL and `<a download>`). */
  saveFile(): void {
    const savedAt = new Date().toISOString();
    const content = {
      formId: this.definition.id,
      formVersion: this.definition.version,
      savedAt,
      data: this.evaluation().data,
    };
    const name = `${this.definition.id}-${savedAt.slice(0, 10)}.json`;
    const url = URL.createObjectURL(new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = name;
    anchor.rel = 'noopener';
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.fileStatus = { key: 'form-file-saved', params: { name } };
    this.host.requestUpdate();
  }

  /** Opens a saved answers file: checks it, keeps only this form's fields, then shows what needs fixing or the check page. */
  async openFile(file: File): Promise<void> {
    let content: unknown;
    try {
      if (file.size > MAX_FILE) throw new Error('too large');
      content = JSON.parse(await file.text());
    } catch {
      this.fileStatus = { key: 'form-file-unreadable', error: true };
      this.host.requestUpdate();
      return;
    }
    const record = content as { formId?: unknown; data?: unknown };
    if (
      !record ||
      typeof record !== 'object' ||
      !record.data ||
      typeof record.data !== 'object' ||
      Array.isArray(record.data)
    ) {
      this.fileStatus = { key: 'form-file-unreadable', error: true };
    } else if (record.formId !== this.definition.id) {
      this.fileStatus = { key: 'form-file-wrong-form', error: true };
    } else {
      this.replaceAnswers(record.data as Answers);
      this.fileStatus = { key: 'form-file-opened' };
      if (!this.showFirstProblems())
        this.moveTo(this.checkAnswers ? 'check' : (this.evaluation().visiblePages[0] ?? 0));
    }
    this.host.requestUpdate();
  }

  private firstPageWithProblems(): number | undefined {
    const evaluation = this.evaluation();
    return evaluation.visiblePages.find((page) =>
      (evaluation.instances.get(page) ?? []).some((instance) => this.hasProblem(instance)),
    );
  }

  private hasProblem(instance: Instance): boolean {
    const problems = this.evaluation().problems;
    return withItems(instance).some((place) => problems.has(place.pointer) || this.serverErrors.has(place.pointer));
  }

  /** Opens the first page with problems and shows them with the summary; `false` when no page has any. */
  private showFirstProblems(): boolean {
    const page = this.firstPageWithProblems();
    if (page === undefined) return false;
    this.step = page;
    this.showProblemsOn(page);
    return true;
  }

  /** The summary alone, for problems no field can show. */
  private showSummary(): void {
    this.summary = true;
    this.focus('error-summary');
  }

  // ---- submitting ------------------------------------------------------------------------

  /**
   * Sends the answers: checks them all, fires `gov-submit` (cancelable), makes or reuses
   * the idempotency key (kept with the draft), posts with retries, then shows the receipt
   * and clears the draft, or maps the receiver's `400` errors onto the fields.
   */
  async submit(): Promise<void> {
    if (this.sending) return;
    this.sendError = undefined;
    this.serverGeneral = [];
    if (this.showFirstProblems()) return;
    if (this.evaluation().general.length > 0) return this.showSummary();
    const endpoint = this.options.endpoint();
    if (!endpoint) {
      this.sendError = { key: 'form-no-endpoint' };
      this.focus('send-error');
      return;
    }
    const data = cloneJson(this.evaluation().data);
    this.pending ??= { idempotencyKey: newIdempotencyKey(), submittedAt: new Date().toISOString(), data };
    const detail = {
      formId: this.definition.id,
      formVersion: this.definition.version,
      data,
      idempotencyKey: this.pending.idempotencyKey,
    };
    const proceed = this.host.dispatchEvent(
      new CustomEvent('gov-submit', { detail, bubbles: true, composed: true, cancelable: true }),
    );
    if (!proceed) return;
    this.sending = true;
    this.sendStatus = { key: 'form-sending' };
    this.host.requestUpdate();
    // The key is on the device before the request leaves: a reload resends with the same key.
    this.saveDraft();
    await this.flushDraft();
    try {
      let outcome = await this.post(endpoint, data);
      if (outcome.kind === 'key-conflict' && !sameJson(this.pending.data, data)) {
        // The person changed answers after the key was made, and the first send did arrive: a new submission.
        this.pending = { idempotencyKey: newIdempotencyKey(), submittedAt: new Date().toISOString(), data };
        this.saveDraft();
        await this.flushDraft();
        outcome = await this.post(endpoint, data);
      }
      await this.settle(outcome);
    } finally {
      this.sending = false;
      this.sendStatus = undefined;
      this.host.requestUpdate();
    }
  }

  private post(endpoint: string, data: Answers): Promise<SubmitOutcome> {
    const pending = this.pending!;
    return submitForm({
      endpoint,
      idempotencyKey: pending.idempotencyKey,
      lang: this.host.lang,
      body: {
        formId: this.definition.id,
        formVersion: this.definition.version,
        submittedAt: pending.submittedAt,
        data,
      },
      baseDelay: this.options.retryDelay(),
      onRetry: ({ attempt, delay }) => {
        this.sendStatus = {
          key: 'form-retrying',
          params: { seconds: Math.max(1, Math.round(delay / 1000)), attempt: attempt + 1 },
        };
        this.host.requestUpdate();
      },
    });
  }

  private async settle(outcome: SubmitOutcome): Promise<void> {
    switch (outcome.kind) {
      case 'receipt': {
        this.receipt = { receipt: outcome.receipt, receivedAt: outcome.receivedAt };
        this.pending = undefined;
        this.step = 'receipt';
        this.summary = false;
        // The draft goes only now that the receiver has confirmed it has the answers.
        await this.clearDraft();
        this.status = undefined;
        this.draftStatus = undefined;
        this.host.dispatchEvent(
          new CustomEvent('gov-receipt', {
            detail: { formId: this.definition.id, ...this.receipt },
            bubbles: true,
            composed: true,
          }),
        );
        this.focus('receipt-title');
        return;
      }
      case 'invalid':
        this.showServerProblems(outcome.errors);
        return;
      case 'key-conflict':
        this.sendError = { key: 'form-send-failed-conflict' };
        break;
      default:
        this.sendError = { key: `form-send-failed-${outcome.reason}`, params: { status: outcome.status ?? '' } };
    }
    this.focus('send-error');
  }

  /** A `400`: each problem goes onto its field (paths may be relative to `data` or to the body). */
  private showServerProblems(errors: ServerProblem[]): void {
    const evaluation = this.evaluation();
    for (const error of errors) {
      const pointer = error.path.replace(/^#/, '').replace(/^\/data(?=\/|$)/, '');
      const owner = this.model.locate(pointer, evaluation);
      if (owner) {
        if (!this.serverErrors.has(owner.pointer)) this.serverErrors.set(owner.pointer, error.message);
      } else this.serverGeneral.push(error);
    }
    if (!this.showFirstProblems()) this.showSummary();
  }
}
