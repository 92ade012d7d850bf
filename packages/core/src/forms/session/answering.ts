import { withItems, type FieldInstance, type GroupInstance } from '../model/types.js';
import type { FormSession } from '../form-session.js';
import { setAt } from '../paths.js';
import { focusId } from './focus.js';

/** Changing answers as the person types: a field, a converted year, an item added to or removed from a group. */
export class Answering {
  constructor(private readonly session: FormSession) {}

  /** Records an answer as the person changes it. */
  set(instance: FieldInstance, value: unknown): void {
    const { session } = this;
    const { problems } = session;
    setAt(session.answers, instance.path, value);
    session.changed();
    problems.server.delete(instance.pointer);
    // A fixed error disappears at once; a new one waits until the person leaves the field.
    if (!session.evaluation().problems.has(instance.pointer)) problems.shown.delete(instance.pointer);
    this.refreshGroupError(instance);
    session.host.requestUpdate();
  }

  /** Leaving a field shows its error, unless it is still empty (that waits for "continue"). */
  leave(instance: FieldInstance): void {
    const { shown } = this.session.problems;
    const problem = this.session.evaluation().problems.has(instance.pointer);
    const value = this.session.value(instance.path);
    const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
    const before = shown.has(instance.pointer);
    const after = problem && (!empty || before);
    if (after === before) return;
    if (after) shown.add(instance.pointer);
    else shown.delete(instance.pointer);
    this.session.host.requestUpdate();
  }

  /** A Buddhist-era year typed into a date (2567) becomes the Gregorian year the data needs (2024). */
  fixBuddhistYear(instance: FieldInstance, value: string): void {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!match || Number(match[1]) < 2400) return;
    const gregorian = String(Number(match[1]) - 543);
    this.session.status = { key: 'form-date-converted', params: { buddhist: match[1], gregorian } };
    this.set(instance, `${gregorian}-${match[2]}-${match[3]}`);
  }

  addItem(group: GroupInstance): void {
    const { session } = this;
    const items = this.itemsOf(group);
    items.push({});
    setAt(session.answers, group.path, items);
    session.changed();
    const index = items.length - 1;
    session.status = { key: 'form-item-added', params: { n: index + 1 } };
    const added = (session.evaluation().instances.get(group.info.pageIndex) ?? [])
      .flatMap(withItems)
      .find((i): i is GroupInstance => i.kind === 'group' && i.pointer === group.pointer);
    const first = added?.items[index]?.[0];
    session.focus.request(first ? focusId(first) : `${group.id}-add`);
  }

  removeItem(group: GroupInstance, index: number): void {
    const { session } = this;
    const items = this.itemsOf(group);
    items.splice(index, 1);
    setAt(session.answers, group.path, items);
    session.problems.clearUnder(group.pointer);
    session.changed();
    session.status = { key: 'form-item-removed', params: { n: index + 1 } };
    session.focus.request(`${group.id}-add`);
  }

  /** A copy of a group's raw items (blank ones included), to change and set back. */
  private itemsOf(group: GroupInstance): unknown[] {
    const raw = this.session.value(group.path);
    return Array.isArray(raw) ? [...raw] : group.items.map(() => ({}));
  }

  /** A group's own error (too few items) goes once a field inside it makes the group valid. */
  private refreshGroupError(instance: FieldInstance): void {
    const evaluation = this.session.evaluation();
    for (const list of evaluation.instances.values()) {
      for (const group of list.flatMap(withItems)) {
        if (
          group.kind === 'group' &&
          instance.pointer.startsWith(`${group.pointer}/`) &&
          !evaluation.problems.has(group.pointer)
        ) {
          this.session.problems.shown.delete(group.pointer);
        }
      }
    }
  }
}
