import type { ContentItem, ContentStep, StepResult } from '../store/types.js';

type Refusal = StepResult & { ok: false };

/**
 * The order's rules for one step on one item (clause 3, and clause 4 for urgent items),
 * the same for every role, admin included: the reporter, the approver, the screener and
 * the uploader of an item are different people, and a withdrawal is requested by one
 * person and approved by another. Returns why the step cannot be taken, or undefined.
 * Permissions (which role may take which step) are checked before, by the staff routes.
 */
export function stepRefusal(item: ContentItem, step: ContentStep, staffId: string): Refusal | undefined {
  const took = stepsTakenBy(item, staffId);
  switch (step) {
    case 'approve':
      if (item.state !== 'draft') return { ok: false, reason: 'status' };
      return took.length ? { ok: false, reason: 'same-person', took: took[0] } : undefined;
    case 'screen':
      if (!item.urgent) return { ok: false, reason: 'not-urgent' };
      if (item.state !== 'approved' || item.screened) return { ok: false, reason: 'status' };
      return took.length ? { ok: false, reason: 'same-person', took: took[0] } : undefined;
    case 'publish':
      if (item.state !== 'approved') return { ok: false, reason: 'status' };
      if (item.urgent && !item.screened) return { ok: false, reason: 'needs-screening' };
      return took.length ? { ok: false, reason: 'same-person', took: took[0] } : undefined;
    case 'withdraw-request':
      return !item.published || item.withdrawal ? { ok: false, reason: 'status' } : undefined;
    case 'withdraw':
      if (!item.published || !item.withdrawal) return { ok: false, reason: 'status' };
      return item.withdrawal.by === staffId ? { ok: false, reason: 'same-person', took: 'requested' } : undefined;
  }
}

/** The steps of the item's current round this person has taken already. */
function stepsTakenBy(item: ContentItem, staffId: string): ('reported' | 'approved' | 'screened')[] {
  const taken: ('reported' | 'approved' | 'screened')[] = [];
  if (item.reported?.by === staffId) taken.push('reported');
  if (item.approved?.by === staffId) taken.push('approved');
  if (item.screened?.by === staffId) taken.push('screened');
  return taken;
}

/** Who the item waits for next, for notifications and the queues. */
export function nextRole(
  item: Pick<ContentItem, 'state' | 'urgent' | 'screened' | 'withdrawal' | 'published'>,
): 'approver' | 'screener' | 'uploader' | undefined {
  if (item.withdrawal && item.published) return 'approver';
  if (item.state === 'draft') return 'approver';
  if (item.state === 'approved') return item.urgent && !item.screened ? 'screener' : 'uploader';
  return undefined;
}
