/** Row types of the background database (lib/db). Plain data, no behaviour. */

/** A feed item as stored after validation (lib/feed normalises it). */
export interface StoredFeedItem {
  id: string;
  url: string | null;
  title: string;
  summary: string;
  /** ISO time; items sort newest first. */
  datePublished: string | null;
  /** ISO time after which the item is hidden. */
  expiresAt: string | null;
  campaign: string | null;
  /** Whatever else lib/feed keeps for the panel (variants, angles, hashtags…). */
  data: unknown;
}

/** The feed envelope (everything but the items) under key 'current'. */
export interface StoredFeedMeta {
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
  /** Things ignored or shortened in the last accepted feed (e.g. items over the limit). */
  warnings?: string[];
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  failures: number;
  nextAttemptAt: string | null;
  skipped: { id: string | null; path: string; reason: string }[];
}

/**
 * What the person did — never what they wrote (the post text is not stored).
 * The id is created at the source (the watcher), so replays are idempotent (R6).
 */
export interface ShareEvent {
  id: string;
  /** ISO time of the confirmed post. */
  at: string;
  kind: 'post' | 'repost';
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
