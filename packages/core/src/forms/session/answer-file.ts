import type { FormSession } from '../form-session.js';
import type { Answers } from '../paths.js';
import type { Message } from './types.js';

const MAX_FILE = 1024 * 1024;

/** Saving the answers as a JSON file a person can keep, and opening such a file again. */
export class AnswerFile {
  /** What came of opening or saving an answers file. */
  status?: Message & { error?: boolean };

  constructor(private readonly session: FormSession) {}

  /** Downloads the answers as a JSON file (a Blob URL and `<a download>`). */
  save(): void {
    const { definition } = this.session;
    const savedAt = new Date().toISOString();
    const content = {
      formId: definition.id,
      formVersion: definition.version,
      savedAt,
      data: this.session.evaluation().data,
    };
    const name = `${definition.id}-${savedAt.slice(0, 10)}.json`;
    const url = URL.createObjectURL(new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = name;
    anchor.rel = 'noopener';
    anchor.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    this.status = { key: 'form-file-saved', params: { name } };
    this.session.host.requestUpdate();
  }

  /** Opens a saved answers file: checks it, keeps only this form's fields, then shows what needs fixing or the check page. */
  async open(file: File): Promise<void> {
    const { session } = this;
    const data = await readAnswers(file);
    if (data === undefined) {
      this.status = { key: 'form-file-unreadable', error: true };
    } else if (data.formId !== session.definition.id) {
      this.status = { key: 'form-file-wrong-form', error: true };
    } else {
      session.replaceAnswers(data.answers);
      this.status = { key: 'form-file-opened' };
      if (!session.problems.showFirst())
        session.navigation.moveTo(session.checkAnswers ? 'check' : session.navigation.first());
    }
    session.host.requestUpdate();
  }
}

/** The form id and answers of a saved file; `undefined` when it is too large, not JSON, or has no answers object. */
async function readAnswers(file: File): Promise<{ formId: unknown; answers: Answers } | undefined> {
  let content: unknown;
  try {
    if (file.size > MAX_FILE) return undefined;
    content = JSON.parse(await file.text());
  } catch {
    return undefined;
  }
  const record = content as { formId?: unknown; data?: unknown } | null;
  if (!record || typeof record !== 'object') return undefined;
  const { data } = record;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  return { formId: record.formId, answers: data as Answers };
}
