/**
 * The feed as the database keeps it (lib/worker/db, version 2): every item normalized once when the feed
 * is synced, in the order the panel and the popup show, beside the validated envelope. A request
 * reads the rows in that order and only filters them (expired, audience, languages): it neither
 * re-normalizes nor re-sorts. Also the upgrade of what version 1 stored (`fromVersion1`).
 * Background only (it is written and read where the database lives); no Dexie here.
 */
import { browser } from 'wxt/browser';
import type { StoredFeedItem, StoredFeedItemV1, StoredFeedMeta, StoredFeedMetaV1 } from '../db/types';
import { byFeatured } from '../../shared/feed/featured';
import { byNewest } from '../../shared/feed/newest';
import { audiencesOf, toSuggestion } from '../../shared/feed/normalize';
import { englishProblem } from '../../shared/feed/problems';
import { feedEnvelopeSchema, feedItemSchema, type FeedItem } from '../../shared/feed/schema';
import type { Suggestion } from '../../shared/feed/types';
import type { z } from '../../shared/zod';
import { plain, type ValidFeed } from '../../shared/feed/validate';

/** The feed a request reads: the envelope, the items in the order shown, the audience tags they offer. */
export interface CurrentFeed {
  envelope: ValidFeed['envelope'];
  items: StoredFeedItem[];
  audiences: string[];
  /** The pictures found readable at sync time (`StoredFeedMeta.readablePictures`); none before a sync. */
  readablePictures?: readonly string[];
}

/** The version of the running extension ('unknown' where there is no manifest, as in unit tests). */
export function extensionRelease(): string {
  try {
    return browser.runtime.getManifest().version || 'unknown';
  } catch {
    return 'unknown';
  }
}

/** IndexedDB's order of string keys (by UTF-16 code unit), which version 1's reads gave. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Equal as stored data (JSON values: strings, numbers, booleans, null, arrays, plain objects). */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/**
 * `da` with each list or object that equals `en`'s replaced by `en`'s own (the variants and the
 * hashtags, unless a plain item's starting text takes the reader's language). The row is stored
 * with the structured clone, which writes an object met twice once: a 500-item feed of the demo's
 * items is 22 % smaller (1.37 → 1.07 MB) and its write about 20 % faster in Chromium. What a
 * reader gets is unchanged: the same values, and the surfaces only read them.
 */
function sharingWithEnglish(da: Suggestion, en: Suggestion): Suggestion {
  const shared: Record<string, unknown> = { ...da };
  for (const [field, value] of Object.entries(en)) {
    const own = shared[field];
    if (own !== value && typeof own === 'object' && own !== null && sameData(own, value)) shared[field] = value;
  }
  return shared as unknown as Suggestion;
}

/**
 * The rows of a validated feed, ranked as the surfaces show them: featured first, then newest
 * first; items of the same date keep the order of their ids, as when version 1 read its rows back.
 */
export function toStoredItems(feed: ValidFeed): StoredFeedItem[] {
  const rows = [...feed.items].sort(byId).map((item: FeedItem) => {
    const en = toSuggestion(item, feed, 'en');
    return {
      id: item.id,
      da: sharingWithEnglish(toSuggestion(item, feed, 'da'), en),
      en,
      listTitle: item.title ?? item.id,
    };
  });
  // Date and featured do not depend on the reader's language: `en` stands for both.
  rows.sort((a, b) => byNewest(a.en, b.en)).sort((a, b) => byFeatured(a.en, b.en));
  return rows.map((row, rank) => ({ ...row, rank }));
}

/** What one sync writes: the rows and the envelope row. */
export function toStoredFeed(
  feed: ValidFeed,
  where: { sourceUrl: string; fetchedAt: string; release: string },
): { meta: StoredFeedMeta; items: StoredFeedItem[] } {
  return {
    meta: { key: 'current', ...where, envelope: feed.envelope, audiences: audiencesOf(feed) },
    items: toStoredItems(feed),
  };
}

/** A validated feed (the demo before its first sync) as a request reads a stored one. */
export function toCurrentFeed(feed: ValidFeed): CurrentFeed {
  return { envelope: feed.envelope, items: toStoredItems(feed), audiences: audiencesOf(feed) };
}

/** The stored feed as a request reads it. */
export function fromStored(meta: StoredFeedMeta, items: StoredFeedItem[]): CurrentFeed {
  return { envelope: meta.envelope, items, audiences: meta.audiences, readablePictures: meta.readablePictures ?? [] };
}

/** Not expired at `now` (an unreadable date counts as expired, as for the feed item). */
export function isCurrentAt(expiresAt: string | null, now: Date): boolean {
  return !expiresAt || new Date(expiresAt).getTime() > now.getTime();
}

/** A row version 1 stored that version 2 cannot keep, and why (logged by the upgrade). */
export interface DroppedRow {
  id: string;
  reason: string;
}

/**
 * Version 1's feed (the validated envelope and items in `data`) as version 2 keeps it. Each stored
 * item is validated again with today's schema: what still validates is normalized and kept, the
 * rest is dropped with its reason. An envelope that no longer validates drops the whole feed
 * (`meta` null): nothing can be normalized without it.
 */
export function fromVersion1(
  meta: StoredFeedMetaV1 | undefined,
  rows: readonly StoredFeedItemV1[],
  release: string,
): { meta: StoredFeedMeta | null; items: StoredFeedItem[]; dropped: DroppedRow[] } {
  const data = meta?.data;
  const envelope =
    data && typeof data === 'object' && !Array.isArray(data)
      ? feedEnvelopeSchema.safeParse({ ...data, items: [] })
      : null;
  if (!meta || !envelope?.success) {
    const reason = !meta
      ? 'no feed envelope stored'
      : `the feed envelope no longer validates: ${envelope?.error ? problemText(envelope.error) : 'not an object'}`;
    return { meta: null, items: [], dropped: rows.map((row) => ({ id: String(row.id), reason })) };
  }
  const { items: _none, ...rest } = envelope.data;
  const items: FeedItem[] = [];
  const dropped: DroppedRow[] = [];
  for (const row of rows) {
    const parsed = feedItemSchema.safeParse(row.data);
    if (parsed.success && parsed.data.id === row.id) items.push(parsed.data);
    else {
      dropped.push({
        id: String(row.id),
        reason: parsed.success ? 'its id differs from the row key' : problemText(parsed.error),
      });
    }
  }
  const feed: ValidFeed = { envelope: rest, items };
  return {
    meta: items.length
      ? {
          key: 'current',
          sourceUrl: meta.sourceUrl,
          fetchedAt: meta.fetchedAt,
          envelope: rest,
          audiences: audiencesOf(feed),
          release,
        }
      : null,
    items: toStoredItems(feed),
    dropped,
  };
}

/** The first reason zod gives, in English with its path (for the log, never shown to a person). */
function problemText(error: z.ZodError): string {
  const [issue] = error.issues;
  if (!issue) return 'invalid';
  return `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${englishProblem(plain(issue))}`;
}
