import type { Instance } from '../model/types.js';
import type { FormSession } from '../form-session.js';
import { focusId } from './focus.js';
import type { Step } from './types.js';

/** Moving between pages: continue, back, "change" from the check page, and the page kept with the draft. */
export class Navigation {
  /** Set by "change" on the check page: continue goes back there. */
  returnToCheck = false;

  constructor(private readonly session: FormSession) {}

  /** "Continue": stays with an error summary, or moves on (to the check page after a change); on the check page, sends. */
  continue(): void {
    const { session } = this;
    const step = session.step;
    if (step === 'check') return void session.submission.submit();
    if (typeof step !== 'number') return;
    if (session.problems.showOn(step)) return;
    const next = session.evaluation().visiblePages.find((page) => page > step);
    if (next === undefined && !session.checkAnswers) return void session.submission.submit();
    this.moveTo(this.returnToCheck || next === undefined ? 'check' : next);
  }

  back(): void {
    const visible = this.session.evaluation().visiblePages;
    const current = this.session.step;
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
    this.moveTo(page, focusId(instance));
  }

  /** Goes to a step and moves focus there (a page the receiver found problems on opens with its error summary). */
  moveTo(step: Step, focus = 'page-title'): void {
    const { session } = this;
    session.step = step;
    session.problems.summary = false;
    if (step === 'check' || step === 'receipt') this.returnToCheck = false;
    session.drafts.save();
    if (typeof step === 'number' && session.problems.showServerOn(step)) return;
    session.focus.request(focus);
  }

  /** The first page the person can see. */
  first(): number {
    return this.session.evaluation().visiblePages[0] ?? 0;
  }

  /** The current step as the draft keeps it: a page id, `check` or `receipt`. */
  stepId(): string {
    const step = this.session.step;
    return typeof step === 'number' ? (this.session.definition.pages[step]?.id ?? '') : step;
  }

  /** The step a kept page id comes back as: that page if it is still visible, else the first. */
  stepFromId(id: string | undefined): Step {
    if (id === 'check') return this.session.checkAnswers ? 'check' : 0;
    const index = this.session.definition.pages.findIndex((page) => page.id === id);
    const visible = this.session.evaluation().visiblePages;
    return index >= 0 && visible.includes(index) ? index : (visible[0] ?? 0);
  }

  private pageOf(instance: Instance): number | undefined {
    for (const [page, list] of this.session.evaluation().instances) {
      const holds = list.some(
        (item) =>
          item.pointer === instance.pointer ||
          (item.kind === 'group' && instance.pointer.startsWith(`${item.pointer}/`)),
      );
      if (holds) return page;
    }
    return undefined;
  }
}
