/**
 * The demo site's shared chrome, written once: every page's header, menu, breadcrumbs and
 * footer come from `chrome/` (templates and the menu) and `data/sitemap.json` (the
 * breadcrumb trail), and are written into the page files, which stay plain HTML as a
 * webmaster's site has them. The text is in Thai and English (`.th` / `.en`, one shown by
 * `<html lang>`), so the language switch changes the site's own words too.
 *
 *   node apps/demo-agency/chrome.mjs           rewrite the pages
 *   node apps/demo-agency/chrome.mjs --check   exit 1 naming the pages that are out of date
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const siteDir = fileURLToPath(new URL('.', import.meta.url));
const read = (name) => readFileSync(`${siteDir}${name}`, 'utf8');
const menu = JSON.parse(read('chrome/menu.json'));
const sitemap = JSON.parse(read('data/sitemap.json'));
const descriptions = JSON.parse(read('chrome/descriptions.json'));
const titlesEn = JSON.parse(read('chrome/titles-en.json'));
const escape = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttribute = (text) => escape(text).replaceAll('"', '&quot;');
const both = ({ th, en }) =>
  `<span class="th">${escape(th)}</span><span class="en" lang="en">${escape(en ?? th)}</span>`;

export function demoPages() {
  return readdirSync(siteDir, { recursive: true })
    .filter((name) => name.endsWith('.html') && !/^(node_modules|data|assets|chrome)\//.test(name))
    .sort();
}

/** The address a page is linked by: `about/index.html` → `/about/`. */
const hrefOf = (page) => `/${page.replace(/(^|\/)index\.html$/, '$1')}`;

/** The trail of sitemap entries from the top to the page, or [] when it is not in the sitemap. */
function trail(href, items = sitemap.items, above = []) {
  for (const item of items) {
    const path = [...above, item];
    if (item.href === href) return path;
    const found = trail(href, item.children ?? [], path);
    if (found.length) return found;
  }
  return [];
}

const titleOf = (item) => (typeof item.title === 'string' ? { th: item.title } : item.title);

function menuItems(href) {
  // The section a page belongs to is marked too (about/history.html is in "About us").
  const section = trail(href)[0]?.href;
  return menu
    .map((item) => {
      const current =
        item.href === href
          ? ' aria-current="page"'
          : item.href === section && href !== '/'
            ? ' aria-current="true"'
            : '';
      return `        <li><a href="${item.href}"${current}>${both(item)}</a></li>`;
    })
    .join('\n');
}

function breadcrumbs(href) {
  if (href === '/') return '';
  const path = trail(href).filter((item) => item.href !== '/');
  if (!path.length) return '';
  const links = path
    .slice(0, -1)
    .map((item) =>
      item.href ? `<li><a href="${item.href}">${both(titleOf(item))}</a></li>` : `<li>${both(titleOf(item))}</li>`,
    );
  const here = `<li aria-current="page">${both(titleOf(path.at(-1)))}</li>`;
  return `    <nav class="breadcrumbs" aria-label="เส้นทางการเข้าถึง" data-label-en="Breadcrumbs">
      <ol>
        <li><a href="/">${both({ th: 'หน้าหลัก', en: 'Home' })}</a></li>
        ${[...links, here].join('\n        ')}
      </ol>
    </nav>
`;
}

/**
 * Lines every page's <head> has, each after the line named: the visitor's language and display
 * settings before the first paint (classic scripts: no inline script under the CSP), and the
 * high-contrast stylesheet for the page's own content.
 */
const HEAD_LINES = [
  [
    '    <script src="/assets/early.js"></script>',
    '    <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />',
  ],
  ['    <script src="/govkit/themes/display-early.js"></script>', '    <script src="/assets/early.js"></script>'],
  [
    '    <link rel="stylesheet" href="/govkit/themes/high-contrast.css" />',
    '    <link rel="stylesheet" href="/govkit/govkit-lightdom.css" />',
  ],
];

/**
 * Head lines written differently before, each with the line that replaces it: the autoloader
 * (a few hundred bytes that load only the chunks of the tags on the page) instead of the
 * full bundle of every element.
 */
const HEAD_REPLACED = [
  [
    '    <script type="module" src="/govkit/govkit.js"></script>',
    '    <script type="module" src="/govkit/autoloader.js"></script>',
  ],
  [
    '    <!-- GovKit TH: one optional stylesheet that reserves space, one script tag. -->',
    '    <!-- GovKit TH: one optional stylesheet that reserves space, and the autoloader, which\n         loads only the elements on this page instead of the whole kit. -->',
  ],
];

/**
 * The page's `<meta name="description">` (what a search engine shows under the link), in
 * Thai as the page opens: the sitemap's description of the page, else the one in
 * `chrome/descriptions.json`, else the page's title, so a new page is never without one.
 */
function withDescription(href, head) {
  const item = trail(href).at(-1);
  const title = /<title>([^<]*)<\/title>/.exec(head)?.[1] ?? '';
  const text = item?.description?.th ?? descriptions[href] ?? title;
  const line = `    <meta name="description" content="${escapeAttribute(text)}" />`;
  const without = head.replace(/ *<meta name="description"[^>]*>\n/, '');
  return without.replace(/( *<title>.*<\/title>\n)/, `$1${line}\n`);
}

/**
 * The page's English `<title>`, as `data-title-en` on `<html>`: the sitemap's English name of
 * the page (else `chrome/titles-en.json`, for pages outside the sitemap) and the agency's
 * English name. early.js puts it in place before the first paint when the visitor reads in
 * English, and the language switch swaps it (an attribute and files: no inline script).
 * A page without an English name stops the rewrite, so no page keeps a Thai title in English.
 */
function withEnglishTitle(page, href, head) {
  const name = titleOf(trail(href).at(-1) ?? {})?.en ?? titlesEn[href];
  if (!name) throw new Error(`${page}: no English title (add it to data/sitemap.json or chrome/titles-en.json)`);
  const attribute = ` data-title-en="${escapeAttribute(`${name} | Sing Buri Provincial Office`)}"`;
  return head.replace(/<html lang="th"[^>]*>/, `<html lang="th"${attribute}>`);
}

/** The page with its chrome written anew: everything between <body> and <main, and after </main>. */
export function withChrome(page, html) {
  const href = hrefOf(page);
  const header = read('chrome/header.html')
    .replace('{{menu}}', menuItems(href))
    .replace('{{breadcrumbs}}\n', breadcrumbs(href));
  const start = html.indexOf('<body>') + '<body>\n'.length;
  const mainAt = html.indexOf('    <main');
  const mainEnd = html.indexOf('</main>\n') + '</main>\n'.length;
  const bodyEnd = html.indexOf('  </body>');
  if (start < 7 || mainAt < 0 || mainEnd < 8 || bodyEnd < 0) throw new Error(`${page}: no <body>, <main> or </body>`);
  const head = HEAD_LINES.reduce(
    (text, [line, after]) => (text.includes(line) ? text : text.replace(after, `${after}\n${line}`)),
    HEAD_REPLACED.reduce(
      (text, [before, line]) => text.replace(before, line),
      withEnglishTitle(page, href, withDescription(href, html.slice(0, start))),
    ),
  );
  return head + header + html.slice(mainAt, mainEnd) + read('chrome/footer.html') + html.slice(bodyEnd);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const page of demoPages()) {
    const html = read(page);
    const next = withChrome(page, html);
    if (next === html) continue;
    stale.push(page);
    if (!check) writeFileSync(`${siteDir}${page}`, next);
  }
  if (check && stale.length) {
    console.error(`Demo pages whose chrome is out of date (run node apps/demo-agency/chrome.mjs): ${stale.join(', ')}`);
    process.exit(1);
  }
  console.log(check ? 'demo chrome: every page up to date' : `demo chrome: ${stale.length} pages written`);
}
