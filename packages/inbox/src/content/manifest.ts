import { SCHEMA_BASE } from '@govkit-th/schemas';
import type { InboxConfig } from '../config.js';
import type { Store } from '../store/index.js';
import { CONTENT_TYPES, type Entry } from './types.js';

/**
 * The agency manifest (`govkit.json`, `manifestSchema`) from what is published: the
 * agency block (imported from the agency's own govkit.json, else from the configuration),
 * and for each type with published content where its document is, with the news feed.
 * URLs are relative to the manifest (`news.json` beside `/content/govkit.json`), so the
 * same manifest works at the desk's address and in an exported folder.
 */
export async function agencyManifest(
  store: Store,
  config: InboxConfig,
  updatedAt: string,
  { questions = true }: { questions?: boolean } = {},
): Promise<Entry> {
  const imported = (await store.contentEnvelope('govkit')) as { agency?: Entry; pages?: unknown } | undefined;
  const agency: Entry = imported?.agency ?? {
    name: config.agencyName,
    ...(config.publicUrl ? { website: config.publicUrl } : {}),
    ...config.agency,
  };
  const content: Record<string, unknown> = {};
  for (const type of CONTENT_TYPES) {
    const published = await store.publishedContent(type.name);
    if (!published.length && type.name !== 'news') continue;
    if (type.keyed) {
      content[type.manifest] = published.map((row) => ({ data: `${type.name}/${row.id}.json`, title: type.title }));
      continue;
    }
    content[type.manifest] = {
      data: `${type.name}.json`,
      ...(type.name === 'news' ? { feed: 'news.atom' } : {}),
    };
  }
  // The Q&A board is served beside the desk, not written by the export.
  if (questions) content.questions = { data: '../questions/published.json' };
  return {
    $schema: `${SCHEMA_BASE}manifest.json`,
    agency,
    content,
    updatedAt,
  };
}
