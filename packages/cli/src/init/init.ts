import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { SCHEMA_BASE, type ManifestContentType } from '@govkit-th/schemas';
import { CONTENT_VIEWS } from '../content.js';
import { CONTENT_TYPES } from '../schemas.js';
import { pageHtml, sitePages } from './pages.js';
import { sampleData, type AgencyInfo } from './templates.js';

export interface InitOptions {
  name?: string;
  nameEn?: string;
  province?: string;
  provinceEn?: string;
  /** The kit's bundle; by default the published one on the npm CDN, at this version. */
  cdn?: string;
  force?: boolean;
  /** The day written into the samples (YYYY-MM-DD); today by default. */
  today?: string;
  /** The version of the kit the default CDN address names. */
  version: string;
}

export type InitResult = { written: string[] } | { notEmpty: true };

/** The CDN address of the kit's bundle at a version (the package keeps it under dist/cdn/). */
export function defaultCdn(version: string): string {
  return `https://unpkg.com/@govkit-th/components@${version}/dist/cdn/govkit.js`;
}

/**
 * Writes a ready agency folder: sample data for every content type, `govkit.json` pointing
 * at it, `index.html` and one page per content type loading the kit's bundle. Refuses a
 * folder with files in it unless `force` is set.
 */
export async function init(dir: string, options: InitOptions): Promise<InitResult> {
  const folder = resolve(dir);
  const existing = await readdir(folder).catch(() => [] as string[]);
  if (existing.length > 0 && !options.force) return { notEmpty: true };
  const agency: AgencyInfo = {
    name: { th: options.name ?? 'หน่วยงานตัวอย่าง', en: options.nameEn ?? options.name ?? 'Sample agency' },
    province: {
      th: options.province ?? 'สิงห์บุรี',
      en: options.provinceEn ?? (options.province ? options.province : 'Sing Buri'),
    },
    today: options.today ?? new Date().toISOString().slice(0, 10),
  };
  const cdn = options.cdn ?? defaultCdn(options.version);
  const pages = sitePages(CONTENT_TYPES);
  const data = sampleData(agency);
  (data.sitemap as { items: unknown[] }).items = pages.map((page) => ({ title: page.title, href: page.file }));
  const files = new Map<string, string>();
  for (const type of CONTENT_TYPES) files.set(`data/${CONTENT_VIEWS[type].file}`, json(data[type]));
  files.set('govkit.json', json(manifest(agency)));
  for (const page of pages) files.set(page.file, pageHtml(page, pages, agency, cdn));
  files.set('data/service-points.csv', 'name,district\nสำนักงาน,เมือง\n');
  for (const [name, text] of files) {
    const path = join(folder, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  return { written: [...files.keys()] };
}

function manifest(agency: AgencyInfo) {
  const content = Object.fromEntries(
    CONTENT_TYPES.map((type: ManifestContentType) => [
      type,
      { data: `data/${CONTENT_VIEWS[type].file}`, page: CONTENT_VIEWS[type].page },
    ]),
  );
  return {
    $schema: `${SCHEMA_BASE}manifest.json`,
    agency: {
      name: agency.name,
      kind: 'provincial',
      province: agency.province,
      website: 'https://www.example.go.th/',
      provinceSite: 'https://www.example.go.th/',
    },
    content,
    updatedAt: agency.today,
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
