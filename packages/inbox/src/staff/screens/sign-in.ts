import { newToken, sameToken, signInToken, tokenHash, USERNAME, verifyPassword } from '../auth.js';
import { entry, message, page, redirect, safeNext, send, type Ctx, type SignedIn } from '../context.js';
import { html } from '../html.js';
import type { StaffRouter } from '../plugin.js';

const PRE_COOKIE = 'gk_pre';
const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** Sign-in (with a pre-session CSRF token, per-address and per-account limits, and a lockout that doubles), sign-out, language. */
export function signInRoutes(router: StaffRouter, langCookie: string, sessionCookie: string): void {
  const cookieOptions = (ctx: Ctx, maxAge?: number, httpOnly = true) => ({
    path: '/staff',
    sameSite: 'strict' as const,
    httpOnly,
    secure: ctx.secure,
    ...(maxAge !== undefined ? { maxAge } : {}),
  });

  async function signInPage(ctx: Ctx, status = 200, error = ''): Promise<void> {
    if (status === 200 && ctx.staff) {
      redirect(ctx.reply, '/staff/');
      return;
    }
    const { t } = ctx;
    let pre = ctx.request.cookies[PRE_COOKIE];
    if (!pre || !TOKEN.test(pre)) {
      pre = newToken();
      ctx.reply.setCookie(PRE_COOKIE, pre, cookieOptions(ctx, 3600));
    }
    const next = safeNext(ctx.form?.next ?? ctx.query.next ?? '/staff/');
    // The username is never filled back in: whether it exists must not show.
    const main = html`<h1>${t('sign-in-title')}</h1>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<form method="post" action="/staff/sign-in">
  <input type="hidden" name="_csrf" value="${signInToken(ctx.deps.secret, pre)}">
  <input type="hidden" name="next" value="${next}">
  <label for="username">${t('username')}</label>
  <input type="text" id="username" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required>
  <label for="password">${t('password')}</label>
  <input type="password" id="password" name="password" autocomplete="current-password" required>
  <p><button type="submit">${t('sign-in')}</button></p>
</form>`;
    send(ctx, status, page(ctx, t('sign-in-title'), undefined, main));
  }

  async function signIn(ctx: Ctx): Promise<void> {
    const { t, deps } = ctx;
    const form = ctx.form ?? {};
    const { store, config } = deps;
    const pre = ctx.request.cookies[PRE_COOKIE];
    if (!pre || !TOKEN.test(pre) || !sameToken(form._csrf ?? '', signInToken(deps.secret, pre))) {
      message(ctx, 403, 'forbidden-title', 'csrf-failed');
      return;
    }
    const username = String(form.username ?? '')
      .trim()
      .toLowerCase()
      .slice(0, 64);
    const password = String(form.password ?? '').slice(0, 1024);
    const wait = Math.max(router.limiters.byAddress.take(ctx.ipHash), router.limiters.byName.take(username));
    if (wait > 0) {
      deps.logger.warn('sign-in throttled', { ip: ctx.ipHash });
      return signInPage(ctx, 429, t('sign-in-throttled', { seconds: wait }));
    }
    const account = USERNAME.test(username) ? await store.staffByUsername(username) : undefined;
    const now = new Date();
    const locked = account?.lockedUntil !== undefined && Date.parse(account.lockedUntil) > now.getTime();
    const valid = await verifyPassword(password, locked ? undefined : account?.passwordHash, config.scryptCost);
    if (!account || !account.active || !valid) {
      const reason = !account ? 'unknown-user' : !account.active ? 'disabled' : locked ? 'locked' : 'password';
      const audit = {
        ...entry(ctx, 'sign-in.failed', undefined, { reason }),
        actor: account?.username ?? '(unknown)',
        actorId: account?.id,
      };
      if (account && reason === 'password') {
        const { failures, lockedUntil } = await store.recordFailedSignIn(
          account.id,
          now.toISOString(),
          config.signInBackoff,
          audit,
        );
        if (lockedUntil) deps.logger.warn('account locked after failed sign-ins', { failures });
      } else await store.addAudit(audit);
      return signInPage(ctx, 401, t('sign-in-failed'));
    }
    const token = newToken();
    const expires = Math.min(
      now.getTime() + config.sessionHours * 3_600_000,
      now.getTime() + config.sessionIdleMinutes * 60_000,
    );
    ctx.staff = account;
    if (account.failedSignIns > 0) await store.clearFailedSignIns(account.id);
    await store.createSession({
      idHash: tokenHash(token),
      staffId: account.id,
      csrfToken: newToken(),
      createdAt: now.toISOString(),
      lastSeenAt: now.toISOString(),
      expiresAt: new Date(expires).toISOString(),
    });
    await store.addAudit(
      entry(ctx, 'sign-in', undefined, account.failedSignIns > 0 ? { failedBefore: account.failedSignIns } : undefined),
    );
    ctx.reply.setCookie(sessionCookie, token, cookieOptions(ctx));
    ctx.reply.setCookie(PRE_COOKIE, '', cookieOptions(ctx, 0));
    redirect(ctx.reply, safeNext(form.next ?? '/staff/'));
  }

  async function signOut(ctx: SignedIn): Promise<void> {
    await ctx.deps.store.deleteSession(ctx.session.idHash, entry(ctx, 'sign-out'));
    ctx.reply.setCookie(sessionCookie, '', cookieOptions(ctx, 0));
    redirect(ctx.reply, '/staff/sign-in');
  }

  function switchLang(ctx: Ctx): void {
    const to = ctx.query.to === 'en' ? 'en' : 'th';
    const back = String(ctx.query.back ?? '/staff/');
    const target = safeNext(back.replace(/([?&])lang=(th|en)&?/, '$1').replace(/[?&]$/, ''));
    ctx.reply.setCookie(langCookie, to, cookieOptions(ctx, 31_536_000, false));
    redirect(ctx.reply, target);
  }

  router.get('/sign-in', { auth: false }, (ctx) => signInPage(ctx));
  router.post('/sign-in', { auth: false }, signIn);
  router.post('/sign-out', { auth: true }, signOut);
  router.get('/lang', { auth: false }, switchLang);
}
