import { GovDataError } from '@govkit-th/core';
import {
  itaItemsFor,
  itaItemsSchema,
  ITA_YEARS,
  loadValidator,
  manifestSchema,
  validate,
  type ItaItemsData,
  type Lang,
} from '@govkit-th/schemas';

/**
 * The manifest's schema, the shipped item lists of every year and the finding of links, in a
 * chunk of their own that the element starts loading when it is created: none of it is in the
 * page's first download.
 */
void loadValidator();

export { buildIndex } from './find.js';

export function checkManifest(data: unknown, lang: Lang) {
  return validate(manifestSchema, data, lang);
}

/** The shipped list of `year`; an error naming the years the kit has when there is none. */
export function shippedItems(year: number): ItaItemsData['items'] {
  const items = itaItemsFor(year);
  if (!items) {
    throw new GovDataError('invalid', `No ITA item list for ${year}; the kit has ${ITA_YEARS.join(', ')}`, {
      reason: 'unknown-year',
    });
  }
  return [...items];
}

/** A page-supplied list (`items-src`), checked against `ita-items.json`. */
export async function readItemsList(body: string, lang: Lang): Promise<ItaItemsData['items']> {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (cause) {
    throw new GovDataError('parse', 'The items-src list is not JSON', { cause, reason: 'items-src' });
  }
  const problems = await validate(itaItemsSchema, data, lang);
  if (problems.length) {
    throw new GovDataError('invalid', 'The items-src list does not follow ita-items.json', {
      problems,
      reason: 'items-src',
    });
  }
  return (data as ItaItemsData).items;
}
