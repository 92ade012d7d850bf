import { randomUUID } from 'node:crypto';
import { isEmail } from '../../mail.js';
import type { Role, Staff } from '../../store/index.js';
import { PASSWORD_MIN, ROLES, USERNAME, hashPassword, verifyPassword } from '../auth.js';
import { ID, entry, message, page, redirect, send, type SignedIn } from '../context.js';
import { href, html } from '../html.js';
import type { StaffRouter } from '../plugin.js';
import { signInAlert } from './audit.js';

/** Accounts (admins) and one's own password. */
export function accountRoutes(router: StaffRouter): void {
  router.get('/accounts', { permission: 'accounts.manage' }, (ctx) => accounts(ctx));
  router.post('/accounts', { permission: 'accounts.manage' }, createAccount);
  router.post('/accounts/:id', { permission: 'accounts.manage' }, updateAccount);
  router.get('/password', { auth: true }, (ctx) => passwordPage(ctx));
  router.post('/password', { auth: true }, changePassword);
}

function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

async function accounts(ctx: SignedIn, status = 200, problem = ''): Promise<void> {
  const { t, deps } = ctx;
  const all = await deps.store.listStaff();
  const csrf = html`<input type="hidden" name="_csrf" value="${ctx.session.csrfToken}">`;
  const roleSelect = (id: string, selected: string) =>
    html`<select id="${id}" name="role">${ROLES.map((role) => html`<option value="${role}"${role === selected ? html` selected` : ''}>${t(`role-${role}`)}</option>`)}</select>`;
  const mailFields = (id: string, account?: Staff) =>
    html`<div><label for="email-${id}">${t('col-email')}</label><input type="email" id="email-${id}" name="email" value="${account?.email ?? ''}" maxlength="254" autocomplete="off"></div>
  <div><label for="lang-${id}">${t('col-mail-lang')}</label><select id="lang-${id}" name="lang">${(['th', 'en'] as const).map((lang) => html`<option value="${lang}"${(account?.lang ?? 'th') === lang ? html` selected` : ''}>${t(`mail-lang-${lang}`)}</option>`)}</select></div>`;
  const done = ctx.query.done;
  const main = html`<h1>${t('accounts-title')}</h1>
${done === 'account' ? html`<p class="notice" role="status">${t('done-account')}</p>` : ''}
${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
${all.map(
  (a) => html`<section class="account" aria-labelledby="account-${a.id}"><h2 id="account-${a.id}">${a.username}</h2>
<form method="post" action="/staff/accounts/${a.id}" class="filters">${csrf}<input type="hidden" name="op" value="update">
  <div><label for="name-${a.id}">${t('col-display-name')}</label><input type="text" id="name-${a.id}" name="display_name" value="${a.displayName}" required maxlength="200"></div>
  <div><label for="role-${a.id}">${t('col-role')}</label>${roleSelect(`role-${a.id}`, a.role)}</div>
  <div><label for="position-${a.id}">${t('col-position')}</label><input type="text" id="position-${a.id}" name="position" value="${a.position ?? ''}" maxlength="200"></div>
  ${mailFields(a.id, a)}
  <div><label for="active-${a.id}"><input type="checkbox" id="active-${a.id}" name="active" value="1"${a.active ? html` checked` : ''}> ${t('col-active')}</label></div>
  <div><button type="submit">${t('account-save')}</button></div>
</form>
<form method="post" action="/staff/accounts/${a.id}" class="filters">${csrf}<input type="hidden" name="op" value="password">
  <div><label for="pw-${a.id}">${t('new-password', { min: PASSWORD_MIN })}</label>
  <input type="password" id="pw-${a.id}" name="new_password" autocomplete="new-password" minlength="${PASSWORD_MIN}" required></div>
  <div><button type="submit" class="secondary">${t('account-reset-password')}</button></div>
</form></section>`,
)}
<h2>${t('account-create')}</h2>
<form method="post" action="/staff/accounts">${csrf}
  <label for="new-username">${t('col-username')}</label><input type="text" id="new-username" name="username" required pattern="[a-z0-9][a-z0-9._\\-]{1,63}" autocomplete="off">
  <label for="new-name">${t('col-display-name')}</label><input type="text" id="new-name" name="display_name" required maxlength="200">
  <label for="new-role">${t('col-role')}</label>${roleSelect('new-role', 'reporter')}
  <label for="new-position">${t('col-position')}</label><input type="text" id="new-position" name="position" maxlength="200">
  ${mailFields('new')}
  <label for="new-password">${t('new-password', { min: PASSWORD_MIN })}</label><input type="password" id="new-password" name="password" autocomplete="new-password" minlength="${PASSWORD_MIN}" required>
  <p><button type="submit">${t('account-create')}</button></p>
</form>`;
  send(ctx, status, page(ctx, t('accounts-title'), 'accounts', main, { alert: await signInAlert(ctx) }));
}

async function createAccount(ctx: SignedIn): Promise<void> {
  const { t, deps } = ctx;
  const form = ctx.form ?? {};
  const username = String(form.username ?? '')
    .trim()
    .toLowerCase();
  const displayName = String(form.display_name ?? '').trim();
  const role = String(form.role ?? '');
  const password = String(form.password ?? '');
  if (!USERNAME.test(username) || !displayName || displayName.length > 200 || !isRole(role))
    return accounts(ctx, 400, t('account-invalid'));
  if (password.length < PASSWORD_MIN || password.length > 1024)
    return accounts(ctx, 400, t('password-short', { min: PASSWORD_MIN }));
  const mail = mailSettings(form);
  if (!mail) return accounts(ctx, 400, t('account-email-invalid'));
  const created = await deps.store.createStaff(
    {
      id: randomUUID(),
      username,
      displayName,
      role,
      position:
        String(form.position ?? '')
          .trim()
          .slice(0, 200) || undefined,
      ...(mail.email ? { email: mail.email } : {}),
      lang: mail.lang,
      passwordHash: await hashPassword(password, deps.config.scryptCost),
      at: new Date().toISOString(),
    },
    entry(ctx, 'account.create', username, { role, email: Boolean(mail.email) }),
  );
  if (!created) return accounts(ctx, 409, t('account-exists'));
  redirect(ctx.reply, href('/staff/accounts', { done: 'account' }));
}

async function updateAccount(ctx: SignedIn): Promise<void> {
  const { t, deps } = ctx;
  const form = ctx.form ?? {};
  const id = ctx.params.id ?? '';
  const account = ID.test(id) ? await deps.store.staffById(id) : undefined;
  if (!account) {
    message(ctx, 404, 'not-found', 'not-found');
    return;
  }
  const at = new Date().toISOString();
  if (form.op === 'password') {
    const password = String(form.new_password ?? '');
    if (password.length < PASSWORD_MIN || password.length > 1024)
      return accounts(ctx, 400, t('password-short', { min: PASSWORD_MIN }));
    await deps.store.updateStaff(
      id,
      {
        passwordHash: await hashPassword(password, deps.config.scryptCost),
        at,
        keepSession: account.id === ctx.staff.id ? ctx.session.idHash : undefined,
      },
      entry(ctx, 'account.password', account.username),
    );
    redirect(ctx.reply, href('/staff/accounts', { done: 'account' }));
    return;
  }
  const displayName = String(form.display_name ?? '').trim();
  const role = String(form.role ?? '');
  const active = form.active === '1';
  if (!displayName || displayName.length > 200 || !isRole(role)) return accounts(ctx, 400, t('account-invalid'));
  if (account.id === ctx.staff.id && (!active || role !== account.role)) return accounts(ctx, 400, t('account-self'));
  const mail = mailSettings(form);
  if (!mail) return accounts(ctx, 400, t('account-email-invalid'));
  await deps.store.updateStaff(
    id,
    {
      displayName,
      role,
      active,
      at,
      email: mail.email,
      lang: mail.lang,
      position: String(form.position ?? '')
        .trim()
        .slice(0, 200),
    },
    entry(ctx, 'account.update', account.username, {
      role,
      active,
      displayNameChanged: displayName !== account.displayName,
      // whether the address changed, never the address (the audit log keeps no personal data)
      emailChanged: mail.email !== (account.email ?? ''),
    }),
  );
  redirect(ctx.reply, href('/staff/accounts', { done: 'account' }));
}

/**
 * The optional notification address and language from the form: `undefined` when the
 * address is not one. An empty address removes it (the least data: only who wants mail).
 */
function mailSettings(form: Record<string, string>): { email: string; lang: 'th' | 'en' } | undefined {
  const email = String(form.email ?? '').trim();
  if (email && !isEmail(email)) return undefined;
  return { email, lang: form.lang === 'en' ? 'en' : 'th' };
}

async function passwordPage(ctx: SignedIn, status = 200, problem = ''): Promise<void> {
  const { t } = ctx;
  const main = html`<h1>${t('password-title')}</h1>
${ctx.query.done === 'password' ? html`<p class="notice" role="status">${t('done-password')}</p>` : ''}
${problem ? html`<p class="error" role="alert">${problem}</p>` : ''}
<form method="post" action="/staff/password">
  <input type="hidden" name="_csrf" value="${ctx.session.csrfToken}">
  <input type="text" name="username" value="${ctx.staff.username}" autocomplete="username" hidden>
  <label for="current">${t('current-password')}</label><input type="password" id="current" name="current" autocomplete="current-password" required>
  <label for="new">${t('new-password', { min: PASSWORD_MIN })}</label><input type="password" id="new" name="new_password" autocomplete="new-password" minlength="${PASSWORD_MIN}" required>
  <label for="confirm">${t('confirm-password')}</label><input type="password" id="confirm" name="confirm" autocomplete="new-password" minlength="${PASSWORD_MIN}" required>
  <p><button type="submit">${t('password-change')}</button></p>
</form>`;
  send(ctx, status, page(ctx, t('password-title'), 'password', main));
}

async function changePassword(ctx: SignedIn): Promise<void> {
  const { t, deps } = ctx;
  const form = ctx.form ?? {};
  const current = String(form.current ?? '');
  const next = String(form.new_password ?? '');
  if (!(await verifyPassword(current, ctx.staff.passwordHash, deps.config.scryptCost))) {
    await deps.store.addAudit(entry(ctx, 'password.change-failed'));
    return passwordPage(ctx, 400, t('password-wrong'));
  }
  if (next.length < PASSWORD_MIN || next.length > 1024)
    return passwordPage(ctx, 400, t('password-short', { min: PASSWORD_MIN }));
  if (next !== form.confirm) return passwordPage(ctx, 400, t('password-mismatch'));
  await deps.store.updateStaff(
    ctx.staff.id,
    {
      passwordHash: await hashPassword(next, deps.config.scryptCost),
      at: new Date().toISOString(),
      keepSession: ctx.session.idHash,
    },
    entry(ctx, 'password.change'),
  );
  redirect(ctx.reply, href('/staff/password', { done: 'password' }));
}
