/*
 * The ITA years apart from their lists: an element picks its default year up front, and
 * importing it from ita.ts would pull every year's list into the page's first download
 * instead of the element's lazy chunk.
 */

/** The assessment years (Buddhist era) the kit ships an OIT item list for, oldest first. */
export const ITA_YEARS = [2566, 2567, 2568] as const;
export type ItaYear = (typeof ITA_YEARS)[number];
