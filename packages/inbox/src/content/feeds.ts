import type { InboxConfig } from '../config.js';
import { escapeXml, uuidFrom } from '../published.js';
import type { Entry } from './types.js';

/** Text of a `{ th, en }` or plain value, Thai first (the feeds are declared `th`). */
function thai(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const text = value as { th?: string; en?: string };
    return text.th ?? text.en ?? '';
  }
  return '';
}

/** A date-only value is midnight in Bangkok; a date-time is itself. */
function instant(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00+07:00` : value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function absolute(url: unknown, base: string | undefined): string | undefined {
  if (typeof url !== 'string' || !url) return undefined;
  try {
    return base ? new URL(url, base).href : new URL(url).href;
  } catch {
    return undefined;
  }
}

interface FeedContext {
  config: InboxConfig;
  /** Where the feed is served, for `self` links and relative URLs. */
  selfUrl?: string;
  updatedAt: string;
}

function itemsOf(news: Entry): Entry[] {
  return Array.isArray(news.items) ? (news.items as Entry[]) : [];
}

/** RSS 2.0 of the published news, every text escaped by the inbox's one XML escaper. */
export function newsRss(news: Entry, { config, selfUrl, updatedAt }: FeedContext): string {
  const title = thai(news.title) || 'ข่าวประชาสัมพันธ์';
  const home = config.publicUrl ?? selfUrl ?? 'http://localhost/';
  const items = itemsOf(news).map((item) => {
    const link = absolute(item.url, selfUrl);
    const date = instant(item.publishedAt);
    const category = thai(item.category);
    return `  <item>
    <title>${escapeXml(thai(item.title))}</title>
    ${link ? `<link>${escapeXml(link)}</link>` : ''}
    <guid isPermaLink="false">${escapeXml(String(item.id))}</guid>
    ${date ? `<pubDate>${date.toUTCString()}</pubDate>` : ''}
    ${category ? `<category>${escapeXml(category)}</category>` : ''}
    <description>${escapeXml(thai(item.summary))}</description>
  </item>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>${escapeXml(`${title} | ${config.agencyName.th}`)}</title>
  <link>${escapeXml(home)}</link>
  <description>${escapeXml(`${title} ${config.agencyName.th}`)}</description>
  <language>th</language>
  <lastBuildDate>${new Date(updatedAt).toUTCString()}</lastBuildDate>
  ${selfUrl ? `<atom:link rel="self" type="application/rss+xml" href="${escapeXml(selfUrl)}"/>` : ''}
${items.join('\n')}
</channel>
</rss>
`;
}

/** Atom 1.0 (RFC 4287) of the published news. */
export function newsAtom(news: Entry, { config, selfUrl, updatedAt }: FeedContext): string {
  const title = thai(news.title) || 'ข่าวประชาสัมพันธ์';
  const entries = itemsOf(news).map((item) => {
    const link = absolute(item.url, selfUrl);
    const published = instant(item.publishedAt);
    const updated = instant(item.updatedAt) ?? published ?? new Date(updatedAt);
    const publication = (item.publication ?? {}) as Entry;
    const category = thai(item.category);
    return `  <entry>
    <id>urn:uuid:${uuidFrom(`govkit-desk-news:${String(item.id)}`)}</id>
    <title>${escapeXml(thai(item.title) || String(item.id))}</title>
    ${published ? `<published>${published.toISOString()}</published>` : ''}
    <updated>${updated.toISOString()}</updated>
    ${typeof publication.reporter === 'string' ? `<author><name>${escapeXml(publication.reporter)}</name></author>` : ''}
    ${category ? `<category term="${escapeXml(category)}"/>` : ''}
    ${link ? `<link rel="alternate" href="${escapeXml(link)}"/>` : ''}
    <summary>${escapeXml(thai(item.summary))}</summary>
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="th">
  <id>urn:uuid:${uuidFrom(`govkit-desk-news:${config.agencyName.th}`)}</id>
  <title>${escapeXml(`${title} | ${config.agencyName.th}`)}</title>
  <updated>${new Date(updatedAt).toISOString()}</updated>
  <author><name>${escapeXml(config.agencyName.th)}</name></author>
  ${selfUrl ? `<link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>` : ''}
${entries.join('\n')}
</feed>
`;
}

export { thai, instant, absolute };
