import { placesOf, withItems, type Instance } from '../model/types.js';
import type { FormSession } from '../form-session.js';
import type { ServerProblem } from '../submit.js';
import { focusId } from './focus.js';
import type { SummaryEntry } from './types.js';

/**
 * Which errors show: a field's once the person has left it (or pressed continue), the
 * receiver's until the field changes, and the error summary with its entries.
 */
export class FormProblems {
  /** Fields whose errors are shown (pointers of raw answers). */
  readonly shown = new Set<string>();
  /** Whether the error summary is shown. */
  summary = false;
  /** What the receiver said about fields (`400`), until the field changes. */
  readonly server = new Map<string, string>();
  /** Server problems no field can show. */
  general: ServerProblem[] = [];

  constructor(private readonly session: FormSession) {}

  /** The error a field shows now: the receiver's, or the first broken rule once it is shown. */
  visible(instance: Instance): SummaryEntry['problem'] | undefined {
    const server = this.server.get(instance.pointer);
    if (server !== undefined) return { message: server, keyword: 'server', pointer: instance.pointer };
    if (!this.shown.has(instance.pointer)) return undefined;
    return this.session.evaluation().problems.get(instance.pointer);
  }

  /** Everything on the current page (or the whole form on the check page) that shows an error, in page order. */
  summaryEntries(): SummaryEntry[] {
    const evaluation = this.session.evaluation();
    const step = this.session.step;
    const pages = typeof step === 'number' ? [step] : evaluation.visiblePages;
    const entries: SummaryEntry[] = [];
    for (const page of pages) {
      for (const { instance, item } of (evaluation.instances.get(page) ?? []).flatMap((top) => placesOf(top))) {
        const problem = this.visible(instance);
        if (problem) entries.push({ target: focusId(instance), problem, instance, item });
      }
    }
    if (this.summary) {
      evaluation.general.forEach((problem) => entries.push({ problem }));
      this.general.forEach((problem) =>
        entries.push({ problem: { ...problem, keyword: 'server', pointer: problem.path } }),
      );
    }
    return entries;
  }

  /** Forgets every shown error (new answers, or starting again). */
  clear(): void {
    this.shown.clear();
    this.server.clear();
  }

  /** Forgets the shown and the receiver's errors of everything under a pointer (a removed group item). */
  clearUnder(pointer: string): void {
    for (const pointers of [this.shown, this.server]) {
      for (const inner of [...pointers.keys()]) if (inner.startsWith(`${pointer}/`)) pointers.delete(inner);
    }
  }

  /** Shows every error of a page with the summary; `true` when there were any. */
  showOn(page: number): boolean {
    const evaluation = this.session.evaluation();
    let found = false;
    for (const instance of (evaluation.instances.get(page) ?? []).flatMap(withItems)) {
      if (evaluation.problems.has(instance.pointer) || this.server.has(instance.pointer)) {
        this.shown.add(instance.pointer);
        found = true;
      }
    }
    this.summary = found;
    if (found) this.session.focus.request('error-summary');
    return found;
  }

  /** Shows the receiver's errors when a page holds any (a page opens with its summary); `true` when it did. */
  showServerOn(page: number): boolean {
    if (this.server.size === 0) return false;
    const instances = (this.session.evaluation().instances.get(page) ?? []).flatMap(withItems);
    return instances.some((instance) => this.server.has(instance.pointer)) && this.showOn(page);
  }

  /** Opens the first page with problems and shows them with the summary; `false` when no page has any. */
  showFirst(): boolean {
    const evaluation = this.session.evaluation();
    const page = evaluation.visiblePages.find((index) =>
      (evaluation.instances.get(index) ?? []).some((instance) => this.has(instance)),
    );
    if (page === undefined) return false;
    this.session.step = page;
    this.showOn(page);
    return true;
  }

  /** The summary alone, for problems no field can show. */
  showSummary(): void {
    this.summary = true;
    this.session.focus.request('error-summary');
  }

  /** A `400`: each problem goes onto its field (paths may be relative to `data` or to the body). */
  showFromServer(errors: ServerProblem[]): void {
    const { model } = this.session;
    const evaluation = this.session.evaluation();
    for (const error of errors) {
      const pointer = error.path.replace(/^#/, '').replace(/^\/data(?=\/|$)/, '');
      const owner = model.locate(pointer, evaluation);
      if (owner) {
        if (!this.server.has(owner.pointer)) this.server.set(owner.pointer, error.message);
      } else this.general.push(error);
    }
    if (!this.showFirst()) this.showSummary();
  }

  private has(instance: Instance): boolean {
    const problems = this.session.evaluation().problems;
    return withItems(instance).some((place) => problems.has(place.pointer) || this.server.has(place.pointer));
  }
}
