import type { Instance } from '../model/types.js';
import type { FormHost } from './types.js';

/** The control a link to this field moves focus to: the input, the first choice, or the group's first field. */
export function focusId(instance: Instance): string {
  if (instance.kind === 'group') {
    const first = instance.items.find((fields) => fields.length > 0)?.[0];
    return first ? focusId(first) : `${instance.id}-add`;
  }
  return ['radios', 'checkboxes'].includes(instance.info.widget) ? `${instance.id}-0` : instance.id;
}

/**
 * Moves focus after the next render (a page title, the error summary, a field): the target
 * usually appears only in that render. The session calls `afterRender()` from `hostUpdated`.
 */
export class FocusMover {
  private target?: string;

  constructor(private readonly host: FormHost) {}

  /** Focuses `id` once the host has rendered; a later request replaces an earlier one. */
  request(id: string): void {
    this.target = id;
    this.host.requestUpdate();
  }

  afterRender(): void {
    const target = this.target;
    if (target === undefined) return;
    this.target = undefined;
    this.field(target);
  }

  /** Forgets a move not made yet (the element left the page). */
  cancel(): void {
    this.target = undefined;
  }

  /** Moves focus to an element of our own root by id (a summary link's field: ids only resolve inside the root). */
  field(id: string): void {
    const root = this.host.renderRoot as ShadowRoot;
    const element = root.getElementById?.(id) ?? root.querySelector?.(`#${CSS.escape(id)}`);
    if (element instanceof HTMLElement) {
      element.focus();
      element.scrollIntoView?.({ block: 'center' });
    }
  }
}
