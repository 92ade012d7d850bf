import type { AuditEntry } from '../../store/index.js';
import { PAGE_SIZE, entry, page, pageNumber, pager, send, type Ctx, type SignedIn } from '../context.js';
import { html, time, type SafeHtml } from '../html.js';
import type { StaffRouter } from '../plugin.js';

/** Failed sign-ins in a row from which an account shows in the staff alert. */
export const ALERT_THRESHOLD = 3;

/** The audit log, readable: action names in words, receipt numbers, details as text. */
export function auditRoutes(router: StaffRouter): void {
  router.get('/audit', { permission: 'audit.read' }, audit);
}

/** The alert staff see when an account is being guessed at. */
export async function signInAlert(ctx: SignedIn): Promise<SafeHtml | ''> {
  const accounts = await ctx.deps.store.accountsUnderAttack(ALERT_THRESHOLD);
  if (accounts.length === 0) return '';
  const { t, lang } = ctx;
  return html`<div class="alert" role="alert"><p>${t('alert-sign-in')}</p><ul>${accounts.map(
    (a) =>
      html`<li>${t('alert-sign-in-account', { username: a.username, failures: a.failures })}${a.lockedUntil ? html` ${t('alert-locked-until')} ${time(a.lockedUntil, lang)}` : ''}</li>`,
  )}</ul></div>`;
}

function actionName(ctx: Ctx, action: string): string {
  const name = ctx.t(`action-${action}`);
  return name === `action-${action}` ? action : name;
}

/** One entry's details in words; ids are left out (the receipt number says which record). */
function detailText(ctx: Ctx, row: AuditEntry): SafeHtml | '' {
  const detail = row.detail ?? {};
  const parts = Object.entries(detail)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => {
      const label = ctx.t(`detail-${key}`);
      const shown = Array.isArray(value)
        ? value.join(', ')
        : typeof value === 'boolean'
          ? ctx.t(value ? 'yes' : 'no')
          : key === 'role'
            ? ctx.t(`role-${value}`)
            : String(value);
      return html`<li>${label === `detail-${key}` ? key : label}: ${shown}</li>`;
    });
  return parts.length ? html`<ul class="detail">${parts}</ul>` : '';
}

async function audit(ctx: SignedIn): Promise<void> {
  const { t, lang, deps } = ctx;
  const actor = (ctx.query.actor ?? '').slice(0, 64);
  const action = (ctx.query.action ?? '').slice(0, 64);
  const pageNo = pageNumber(ctx);
  await deps.store.addAudit(
    entry(ctx, 'audit.view', undefined, { actor: actor || undefined, action: action || undefined, page: pageNo }),
  );
  const { rows, total } = await deps.store.listAudit({
    actor: actor || undefined,
    action: action || undefined,
    limit: PAGE_SIZE,
    offset: (pageNo - 1) * PAGE_SIZE,
  });
  const main = html`<h1>${t('audit-title')}</h1>
<p>${t('audit-intro')}</p>
<form method="get" action="/staff/audit"><fieldset><legend>${t('filter-legend')}</legend><div class="filters">
  <div><label for="actor">${t('filter-actor')}</label><input type="text" id="actor" name="actor" value="${actor}"></div>
  <div><label for="action">${t('filter-action')}</label><input type="text" id="action" name="action" value="${action}"></div>
  <div><button type="submit">${t('filter-apply')}</button></div>
</div></fieldset></form>
<p role="status">${t('count-shown', { total, page: pageNo, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) })}</p>
<div class="table-wrap"><table class="audit">
<thead><tr><th scope="col">${t('col-when')}</th><th scope="col">${t('col-who')}</th><th scope="col">${t('col-action')}</th><th scope="col">${t('col-detail')}</th></tr></thead>
<tbody>${rows.map(
    (row) =>
      html`<tr><td>${time(row.at, lang)}</td><td>${row.actor}${row.role ? html`<br><small>${t(`role-${row.role}`)}</small>` : ''}</td><td>${actionName(ctx, row.action)}${row.target && !/^[0-9a-f-]{36}$/.test(row.target) ? html`<br><small>${row.target}</small>` : ''}</td><td>${detailText(ctx, row)}</td></tr>`,
  )}</tbody></table></div>
${pager(ctx, pageNo, total, '/staff/audit', { actor, action })}`;
  send(ctx, 200, page(ctx, t('audit-title'), 'audit', main, { alert: await signInAlert(ctx) }));
}
