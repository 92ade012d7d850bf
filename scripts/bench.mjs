/**
 * `npm run bench`: sizes and render times, each beside its baseline in the same run.
 * 1. Sizes: every element entry (minified, gzip) beside Lit alone bundled the same way,
 *    and the CDN bundle with its lazy chunks.
 * 2. Render: time from setting `data` to the list painted, for 1,000 and 10,000 items,
 *    beside the same DOM written as static HTML (parsed by Chromium) and the same list
 *    rendered by Lit alone (no validation, no kit), in one browser session.
 * Further benches (forms, inbox) run after these when their scripts exist.
 * Figures only: nothing here passes or fails on time.
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { posix } from 'node:path';
import { launchChromium } from './lib/chromium.mjs';
import { minifyLitCss } from '../packages/components/scripts/build.mjs';
import { serveFolder } from './lib/static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const components = `${root}packages/components/`;
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(6);

async function bundleSize(entryContents, resolveDir) {
  const result = await build({
    stdin: { contents: entryContents, resolveDir, loader: 'ts' },
    bundle: true,
    format: 'esm',
    minify: true,
    splitting: true,
    outdir: '/tmp/govkit-bench',
    write: false,
    conditions: ['source'],
    charset: 'utf8',
    legalComments: 'none',
    tsconfig: `${root}tsconfig.base.json`,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [minifyLitCss],
  });
  const [entry, ...chunks] = result.outputFiles;
  const size = (file) => ({ raw: file.contents.length, gzip: gzipSync(file.contents, { level: 9 }).length });
  return { entry: size(entry), chunks: chunks.map(size) };
}

async function sizes() {
  console.log('\n## Sizes (minified / gzip, KB)');
  const lit = await bundleSize(`export { LitElement, html, css, svg, nothing, render } from 'lit';`, components);
  console.log(`${'Lit alone (baseline)'.padEnd(44)} ${kb(lit.entry.raw)} / ${kb(lit.entry.gzip)}`);
  const tags = readdirSync(`${components}src`).filter(
    (name) => name.startsWith('gov-') && existsSync(`${components}src/${name}/define.ts`),
  );
  const core = await bundleSize(
    `import { GovElement, define } from '@govkit-th/core'; export { GovElement, define };`,
    components,
  );
  console.log(
    `${'Lit + core (GovElement, i18n…)'.padEnd(44)} ${kb(core.entry.raw)} / ${kb(core.entry.gzip)}   over Lit: ${kb(core.entry.gzip - lit.entry.gzip)} gzip`,
  );
  for (const tag of tags.sort()) {
    const element = await bundleSize(`import './src/${tag}/define.ts';`, components);
    const lazy = element.chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
    console.log(
      `${tag.padEnd(44)} ${kb(element.entry.raw)} / ${kb(element.entry.gzip)}   over Lit+core: ${kb(element.entry.gzip - core.entry.gzip)} gzip` +
        `   lazy chunks: ${kb(lazy)} gzip`,
    );
  }
  const cdn = `${components}dist/cdn/`;
  if (!existsSync(`${cdn}govkit.js`)) return console.log('(CDN bundle not built: run npm run build)');
  // What a page downloads before any element can render: the entry and the chunks it
  // imports statically, followed transitively. Everything else loads only when needed.
  const upFront = new Set(['govkit.js']);
  const queue = ['govkit.js'];
  while (queue.length) {
    const importer = queue.shift();
    const text = readFileSync(`${cdn}${importer}`, 'utf8');
    // Static imports only: `from"./x.js"` or a bare `import"./x.js"`, never `import("./x.js")`.
    for (const [, path] of text.matchAll(/(?:from|import)\s*"(\.[^"]+\.js)"/g)) {
      const file = posix.join(posix.dirname(importer), path);
      if (!upFront.has(file) && existsSync(`${cdn}${file}`)) {
        upFront.add(file);
        queue.push(file);
      }
    }
  }
  let upFrontGzip = 0;
  for (const file of upFront) {
    const bytes = readFileSync(`${cdn}${file}`);
    upFrontGzip += gzipSync(bytes, { level: 9 }).length;
    console.log(
      `${`CDN up front: ${file}`.padEnd(44)} ${kb(bytes.length)} / ${kb(gzipSync(bytes, { level: 9 }).length)}`,
    );
  }
  console.log(`${'CDN up front, all elements (total)'.padEnd(44)} ${''.padStart(6)}   ${kb(upFrontGzip)}`);
  for (const chunk of readdirSync(`${cdn}chunks`).filter(
    (name) => name.endsWith('.js') && !upFront.has(`chunks/${name}`),
  )) {
    const bytes = readFileSync(`${cdn}chunks/${chunk}`);
    console.log(`${`CDN lazy: ${chunk}`.padEnd(44)} ${kb(bytes.length)} / ${kb(gzipSync(bytes, { level: 9 }).length)}`);
  }
  // The foundation pair (contact block + FAQ) as a page with only those two would load it.
  const pair = await bundleSize(
    `import './src/gov-faq/define.ts'; import './src/gov-contact-block/define.ts';`,
    components,
  );
  console.log(
    `${'gov-faq + gov-contact-block, Lit included'.padEnd(44)} ${kb(pair.entry.raw)} / ${kb(pair.entry.gzip)}`,
  );
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
      ${data.items.map((item) => html`<li><a href=${item.url ?? '#'}>${text(item.title ?? item.question)}</a><time datetime=${item.publishedAt ?? item.updatedAt}>${item.publishedAt ?? item.updatedAt}</time></li>`)}
    </ul>`,
    container,
  );
  container.getBoundingClientRect();
  await nextPaint();
  return performance.now() - started;
}

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
