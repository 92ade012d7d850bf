/**
 * The two small agencies of the demo province are made by `govkit init`, as a webmaster
 * would make them: this file runs the command (the built `@govkit-th/cli`) with each agency's
 * options and nothing else, so what the demo shows is init's own output. Run at every start
 * of the province demo (`startProvinceDemo`), into `agencies/` (git-ignored), or by hand:
 * `node apps/demo-province/make-agencies.mjs [folder]`.
 *
 * - The provincial health office publishes every content type the kit has: a complete agency.
 * - In Buri district office is deliberately incomplete: `--without` leaves out its CIO, FAQ,
 *   open data, citizens' manual, activity calendar, Q&A board and opinion box, so
 *   `govkit audit` and the directory have something to find missing (the CLI's tests assert
 *   exactly what).
 */
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** The origins the agencies' files are written for (the demo servers put the served ones in). */
const PROVINCE_SITE = 'http://localhost:8082/';

/** What In Buri leaves out: the CLI's audit test names exactly these as missing. */
export const INBURI_WITHOUT = ['cio', 'faq', 'openData', 'serviceGuide', 'calendar', 'questions', 'opinion'];

/** Each agency's `govkit init` options, as a webmaster would type them. */
export const AGENCIES = {
  health: [
    ['--name', 'สำนักงานสาธารณสุขจังหวัดสิงห์บุรี'],
    ['--name-en', 'Sing Buri Provincial Public Health Office'],
    ['--code', 'DEMO-SB-PHO'],
    ['--kind', 'provincial'],
    ['--district', 'เมืองสิงห์บุรี'],
    ['--district-en', 'Mueang Sing Buri'],
    // A made-up line, said so: the office's street address was not found in a source to cite.
    ['--address', 'เลขที่ 1 ถนนตัวอย่าง (ที่อยู่สมมติของเว็บไซต์สาธิต)'],
    ['--address-en', '1 Sample Road (a made-up address of the demo site)'],
    ['--subdistrict', 'บางพุทรา'],
    ['--subdistrict-en', 'Bang Phutsa'],
    ['--postcode', '16000'],
    ['--ministry', 'กระทรวงสาธารณสุข'],
    ['--ministry-en', 'Ministry of Public Health'],
    ['--department', 'สำนักงานปลัดกระทรวงสาธารณสุข'],
    ['--department-en', 'Office of the Permanent Secretary'],
    ['--website', 'http://localhost:8083/'],
    ['--province-site', PROVINCE_SITE],
  ],
  inburi: [
    ['--name', 'ที่ว่าการอำเภออินทร์บุรี'],
    ['--name-en', 'In Buri District Office'],
    ['--code', 'DEMO-SB-INBURI'],
    ['--kind', 'district'],
    ['--district', 'อินทร์บุรี'],
    ['--district-en', 'In Buri'],
    // The district office's address as Thai Wikipedia gives it (อำเภออินทร์บุรี, read 2 December 2026).
    ['--address', 'เลขที่ 90/2 หมู่ที่ 3 ถนนสุขาภิบาล 2'],
    ['--address-en', '90/2 Moo 3, Sukhaphiban 2 Road'],
    ['--subdistrict', 'อินทร์บุรี'],
    ['--subdistrict-en', 'In Buri'],
    ['--postcode', '16110'],
    ['--ministry', 'กระทรวงมหาดไทย'],
    ['--ministry-en', 'Ministry of Interior'],
    ['--department', 'กรมการปกครอง'],
    ['--department-en', 'Department of Provincial Administration'],
    ['--website', 'http://localhost:8084/'],
    ['--province-site', PROVINCE_SITE],
    ['--without', INBURI_WITHOUT.join(',')],
  ],
};

export const AGENCIES_DIR = fileURLToPath(new URL('./agencies/', import.meta.url));

const cliBin = () =>
  join(dirname(createRequire(import.meta.url).resolve('@govkit-th/cli/package.json')), 'bin/govkit.js');

/**
 * Writes both agencies afresh under `folder` (one sub-folder each, emptied first); the pages
 * load the kit from the demo servers' `/govkit/`. Rejects, naming the command, if it fails
 * (the CLI is built by `npx turbo run build`).
 */
export async function makeAgencies(folder = AGENCIES_DIR) {
  const run = promisify(execFile);
  for (const [name, options] of Object.entries(AGENCIES)) {
    const dir = join(folder, name);
    await rm(dir, { recursive: true, force: true });
    const args = ['init', dir, ...options.flat(), '--cdn', '/govkit/govkit.js'];
    await run(process.execPath, [cliBin(), ...args]).catch((error) => {
      throw new Error(
        `govkit init could not make the demo agency "${name}" (is the CLI built? npx turbo run build): ${error.stderr || error.message}`,
      );
    });
  }
  return folder;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`Demo agencies written to ${await makeAgencies(process.argv[2] ?? AGENCIES_DIR)}`);
}
