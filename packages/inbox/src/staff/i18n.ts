import { deskEn } from './strings-desk-en.js';
import { deskTh } from './strings-desk-th.js';
import { en } from './strings-en.js';
import { th } from './strings-th.js';

/** Every word on the staff pages, in Thai and English (the publishing desk's in files of their own). */
export const strings = { th: { ...th, ...deskTh }, en: { ...en, ...deskEn } };

export type Lang = 'th' | 'en';
export type Translate = (key: string, params?: Record<string, unknown>) => string;

export function translator(lang: Lang): Translate {
  const table: Record<string, string> = strings[lang];
  return (key, params = {}) =>
    (table[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      params[name] !== undefined ? String(params[name]) : whole,
    );
}

const dateTimeFormats = {
  th: new Intl.DateTimeFormat('th-TH-u-ca-buddhist', {
    timeZone: 'Asia/Bangkok',
    dateStyle: 'medium',
    timeStyle: 'short',
  }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Bangkok', dateStyle: 'medium', timeStyle: 'short' }),
};

/** Bangkok time, Buddhist era in Thai: `26 พ.ย. 2568 10:30`. */
export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso ?? '') : dateTimeFormats[lang].format(date);
}
