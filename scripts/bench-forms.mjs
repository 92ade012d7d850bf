/**
 * Forms benchmark (prints figures; asserts nothing):
 *  (a) gzip size of the e-form entry with its validator — packages/components/dist/gov-eform.js
 *      bundled with every dependency except Lit, minified by esbuild — beside Lit alone
 *      bundled the same way (goal: ≤ 20 KB gzip over Lit);
 *  (b) validation time per keystroke for a 50-field form in headless Chromium, median and
 *      p95 over many keystrokes (goal: ≤ 1 ms).
 * Run after a build: `npm run build` (or `node packages/components/scripts/build.mjs`), then
 * `node scripts/bench-forms.mjs`. Uses playwright-core with Debian's Chromium.
 */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = `${root}packages/components/dist/gov-eform.js`;
const LIT = [
  'lit',
  'lit/*',
  'lit-html',
  'lit-html/*',
  'lit-element',
  'lit-element/*',
  '@lit/reactive-element',
  '@lit/reactive-element/*',
];
const KEYSTROKES = 1000;
const RENDERED_KEYSTROKES = 200;

if (!existsSync(entry)) {
  console.error(`${entry} is missing: build first (node packages/components/scripts/build.mjs).`);
  process.exit(1);
}

async function bundle(options) {
  const result = await build({
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'error',
    absWorkingDir: root,
    define: { 'process.env.NODE_ENV': '"production"' },
    ...options,
  });
  return result.outputFiles[0].contents;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function sizes() {
  const eform = await bundle({ entryPoints: [entry], external: LIT });
  const opinion = await bundle({ entryPoints: [`${root}packages/components/dist/gov-opinion-box.js`], external: LIT });
  const lit = await bundle({ stdin: { contents: "export * from 'lit';", resolveDir: root }, external: [] });
  const rows = [
    ['Lit alone (baseline)', lit],
    ['gov-eform + core + forms + validator (Lit external)', eform],
    ['gov-opinion-box + the same (Lit external)', opinion],
  ];
  console.log('\n(a) Size, minified by esbuild');
  console.log('    bundle'.padEnd(60), 'min'.padStart(10), 'gzip'.padStart(10));
  for (const [name, bytes] of rows)
    console.log(`    ${name}`.padEnd(60), kb(bytes.length).padStart(10), kb(gzipSync(bytes).length).padStart(10));
  const over = gzipSync(eform).length;
  console.log(
    `    gov-eform over Lit: ${kb(over)} gzip (goal ≤ 20 KB); e-form and Lit together: ${kb(gzipSync(Buffer.concat([lit, eform])).length)} gzip`,
  );

  // Where the bytes go: each part bundled on its own (parts share a little code, so they do not add up exactly).
  const part = (contents) =>
    bundle({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      external: LIT,
      conditions: ['source'],
      tsconfig: `${root}tsconfig.base.json`,
    });
  const parts = [
    [
      'validator: @cfworker/json-schema + Thai/English keyword messages',
      "export * from './packages/schemas/src/engine.ts';",
    ],
    [
      'core base shared by every element (GovElement, data, i18n, tokens)',
      "export { GovElement, heading, define } from '@govkit-th/core';",
    ],
    ['forms strings (Thai + English)', "export { formStrings } from './packages/core/src/forms/strings.ts';"],
    ['forms styles (screen + print)', "export { formStyles } from './packages/core/src/forms/form-styles.ts';"],
    ['forms machinery without the validator', "export * from './packages/core/src/forms/machinery.ts';"],
  ];
  console.log('    where the bytes go (each bundled alone, gzip):');
  const validatorAlone = gzipSync(await part(parts[0][1])).length;
  for (const [name, contents] of parts) {
    let size = gzipSync(await part(contents)).length;
    // The machinery pulls the validator in through compile(): take it out to show the forms' own share.
    if (name.startsWith('forms machinery')) size -= validatorAlone;
    console.log(`      ${name}`.padEnd(78), kb(size).padStart(10));
  }
  const cdnMain = `${root}packages/components/dist/cdn/govkit.js`;
  if (existsSync(cdnMain)) {
    const { readdirSync, readFileSync } = await import('node:fs');
    const chunks = readdirSync(`${root}packages/components/dist/cdn/chunks`).filter(
      (name) => name.startsWith('machinery-') && name.endsWith('.js'),
    );
    const chunk = chunks.length
      ? readFileSync(`${root}packages/components/dist/cdn/chunks/${chunks[0]}`)
      : Buffer.alloc(0);
    console.log(
      `    CDN: govkit.js ${kb(gzipSync(readFileSync(cdnMain)).length)} gzip; the forms machinery is a lazy chunk of ${kb(gzipSync(chunk).length)} gzip, loaded only when a form gets its data`,
    );
  }
}

/** A 50-field form over five pages: every widget, Thai formats, limits, two conditions and a group. */
function fiftyFieldDefinition() {
  const properties = {};
  const required = [];
  const pages = [];
  const kinds = [
    () => [{ type: 'string', minLength: 3, maxLength: 200 }, { widget: 'text' }],
    () => [{ type: 'string' }, { format: 'th-national-id' }],
    () => [{ type: 'string' }, { format: 'th-phone' }],
    () => [{ type: 'string' }, { format: 'th-postcode' }],
    () => [{ type: 'string', format: 'email' }, { widget: 'email' }],
    () => [{ type: 'integer', minimum: 0, maximum: 1000 }, { widget: 'number' }],
    () => [{ enum: ['a', 'b', 'c'] }, { widget: 'radios' }],
    () => [{ enum: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, { widget: 'select' }],
    () => [{ type: 'array', items: { enum: ['x', 'y', 'z'] }, minItems: 1 }, { widget: 'checkboxes' }],
    () => [{ type: 'string', format: 'date' }, { widget: 'date' }],
  ];
  for (let page = 0; page < 5; page += 1) {
    const fields = [];
    for (let index = 0; index < 10; index += 1) {
      const n = page * 10 + index;
      const name = `field${n}`;
      const [schema, layout] = kinds[(n + page) % kinds.length]();
      properties[name] = schema;
      if (n % 3 === 0) required.push(name);
      fields.push({
        name,
        label: { th: `คำถามที่ ${n + 1}`, en: `Question ${n + 1}` },
        hint: { th: 'คำอธิบาย', en: 'Hint' },
        ...layout,
      });
    }
    pages.push({ id: `p${page}`, title: { th: `หน้า ${page + 1}`, en: `Page ${page + 1}` }, fields });
  }
  properties.field0 = { type: 'string', minLength: 3, maxLength: 200 };
  pages[0].fields[0] = { name: 'field0', label: { th: 'ชื่อและนามสกุล', en: 'Full name' }, widget: 'text' };
  // Two conditions: if/then in the schema and a visibleWhen rule.
  const schema = {
    type: 'object',
    required,
    properties,
    allOf: [{ if: { properties: { field6: { const: 'b' } }, required: ['field6'] }, then: { required: ['field4'] } }],
  };
  pages[1].fields[3] = {
    ...pages[1].fields[3],
    visibleWhen: { properties: { field16: { const: 'a' } }, required: ['field16'] },
  };
  return { id: 'bench-fifty', version: '1', title: 'แบบฟอร์ม 50 ช่อง', schema, pages };
}

async function timings() {
  const harness = await bundle({
    stdin: { contents: "import './packages/components/src/gov-eform/define.ts';", resolveDir: root, loader: 'ts' },
    conditions: ['source'],
    tsconfig: `${root}tsconfig.base.json`,
    splitting: false,
  });
  const page = `<!doctype html><html lang="th"><head><meta charset="utf-8"></head><body><script type="module" src="/harness.js"></script></body></html>`;
  // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
  const isolation = { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' };
  const server = createServer((request, response) => {
    if (request.url === '/harness.js') {
      response.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', ...isolation });
      response.end(harness);
    } else {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...isolation });
      response.end(page);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${server.address().port}/`);
    await tab.waitForFunction(() => customElements.get('gov-eform'));
    const result = await tab.evaluate(
      async ({ definition, keystrokes, renderedKeystrokes }) => {
        const form = document.createElement('gov-eform');
        document.body.append(form);
        form.data = definition;
        await form.whenSettled();
        if (form.state !== 'ready') throw new Error(`form is ${form.state}: ${form.error?.message}`);
        const input = form.shadowRoot.getElementById('f-field0');
        const session = form.session;
        const stats = (samples) => {
          const sorted = [...samples].sort((a, b) => a - b);
          const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
          return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], n: sorted.length };
        };
        const letters = 'สำนักงานจังหวัดสิงห์บุรี';
        const type = (index) => {
          input.value = index % 40 === 39 ? '' : input.value + letters[index % letters.length];
          input.dispatchEvent(new Event('input'));
        };
        // Warm up the JIT and the validator.
        for (let index = 0; index < 100; index += 1) type(index);
        await form.updateComplete;

        const validate = [];
        for (let index = 0; index < keystrokes; index += 1) {
          session.answers.field0 = letters.slice(0, (index % 30) + 1);
          session.revision += 1;
          const started = performance.now();
          session.evaluation();
          validate.push(performance.now() - started);
        }
        const handler = [];
        for (let index = 0; index < keystrokes; index += 1) {
          const started = performance.now();
          type(index);
          handler.push(performance.now() - started);
          if (index % 50 === 0) await form.updateComplete;
        }
        await form.updateComplete;
        const rendered = [];
        for (let index = 0; index < renderedKeystrokes; index += 1) {
          const started = performance.now();
          type(index);
          await form.updateComplete;
          rendered.push(performance.now() - started);
        }
        await form.whenDraftSaved();
        return {
          validate: stats(validate),
          handler: stats(handler),
          rendered: stats(rendered),
          fields: definition.pages.flatMap((p) => p.fields).length,
          isolated: crossOriginIsolated,
        };
      },
      { definition: fiftyFieldDefinition(), keystrokes: KEYSTROKES, renderedKeystrokes: RENDERED_KEYSTROKES },
    );
    const ms = (value) => `${value.toFixed(3)} ms`;
    console.log(
      `\n(b) Per keystroke, ${result.fields}-field form, headless Chromium (timer resolution ${result.isolated ? '5 µs' : '100 µs'})`,
    );
    console.log(
      '    measure'.padEnd(60),
      'median'.padStart(10),
      'p95'.padStart(10),
      'max'.padStart(10),
      'n'.padStart(6),
    );
    for (const [name, stats] of [
      ['validate: schema + Thai formats + visibility (evaluate)', result.validate],
      ['input handler: the above + answer bookkeeping + draft', result.handler],
      ['until rendered (handler + Lit update)', result.rendered],
    ]) {
      console.log(
        `    ${name}`.padEnd(60),
        ms(stats.median).padStart(10),
        ms(stats.p95).padStart(10),
        ms(stats.max).padStart(10),
        String(stats.n).padStart(6),
      );
    }
    console.log('    goal: validation ≤ 1 ms per keystroke');
  } finally {
    await browser.close();
    server.close();
  }
}

await sizes();
await timings();
