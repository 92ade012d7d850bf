import { html, type TemplateResult } from 'lit';
import { plainText } from './text.js';

/**
 * Search as a person types, in Thai or English, shared by every element with a search box.
 * Thai has no spaces between words, so matching is by substring: "ภาษี" finds
 * "การชำระภาษีที่ดิน". Zero-width characters (often pasted from Word or LINE) and
 * decomposed vowels are normalised away first, so what looks the same matches.
 */

/** Lower-cased, NFC, single-spaced plain text for matching what a person types, in Thai or English. */
export function searchable(text: string): string {
  return plainText(text.normalize('NFC').replace(/[\u200b-\u200d\ufeff]/g, '')).toLowerCase();
}

/** The words of a search, as matched against {@link searchable} text. */
export function searchTerms(query: string): string[] {
  return searchable(query).split(' ').filter(Boolean);
}

/** Whether every term occurs in the (already {@link searchable}) text. No terms match everything. */
export function matchesAll(text: string, terms: readonly string[]): boolean {
  return terms.every((term) => text.includes(term));
}

/** The text with each searched term marked, so a person sees why it matched. */
export function highlight(text: string, terms: readonly string[]): string | Array<string | TemplateResult> {
  if (terms.length === 0) return text;
  const lower = text.toLowerCase();
  const parts: Array<string | TemplateResult> = [];
  let position = 0;
  while (position < text.length) {
    let next = -1;
    let length = 0;
    for (const term of terms) {
      const found = lower.indexOf(term, position);
      if (found !== -1 && (next === -1 || found < next)) [next, length] = [found, term.length];
    }
    if (next === -1) break;
    parts.push(text.slice(position, next), html`<mark>${text.slice(next, next + length)}</mark>`);
    position = next + length;
  }
  parts.push(text.slice(position));
  return parts;
}
