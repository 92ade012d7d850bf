// Temporary (not committed): the English pass of e2e-english.mjs on a few pages, plus the switch and the province page.
import { startDemoServer } from '../apps/demo-agency/server.mjs';
import { startProvinceDemo } from '../apps/demo-province/server.mjs';
import { launchChromium } from './lib/chromium.mjs';
import { createTally } from './lib/tally.mjs';
import { checkEnglishAndScreenshots } from './lib/e2e-english.mjs';

const server = await startDemoServer({ port: 0, host: '127.0.0.1', origins: {} });
const origin = `http://127.0.0.1:${server.address().port}`;
const province = await startProvinceDemo({ originHost: '127.0.0.1', ports: { province: 0, health: 0, inburi: 0 }, agencyOrigin: origin });
const browser = await launchChromium();
const tally = createTally('title check');
await checkEnglishAndScreenshots({
  browser, origin, tally, screenshots: false,
  pages: ['index.html', 'news.html', 'sitemap.html', '404.html', 'about/history.html', 'search.html'],
  settle: (page) => page.waitForLoadState('load'),
});
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(`${origin}/news.html`);
tally.check('Thai first: Thai title', (await page.title()) === 'ข่าวประชาสัมพันธ์ | สำนักงานจังหวัดสิงห์บุรี', await page.title());
await page.click('.lang-switch');
tally.check('the switch: English title', (await page.title()) === 'News | Sing Buri Provincial Office', await page.title());
await page.click('.lang-switch');
tally.check('and back: Thai title', (await page.title()) === 'ข่าวประชาสัมพันธ์ | สำนักงานจังหวัดสิงห์บุรี', await page.title());
await page.goto(`${province.origins.province}/index.html`);
await page.click('.lang-switch');
tally.check('province page in English: English title', (await page.title()) === 'Home | Sing Buri Province', await page.title());
await page.goto(`${origin}/sitemap.html`);
await page.click('.lang-switch');
await page.waitForTimeout(1500);
const heading = await page.evaluate(() => document.querySelector('gov-sitemap[src="/sitemap.xml"]')?.shadowRoot?.querySelector('h2,h3,h4')?.textContent?.trim());
tally.check('sitemap.html second heading in English', heading === 'Every page in sitemap.xml', String(heading));
await browser.close();
server.close();
await province.close?.();
process.exit(tally.finish() ? 0 : 1);
