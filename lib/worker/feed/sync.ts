/**
 * Background feed sync. Survives the worker being stopped at any await (R1): all state is
 * in the database, the swap of old feed for new is one transaction, and the alarm is
 * (re)created on every start (R2). An invalid feed, or one with no usable item, never replaces
 * the last good one (R5). A sync for a feed URL that was replaced meanwhile writes nothing.
 */
import { browser } from 'wxt/browser';
import type { AdvocacyDb, SyncState } from '../db';
import { preferencesItem } from '../../shared/settings';
import { rebaseDemoFeed } from './demo';
import { fetchFeed } from '../../shared/feed/fetch';
import { readablePictures } from './picture';
import { problem, toProblem, type FeedProblem } from '../../shared/feed/problems';
import { readDemoFeedText, resolveFeedSource, DEMO_FEED_URL } from './source';
import { extensionRelease, fromStored, toCurrentFeed, toStoredFeed, type CurrentFeed } from './stored-feed';
import type { FeedStatus } from '../../shared/feed/types';
import { parseFeedText } from '../../shared/feed/validate';

export const SYNC_ALARM = 'feed-sync';
/** User-timing name of the last sync's parse and normalize (P10). */
export const PARSE_MEASURE = 'advocacy:feed-parse';
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
  lastDownloadAt: null,
  contentHash: null,
  format: null,
  warnings: [],
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

export type SyncReason = 'alarm' | 'startup' | 'manual' | 'source-changed';

/** SHA-256 of the body, hex (crypto.subtle exists in the worker, in pages and in Node). */
export async function contentHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** "The feed was not accepted, so the last good one is kept: reason (detail; detail)." as a code. */
function rejection(issues: readonly FeedProblem[]): FeedProblem {
  return { code: 'rejected', details: issues.length ? issues.slice(0, 3) : [problem('sync-failed')] };
}

/** One sync attempt. Never throws on feed problems; the outcome is in the sync state. */
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
  // Claim the state for this URL first: an older sync still running for a previous URL sees
  // the claim and writes nothing when it finishes (issue 14: a superseded sync).
  await db.syncState.put(attempt);

  /** Still the feed the person (or the organization) has configured, and nobody claimed it since. */
  const superseded = async (): Promise<SyncState | null> => {
    const [source, current] = await Promise.all([resolveFeedSource(), db.syncState.get('state')]);
    return source.url !== url || current?.sourceUrl !== url ? (current ?? EMPTY_SYNC_STATE) : null;
  };

  const failWith = async (reason: FeedProblem, retryAfterMs: number | null): Promise<SyncState> => {
    const failures = attempt.failures + 1;
    const wait = Math.max(backoffMs(failures, random), retryAfterMs ?? 0);
    const next: SyncState = {
      ...attempt,
      failures,
      lastError: reason,
      nextAttemptAt: new Date(now.getTime() + wait).toISOString(),
    };
    const newer = await superseded();
    if (newer) return newer;
    await db.syncState.put(next);
    return next;
  };

  // Rows normalized by another release (before an update) are stored again from a whole download:
  // no If-Modified-Since, no "same bytes" shortcut, so a field added to `Suggestion` appears.
  const release = extensionRelease();
  const meta = await db.feedMeta.get('current');
  const sameRelease = meta?.release === release;

  let text: string;
  let contentType: string | null = null;
  let finalUrl: string | null = null;
  if (url === DEMO_FEED_URL) {
    text = rebaseDemoFeed(await (deps.readDemo ?? readDemoFeedText)(), now);
  } else {
    const outcome = await fetchFeed(url, {
      lastDownloadAt: sameRelease ? (attempt.lastDownloadAt ?? null) : null,
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
      const newer = await superseded();
      if (newer) return newer;
      await db.syncState.put(next);
      return next;
    }
    if (outcome.kind === 'error') return failWith(outcome.problem, outcome.retryAfterMs);
    // fetchFeed lists a page's feeds only when asked (discover); the sync never asks.
    if (outcome.kind === 'page') return failWith(problem('web-page', { type: 'text/html' }), null);
    ({ text, contentType, url: finalUrl } = outcome);
  }

  const hash = await contentHash(text);
  const succeeded: SyncState = {
    ...attempt,
    lastDownloadAt: url === DEMO_FEED_URL ? null : attempt.lastAttemptAt,
    lastSuccessAt: attempt.lastAttemptAt,
    lastError: null,
    failures: 0,
    nextAttemptAt: null,
  };
  if (hash === attempt.contentHash && meta?.sourceUrl === url && sameRelease) {
    // The same bytes as last time (a server without 304): nothing to parse, no feed data written.
    const newer = await superseded();
    if (newer) return newer;
    await db.syncState.put(succeeded);
    return succeeded;
  }

  const parseStart = performance.now();
  const result = parseFeedText(text, { contentType, url: finalUrl ?? url });
  // Normalized and ranked once, here: requests read the rows as they are (database version 2).
  const normalized = result.ok
    ? toStoredFeed(result.feed, { sourceUrl: url, fetchedAt: now.toISOString(), release })
    : null;
  // The parse and normalize on its own (P10), in the worker's own timeline: read by the bench, kept nowhere.
  performance.clearMeasures(PARSE_MEASURE);
  performance.measure(PARSE_MEASURE, { start: parseStart });
  if (!result.ok || !normalized) return failWith(rejection(result.ok ? [] : result.issues), null);
  const next: SyncState = {
    ...succeeded,
    contentHash: hash,
    format: result.format,
    warnings: result.notes.slice(0, 20),
    skipped: result.skipped.slice(0, 50),
  };
  // "Copy picture" (issue 27): which pictures the worker can read, decided here, once per new
  // feed, so that a composer opening asks no image server anything.
  normalized.meta.readablePictures = await readablePictures(
    normalized.items.map((row) => row.en.image),
    deps.fetchImpl,
  );
  const newer = await superseded();
  if (newer) return newer;
  // One transaction: readers see the old feed or the new one, never a mix (R5). The claim is
  // checked again inside it, so a newer sync that started meanwhile wins.
  const written = await db.transaction('rw', db.feedItems, db.feedMeta, db.syncState, async () => {
    if ((await db.syncState.get('state'))?.sourceUrl !== url) return false;
    await db.feedItems.clear();
    await db.feedItems.bulkPut(normalized.items);
    await db.feedMeta.put(normalized.meta);
    await db.syncState.put(next);
    return true;
  });
  return written ? next : ((await db.syncState.get('state')) ?? next);
}

/**
 * The last good feed (its suggestions normalized and ranked at sync time), or the demo feed when
 * nothing was stored yet and the source is the demo.
 */
export async function readCurrentFeed(deps: Pick<SyncDeps, 'db' | 'readDemo' | 'now'>): Promise<CurrentFeed | null> {
  const { db } = deps;
  const [meta, rows, source] = await Promise.all([
    db.feedMeta.get('current'),
    db.feedItems.orderBy('rank').toArray(),
    resolveFeedSource(),
  ]);
  if (meta && meta.sourceUrl === source.url) return fromStored(meta, rows);
  if (source.url === DEMO_FEED_URL) {
    // First run, before the first sync finished: the demo works without any server.
    const now = (deps.now ?? (() => new Date()))();
    const result = parseFeedText(rebaseDemoFeed(await (deps.readDemo ?? readDemoFeedText)(), now));
    return result.ok ? toCurrentFeed(result.feed) : null;
  }
  // A new source that has not synced yet: keep showing the last good feed if there is one.
  return meta ? fromStored(meta, rows) : null;
}

export async function readStatus(db: AdvocacyDb): Promise<FeedStatus> {
  const [source, state, meta, count] = await Promise.all([
    resolveFeedSource(),
    db.syncState.get('state'),
    db.feedMeta.get('current'),
    db.feedItems.count(),
  ]);
  const current = state && state.sourceUrl === source.url ? state : null;
  const envelope = meta?.envelope;
  return {
    source: source.source,
    url: source.url,
    organizationName: envelope?._advocacy?.organization.name ?? null,
    itemCount: meta ? count : 0,
    lastAttemptAt: current?.lastAttemptAt ?? null,
    lastSuccessAt: current?.lastSuccessAt ?? null,
    // Rows written before problem codes held English sentences: read as "the last attempt failed".
    lastError: toProblem(current?.lastError),
    skipped: current?.skipped ?? [],
    nextAttemptAt: current?.nextAttemptAt ?? null,
    format: current?.format ?? null,
    warnings: Array.isArray(current?.warnings)
      ? current.warnings.flatMap((warning) => (typeof warning === 'string' ? [] : [warning]))
      : [],
  };
}
