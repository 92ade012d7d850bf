import { matchesAll, searchable, searchTerms } from '@govkit-th/core';
import { searchIndexSchema, validate, type Lang, type SearchDocument, type SearchIndexData } from '@govkit-th/schemas';

/**
 * The search engine of gov-site-search, in a chunk of its own that loads with the index (on
 * focus or first input, or at once when the page opens with `?q=`): the schema check, the
 * prepared index and the matching.
 *
 * Thai has no spaces between words, so matching is by substring on normalised text (core's
 * `searchable`): "ภาษี" finds "การชำระภาษีที่ดิน". A query typed without spaces is split into
 * words with `Intl.Segmenter('th')`, and every word must occur: "ภาษีสิงห์บุรี" finds a page where
 * the two words are apart. A contiguous match always has all the query's words, so splitting
 * never loses a result that the whole phrase would find; the whole phrase ranks first.
 */

export function checkIndex(data: unknown, lang: Lang) {
  return validate(searchIndexSchema, data, lang);
}

/** One document with its text ready for matching, in both languages. */
export interface PreparedDocument {
  doc: SearchDocument;
  title: string;
  /** The title and every other field, for matching. */
  all: string;
}

type Field = SearchDocument['title'] | undefined;

function bothLanguages(value: Field): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : `${value.th ?? ''} ${value.en ?? ''}`;
}

export function prepare(data: SearchIndexData): PreparedDocument[] {
  return data.documents.map((doc) => {
    const title = searchable(bothLanguages(doc.title));
    return {
      doc,
      title,
      all: `${title} ${searchable([doc.excerpt, doc.text, doc.words].map(bothLanguages).join(' '))}`,
    };
  });
}

const THAI = /[\u0e00-\u0e7f]/;
const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : undefined;

/** The words of a query: split at spaces, and Thai runs split into words. Longest first. */
export function queryTerms(query: string): string[] {
  const words = new Set<string>();
  for (const part of searchTerms(query)) {
    if (!segmenter || !THAI.test(part)) {
      words.add(part);
      continue;
    }
    const pieces = [...segmenter.segment(part)].filter((piece) => piece.isWordLike).map((piece) => piece.segment);
    for (const piece of pieces.length ? pieces : [part]) words.add(piece);
  }
  return [...words].sort((a, b) => b.length - a.length);
}

export interface SearchResult {
  /** The matching documents, best first. */
  hits: SearchDocument[];
  /** The words searched for (to highlight). */
  terms: string[];
  /** With no hits for all words together: each word that finds something alone, and how much. */
  partial: Array<{ term: string; count: number }>;
}

function score(item: PreparedDocument, phrase: string, terms: readonly string[]): number {
  let points = 0;
  if (item.title.includes(phrase)) points += 8;
  else if (item.all.includes(phrase)) points += 4;
  for (const term of terms) if (item.title.includes(term)) points += 2;
  return points;
}

/** Documents that have every word of the query, the best matches first, then the newest. */
export function search(index: readonly PreparedDocument[], query: string): SearchResult {
  const terms = queryTerms(query);
  if (terms.length === 0) return { hits: [], terms, partial: [] };
  const phrase = searchable(query);
  const hits = index
    .filter((item) => matchesAll(item.all, terms))
    .map((item) => ({ item, points: score(item, phrase, terms) }))
    .sort((a, b) => b.points - a.points || (b.item.doc.date ?? '').localeCompare(a.item.doc.date ?? ''))
    .map(({ item }) => item.doc);
  const spaced = phrase.split(' ').filter(Boolean);
  const words = spaced.length > 1 ? spaced : terms;
  const alone = hits.length === 0 && words.length > 1 ? words : [];
  const partial = alone
    .map((term) => ({ term, count: index.filter((item) => matchesAll(item.all, queryTerms(term))).length }))
    .filter(({ count }) => count > 0);
  return { hits, terms, partial };
}
