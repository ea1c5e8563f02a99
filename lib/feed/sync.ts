/**
 * Background feed sync. Survives the worker being stopped at any await (R1): all state is
 * in the database, the swap of old feed for new is one transaction, and the alarm is
 * (re)created on every start (R2). An invalid feed never replaces the last good one (R5).
 */
import { browser } from 'wxt/browser';
import type { AdvocacyDb, StoredFeedItem, SyncState } from '../db';
import { preferencesItem } from '../settings';
import { fetchFeed } from './fetch';
import { readDemoFeedText, resolveFeedSource, DEMO_FEED_URL } from './source';
import type { FeedStatus } from './types';
import { parseFeedText, type ValidFeed } from './validate';

export const SYNC_ALARM = 'feed-sync';
export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_CAP_MS = 6 * 3600_000;

export interface SyncDeps {
  db: AdvocacyDb;
  now?: () => Date;
  random?: () => number;
  fetchImpl?: typeof fetch;
  readDemo?: () => Promise<string>;
}

export const EMPTY_SYNC_STATE: SyncState = {
  key: 'state',
  sourceUrl: null,
  etag: null,
  lastModified: null,
  lastAttemptAt: null,
  lastSuccessAt: null,
  lastError: null,
  failures: 0,
  nextAttemptAt: null,
  skipped: [],
};

/** Full-jitter exponential backoff: a random wait up to min(cap, base·2^(n−1)). */
export function backoffMs(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(random() * ceiling);
}

export function clampPeriod(minutes: number): number {
  if (!Number.isFinite(minutes)) return 120;
  return Math.min(360, Math.max(60, Math.round(minutes)));
}

/** Creates the periodic sync alarm if it is missing or its period changed; first run jittered. */
export async function ensureSyncAlarm(random: () => number = Math.random): Promise<void> {
  const period = clampPeriod((await preferencesItem.getValue()).syncPeriodMinutes);
  const existing = await browser.alarms.get(SYNC_ALARM);
  if (existing && existing.periodInMinutes === period) return;
  await browser.alarms.create(SYNC_ALARM, { periodInMinutes: period, delayInMinutes: 1 + random() * 4 });
}

function toRow(item: ValidFeed['items'][number]): StoredFeedItem {
  return {
    id: item.id,
    url: item.url ?? item.external_url ?? null,
    title: item.title ?? item.id,
    summary: item.summary ?? '',
    datePublished: item.date_published ?? null,
    expiresAt: item._advocacy?.expires ?? null,
    campaign: item._advocacy?.campaign ?? null,
    data: item,
  };
}

export type SyncReason = 'alarm' | 'startup' | 'manual' | 'source-changed';

/** One sync attempt. Never throws; the outcome is in the sync state. */
export async function syncFeed(deps: SyncDeps, reason: SyncReason): Promise<SyncState> {
  const { db } = deps;
  const now = (deps.now ?? (() => new Date()))();
  const random = deps.random ?? Math.random;
  const { url } = await resolveFeedSource();
  const stored = (await db.syncState.get('state')) ?? EMPTY_SYNC_STATE;
  const state: SyncState = stored.sourceUrl === url ? stored : { ...EMPTY_SYNC_STATE, sourceUrl: url };
  if (reason === 'alarm' && state.nextAttemptAt && Date.parse(state.nextAttemptAt) > now.getTime()) {
    return state; // still backing off
  }
  const attempt: SyncState = { ...state, lastAttemptAt: now.toISOString() };

  const failWith = async (message: string, retryAfterMs: number | null): Promise<SyncState> => {
    const failures = attempt.failures + 1;
    const wait = Math.max(backoffMs(failures, random), retryAfterMs ?? 0);
    const next: SyncState = {
      ...attempt,
      failures,
      lastError: message,
      nextAttemptAt: new Date(now.getTime() + wait).toISOString(),
    };
    await db.syncState.put(next);
    return next;
  };

  let text: string;
  let etag: string | null = null;
  let lastModified: string | null = null;
  if (url === DEMO_FEED_URL) {
    text = await (deps.readDemo ?? readDemoFeedText)();
  } else {
    const outcome = await fetchFeed(url, {
      etag: attempt.etag,
      lastModified: attempt.lastModified,
      fetchImpl: deps.fetchImpl,
      now: now.getTime(),
    });
    if (outcome.kind === 'not-modified') {
      // Nothing changed: no feed data is written, only when we last checked.
      const next: SyncState = {
        ...attempt,
        lastSuccessAt: attempt.lastAttemptAt,
        lastError: null,
        failures: 0,
        nextAttemptAt: null,
      };
      await db.syncState.put(next);
      return next;
    }
    if (outcome.kind === 'error') return failWith(outcome.message, outcome.retryAfterMs);
    ({ text, etag, lastModified } = outcome);
  }

  const result = parseFeedText(text);
  if (!result.ok) {
    return failWith(
      `The feed was not accepted, so the last good one is kept: ${result.problems.slice(0, 3).join('; ')}`,
      null,
    );
  }
  const next: SyncState = {
    ...attempt,
    etag,
    lastModified,
    lastSuccessAt: attempt.lastAttemptAt,
    lastError: null,
    failures: 0,
    nextAttemptAt: null,
    skipped: result.skipped.slice(0, 50),
  };
  // One transaction: readers see the old feed or the new one, never a mix (R5).
  await db.transaction('rw', db.feedItems, db.feedMeta, db.syncState, async () => {
    await db.feedItems.clear();
    await db.feedItems.bulkPut(result.feed.items.map(toRow));
    await db.feedMeta.put({ key: 'current', sourceUrl: url, fetchedAt: now.toISOString(), data: result.feed.envelope });
    await db.syncState.put(next);
  });
  return next;
}

/** The last good feed, or the demo feed when nothing was stored yet and the source is the demo. */
export async function readCurrentFeed(deps: Pick<SyncDeps, 'db' | 'readDemo'>): Promise<ValidFeed | null> {
  const { db } = deps;
  const [meta, rows, source] = await Promise.all([
    db.feedMeta.get('current'),
    db.feedItems.toArray(),
    resolveFeedSource(),
  ]);
  if (meta && meta.sourceUrl === source.url) {
    return {
      envelope: meta.data as ValidFeed['envelope'],
      items: rows.map((row) => row.data as ValidFeed['items'][number]),
    };
  }
  if (source.url === DEMO_FEED_URL) {
    // First run, before the first sync finished: the demo works without any server.
    const result = parseFeedText(await (deps.readDemo ?? readDemoFeedText)());
    return result.ok ? result.feed : null;
  }
  // A new source that has not synced yet: keep showing the last good feed if there is one.
  return meta
    ? { envelope: meta.data as ValidFeed['envelope'], items: rows.map((row) => row.data as ValidFeed['items'][number]) }
    : null;
}

export async function readStatus(db: AdvocacyDb): Promise<FeedStatus> {
  const [source, state, meta, count] = await Promise.all([
    resolveFeedSource(),
    db.syncState.get('state'),
    db.feedMeta.get('current'),
    db.feedItems.count(),
  ]);
  const current = state && state.sourceUrl === source.url ? state : null;
  const envelope = meta?.data as ValidFeed['envelope'] | undefined;
  return {
    source: source.source,
    url: source.url,
    organizationName: envelope?._advocacy?.organization.name ?? null,
    itemCount: meta ? count : 0,
    lastAttemptAt: current?.lastAttemptAt ?? null,
    lastSuccessAt: current?.lastSuccessAt ?? null,
    lastError: current?.lastError ?? null,
    skipped: current?.skipped ?? [],
    nextAttemptAt: current?.nextAttemptAt ?? null,
  };
}
