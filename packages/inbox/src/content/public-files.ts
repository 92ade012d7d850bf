import type { InboxConfig } from '../config.js';
import type { Logger } from '../log.js';
import type { Store } from '../store/index.js';
import { checkServed, publishedDocument } from './documents.js';
import { newsAtom, newsRss } from './feeds.js';
import { calendarIcs } from './ics.js';
import { agencyManifest } from './manifest.js';
import { CONTENT_TYPES, ITEM_ID, contentType, type ContentType } from './types.js';

type Kind = 'json' | 'rss' | 'atom' | 'ics' | 'manifest';

/** One public file of the desk: what it is made from and which types' changes make it stale. */
export class PublicFile {
  private constructor(
    readonly key: string,
    readonly kind: Kind,
    readonly types: string[] | undefined,
    readonly type?: ContentType,
    readonly id?: string,
  ) {}

  /** `news.json`, `news.rss`, `news.atom`, `calendar.ics`, `govkit.json`, `eforms/{id}.json`; undefined for anything else. */
  static parse(name: string | undefined): PublicFile | undefined {
    if (!name) return undefined;
    if (name === 'news.rss' || name === 'news.atom') return new PublicFile(name, name.slice(5) as Kind, ['news']);
    if (name === 'calendar.ics') return new PublicFile(name, 'ics', ['events']);
    if (name === 'govkit.json') return new PublicFile(name, 'manifest', undefined);
    const keyed = /^eforms\/(.+)\.json$/.exec(name);
    if (keyed) {
      const id = keyed[1] ?? '';
      return ITEM_ID.test(id) ? new PublicFile(name, 'json', ['eforms'], contentType('eforms'), id) : undefined;
    }
    const type = contentType(/^([a-z-]+)\.json$/.exec(name)?.[1]);
    return type && !type.keyed ? new PublicFile(name, 'json', [type.name], type) : undefined;
  }

  /** Every file the export writes, given the published e-form ids. */
  static all(eformIds: string[]): PublicFile[] {
    const names = [
      ...CONTENT_TYPES.filter((type) => !type.keyed).map((type) => `${type.name}.json`),
      'news.rss',
      'news.atom',
      'calendar.ics',
      'govkit.json',
      ...eformIds.map((id) => `eforms/${id}.json`),
    ];
    return names.map((name) => PublicFile.parse(name)!);
  }
}

export interface PublicDepsForFiles {
  store: Store;
  config: InboxConfig;
  logger?: Logger;
}

const TYPES: Record<Kind, string> = {
  json: 'application/json; charset=utf-8',
  manifest: 'application/json; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};

/** The body of one public file from published content; undefined when there is none (a document never published). */
export async function publicBody(
  deps: PublicDepsForFiles,
  file: PublicFile,
  changedAt: string,
  { exported = false }: { exported?: boolean } = {},
): Promise<{ body: string; contentType: string } | undefined> {
  const { store, config } = deps;
  const base = config.publicUrl ? `${config.publicUrl.replace(/\/$/, '')}/content/` : undefined;
  const contentTypeHeader = TYPES[file.kind];
  if (file.kind === 'manifest') {
    const manifest = await agencyManifest(store, config, changedAt, { questions: !exported });
    return { body: JSON.stringify(manifest), contentType: contentTypeHeader };
  }
  if (file.kind === 'json') {
    const type = file.type!;
    const document = await publishedDocument(store, type, file.id);
    if (!document) return undefined;
    if (deps.logger) await checkServed(type, document, deps.logger);
    return { body: JSON.stringify(document), contentType: contentTypeHeader };
  }
  if (file.kind === 'ics') {
    const events = (await publishedDocument(store, contentType('events')!))!;
    const host = new URL(config.publicUrl ?? 'http://govkit-inbox.invalid/').hostname;
    return { body: calendarIcs(events, host, `ปฏิทินกิจกรรม ${config.agencyName.th}`), contentType: contentTypeHeader };
  }
  const news = (await publishedDocument(store, contentType('news')!))!;
  const selfUrl = base ? `${base}news.${file.kind}` : undefined;
  const context = { config, selfUrl, updatedAt: changedAt };
  return {
    body: file.kind === 'rss' ? newsRss(news, context) : newsAtom(news, context),
    contentType: contentTypeHeader,
  };
}
