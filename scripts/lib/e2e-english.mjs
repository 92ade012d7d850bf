/**
 * The demo agency site in both languages, as part of `node scripts/e2e-demo.mjs`:
 *
 * - English means English: with the language switch on English, no Thai is shown in any
 *   page's own text (the light DOM of `<main>`: headings, intros, notes and the elements'
 *   fallback content), and the fallback content is written in both languages for the moment
 *   before the kit upgrades. What the kit's elements draw from data (their shadow roots) may
 *   stay Thai where the data has no English, so it is not read here.
 * - Screenshots of every page at 320 px and 1280 px in Thai and English, for people to look
 *   at (CI keeps `artifacts/screenshots/` as an artefact; the folder is git-ignored).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Thai that an English page may show on purpose, each with why: the page quotes the Thai
 * wording of a document.
 */
export const ALLOWED_THAI = [
  // official-information.html quotes the Thai text of the provincial order ("มาตรา ๘").
  'มาตรา ๘',
];

export const SCREENSHOT_DIR = fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));

/** The saved language the site's early.js applies before the first paint. */
const chooseLanguage = (lang) => localStorage.setItem('demo-lang', lang);

/**
 * In the page: the Thai a reader sees in `<main>`'s own text and names, and the Thai in the
 * elements' fallback content that is not marked as the Thai half of a pair (`.th`).
 */
function thaiInMain(allowed) {
  const thai = /[\u0E00-\u0E7F]/;
  const hasThai = (text) => thai.test(allowed.reduce((rest, words) => rest.replaceAll(words, ''), text));
  const main = document.querySelector('main');
  const shown = [];
  const unpaired = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!hasThai(node.data)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const text = node.data.trim().slice(0, 60);
    // A text node is seen when it has boxes (an unslotted fallback or display: none has none).
    if (range.getClientRects().length > 0) shown.push(text);
    else if (node.parentElement.closest('[class~="th"]') === null) unpaired.push(text);
  }
  for (const element of main.querySelectorAll('[aria-label], [title], [alt]')) {
    if (element.getClientRects().length === 0) continue;
    for (const name of ['aria-label', 'title', 'alt']) {
      const value = element.getAttribute(name);
      if (value && hasThai(value)) shown.push(`${name}="${value}"`);
    }
  }
  return { shown, unpaired };
}

/** Every demo agency page in English: nothing of the page's own text in Thai. */
export async function checkEnglishPages({ browser, origin, pages, tally, settle, prepare }) {
  console.log('English means English: the own text of every demo page');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await prepare?.(context);
  await context.addInitScript(chooseLanguage, 'en');
  const page = await context.newPage();
  for (const name of pages) {
    await page.goto(`${origin}/${name}`);
    await settle(page).catch(() => {});
    const { shown, unpaired } = await page.evaluate(thaiInMain, ALLOWED_THAI);
    tally.check(
      `${name}: in English, no Thai shown in the page's own text, and the fallback content has its English`,
      shown.length === 0 && unpaired.length === 0,
      [...shown.map((text) => `shown: ${text}`), ...unpaired.map((text) => `fallback only in Thai: ${text}`)].join(
        ' | ',
      ),
    );
  }
  await context.close();
}

/**
 * Full-page JPEG screenshots of every page at 320 px and 1280 px in Thai and English:
 * `artifacts/screenshots/<lang>-<width>/<page>.jpg`. Answers how long it took, in seconds.
 */
export async function takeScreenshots({ browser, origin, pages, settle, prepare }) {
  const started = performance.now();
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  let count = 0;
  for (const lang of ['th', 'en']) {
    for (const width of [320, 1280]) {
      const folder = `${SCREENSHOT_DIR}${lang}-${width}/`;
      mkdirSync(folder, { recursive: true });
      const context = await browser.newContext({ viewport: { width, height: width === 320 ? 640 : 800 } });
      await prepare?.(context);
      await context.addInitScript(chooseLanguage, lang);
      const page = await context.newPage();
      for (const name of pages) {
        await page.goto(`${origin}/${name}`);
        await settle(page).catch(() => {});
        const file = `${folder}${name.replace(/\.html$/, '').replaceAll('/', '__')}.jpg`;
        await page.screenshot({ path: file, fullPage: true, type: 'jpeg', quality: 60, animations: 'disabled' });
        count += 1;
      }
      await context.close();
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`screenshots: ${count} in ${seconds.toFixed(1)} s, in ${SCREENSHOT_DIR}`);
  return { count, seconds };
}
