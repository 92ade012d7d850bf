import type { Lang } from '@govkit-th/schemas';

import type { LocalizedText } from '@govkit-th/schemas';

export type { LocalizedText };

/** Picks the reader's language, falling back to the other one, never to nothing. */
export function localize(text: LocalizedText | undefined | null, lang: Lang): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text.th ?? text.en ?? '';
}

/** The language the chosen text is actually in, so it can carry the right `lang`. */
export function localizedLang(text: LocalizedText | undefined | null, lang: Lang): Lang | undefined {
  if (text == null || typeof text === 'string') return undefined;
  if (text[lang] !== undefined) return lang;
  return text.th !== undefined ? 'th' : 'en';
}
