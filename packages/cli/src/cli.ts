import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { AGENCY_KINDS, type Lang, type ManifestContentType } from '@govkit-th/schemas';
import { audit, type AuditOptions } from './audit/audit.js';
import { loadItaItems } from './audit/ita.js';
import { reportHtml } from './audit/report-html.js';
import { reportText } from './audit/report-text.js';
import { init, type AgencyKind } from './init/init.js';
import { CONTENT_TYPES } from './schemas.js';
import { formatResults, validateFile, validateProject } from './validate/validate.js';
import { say } from './words.js';

/** The package's own version: the default CDN address of `govkit init` names it. */
export const VERSION = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

const USAGE = `govkit init [dir] [--name <ชื่อ>] [--name-en <name>] [--province <จังหวัด>] [--province-en <name>]
                  [--code <รหัส>] [--kind provincial|district|local|…] [--district <อำเภอ>] [--district-en <name>]
                  [--address <ที่อยู่>] [--address-en <address>] [--subdistrict <ตำบล>] [--subdistrict-en <name>]
                  [--postcode <รหัสไปรษณีย์>] [--ministry <กระทรวง>] [--ministry-en <name>]
                  [--department <กรม>] [--department-en <name>] [--website <url>] [--province-site <url>]
                  [--without <type,type…>] [--cdn <url>] [--force]
govkit validate [files…] [--json] [--lang th|en]
govkit audit <url|folder|file> [--json] [--html <file>] [--lang th|en] [--max-pages 50] [--timeout 30]
                  [--links all|same-origin|none] [--ita-year <ปี พ.ศ.>] [--ita-items <file.json>]
                  [--chromium <path>] [--quiet]`;

/** `govkit init`'s options that take a text, beside the name, the province and the CDN. */
const INIT_TEXT_OPTIONS = [
  'code',
  'kind',
  'district',
  'district-en',
  'address',
  'address-en',
  'subdistrict',
  'subdistrict-en',
  'postcode',
  'ministry',
  'ministry-en',
  'department',
  'department-en',
  'website',
  'province-site',
  'without',
] as const;

const COMMON = {
  lang: { type: 'string', default: 'th' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Runs one command; resolves with the exit code (0 fine, 1 findings, 2 could not run). */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'init') return await runInit(rest);
    if (command === 'validate') return await runValidate(rest);
    if (command === 'audit') return await runAudit(rest);
    if (command === 'version' || command === '--version') {
      console.log(VERSION);
      return 0;
    }
    if (command && command !== 'help' && command !== '--help' && command !== '-h')
      console.error(say('th', 'unknownCommand', { name: command }));
    console.log(`${say('th', 'usage')} / ${say('en', 'usage')}:\n${USAGE}`);
    return command && !['help', '--help', '-h'].includes(command) ? 2 : 0;
  } catch (error) {
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(say('th', 'badOption', { detail: (error as Error).message }));
      console.error(USAGE);
      return 2;
    }
    throw error;
  }
}

function langOf(value: string | undefined): Lang {
  return value === 'en' ? 'en' : 'th';
}

async function runInit(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...COMMON,
      name: { type: 'string' },
      'name-en': { type: 'string' },
      province: { type: 'string' },
      'province-en': { type: 'string' },
      ...Object.fromEntries(INIT_TEXT_OPTIONS.map((name) => [name, { type: 'string' }] as const)),
      cdn: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const lang = langOf(values.lang);
  const dir = positionals[0] ?? '.';
  const text = (name: (typeof INIT_TEXT_OPTIONS)[number]) =>
    (values as Record<string, unknown>)[name] as string | undefined;
  const kind = text('kind');
  if (kind !== undefined && !(AGENCY_KINDS as readonly string[]).includes(kind)) {
    console.error(say(lang, 'badOption', { detail: `--kind ${kind}: ${AGENCY_KINDS.join(', ')}` }));
    return 2;
  }
  const without = (text('without') ?? '')
    .split(',')
    .map((type) => type.trim())
    .filter(Boolean);
  const unknown = without.filter((type) => !(CONTENT_TYPES as string[]).includes(type));
  if (unknown.length) {
    console.error(say(lang, 'badOption', { detail: `--without ${unknown.join(',')}: ${CONTENT_TYPES.join(', ')}` }));
    return 2;
  }
  const result = await init(dir, {
    name: values.name,
    nameEn: values['name-en'],
    province: values.province,
    provinceEn: values['province-en'],
    code: text('code'),
    kind: kind as AgencyKind | undefined,
    district: text('district'),
    districtEn: text('district-en'),
    address: text('address'),
    addressEn: text('address-en'),
    subdistrict: text('subdistrict'),
    subdistrictEn: text('subdistrict-en'),
    postcode: text('postcode'),
    ministry: text('ministry'),
    ministryEn: text('ministry-en'),
    department: text('department'),
    departmentEn: text('department-en'),
    website: text('website'),
    provinceSite: text('province-site'),
    without: without as ManifestContentType[],
    cdn: values.cdn,
    force: values.force,
    version: VERSION,
  });
  if ('notEmpty' in result) {
    console.error(say(lang, 'initNotEmpty', { dir }));
    return 1;
  }
  console.log(say(lang, 'initWrote', { count: result.written.length, dir }));
  console.log(say(lang, 'initNext'));
  return 0;
}

async function runValidate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: COMMON });
  const lang = langOf(values.lang);
  const results = positionals.length
    ? await Promise.all(positionals.map((file) => validateFile(file, lang)))
    : await validateProject(process.cwd(), lang);
  if (!results) {
    console.error(say(lang, 'noManifest'));
    return 2;
  }
  const valid = results.every((result) => result.problems.length === 0);
  if (values.json) console.log(JSON.stringify({ valid, files: results }, null, 2));
  else console.log(formatResults(results, lang));
  return valid ? 0 : 1;
}

async function runAudit(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...COMMON,
      html: { type: 'string' },
      'max-pages': { type: 'string', default: '50' },
      timeout: { type: 'string', default: '30' },
      links: { type: 'string', default: 'all' },
      'ita-year': { type: 'string' },
      'ita-items': { type: 'string' },
      chromium: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
    },
  });
  const lang = langOf(values.lang);
  const target = positionals[0];
  if (!target) {
    console.error(USAGE);
    return 2;
  }
  const links = values.links === 'none' || values.links === 'same-origin' ? values.links : 'all';
  const options: AuditOptions = {
    lang,
    maxPages: positiveNumber(values['max-pages'], 50),
    timeoutMs: positiveNumber(values.timeout, 30) * 1000,
    links,
    chromium: values.chromium ?? process.env.CHROMIUM_PATH,
    progress: values.quiet ? undefined : progressLine(),
  };
  if (values['ita-year'] || values['ita-items']) {
    try {
      options.ita = await loadItaItems(values['ita-year'], values['ita-items'], lang);
    } catch (error) {
      console.error(say(lang, 'unreadable', { detail: `${values['ita-items']}: ${(error as Error).message}` }));
      return 2;
    }
  }
  const report = await audit(target, options);
  options.progress?.('');
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else console.log(reportText(report, lang));
  if (values.html) {
    await writeFile(values.html, reportHtml(report, lang));
    console.error(say(lang, 'htmlWritten', { file: values.html }));
  }
  return report.exitCode;
}

function positiveNumber(value: string | undefined, fallback: number): number {
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : fallback;
}

/** One line on stderr, rewritten in place on a terminal, a line each elsewhere (CI logs). */
function progressLine(): (text: string) => void {
  const tty = process.stderr.isTTY;
  let printed = 0;
  return (text) => {
    if (tty) process.stderr.write(`\r\x1b[K${text.slice(0, (process.stderr.columns || 80) - 1)}`);
    else if (text && Date.now() - printed >= 1000) {
      // A log gets at most a line a second.
      printed = Date.now();
      process.stderr.write(`${text}\n`);
    }
  };
}
