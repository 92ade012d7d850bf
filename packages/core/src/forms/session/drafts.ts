import { deleteDraft, readDraft, writeDraft } from '../draft-store.js';
import type { FormSession } from '../form-session.js';
import { cloneJson } from '../paths.js';
import type { Message } from './types.js';

/** The draft on the device: brought back on opening, saved after every change, removed on request or once sent. */
export class DraftKeeper {
  /** `false` once the person chose not to keep answers on this device. */
  keep = true;
  /** When the draft brought back was saved. */
  restoredAt?: string;
  /** The polite announcement about the draft on the device. */
  status?: Message;

  private saving?: Promise<void>;
  private dirty = false;

  constructor(private readonly session: FormSession) {}

  /** Brings back the person's draft of this form version, if any: answers, page and pending submission. */
  async restore(): Promise<void> {
    const { session } = this;
    const draft = await readDraft(session.definition.id, session.definition.version);
    if (!draft) return;
    this.keep = draft.keep;
    if (!draft.keep || !draft.answers) return;
    session.answers = draft.answers;
    this.restoredAt = draft.savedAt;
    session.submission.pending = draft.pending;
    session.step = session.navigation.stepFromId(draft.page);
  }

  /** Saves the draft now; writes never overlap, and the last change always lands. */
  save(): void {
    if (!this.keep || this.session.step === 'receipt') return;
    if (this.saving) {
      this.dirty = true;
      return;
    }
    this.saving = this.write().finally(() => (this.saving = undefined));
  }

  /** Resolves once every change so far is on the device. */
  async flush(): Promise<void> {
    while (this.saving) await this.saving;
  }

  /**
   * Removes the draft once writes have settled. After "do not keep on this device" only that
   * choice is remembered, so the next visit does not save either.
   */
  async clear(): Promise<void> {
    const { id, version } = this.session.definition;
    await this.flush();
    await deleteDraft(id, version);
    if (!this.keep) await writeDraft({ formId: id, version, keep: false, savedAt: new Date().toISOString() });
  }

  /** The "do not keep on this device" choice: deletes the draft and stops saving, or starts again. */
  async setKeep(keep: boolean): Promise<void> {
    this.keep = keep;
    await this.flush();
    if (keep) {
      this.status = { key: 'form-draft-kept' };
      this.save();
    } else {
      await this.clear();
      this.restoredAt = undefined;
      this.status = { key: 'form-draft-deleted' };
    }
    this.session.host.requestUpdate();
  }

  private async write(): Promise<void> {
    const { session } = this;
    const { id, version } = session.definition;
    do {
      this.dirty = false;
      const savedAt = new Date().toISOString();
      const pending = session.submission.pending;
      if (Object.keys(session.answers).length === 0 && !pending) {
        // Nothing typed yet (or just cleared): nothing to keep, and nothing to announce.
        await deleteDraft(id, version);
        continue;
      }
      await writeDraft({
        formId: id,
        version,
        keep: true,
        answers: cloneJson(session.answers),
        page: session.navigation.stepId(),
        savedAt,
        pending,
      });
      if (!this.keep || session.step === 'receipt') break;
      this.status = { key: 'form-draft-saved', time: savedAt };
      session.host.requestUpdate();
    } while (this.dirty);
  }
}
