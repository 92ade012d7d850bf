const MARKUP = /[<&]/;
/** Script and style bodies are code, not text; comments are not text either. */
const HIDDEN = /<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)|<!--[\s\S]*?(-->|$)/gi;
/** A tag and its name, with `>` allowed inside quoted attribute values. */
const TAG = /<\/?([a-z!?][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
/**
 * Tags inside a line of text: they part no words, and Thai writes words without spaces,
 * so `ประชาชน<strong>ร่วม</strong>` must stay `ประชาชนร่วม`. Every other tag is a break.
 */
const INLINE = new Set(
  'a abbr b bdi bdo cite code data dfn em font i img kbd mark q s samp small span strong sub sup time u var wbr'.split(
    ' ',
  ),
);
const tagBreak = (_tag: string, name: string) => (INLINE.has(name.toLowerCase()) ? '' : ' ');
const REFERENCE = /&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi;
const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  copy: '©',
};

function decodeReference(whole: string, name: string): string {
  if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
  const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/**
 * The kit's one plain-text-from-HTML, for search, summaries, feed titles and JSON-LD:
 * block tags become spaces (inline ones vanish), scripts, styles and comments vanish, character references are
 * decoded, white space collapses. Pure string work: no DOM, no sanitiser, no Trusted
 * Types sink, and cheap for text with no markup at all. The answer is text, to be shown
 * as text; it is never HTML.
 */
export function plainText(html: string): string {
  const text = MARKUP.test(html)
    ? html.replace(HIDDEN, ' ').replace(TAG, tagBreak).replace(REFERENCE, decodeReference)
    : html;
  return text.replace(/\s+/g, ' ').trim();
}
