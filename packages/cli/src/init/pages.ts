import type { ManifestContentType } from '@govkit-th/schemas';
import { CONTENT_VIEWS } from '../content.js';
import { escapeHtml } from '../html.js';
import type { AgencyInfo } from './templates.js';

/** A page of the sample site: its file, its title and the content types it shows. */
export interface SitePage {
  file: string;
  title: { th: string; en: string };
  types: ManifestContentType[];
}

const HOME: SitePage['title'] = { th: 'หน้าหลัก', en: 'Home' };

/** index.html (alerts, banners, the latest news, contact) plus one page per other content type. */
export function sitePages(types: ManifestContentType[]): SitePage[] {
  const home: SitePage = {
    file: 'index.html',
    title: HOME,
    types: types.filter((type) => CONTENT_VIEWS[type].page === 'index.html'),
  };
  const others = types
    .filter((type) => CONTENT_VIEWS[type].page !== 'index.html')
    .map((type) => ({ file: CONTENT_VIEWS[type].page, title: CONTENT_VIEWS[type].title, types: [type] }));
  return [home, ...others];
}

/** The stylesheet that reserves the elements' space sits beside the bundle on the CDN. */
function lightdomCss(cdn: string): string | undefined {
  return /govkit\.js(\?.*)?$/.test(cdn) ? cdn.replace(/govkit\.js(\?.*)?$/, 'govkit-lightdom.css') : undefined;
}

/**
 * The page's own stylesheet (site.css beside the pages): the room the elements render in,
 * kept before the kit upgrades them and while their data loads, so nothing moves (layout
 * shift, issue 13). The main area fills the first screen, so the footer starts below it and
 * content that settles above never moves it in view. The home page's urgent notice and banners
 * keep the height they render in with the sample data (one notice, the sample banners) at
 * each width where its lines wrap differently: after replacing the samples, set these to the heights
 * of the agency's own notices and banners, or remove the alert's line when notices are rare.
 */
export const SITE_CSS = `/* The agency's own styles. The heights below keep the room the kit's elements render in, so
   the page does not move while they load. They fit the sample data: after replacing it, set
   them to the rendered heights of the agency's own notice and banners (or delete the alert's
   rules when there is rarely a notice). The main area fills the first screen, so the footer
   never moves in view. */
main {
  display: block;
  min-height: 100vh;
  min-height: 100svh;
  box-sizing: border-box;
}
/* The sample notice's height, as its lines wrap at each width (measured). */
main > gov-alert.home-alerts:is(:not(:defined), [state='loading']) {
  min-height: 441.4px;
}
main > gov-banner-strip.home-banners {
  --gov-banner-strip-reserve: 357px;
}
@media (min-width: 22.5em) {
  main > gov-alert.home-alerts:is(:not(:defined), [state='loading']) {
    min-height: 392.7px;
  }
}
@media (min-width: 25.5em) {
  main > gov-alert.home-alerts:is(:not(:defined), [state='loading']) {
    min-height: 369.7px;
  }
}
@media (min-width: 36em) {
  main > gov-alert.home-alerts:is(:not(:defined), [state='loading']) {
    min-height: 346.6px;
  }
  main > gov-banner-strip.home-banners {
    --gov-banner-strip-reserve: 265px;
  }
}
@media (min-width: 67.5em) {
  main > gov-alert.home-alerts:is(:not(:defined), [state='loading']) {
    min-height: 323.6px;
  }
}
`;

/** The home page's elements whose room site.css keeps, by content type. */
const RESERVED: Partial<Record<ManifestContentType, string>> = { alerts: 'home-alerts', banners: 'home-banners' };

/** One page: the agency's header, a menu of every page, and the elements with fallback text. */
export function pageHtml(page: SitePage, pages: SitePage[], agency: AgencyInfo, cdn: string): string {
  const css = lightdomCss(cdn);
  const menu = pages
    .map((each) => {
      const current = each.file === page.file ? ' aria-current="page"' : '';
      return `        <li><a href="${escapeHtml(each.file)}"${current}>${escapeHtml(each.title.th)}</a></li>`;
    })
    .join('\n');
  const elements = page.types.map((type) => element(type)).join('\n');
  return `<!doctype html>
<html lang="th">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(page.title.th)} | ${escapeHtml(agency.name.th)}</title>
    <link rel="govkit-manifest" href="govkit.json" />
${css ? `    <link rel="stylesheet" href="${escapeHtml(css)}" />\n` : ''}    <link rel="stylesheet" href="site.css" />
    <script type="module" src="${escapeHtml(cdn)}"></script>
  </head>
  <body>
    <header>
      <p><a href="index.html">${escapeHtml(agency.name.th)}</a></p>
      <p lang="en">${escapeHtml(agency.name.en)}</p>
    </header>
    <nav aria-label="เมนูหลัก">
      <ul>
${menu}
      </ul>
    </nav>
    <main id="main">
      <h1>${escapeHtml(page.file === 'index.html' ? agency.name.th : page.title.th)}</h1>
${elements}
    </main>
    <footer>
      <p>${escapeHtml(agency.name.th)} จังหวัด${escapeHtml(agency.province.th)}</p>
    </footer>
  </body>
</html>
`;
}

function element(type: ManifestContentType): string {
  const view = CONTENT_VIEWS[type];
  const reserved = RESERVED[type];
  const attributes = Object.entries({
    src: `data/${view.file}`,
    ...(reserved ? { class: reserved } : {}),
    ...view.attributes,
    'heading-level': '2',
  })
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  // The fallback content: what a reader sees before the script runs, or if it fails.
  return `      <${view.tag}${attributes}>
        <p><a href="data/${escapeHtml(view.file)}">${escapeHtml(view.title.th)} (${escapeHtml(view.title.en)})</a></p>
      </${view.tag}>`;
}
