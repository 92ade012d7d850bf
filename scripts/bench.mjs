/**
 * `npm run bench`: sizes and render times, each beside its baseline in the same run.
 * 1. Sizes: every element entry (minified, gzip) beside Lit alone bundled the same way,
 *    and the CDN bundle with its lazy chunks.
 * 2. Render: time from setting `data` to the list painted, for 1,000 and 10,000 items,
 *    beside the same DOM written as static HTML (parsed by Chromium) and the same list
 *    rendered by Lit alone (no validation, no kit), in one browser session.
 * Further benches (forms, inbox) run after these when their scripts exist.
 * Figures only: nothing here passes or fails on time. `--budgets` measures the sizes only
 * and fails when one passes its ceiling in size-budgets.json (a step of `npm test`).
 */
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { cdnConfig } from '../packages/components/scripts/build.mjs';
import { serveFolder } from './lib/static-server.mjs';
import { createTally } from './lib/tally.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const components = `${root}packages/components/`;
const benchDir = `${root}node_modules/.cache/govkit-bench`;
let bundleCount = 0;
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);

/**
 * Bundles `entryContents` exactly as the CDN build does (same Vite config, Lit included,
 * lazy `import()`s split off). `upFront`: the entry and every chunk it imports statically,
 * followed transitively (what a page downloads before the element can render); `lazy`: the
 * chunks fetched only on need (validator, sanitiser, forms machinery, feed parsers).
 */
async function bundleSize(entryContents) {
  mkdirSync(benchDir, { recursive: true });
  const file = `${benchDir}/entry-${(bundleCount += 1)}.ts`;
  writeFileSync(file, entryContents);
  const config = cdnConfig({ entry: file }, `${benchDir}/out`);
  const result = await viteBuild({ ...config, build: { ...config.build, write: false, sourcemap: false } });
  const chunks = (Array.isArray(result) ? result[0] : result).output.filter((item) => item.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry);
  const upFront = new Set([entry.fileName]);
  for (const name of upFront) for (const imported of byName.get(name).imports) upFront.add(imported);
  const total = (names) =>
    names.reduce(
      (sum, name) => {
        const bytes = Buffer.from(byName.get(name).code);
        return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  return {
    upFront: total([...upFront]),
    lazy: total([...byName.keys()].filter((name) => !upFront.has(name))),
  };
}

const elementFolders = () =>
  readdirSync(`${components}src`)
    .filter((name) => name.startsWith('gov-') && existsSync(`${components}src/${name}/define.ts`))
    .sort();

const line = (label, size, note = '') => console.log(`${label.padEnd(44)} ${kb(size.raw)} / ${kb(size.gzip)}${note}`);

/** Prints every size and returns the figures the budgets file names (gzip bytes). */
async function sizes() {
  const figures = {};
  console.log('\n## Sizes (minified / gzip, KB; up front = entry + its static imports)');
  const lit = (await bundleSize(`export { LitElement, html, css, svg, nothing, render } from 'lit';`)).upFront;
  line('Lit alone (baseline)', lit);
  const core = (
    await bundleSize(`import { GovElement, define } from '@govkit-th/core'; export { GovElement, define };`)
  ).upFront;
  line('Lit + core (GovElement, i18n…)', core, `   over Lit: ${kb(core.gzip - lit.gzip)} gzip`);
  figures['Lit + core, up front'] = core.gzip;
  for (const tag of elementFolders()) {
    const { upFront, lazy } = await bundleSize(`import '${components}src/${tag}/define.ts';`);
    line(
      tag,
      upFront,
      `   over Lit+core: ${kb(upFront.gzip - core.gzip)} gzip   lazy chunks: ${kb(lazy.gzip)} gzip` +
        `   all over Lit: ${kb(upFront.gzip + lazy.gzip - lit.gzip)} gzip`,
    );
    figures[`${tag}, up front`] = upFront.gzip;
    figures[`${tag}, up front over Lit+core`] = upFront.gzip - core.gzip;
    figures[`${tag} with its lazy chunks, over Lit`] = upFront.gzip + lazy.gzip - lit.gzip;
  }
  // The foundation pair (contact block + FAQ) as a page with only those two would load it.
  const pair = (
    await bundleSize(
      `import '${components}src/gov-faq/define.ts'; import '${components}src/gov-contact-block/define.ts';`,
    )
  ).upFront;
  line('gov-faq + gov-contact-block, Lit included', pair);
  figures['gov-faq + gov-contact-block, up front'] = pair.gzip;
  const cdn = `${components}dist/cdn/`;
  if (!existsSync(`${cdn}govkit.js`)) {
    console.log('(CDN bundle not built: run npm run build)');
    return figures;
  }
  // The built CDN folder: what a page downloads before any element can render, then each lazy chunk.
  const upFront = staticClosure(cdn, 'govkit.js');
  const fileSize = (file) => {
    const bytes = readFileSync(`${cdn}${file}`);
    return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  let upFrontGzip = 0;
  for (const file of upFront) {
    const size = fileSize(file);
    upFrontGzip += size.gzip;
    line(`CDN up front: ${file}`, size);
  }
  console.log(`${'CDN up front, all elements (total)'.padEnd(44)} ${''.padStart(6)}   ${kb(upFrontGzip)}`);
  figures['CDN govkit.js, up front'] = upFrontGzip;
  for (const chunk of readdirSync(`${cdn}chunks`).filter((name) => name.endsWith('.js'))) {
    if (upFront.has(`chunks/${chunk}`)) continue;
    const size = fileSize(`chunks/${chunk}`);
    line(`CDN lazy: ${chunk}`, size);
    // Chunk names carry a content hash; the budget names the chunk without it.
    const name = `CDN lazy chunk ${chunk.replace(/-[\w-]{8}\.js$/, '')}`;
    figures[name] = Math.max(figures[name] ?? 0, size.gzip);
  }
  autoloaderSizes(cdn, fileSize, upFrontGzip, figures);
  return figures;
}

/**
 * `file` (relative to `dir`) and every file it imports statically, followed transitively:
 * `from"./x.js"` or a bare `import"./x.js"`, never a lazy `import("./x.js")`.
 */
function staticClosure(dir, file) {
  const files = new Set([file]);
  for (const importer of files) {
    const text = readFileSync(`${dir}${importer}`, 'utf8');
    for (const [, path] of text.matchAll(/(?:from|import)\s*"(\.[^"]+\.js)"/g)) {
      const imported = posix.join(posix.dirname(importer), path);
      if (existsSync(`${dir}${imported}`)) files.add(imported);
    }
  }
  return files;
}

/**
 * The autoloader beside the full bundle, from the same build: its own size, then for each
 * element what a page with only that element downloads before its data (autoloader.js, the
 * element's chunk and the shared chunks it imports statically). Budgeted: the autoloader and
 * the one-element FAQ page (the issue's measure); the other elements' lines are for reading.
 */
function autoloaderSizes(cdn, fileSize, fullBundleGzip, figures) {
  if (!existsSync(`${cdn}autoloader.js`)) return console.log('(autoloader not built: run npm run build)');
  const autoloader = fileSize('autoloader.js');
  line('CDN autoloader.js', autoloader);
  figures['CDN autoloader.js'] = autoloader.gzip;
  const loaderText = readFileSync(`${cdn}autoloader.js`, 'utf8');
  const loaders = [...loaderText.matchAll(/"(gov-[\w-]+)":\(\)=>import\(`\.\/([^`]+)`\)/g)];
  for (const [, tag, chunk] of loaders) {
    let gzip = autoloader.gzip;
    for (const file of staticClosure(cdn, chunk)) gzip += fileSize(file).gzip;
    console.log(
      `${`CDN autoloader page, only ${tag}`.padEnd(44)} ${''.padStart(6)}   ${kb(gzip)}` +
        `   full bundle: ${kb(fullBundleGzip)}   saved: ${kb(fullBundleGzip - gzip)}`,
    );
    if (tag === 'gov-faq') figures['CDN page with only gov-faq, autoloader, up front'] = gzip;
  }
  // A loader map the pattern above cannot read would measure nothing: an unbudgeted figure fails the budgets.
  if (loaders.length !== elementFolders().length)
    figures[`CDN autoloader.js: ${loaders.length} loaders read for ${elementFolders().length} elements`] = Infinity;
}

/** Median of `runs` timings of `body`, which resolves with one duration in ms. */
async function median(runs, body) {
  const times = [];
  for (let i = 0; i < runs; i += 1) times.push(await body());
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

async function renderBench() {
  console.log('\n## Render: setting data → painted (median ms, headless Chromium)');
  const cdnDir = `${components}dist/cdn/`;
  if (!existsSync(`${cdnDir}govkit.js`)) return console.log('(CDN bundle not built: run npm run build)');
  const { server, origin } = await serveFolder(cdnDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/`).catch(() => {});
    await page.setContent('<!doctype html><html lang="th"><body><main id="stage"></main></body></html>');
    await page.addScriptTag({ url: `${origin}/govkit.js`, type: 'module' });
    await page.waitForFunction(() => customElements.get('gov-faq'));
    const litOnly = await build({
      stdin: {
        contents: "import { html, render } from 'lit'; window.__lit = { html, render };",
        resolveDir: components,
      },
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
    });
    await page.addScriptTag({ content: litOnly.outputFiles[0].text, type: 'module' });
    await page.waitForFunction(() => window.__lit);
    // The helpers the measuring functions call, as page globals.
    await page.addScriptTag({ content: `${sampleData}\n${nextPaint}` });
    const targets = [
      { tag: 'gov-news-list', make: 'news', attrs: (n) => ({ 'page-size': String(n) }), counts: [1000, 10000] },
      // The FAQ schema allows at most 2,000 questions, so it is measured at 1,000 only.
      { tag: 'gov-faq', make: 'faq', attrs: () => ({}), counts: [1000] },
      // The e-service schema allows at most 500 services.
      { tag: 'gov-service-list', make: 'services', attrs: () => ({}), counts: [500] },
    ];
    console.log(
      `${'element'.padEnd(16)}${'items'.padStart(7)}${'kit'.padStart(10)}${'native HTML'.padStart(13)}${'Lit alone'.padStart(11)}${'kit/native'.padStart(12)}`,
    );
    for (const target of targets) {
      if (!(await page.evaluate((tag) => Boolean(customElements.get(tag)), target.tag))) continue;
      for (const count of target.counts) {
        const runs = count > 5000 ? 5 : 9;
        const kit = await median(runs, () =>
          page.evaluate(measureKit, { tag: target.tag, make: target.make, count, attrs: target.attrs(count) }),
        );
        const html = await page.evaluate(capturedHtml, target.tag);
        const native = await median(runs, () => page.evaluate(measureNative, html));
        const litAlone = await median(runs, () => page.evaluate(measureLit, { make: target.make, count }));
        console.log(
          `${target.tag.padEnd(16)}${String(count).padStart(7)}${kit.toFixed(1).padStart(10)}${native.toFixed(1).padStart(13)}${litAlone.toFixed(1).padStart(11)}${(kit / native).toFixed(2).padStart(11)}×`,
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
}

// ---- functions below run in the page -------------------------------------------------

function sampleData(make, count) {
  if (make === 'services') {
    const channels = ['web-form', 'website', 'line', 'app', 'email', 'phone'];
    const services = Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      name: { th: `บริการที่ ${i} ยื่นคำขอออนไลน์`, en: `Service ${i}` },
      description: 'ยื่นคำขอและติดตามผลได้ทางออนไลน์โดยไม่ต้องเดินทางมาที่สำนักงาน',
      audience: [i % 3 ? 'ประชาชนทั่วไป' : 'ผู้ประกอบการ'],
      channel: channels[i % channels.length],
      href: `https://www.singburi.go.th/e-service/${i}`,
      availability: 'ตลอด 24 ชั่วโมง',
    }));
    return { services };
  }
  const items = [];
  for (let i = 0; i < count; i += 1) {
    const day = String((i % 28) + 1).padStart(2, '0');
    if (make === 'news') {
      items.push({
        id: `n${i}`,
        title: {
          th: `ประกาศจังหวัดสิงห์บุรี เรื่องที่ ${i} การรับสมัครคัดเลือกบุคคลเพื่อจ้างเป็นพนักงานราชการ`,
          en: `Sing Buri notice ${i}`,
        },
        summary: {
          th: 'สำนักงานจังหวัดสิงห์บุรีประกาศรับสมัครคัดเลือกบุคคล รายละเอียดตามเอกสารแนบ',
          en: 'Details in the attachment.',
        },
        url: `https://www.singburi.go.th/news/${i}`,
        category: { th: i % 2 ? 'ประกาศ' : 'ข่าวกิจกรรม', en: i % 2 ? 'Notices' : 'Activities' },
        publishedAt: `2026-${String((i % 12) + 1).padStart(2, '0')}-${day}`,
      });
    } else {
      items.push({
        id: `q${i}`,
        question: `คำถามที่ ${i} ขอสำเนาเอกสารราชการได้อย่างไร`,
        answer: 'ยื่นคำขอได้ที่ศูนย์ข้อมูลข่าวสาร ชั้น 1',
        updatedAt: `2026-01-${day}`,
      });
    }
  }
  return { items };
}

async function nextPaint() {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function measureKit({ tag, make, count, attrs }) {
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  stage.append(element);
  const data = window[`__${make}${count}`] ?? (window[`__${make}${count}`] = sampleData(make, count));
  await nextPaint();
  const started = performance.now();
  element.data = structuredClone(data);
  await element.whenSettled();
  element.getBoundingClientRect();
  await nextPaint();
  return performance.now() - started;
}

function capturedHtml(tag) {
  const element = document.querySelector(`#stage ${tag}`);
  return element.shadowRoot.innerHTML.replace(/<!--[^>]*-->/g, '');
}

async function measureNative(html) {
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  await nextPaint();
  const started = performance.now();
  const container = document.createElement('div');
  container.innerHTML = html;
  stage.append(container);
  container.getBoundingClientRect();
  await nextPaint();
  return performance.now() - started;
}

async function measureLit({ make, count }) {
  const { html, render } = window.__lit ?? {};
  if (!render) return NaN;
  const stage = document.getElementById('stage');
  stage.replaceChildren();
  const data = window[`__${make}${count}`];
  await nextPaint();
  const started = performance.now();
  const text = (value) => (typeof value === 'string' ? value : value.th);
  const container = document.createElement('div');
  stage.append(container);
  render(
    html`<ul>
      ${(data.items ?? data.services).map((item) => html`<li><a href=${item.url ?? item.href ?? '#'}>${text(item.title ?? item.question ?? item.name)}</a><time datetime=${item.publishedAt ?? item.updatedAt ?? ''}>${item.publishedAt ?? item.updatedAt ?? ''}</time></li>`)}
    </ul>`,
    container,
  );
  container.getBoundingClientRect();
  await nextPaint();
  return performance.now() - started;
}

/**
 * Compares the figures with `size-budgets.json`: every ceiling is a gzip size that must not
 * be exceeded (today's size, so nothing grows); goals are shown beside them, not enforced.
 */
function checkBudgets(figures) {
  const { budgets } = JSON.parse(readFileSync(`${root}size-budgets.json`, 'utf8'));
  const tally = createTally('size budgets');
  console.log('\n## Budgets (gzip KB: figure / ceiling, goal)');
  for (const [name, { ceiling, goal }] of Object.entries(budgets)) {
    const figure = figures[name];
    const detail = `${kb(figure ?? NaN).trim()} KB > ceiling ${ceiling.toFixed(1)} KB`;
    const goalNote = goal === undefined ? '' : `, goal ${goal} KB${figure / 1024 <= goal ? ' (met)' : ''}`;
    if (figure === undefined)
      tally.check(`${name}: measured`, false, 'no such figure (renamed? update size-budgets.json)');
    else
      tally.check(
        `${name}: ${kb(figure).trim()} / ${ceiling.toFixed(1)} KB${goalNote}`,
        figure / 1024 <= ceiling,
        detail,
      );
  }
  for (const name of Object.keys(figures).filter((name) => !(name in budgets)))
    tally.check(`${name}: has a budget`, false, `${kb(figures[name]).trim()} KB, not in size-budgets.json`);
  return tally.finish();
}

if (process.argv.includes('--budgets')) process.exit(checkBudgets(await sizes()) ? 0 : 1);
if (!process.argv.includes('--render-only')) await sizes();
if (!process.argv.includes('--sizes-only')) await renderBench();
if (process.argv.includes('--render-only')) process.exit(0);
if (!process.argv.includes('--sizes-only'))
  for (const [name, script] of [
    ['forms', `${root}scripts/bench-forms.mjs`],
    ['inbox', `${root}packages/inbox/bench/bench.mjs`],
  ]) {
    if (!existsSync(script)) continue;
    console.log(`\n## ${name}`);
    spawnSync(process.execPath, [script], { stdio: 'inherit', env: process.env });
  }
