/** Row types of the background database (lib/worker/db). Plain data, no behaviour. */
import type { FeedProblem } from '../../shared/feed/problems';
import type { Suggestion } from '../../shared/feed/types';
import type { ValidFeed } from '../../shared/feed/validate';

/**
 * A feed item as the surfaces use it, normalized once when the feed is synced
 * (`toStoredFeed` in lib/worker/feed/stored-feed.ts), so a request neither re-normalizes nor re-sorts.
 * `da` and `en` are exactly what `toSuggestion` gives for a person reading Danish or English
 * (the title, summary and plain variant's language depend on it): a field added to `Suggestion`
 * is stored without a change here. Database version 2 (version 1 kept the feed item in `data`).
 */
export interface StoredFeedItem {
  id: string;
  /** The place in the order the panel and the popup show: featured first, then newest first (0 first). */
  rank: number;
  da: Suggestion;
  en: Suggestion;
  /** The item's own title (else its id), as the popup and the options page list it. */
  listTitle: string;
}

/**
 * The feed envelope (everything but the items) under key 'current': the validated envelope as
 * lib/shared/feed/schema.ts declares it, so a feed-level field added there is stored without a change here.
 */
export interface StoredFeedMeta {
  key: 'current';
  sourceUrl: string;
  fetchedAt: string;
  envelope: ValidFeed['envelope'];
  /** Audience tags the items offer, sorted (the options page's audience choice). */
  audiences: string[];
  /**
   * The extension version whose normalization wrote the rows: the first sync after an update
   * downloads the feed again and stores it anew (a field added to `Suggestion` then appears).
   */
  release: string;
  /**
   * The pictures (https addresses) the worker could read when it stored this feed: "Copy picture"
   * is offered for these only (issue 27). Checked at sync time, never when a composer opens, so an
   * image server never learns when someone writes a post. Absent in rows written before it.
   */
  readablePictures?: string[];
}

/** A feed item row as version 1 of the database stored it (read only by the upgrade to version 2). */
export interface StoredFeedItemV1 {
  id: string;
  url: string | null;
  title: string;
  summary: string;
  datePublished: string | null;
  expiresAt: string | null;
  campaign: string | null;
  /** The validated JSON Feed item. */
  data: unknown;
}

/** The envelope row as version 1 stored it (`data`: the validated envelope). */
export interface StoredFeedMetaV1 {
  key: 'current';
  sourceUrl: string;
  fetchedAt: string;
  data: unknown;
}

/** Sync bookkeeping under key 'state'. */
export interface SyncState {
  key: 'state';
  /** The URL this state belongs to (a changed feed URL starts afresh). */
  sourceUrl: string | null;
  /**
   * When we last downloaded a body (our clock). Sent as If-Modified-Since rounded down to the
   * hour; the server's ETag and Last-Modified are never stored or echoed (S8). Absent in rows
   * written before issue 14.
   */
  lastDownloadAt?: string | null;
  /** SHA-256 of the last accepted body: an unchanged feed writes no feed data. */
  contentHash?: string | null;
  /** The format of the last accepted feed ("RSS 2.0"). */
  format?: string | null;
  /**
   * Things ignored or shortened in the last accepted feed (e.g. items over the limit), as problem
   * codes (English sentences in rows written before issue 24; lib/worker/feed/sync.ts reads both).
   */
  warnings?: (FeedProblem | string)[];
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** Why the last attempt failed, as a problem code (a sentence in rows written before issue 24). */
  lastError: FeedProblem | string | null;
  failures: number;
  nextAttemptAt: string | null;
  skipped: { id: string | null; path: string; reason: string }[];
}

/** Every kind of share event that can be stored (older rows have only the first two). */
export type ShareKind = 'post' | 'repost' | 'own-link';

/**
 * What the person did — never what they wrote (the post text is not stored).
 * The id is created at the source (the watcher), so replays are idempotent (R6).
 */
export interface ShareEvent {
  id: string;
  /** ISO time of the confirmed post. */
  at: string;
  /**
   * 'own-link': the person shared the page they were on through the popup's "Share this page
   * on LinkedIn" (set by the background, never claimed by a page). Added after version 1 of the
   * database: `kind` is not indexed, so no schema version is needed and older rows stay valid.
   */
  kind: ShareKind;
  suggestionId: string | null;
  suggestionTitle: string | null;
  campaign: string | null;
  language: string | null;
  /** 0 = posted the suggestion unchanged, 1 = entirely own words. null when no suggestion. */
  changedRatio: number | null;
  /** LinkedIn's own link from the "View post" toast, when there was one. */
  postUrl: string | null;
  /** The suggestion's source article. */
  sourceUrl: string | null;
}
