/*
 * The kinds of document and the Act's items, apart from the schema: the element sorts its
 * groups by them up front, and importing them from documents.ts would pull the whole schema
 * (and its messages) into the page's first download instead of the lazy check chunk.
 */

/**
 * What kind of document an entry is. The first nine are the laws, rules and guides of
 * order clause 1.1(2), which must show their source.
 */
export const DOCUMENT_KINDS = [
  'act',
  'royal-decree',
  'ministerial-regulation',
  'regulation',
  'announcement',
  'order',
  'standard',
  'manual',
  'cabinet-resolution',
  'knowledge',
  'statistics',
  'official-information',
  'procurement-plan',
  'procurement-summary',
  'plan',
  'report',
  'other',
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Order clause 1.1(2): laws, regulations, announcements, standards, manuals, Cabinet resolutions. */
export const LAW_KINDS = [
  'act',
  'royal-decree',
  'ministerial-regulation',
  'regulation',
  'announcement',
  'order',
  'standard',
  'manual',
  'cabinet-resolution',
] as const satisfies readonly DocumentKind[];
/** Order clause 1.1(4): the knowledge base, whose works need a source and a date so others may reuse them. */
export const KNOWLEDGE_KINDS = ['knowledge', 'statistics'] as const satisfies readonly DocumentKind[];

/** The items of the Official Information Act B.E. 2540: section 7 has (1)–(5), section 9 has (1)–(8). */
export const OIA_ITEMS = { 7: 5, 9: 8 } as const;
