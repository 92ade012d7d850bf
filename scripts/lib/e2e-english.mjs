/**
 * The demo agency site in both languages, as part of `node scripts/e2e-demo.mjs`:
 *
 * - English means English: with the language switch on English, the page's `<title>` has no
 *   Thai (chrome.mjs writes its English as `data-title-en`), and no Thai is shown in any
 *   page's own text (the light DOM of `<main>`: headings, intros, notes and the elements'
 *   fallback content), and the fallback content is written in both languages for the moment
 *   before the kit upgrades. What the kit's elements draw from data (their shadow roots) may
 *   stay Thai where the data has no English, so it is not read here.
 * - Screenshots of every page at 320 px and 1280 px in Thai and English, for people to look
 *   at (CI keeps `artifacts/screenshots/` as an artefact; the folder is git-ignored;
 *   taken when `CI` is set or `E2E_SCREENSHOTS=1`; `E2E_SCREENSHOTS=0` skips them).
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
    // Thai marked as Thai (`lang="th"`: a name, a field the data has only in Thai) is not a missing translation.
    else if (node.parentElement.closest('[class~="th"], [lang="th"]') === null) unpaired.push(text);
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

/** Where a page's screenshot goes: `artifacts/screenshots/<lang>-<width>/<page>.jpg`. */
function screenshotFile(lang, width, name) {
  const folder = `${SCREENSHOT_DIR}${lang}-${width}/`;
  mkdirSync(folder, { recursive: true });
  return `${folder}${name.replace(/\.html$/, '').replaceAll('/', '__')}.jpg`;
}

/**
 * Full-page JPEGs of the page as loaded at 1280 px, then at 320 px (the same load, the
 * viewport narrowed: one visit per page and language keeps the e2e run short).
 */
async function screenshotBothWidths(page, lang, name) {
  const shot = (width) =>
    page.screenshot({
      path: screenshotFile(lang, width, name),
      fullPage: true,
      type: 'jpeg',
      quality: 60,
      animations: 'disabled',
    });
  await shot(1280);
  await page.setViewportSize({ width: 320, height: 640 });
  await page.waitForTimeout(100); // the kit's elements lay themselves out again (ResizeObserver)
  await shot(320);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/**
 * Every demo agency page in Thai, then in English: in English nothing of the page's own text
 * is Thai; with `screenshots`, each page is also photographed at 1280 px and 320 px in both
 * languages (`artifacts/screenshots/`). Answers the count and the seconds the screenshots took.
 */
export async function checkEnglishAndScreenshots({ browser, origin, pages, tally, settle, prepare, screenshots }) {
  console.log(`English means English: the own text of every demo page${screenshots ? ', and screenshots' : ''}`);
  if (screenshots) rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
  let shotSeconds = 0;
  let count = 0;
  for (const lang of screenshots ? ['th', 'en'] : ['en']) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await prepare?.(context);
    await context.addInitScript(chooseLanguage, lang);
    const page = await context.newPage();
    for (const name of pages) {
      await page.goto(`${origin}/${name}`);
      await settle(page).catch(() => {});
      if (lang === 'en') await checkEnglish(page, name, tally);
      if (!screenshots) continue;
      const started = performance.now();
      // Pictures for people, not a check: one that cannot be taken is said, and the run goes on.
      await screenshotBothWidths(page, lang, name).then(
        () => (count += 2),
        (error) => console.log(`  (no screenshot of ${name} in ${lang}: ${String(error).split('\n')[0]})`),
      );
      shotSeconds += (performance.now() - started) / 1000;
    }
    await context.close();
  }
  if (screenshots)
    console.log(
      `screenshots: ${count} in ${shotSeconds.toFixed(1)} s (plus ${pages.length} Thai page loads), in ${SCREENSHOT_DIR}`,
    );
  return { count, seconds: shotSeconds };
}

async function checkEnglish(page, name, tally) {
  const title = await page.title();
  tally.check(`${name}: in English, the <title> is English`, title !== '' && !/[\u0E00-\u0E7F]/.test(title), title);
  const { shown, unpaired } = await page.evaluate(thaiInMain, ALLOWED_THAI);
  tally.check(
    `${name}: in English, no Thai shown in the page's own text, and the fallback content has its English`,
    shown.length === 0 && unpaired.length === 0,
    [...shown.map((text) => `shown: ${text}`), ...unpaired.map((text) => `fallback only in Thai: ${text}`)].join(' | '),
  );
}
