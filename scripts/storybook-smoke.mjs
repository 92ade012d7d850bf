/**
 * Opens every story of the built Storybook in Chromium and checks that it is not blank:
 * the story's element is defined, has settled in the state the story is about, and shows
 * text. A story whose registration was tree-shaken away (a known Storybook pitfall)
 * fails here although `storybook build` passed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';
import { serveFolder } from './lib/static-server.mjs';
import { createTally } from './lib/tally.mjs';

const staticDir = fileURLToPath(new URL('../apps/storybook/storybook-static/', import.meta.url));
if (!existsSync(`${staticDir}index.json`)) {
  console.error('storybook-static is missing: run npm run build first');
  process.exit(1);
}
const entries = Object.values(JSON.parse(readFileSync(`${staticDir}index.json`, 'utf8')).entries);
const stories = entries.filter((entry) => entry.type === 'story');
// Pages written in MDX (the introduction) are not an element's docs: they are checked apart.
const isPage = (entry) => entry.tags?.includes('unattached-mdx');
const docs = entries.filter((entry) => entry.type === 'docs' && !isPage(entry));
const pages = entries.filter((entry) => entry.type === 'docs' && isPage(entry));
const { server, origin } = await serveFolder(staticDir);
const browser = await launchChromium();
const tally = createTally('storybook stories');

/**
 * The state a story must reach, from its name: "Loading" stays loading, "Error" and
 * "Invalid" end in error, "Empty" is empty; any other story must settle (ready, empty, or
 * an error it is about, such as "Too Deep") and show text.
 */
function expectedStates(name) {
  if (/loading/i.test(name)) return ['loading'];
  if (/^(error|invalid)/i.test(name)) return ['error'];
  if (/^empty/i.test(name)) return ['empty'];
  if (/^(ready|english|thai digits|from src|long thai text|narrow 320)$/i.test(name)) return ['ready'];
  return ['ready', 'empty', 'error'];
}

try {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  for (const story of stories) {
    pageErrors.length = 0;
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`);
    const wanted = expectedStates(story.name);
    let result;
    try {
      await page.waitForFunction(
        (states) => {
          const element = [...document.querySelectorAll('#storybook-root *')].find(
            (el) => el.localName.startsWith('gov-') && el.hasAttribute('state'),
          );
          return element && customElements.get(element.localName) && states.includes(element.getAttribute('state'));
        },
        wanted,
        { timeout: 8000 },
      );
      result = await page.evaluate(() => {
        const element = [...document.querySelectorAll('#storybook-root *')].find(
          (el) => el.localName.startsWith('gov-') && el.hasAttribute('state'),
        );
        // What a person sees: the shadow root's text and the fallback content shown through its slots.
        const slotted = [...(element.shadowRoot?.querySelectorAll('slot') ?? [])]
          .flatMap((slot) => slot.assignedNodes({ flatten: true }))
          .map((node) => node.textContent ?? '')
          .join('');
        return {
          state: element.getAttribute('state'),
          text: `${element.shadowRoot?.textContent ?? ''}${slotted}`.trim().length,
          hidden: getComputedStyle(element).display === 'none',
        };
      });
    } catch {
      result = await page.evaluate(() => {
        const element = [...document.querySelectorAll('#storybook-root *')].find((el) =>
          el.localName.startsWith('gov-'),
        );
        return element
          ? { state: element.getAttribute('state') ?? 'not upgraded', text: 0 }
          : { state: 'no element', text: 0 };
      });
    }
    tally.check(
      `${story.title} › ${story.name}: ${result.state}`,
      wanted.includes(result.state) &&
        // An element that takes no room when it has nothing to show (gov-alert) may be empty and blank.
        (result.text > 0 || (result.hidden && result.state === 'empty')) &&
        pageErrors.length === 0,
      `expected ${wanted.join('/')}, text ${result.text}${pageErrors.length ? `, errors: ${pageErrors.join('; ')}` : ''}`,
    );
  }
  // Docs pages come from custom-elements.json: each must list the element's own attributes and
  // what it inherits from core's GovElement (through core's manifest, not a hand-kept list).
  const inherited = ['src', 'data', 'state', 'retry()', 'whenSettled()', 'gov-load', 'gov-error'];
  // Elements without data (consent, display settings) extend LitElement: they list their own members only.
  const manifest = JSON.parse(
    readFileSync(new URL('../packages/components/custom-elements.json', import.meta.url), 'utf8'),
  );
  const dataElements = new Set(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .filter((declaration) => declaration.tagName && declaration.superclass?.name === 'GovElement')
      .map((declaration) => declaration.tagName),
  );
  for (const doc of docs) {
    const tag = doc.title.split('/').pop();
    const expected = dataElements.has(tag) ? inherited : ['state'];
    await page.goto(`${origin}/iframe.html?id=${doc.id}&viewMode=docs`);
    const rows = await page
      .waitForFunction(
        () => {
          const names = [...document.querySelectorAll('.docblock-argstable tbody tr td:first-child')].map((cell) =>
            cell.textContent.trim(),
          );
          return names.some((name) => name.startsWith('state')) && names;
        },
        undefined,
        { timeout: 20000 },
      )
      .then(
        (handle) => handle.jsonValue(),
        () => [],
      );
    const missing = expected.filter((name) => !rows.includes(name));
    tally.check(
      `${doc.title} › docs list ${expected.join(', ')}`,
      rows.length > 0 && missing.length === 0,
      rows.length ? `missing: ${missing.join(', ')}` : 'no argument table',
    );
  }
  // The introduction links every element's docs page, in Thai and English.
  const tags = [...new Set(docs.map((doc) => doc.title.split('/').pop()).filter((tag) => tag.startsWith('gov-')))];
  for (const intro of pages) {
    await page.goto(`${origin}/iframe.html?id=${intro.id}&viewMode=docs`);
    const shown = await page
      .waitForFunction(
        () => {
          const links = [...document.querySelectorAll('#storybook-docs .govkit-element-list a')];
          return (
            links.length > 0 && {
              links: links.map((link) => link.getAttribute('href')),
              text: document.querySelector('#storybook-docs')?.textContent ?? '',
            }
          );
        },
        undefined,
        { timeout: 20000 },
      )
      .then(
        (handle) => handle.jsonValue(),
        () => ({ links: [], text: '' }),
      );
    const unlinked = tags.filter((tag) => !shown.links.includes(`./?path=/docs/elements-${tag}--docs`));
    tally.check(
      `${intro.title}: Thai and English, the script tag, a link to each of ${tags.length} elements`,
      unlinked.length === 0 && /ติดตั้งด้วยแท็กเดียว/.test(shown.text) && /One script tag/.test(shown.text),
      `not linked: ${unlinked.join(', ') || 'none'}; text ${shown.text.length}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
process.exitCode = tally.finish() ? 0 : 1;
