import type { LocalizedText, PublicationRecord } from '@govkit-th/core';
import type { GovDataError } from '@govkit-th/core';

/** One place where the agency publishes an item. */
export interface ItaLink {
  url: string;
  /** What `url` resolves against: the data file for a document, the manifest for a page. */
  base: string;
  title: LocalizedText;
  /** The newest date of what is behind the link (ISO 8601), when it has one. */
  date?: string;
  publication?: PublicationRecord;
}

/** A data file that could not be read, so the items it may serve could not be checked. */
export interface ItaUnchecked {
  url: string;
  error: GovDataError;
}

/** `found`: at least one link; `unchecked`: none, and a file that might hold one failed; `missing`: none. */
export type ItaItemStatus = 'found' | 'missing' | 'unchecked';

/** One OIT item of the year with what was found for it. */
export interface ItaIndexItem {
  id: string;
  title: LocalizedText;
  group?: LocalizedText;
  confirmed: boolean;
  status: ItaItemStatus;
  links: ItaLink[];
  newest?: string;
  unchecked: ItaUnchecked[];
}

export interface ItaIndex {
  items: ItaIndexItem[];
}
