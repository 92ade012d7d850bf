import type { Lang } from './lang.js';

/**
 * Names in dictionary order (`กฎหมาย` before `ข่าว`, `เกษตร` under ก) without an
 * `Intl.Collator` for most lists: the first collator a page makes loads ICU's collation data,
 * 13–19 ms of one task on a fast machine and four times that on a phone (issue 13), for a
 * category list of five names.
 *
 * A name made only of Thai letters, Latin letters, digits and spaces gets a sort key whose
 * plain string order is the order ICU gives it: a leading vowel (เ แ โ ใ ไ) goes after the
 * consonant it is read after, tone marks and the other signs ICU weighs below the letters are
 * left out, Thai digits count as their Latin ones, Latin letters as lower case; Thai sorts
 * before Latin in Thai and after it in English, and in Thai a space weighs nothing (ICU's Thai
 * tailoring is `alternate=shifted`). Any other character, and two names whose keys tie (they
 * differ only in tone marks, case or spaces), go to a real collator, made the first time one
 * is needed. The test holds both to ICU over thousands of words.
 */
const collators = new Map<Lang, Intl.Collator>();

function collator(lang: Lang): Intl.Collator {
  let made = collators.get(lang);
  if (!made) collators.set(lang, (made = new Intl.Collator(lang)));
  return made;
}

const THAI_CONSONANT = /[\u0E01-\u0E2E]/;

/** The primary sort key of `text`, or undefined when it holds a character the key does not cover. */
function sortKey(text: string, thaiFirst: boolean): string | undefined {
  let key = '';
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    const code = text.charCodeAt(index);
    if (code >= 0x0e40 && code <= 0x0e44 && THAI_CONSONANT.test(text[index + 1] ?? '')) {
      key += text[index + 1]! + char; // เกษตร sorts as กเษตร
      index++;
    } else if ((code >= 0x0e47 && code <= 0x0e4c) || code === 0x0e4e) {
      // tone marks, mai taikhu, thanthakhat, yamakkan: below the letters
    } else if (code >= 0x0e50 && code <= 0x0e59) key += String.fromCharCode(code - 0x0e50 + 0x30);
    else if (code === 0x20) key += thaiFirst ? '' : '\u0001';
    else if (code >= 0x30 && code <= 0x39) key += char;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      const lower = code | 0x20;
      // In Thai, Latin after Thai: moved past the Thai block, into the private use area.
      key += String.fromCharCode(thaiFirst ? 0xe000 + lower : lower);
    } else if (
      (code >= 0x0e01 && code <= 0x0e2e) ||
      (code >= 0x0e30 && code <= 0x0e3a) ||
      (code >= 0x0e40 && code <= 0x0e45) ||
      code === 0x0e4d
    )
      key += char;
    else return undefined;
  }
  return key;
}

/** A compare function for `Array.prototype.sort` that orders names as `Intl.Collator(lang)` does. */
export function compareNames(lang: Lang): (a: string, b: string) => number {
  const thaiFirst = lang === 'th';
  return (a, b) => {
    if (a === b) return 0;
    const keyA = sortKey(a, thaiFirst);
    const keyB = sortKey(b, thaiFirst);
    if (keyA !== undefined && keyB !== undefined && keyA !== keyB) return keyA < keyB ? -1 : 1;
    return collator(lang).compare(a, b);
  };
}
