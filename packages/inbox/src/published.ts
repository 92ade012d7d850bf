import { createHash } from 'node:crypto';
import type { InboxConfig } from './config.js';
import type { Store } from './store/index.js';

export interface PublishedItem {
  id: string;
  question: string;
  answer: string;
  answerText: string;
  category?: string;
  askedAt: string;
  answeredAt: string;
  updatedAt: string;
  publication: { reporter?: string; approver?: string; publishedAt: string; updatedAt: string };
}

export interface PublishedBoard {
  title: { th: string; en: string };
  items: PublishedItem[];
  updatedAt: string;
  publication: { publishedAt: string; updatedAt: string; source: string };
}

/**
 * The public Q&A board's data: published answers only (drafted by a reporter, approved
 * by another person, published by a publisher). Everything public is what staff wrote:
 * the rewritten question, the answer and the category they chose, never the asker's
 * own words. The JSON is the kit's FAQ format (`gov-faq` renders it as is); the Atom
 * feed carries the same items for feed readers and the province site.
 */
export async function publishedQuestions(store: Store, config: InboxConfig): Promise<PublishedBoard> {
  const questions = await store.publishedQuestions();
  const items = questions.flatMap((question): PublishedItem[] => {
    const { answer } = question;
    if (!answer?.publishedAt) return [];
    const publishedAt = answer.firstPublishedAt ?? answer.publishedAt;
    return [
      {
        id: `q-${question.id}`,
        question: answer.publicQuestion,
        answer: textToHtml(answer.text),
        answerText: answer.text,
        ...(answer.publicCategory ? { category: answer.publicCategory } : {}),
        askedAt: question.askedAt,
        answeredAt: publishedAt,
        updatedAt: answer.publishedAt,
        publication: {
          ...(answer.reporter ? { reporter: answer.reporter } : {}),
          ...(answer.approver ? { approver: answer.approver } : {}),
          publishedAt,
          updatedAt: answer.publishedAt,
        },
      },
    ];
  });
  const updatedAt = items.reduce(
    (latest, item) => (item.updatedAt > latest ? item.updatedAt : latest),
    '1970-01-01T00:00:00.000Z',
  );
  return {
    title: { th: 'ถาม-ตอบ', en: 'Questions and answers' },
    items,
    updatedAt,
    publication: { publishedAt: updatedAt, updatedAt, source: config.agencyName.th },
  };
}

/** Plain text → HTML paragraphs, escaped: the FAQ format's answer is HTML. */
export function textToHtml(text: string): string {
  return String(text)
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeXml(paragraph).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

/** Characters XML 1.0 does not allow at all (C0 controls but tab, CR, LF; lone surrogates; U+FFFE/U+FFFF). */
const XML_ILLEGAL =
  // eslint-disable-next-line no-control-regex -- these control characters are what it finds
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escaped for XML text and attributes, with characters XML cannot carry left out. */
export function escapeXml(text: string): string {
  return String(text)
    .replace(XML_ILLEGAL, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Atom 1.0 (RFC 4287) of the same published items. */
export function publishedAtom(board: PublishedBoard, config: InboxConfig, selfUrl?: string): string {
  const base = config.publicUrl ? config.publicUrl.replace(/\/$/, '') : '';
  const feedId = `urn:uuid:${uuidFrom(`govkit-inbox-questions:${config.agencyName.th}`)}`;
  const entries = board.items
    .map(
      (item) => `  <entry>
    <id>urn:uuid:${item.id.slice(2)}</id>
    <title>${escapeXml(item.question)}</title>
    <published>${item.answeredAt}</published>
    <updated>${item.updatedAt}</updated>
    ${item.publication.reporter ? `<author><name>${escapeXml(item.publication.reporter)}</name></author>` : ''}
    ${item.category ? `<category term="${escapeXml(item.category)}"/>` : ''}
    ${base ? `<link rel="related" href="${escapeXml(`${base}/questions/published.json#${item.id}`)}"/>` : ''}
    <content type="html">${escapeXml(item.answer)}</content>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="th">
  <id>${feedId}</id>
  <title>${escapeXml(`ถาม-ตอบ | ${config.agencyName.th}`)}</title>
  <updated>${board.updatedAt}</updated>
  <author><name>${escapeXml(config.agencyName.th)}</name></author>
  ${selfUrl ? `<link rel="self" type="application/atom+xml" href="${escapeXml(selfUrl)}"/>` : ''}
${entries}
</feed>
`;
}

/** A stable UUID-shaped id from a name (for the feed's id). */
export function uuidFrom(name: string): string {
  const hex = createHash('sha256').update(name).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
