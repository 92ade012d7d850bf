import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Server } from 'node:http';
import { manifestSchema, validate, type Lang, type ManifestContentType } from '@govkit-th/schemas';
import type { Browser } from 'playwright-core';
import { readJson } from '../validate/positions.js';
import { say } from '../words.js';
import { auditContext, launch, visit, type PageVisit } from './browse.js';
import { fiscalYearStart, judgeClauses, type ClauseResult, type Status } from './evaluate.js';
import { judgeIta, type ItaInput, type ItaResult } from './ita.js';
import { checkLinks, type DeadLink } from './links.js';
import { serveFolder } from './serve.js';
import { readElement, type ElementSeen } from './seen.js';

export interface AuditOptions {
  lang: Lang;
  /** Per page: opening it and its elements settling (ms). */
  timeoutMs: number;
  maxPages: number;
  links: 'all' | 'same-origin' | 'none';
  chromium?: string;
  ita?: ItaInput;
  progress?: (text: string) => void;
  /** "Today", for staleness without an ITA year (tests fix it). */
  now?: Date;
}

export interface AuditReport {
  target: string;
  url: string;
  mode: 'manifest' | 'crawl';
  manifest?: { url: string; problems: string[] };
  staleBefore: string;
  pages: Array<{ url: string; title: string; elements: string[]; failure?: PageVisit['failure'] }>;
  elements: ElementSeen[];
  clauses: ClauseResult[];
  ita?: { year?: string; unavailable?: string; items: ItaResult[] };
  deadLinks: DeadLink[];
  /** What stopped part of the audit: an unreachable page, elements that never settled, a broken manifest. */
  problems: string[];
  totals: Record<Status | 'stale' | 'deadLinks', number>;
  /** 0 all covered; 1 something missing, in error or dead; 2 the audit could not see the site. */
  exitCode: number;
}

interface Manifest {
  agency?: { provinceSite?: string };
  content?: Record<string, unknown>;
  pages?: Array<{ url?: string; ita?: string[] }>;
}

/** Audits a site (a URL, or a local folder or file served on a loopback port) against the order. */
export async function audit(target: string, options: AuditOptions): Promise<AuditReport> {
  const local = await localTarget(target);
  const url = local ? local.url : target;
  let browser: Browser | undefined;
  try {
    try {
      browser = await launch(options.chromium);
    } catch (error) {
      const path = (error as Error).message.split('\n')[0];
      return failedReport(target, url, options, say(options.lang, 'browserMissing', { path }));
    }
    return await auditWith(browser, target, url, options);
  } finally {
    await browser?.close().catch(() => undefined);
    local?.server.close();
  }
}

async function localTarget(target: string): Promise<{ server: Server; url: string } | undefined> {
  if (/^https?:\/\//i.test(target) || !existsSync(target)) return undefined;
  const path = resolve(target);
  const folder = statSync(path).isDirectory() ? path : dirname(path);
  const { server, origin } = await serveFolder(folder);
  return {
    server,
    url: statSync(path).isDirectory() ? `${origin}/` : `${origin}/${encodeURIComponent(basename(path))}`,
  };
}

async function auditWith(browser: Browser, target: string, url: string, options: AuditOptions): Promise<AuditReport> {
  const { lang, progress } = options;
  const context = await auditContext(browser);
  const problems: string[] = [];
  progress?.(say(lang, 'progressOpen', { url }));
  const first = await visit(context, url, options.timeoutMs);
  if (first.failure?.kind === 'unreachable') {
    return failedReport(target, url, options, say(lang, 'unreachable', { url, detail: first.failure.detail }));
  }
  const found = await findManifest(first, url, options);
  if ('fatal' in found) return failedReport(target, url, options, found.fatal);
  const manifest = found.manifest;
  const visits = [first];
  const queue = manifest ? manifestPages(manifest.data, manifest.url, url) : [];
  const seen = new Set([pageKey(url)]);
  const origin = new URL(url).origin;
  const enqueue = (links: string[]) => {
    for (const link of links) if (sameOrigin(link, origin) && looksLikePage(link)) queue.push(withoutHash(link));
  };
  if (!manifest) enqueue(first.links);
  // Two pages at a time: most of a visit is waiting for the page's data.
  while (queue.length && visits.length < options.maxPages) {
    const batch: string[] = [];
    while (queue.length && batch.length < PARALLEL_PAGES && visits.length + batch.length < options.maxPages) {
      const next = queue.shift() as string;
      if (seen.has(pageKey(next))) continue;
      seen.add(pageKey(next));
      batch.push(next);
    }
    const pages = await Promise.all(
      batch.map((next, index) => {
        progress?.(
          say(lang, 'progressPage', {
            done: visits.length + index + 1,
            total: Math.min(options.maxPages, visits.length + batch.length + queue.length),
            url: next,
          }),
        );
        return visit(context, next, options.timeoutMs);
      }),
    );
    visits.push(...pages);
    if (!manifest) pages.forEach((page) => enqueue(page.links));
  }
  await context.close().catch(() => undefined);
  for (const page of visits) if (page.failure) problems.push(failureText(page, options));
  const elements = visits.flatMap((page) => page.elements.map((raw) => readElement(page.url, raw)));
  const staleBefore =
    options.ita?.year && /^\d{4}$/.test(options.ita.year)
      ? fiscalYearStart(Number(options.ita.year))
      : yearBefore(options.now ?? new Date());
  const provinceSite = manifest?.data.agency?.provinceSite;
  const clauses = judgeClauses(elements, {
    staleBefore,
    provinceSite: provinceSite && manifest ? { manifest: manifest.url, url: provinceSite } : undefined,
  });
  const manifestPagesIta = (manifest?.data.pages ?? [])
    .filter((page) => typeof page.url === 'string')
    .map((page) => ({ url: new URL(page.url as string, manifest?.url).href, ita: page.ita }));
  const ita = options.ita && {
    year: options.ita.year,
    unavailable: options.ita.unavailable,
    items: options.ita.items ? judgeIta(options.ita.items, elements, manifestPagesIta, staleBefore) : [],
  };
  const deadLinks = await linksOf(visits, origin, options);
  return finish({
    target,
    url,
    mode: manifest ? 'manifest' : 'crawl',
    manifest: manifest && { url: manifest.url, problems: manifest.problems },
    staleBefore,
    pages: visits.map((page) => ({
      url: page.url,
      title: page.title,
      elements: page.elements.map((element) => element.tag),
      failure: page.failure,
    })),
    elements,
    clauses,
    ita,
    deadLinks,
    problems,
  });
}

type Found = { manifest?: { url: string; data: Manifest; problems: string[] } } | { fatal: string };

/** `<link rel="govkit-manifest">` of the first page, else `/govkit.json` of the origin; none is fine (crawl). */
async function findManifest(first: PageVisit, url: string, options: AuditOptions): Promise<Found> {
  const manifestUrl = first.manifestLink ?? new URL('/govkit.json', url).href;
  let text: string;
  try {
    const response = await fetch(manifestUrl, { signal: AbortSignal.timeout(Math.min(options.timeoutMs, 10_000)) });
    if (!response.ok)
      return first.manifestLink
        ? { fatal: say(options.lang, 'unreachable', { url: manifestUrl, detail: `HTTP ${response.status}` }) }
        : {};
    text = await response.text();
  } catch (error) {
    const detail = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    return first.manifestLink ? { fatal: say(options.lang, 'unreachable', { url: manifestUrl, detail }) } : {};
  }
  const read = readJson(text);
  if ('syntax' in read) {
    const { line, column, detail } = read.syntax;
    return { fatal: say(options.lang, 'manifestBroken', { url: manifestUrl, line, column, detail }) };
  }
  const found = await validate(manifestSchema, read.map.data, options.lang);
  const problems = found.map((problem) => {
    const { line, column } = read.map.positionOf(problem.path);
    return `${problem.path || '/'} (${line}:${column}) ${problem.message}`;
  });
  return { manifest: { url: manifestUrl, data: read.map.data as Manifest, problems } };
}

/** The pages a manifest names: the start page, each content entry's page, and `pages[]`. */
function manifestPages(manifest: Manifest, manifestUrl: string, start: string): string[] {
  const pages: string[] = [];
  for (const [, entries] of Object.entries(manifest.content ?? {}) as Array<[ManifestContentType, unknown]>)
    for (const entry of [entries].flat() as Array<{ page?: unknown }>)
      if (typeof entry?.page === 'string') pages.push(new URL(entry.page, manifestUrl).href);
  for (const page of manifest.pages ?? [])
    if (typeof page.url === 'string') pages.push(new URL(page.url, manifestUrl).href);
  return [...new Set(pages.map(withoutHash))].filter((page) => page !== withoutHash(start) && /^https?:/.test(page));
}

async function linksOf(visits: PageVisit[], origin: string, options: AuditOptions): Promise<DeadLink[]> {
  if (options.links === 'none') return [];
  const links = new Map<string, string>();
  for (const page of visits)
    for (const link of page.links) {
      const url = withoutHash(link);
      if (!/^https?:/.test(url) || links.has(url)) continue;
      if (options.links === 'same-origin' && !sameOrigin(url, origin)) continue;
      links.set(url, page.url);
    }
  return checkLinks(links, Math.min(options.timeoutMs, 10_000), (done, total) =>
    options.progress?.(say(options.lang, 'progressLinks', { done, total })),
  );
}

function failureText(page: PageVisit, options: AuditOptions): string {
  const failure = page.failure as NonNullable<PageVisit['failure']>;
  if (failure.kind === 'unreachable')
    return say(options.lang, 'unreachable', { url: page.url, detail: failure.detail });
  const tags = page.elements
    .filter((element) => !element.defined || !element.state || element.state === 'loading')
    .map(
      (element) =>
        `${element.tag}${element.defined ? ` (state=${element.state ?? '-'})` : ` (${say(options.lang, 'notDefined')})`}`,
    );
  return say(options.lang, 'unsettled', {
    url: page.url,
    seconds: options.timeoutMs / 1000,
    tags: [...new Set(tags)].join(', ') || failure.detail,
  });
}

function failedReport(target: string, url: string, options: AuditOptions, problem: string): AuditReport {
  return finish({
    target,
    url,
    mode: 'crawl',
    staleBefore: yearBefore(options.now ?? new Date()),
    pages: [],
    elements: [],
    clauses: [],
    deadLinks: [],
    problems: [problem],
  });
}

function finish(report: Omit<AuditReport, 'totals' | 'exitCode'>): AuditReport {
  const count = (status: Status) => report.clauses.filter((clause) => clause.status === status).length;
  const totals = {
    covered: count('covered'),
    partial: count('partial'),
    missing: count('missing'),
    stale: report.clauses.filter((clause) => clause.stale).length,
    deadLinks: report.deadLinks.length,
  };
  const itaMissing = report.ita?.items.some((item) => item.status === 'missing') ?? false;
  const elementErrors = report.elements.some((element) => element.state === 'error');
  const exitCode = report.problems.length
    ? 2
    : totals.partial ||
        totals.missing ||
        totals.deadLinks ||
        itaMissing ||
        elementErrors ||
        report.manifest?.problems.length
      ? 1
      : 0;
  return { ...report, totals, exitCode };
}

const PARALLEL_PAGES = 2;
const withoutHash = (url: string) => url.split('#')[0];
/** `/` and `/index.html` are one page. */
const pageKey = (url: string) => withoutHash(url).replace(/\/index\.html?$/i, '/');
const sameOrigin = (url: string, origin: string) => {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
};
/** Files that are not pages are not opened as pages (they are still checked as links). */
const looksLikePage = (url: string) =>
  !/\.(json|xml|rss|atom|csv|tsv|pdf|docx?|xlsx?|odt|ods|zip|kml|kmz|shp|jpe?g|png|gif|svg|webp|tiff?|mp4|mp3|txt|ics)(\?|$)/i.test(
    new URL(url).pathname,
  );

function yearBefore(now: Date): string {
  const day = new Date(now);
  day.setUTCFullYear(day.getUTCFullYear() - 1);
  return day.toISOString().slice(0, 10);
}
