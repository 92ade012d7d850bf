import type { LocalizedText } from '@govkit-th/schemas';
import { toThaiDigits, type Numerals } from '../../dates.js';
import type { Lang } from '../../lang.js';
import { heading } from '../../templates.js';
import type { Instance } from '../model/types.js';

/** What the view needs from the element: words, language and headings. */
export interface FormViewContext {
  t(key: string, params?: Record<string, string | number>): string;
  text(value: LocalizedText | undefined | null): string;
  lang: Lang;
  numerals: Numerals;
  /** The level of the form's title; pages and sections use the next level. */
  headingLevel: number;
  title: string;
  agency?: string;
  /** Where relative links in the definition resolve. */
  base?: string;
  /** `all` (default): keep, save, open and print; `keep`: only the "do not keep on this device" choice. */
  tools?: 'all' | 'keep';
}

/** A heading inside the form (no `part`), which focus can be moved to (for page changes). */
export const sectionHeading = (level: number, content: unknown, id?: string, focusable = false) =>
  heading(level, content, id, { part: '', focusable });

/** Digits in the reader's numerals. */
export function digits(text: string, numerals: Numerals): string {
  return numerals === 'thai' ? toThaiDigits(text) : text;
}

/** The field or group of the definition an instance shows. */
export const itemOf = (instance: Instance) => (instance.kind === 'field' ? instance.info.field : instance.info.group);
