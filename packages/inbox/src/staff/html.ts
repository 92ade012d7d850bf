import type { Staff } from '../store/index.js';
import { can } from './auth.js';
import { formatDateTime, type Lang, type Translate } from './i18n.js';

/** Markup that is already safe; everything else put into `html` is escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function render(value: unknown): string {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(value);
}

/** A template tag that escapes every interpolated value unless it is itself `html`. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1];
  return new SafeHtml(out);
}

export function time(iso: string | undefined, lang: Lang): SafeHtml | '' {
  return iso ? html`<time datetime="${iso}">${formatDateTime(iso, lang)}</time>` : '';
}

/** A URL with query parameters, empty ones left out. */
export function href(path: string, params: Record<string, unknown> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const STAFF_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ');

export interface PageFrame {
  t: Translate;
  lang: Lang;
  title: string;
  staff?: Staff;
  csrf?: string;
  current?: string;
  agency: { th: string; en: string };
  path: string;
  demo?: boolean;
  head?: SafeHtml;
  alert?: SafeHtml | '';
}

/**
 * The page frame: skip link, agency, menu (only what the role may open), language
 * switch, sign-out. No inline script or style: the CSP forbids both.
 */
export function layout(page: PageFrame, main: SafeHtml): SafeHtml {
  const { t, lang, staff } = page;
  const links = staff
    ? ([
        ['submissions', '/staff/submissions', 'nav-submissions', can(staff, 'submissions.read')],
        ['questions', '/staff/questions', 'nav-questions', can(staff, 'questions.read')],
        ['content', '/staff/content', 'nav-content', can(staff, 'content.read')],
        ['screening', '/staff/content/screening', 'nav-screening', can(staff, 'content.screen')],
        ['audit', '/staff/audit', 'nav-audit', can(staff, 'audit.read')],
        ['accounts', '/staff/accounts', 'nav-accounts', can(staff, 'accounts.manage')],
        ['password', '/staff/password', 'nav-password', true],
      ].filter((link) => link[3]) as [string, string, string, boolean][])
    : [];
  const otherLang = lang === 'th' ? 'en' : 'th';
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<link rel="icon" href="data:,">
<title>${page.title} | ${t('app-name')} · ${page.agency[lang]}</title>
<link rel="stylesheet" href="/staff/assets/staff.css">
${page.head ?? ''}
</head>
<body>
<a class="skip-link" href="#main">${t('skip-link')}</a>
<header class="staff-header">
  <p class="brand"><a href="/staff/">${t('app-name')}</a> · ${page.agency[lang]}</p>
  <a class="lang-switch" lang="${otherLang}" href="${href('/staff/lang', { to: otherLang, back: page.path })}">${t('switch-lang')}</a>
  ${
    staff
      ? html`<p class="who">${t('signed-in-as', { name: staff.displayName, role: t(`role-${staff.role}`) })}</p>
  <form class="sign-out" method="post" action="/staff/sign-out">
    <input type="hidden" name="_csrf" value="${page.csrf}">
    <button type="submit">${t('sign-out')}</button>
  </form>`
      : ''
  }
</header>
${
  links.length
    ? html`<nav class="staff-nav" aria-label="${t('nav-label')}"><ul>${links.map(
        ([id, url, label]) =>
          html`<li><a href="${url}"${page.current === id ? html` aria-current="page"` : ''}>${t(label)}</a></li>`,
      )}</ul></nav>`
    : ''
}
${page.demo ? html`<p class="demo-warning" role="note">${t('demo-warning')}</p>` : ''}
${page.alert ?? ''}
<main id="main">
${main}
</main>
</body>
</html>
`;
}
