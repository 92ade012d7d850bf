import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { AGENCY_KINDS, SCHEMA_BASE, type ManifestContentType } from '@govkit-th/schemas';
import { CONTENT_VIEWS } from '../content.js';
import { CONTENT_TYPES } from '../schemas.js';
import { pageHtml, SITE_CSS, sitePages } from './pages.js';
import { sampleData, type AgencyInfo } from './templates.js';

export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface InitOptions {
  name?: string;
  nameEn?: string;
  province?: string;
  provinceEn?: string;
  /** The agency code (รหัสหน่วยงาน) for the manifest. */
  code?: string;
  /** The kind of agency, as the province's directory groups them (`provincial` by default). */
  kind?: AgencyKind;
  /** The district (อำเภอ) it is in: the manifest's and the sample address's. */
  district?: string;
  districtEn?: string;
  /** The address line of the contact sample: house number, moo, soi, road (`--address`). */
  address?: string;
  addressEn?: string;
  /** The subdistrict (ตำบล) of the address, without the prefix. */
  subdistrict?: string;
  subdistrictEn?: string;
  postcode?: string;
  ministry?: string;
  ministryEn?: string;
  department?: string;
  departmentEn?: string;
  /** The agency's own home page, and the province site it links back to (order clause 2.2). */
  website?: string;
  provinceSite?: string;
  /** Content types the agency does not publish yet: no data file, page, menu entry or manifest entry. */
  without?: ManifestContentType[];
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
  const agency = agencyInfo(options);
  const types = CONTENT_TYPES.filter((type) => !options.without?.includes(type));
  const cdn = options.cdn ?? defaultCdn(options.version);
  const pages = sitePages(types);
  const data = sampleData(agency);
  // Links in a data file resolve against the file's own URL, and the data files are in data/.
  (data.sitemap as { items: unknown[] }).items = pages.map((page) => ({ title: page.title, href: `../${page.file}` }));
  relink(data, new Set(pages.map((page) => page.file)));
  const files = new Map<string, string>();
  for (const type of types) files.set(`data/${CONTENT_VIEWS[type].file}`, json(data[type]));
  files.set('govkit.json', json(manifest(agency, types)));
  for (const page of pages) files.set(page.file, pageHtml(page, pages, agency, cdn));
  files.set('site.css', SITE_CSS);
  if (types.includes('openData')) files.set('data/service-points.csv', 'name,district\nสำนักงาน,เมือง\n');
  for (const [name, text] of files) {
    const path = join(folder, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
  }
  return { written: [...files.keys()] };
}

type Linked = { href: string };

/** The samples' links to a page left out (`without`) point at the home page instead: no dead link in the folder. */
function relink(data: Record<ManifestContentType, object>, written: Set<string>): void {
  const page = (href: string) => href.replace(/^\.\.\//, '');
  const samples = [
    ...(data.services as { services: Linked[] }).services,
    ...((data.profile as { plans?: Linked[] }).plans ?? []),
  ];
  for (const sample of samples) if (!written.has(page(sample.href))) sample.href = '../index.html';
}

/** A Thai name with its English, the English falling back to the Thai. */
function both(th: string | undefined, en: string | undefined): { th: string; en: string } | undefined {
  return th ? { th, en: en ?? th } : undefined;
}

function agencyInfo(options: InitOptions): AgencyInfo {
  return {
    name: { th: options.name ?? 'หน่วยงานตัวอย่าง', en: options.nameEn ?? options.name ?? 'Sample agency' },
    province: {
      th: options.province ?? 'สิงห์บุรี',
      en: options.provinceEn ?? (options.province ? options.province : 'Sing Buri'),
    },
    code: options.code,
    kind: options.kind ?? 'provincial',
    district: both(options.district, options.districtEn),
    address: both(options.address, options.addressEn),
    subdistrict: both(options.subdistrict, options.subdistrictEn),
    postcode: options.postcode,
    ministry: both(options.ministry, options.ministryEn),
    department: both(options.department, options.departmentEn),
    website: options.website ?? 'https://www.example.go.th/',
    provinceSite: options.provinceSite ?? 'https://www.example.go.th/',
    today: options.today ?? new Date().toISOString().slice(0, 10),
  };
}

function manifest(agency: AgencyInfo, types: ManifestContentType[]) {
  const content = Object.fromEntries(
    types.map((type: ManifestContentType) => [
      type,
      { data: `data/${CONTENT_VIEWS[type].file}`, page: CONTENT_VIEWS[type].page },
    ]),
  );
  return {
    $schema: `${SCHEMA_BASE}manifest.json`,
    agency: {
      name: agency.name,
      ...(agency.code ? { code: agency.code } : {}),
      kind: agency.kind,
      province: agency.province,
      ...(agency.district ? { district: agency.district } : {}),
      ...(agency.ministry ? { ministry: agency.ministry } : {}),
      ...(agency.department ? { department: agency.department } : {}),
      website: agency.website,
      provinceSite: agency.provinceSite,
    },
    content,
    updatedAt: agency.today,
  };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
