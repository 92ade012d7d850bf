import type { LocalizedText } from '@govkit-th/core';
import type { ContactData, ManifestData, NewsItem } from '@govkit-th/schemas';

/** Why an agency could not be read; each has its own short message. */
export type AgencyFailure = 'network' | 'timeout' | 'http' | 'parse' | 'invalid';

/** What the directory remembers of an agency it has reached (in localStorage), for when it cannot. */
export interface LastSeen {
  at: string;
  name: LocalizedText;
  district?: LocalizedText;
  kind?: string;
}

/** A news item with the address its relative links resolve against. */
export interface AgencyNews {
  item: NewsItem;
  base: string;
}

/** One agency as the directory shows it: read whole, or unreachable. */
export interface AgencyResult {
  /** The manifest's absolute URL: the agency's key. */
  manifest: string;
  /** The name the province's list gives (shown while the agency's site cannot be reached). */
  name?: LocalizedText;
  data?: ManifestData;
  contact?: ContactData;
  /** Newest first. */
  news: AgencyNews[];
  failure?: AgencyFailure;
  lastSeen?: LastSeen;
}

export interface LoadOptions {
  /** Requests in flight at once. */
  concurrency: number;
  /** Milliseconds each request may take. */
  timeout: number;
  signal: AbortSignal;
  lang: 'th' | 'en';
}
