/**
 * Stored data written by the current release still reads (issue 23, item 8): a snapshot of what
 * `main` at 7b643d0 (2026-12-07) kept in storage.local, storage.session and IndexedDB after a
 * typical use (consent, preferences, a reminder, the badge, a share in the outbox, a studio draft
 * of two chunks, the managed-policy cache, a synced feed, shares and their stats cache), made by
 * running that release's own code. Every key in it is declared in the registry, and every item,
 * family and table reads what was stored, also after the items' migrations ran.
 */
import { readFileSync } from 'node:fs';
import { openVersion1 } from '../helpers/db';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeSettingItem, seenSuggestionsItem } from '@/lib/shared/badge';
import { openDb, type AdvocacyDb } from '@/lib/worker/db';
import { byFeatured } from '@/lib/shared/feed/featured';
import { overview, panelData } from '@/lib/worker/feed/handlers';
import { byNewest } from '@/lib/shared/feed/newest';
import { audiencesOf, isCurrent, toOrganization, toSuggestion } from '@/lib/shared/feed/normalize';
import type { FeedItem } from '@/lib/shared/feed/schema';
import { readCurrentFeed } from '@/lib/worker/feed/sync';
import type { ValidFeed } from '@/lib/shared/feed/validate';
import { reminderStateItem } from '@/lib/shared/guidelines/reminder-state';
import { failureSignalsItem } from '@/lib/worker/health/report';
import { consentItem, hasConsent, panelStateItem, preferencesItem, type StoredItem } from '@/lib/shared/settings';
import { CONSENT_STORED } from '@/lib/shared/settings/consent-shape';
import { readStored } from '@/lib/shared/settings/direct';
import { MANAGED_POLICY_CACHE } from '@/lib/shared/settings/managed';
import { OUTBOX, pendingShares } from '@/lib/shared/shares/outbox';
import { getStats, statsCacheItem } from '@/lib/worker/stats/handler';
import { loadDraft, STUDIO_DRAFT, STUDIO_DRAFT_CHUNKS } from '@/lib/pages/studio/autosave';
import { pendingOwnLinksItem } from '@/lib/worker/this-page/own-link';

interface Snapshot {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  database: { version: number; feedItems: never[]; feedMeta: never[]; syncState: never[]; shares: never[] };
}
/** The database the worker's answers read (`getDb()`): the one the test opened. */
let opened: AdvocacyDb | undefined;
vi.mock('@/lib/worker/db', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/lib/worker/db')>();
  return {
    ...actual,
    getDb: () => {
      if (!opened) throw new Error('no test database open');
      return opened;
    },
  };
});

const snapshot = JSON.parse(readFileSync('tests/fixtures/stored/release-2026-12-07.json', 'utf8')) as Snapshot;

const ITEMS = [
  consentItem,
  preferencesItem,
  panelStateItem,
  reminderStateItem,
  badgeSettingItem,
  seenSuggestionsItem,
  statsCacheItem,
  failureSignalsItem,
] as StoredItem<unknown>[];

beforeEach(async () => {
  await fakeBrowser.storage.local.set(snapshot.local);
  await fakeBrowser.storage.session.set(snapshot.session);
});

describe('storage written by the current release', () => {
  it('holds only declared keys (an item, its version mark, or an entry of a family)', () => {
    const items = new Set([
      ...ITEMS.map((item) => item.key),
      'local:consentHistory',
      'local:feedUrl',
      'local:health',
      'local:popupLastOpenedAt',
      CONSENT_STORED.key,
      STUDIO_DRAFT.key,
      MANAGED_POLICY_CACHE.key,
      pendingOwnLinksItem.key,
    ]);
    const undeclared = (area: 'local' | 'session', keys: string[]) =>
      keys.filter((key) => {
        const name = key.replace(/\$$/, '');
        if (items.has(`${area}:${name}`)) return false;
        return ![OUTBOX, STUDIO_DRAFT_CHUNKS].some((family) => family.area === area && family.owns(key));
      });
    expect(undeclared('local', Object.keys(snapshot.local))).toEqual([]);
    expect(undeclared('session', Object.keys(snapshot.session))).toEqual([]);
  });

  it('reads as it was written, before and after the migrations of this branch ran', async () => {
    const read = async () => ({
      // Given under policy version 1: read back as given, but since issue 26 (version 2) it no
      // longer counts and the person is asked again (S6).
      consent: (await consentItem.getValue()).reminders.granted,
      watcherConsent: (await readStored(CONSENT_STORED)).recordShares.granted,
      counts: hasConsent(await consentItem.getValue(), 'reminders'),
      language: (await preferencesItem.getValue()).uiLanguage,
      collapsed: (await panelStateItem.getValue()).collapsed,
      remindersShown: (await reminderStateItem.getValue()).shownCount,
      badge: await badgeSettingItem.getValue(),
      seen: await seenSuggestionsItem.getValue(),
      statsCache: (await statsCacheItem.getValue())?.count,
      signals: (await failureSignalsItem.getValue())?.trigger,
      managed: await readStored(MANAGED_POLICY_CACHE),
      ownLinks: (await pendingOwnLinksItem.getValue()).map((link) => link.tabId),
      outbox: (await pendingShares()).map((entry) => entry.payload.id),
      draft: (await loadDraft())?.draft.feed.items.length,
    });
    const expected = {
      consent: true,
      watcherConsent: true,
      counts: false,
      language: 'da',
      collapsed: true,
      remindersShown: 1,
      badge: { enabled: false },
      seen: { ids: ['a', 'b'], at: '2026-12-06T08:00:00.000Z' },
      statsCache: expect.any(Number),
      signals: 'composer-not-found',
      // Issue 29: the cache holds the whole policy now; the release's `{ feedUrl }` reads as one
      // that switches nothing off and had nothing it could not use (and, from issue 26, no collector).
      managed: {
        feedUrl: 'https://it.example.com/feed.json',
        resultsCollector: null,
        off: { panel: false, reminders: false, commentHelper: false, resultsCounting: false },
        problems: [],
      },
      ownLinks: [7],
      outbox: ['share_outbox_01'],
      draft: 60,
    };
    expect(await read()).toEqual(expected);
    for (const item of ITEMS) await item.migrate();
    await pendingOwnLinksItem.migrate();
    expect(await read()).toEqual(expected);
    // The items that had no reader before are marked version 2 now.
    expect((await fakeBrowser.storage.local.get('badge$'))['badge$']).toEqual({ v: 2 });
  });
});

/**
 * What the release at 7b643d0 answered from its version 1 rows, by its own steps: every row's
 * `data` normalized for the person's language at each request, filtered, then sorted.
 */
function asTheReleaseAnswered(language: 'da' | 'en', audiences: string[], now: Date) {
  const [meta] = snapshot.database.feedMeta as { data: ValidFeed['envelope'] }[];
  // Version 1 read its rows back in key order (by id): the order ties kept.
  const rows = [...(snapshot.database.feedItems as { id: string; data: FeedItem }[])].sort((a, b) =>
    a.id < b.id ? -1 : 1,
  );
  const feed: ValidFeed = { envelope: meta!.data, items: rows.map((row) => row.data) };
  const current = feed.items.filter((item) => isCurrent(item, now));
  return {
    suggestions: current
      .map((item) => toSuggestion(item, feed, language))
      .filter((suggestion) => {
        const open = suggestion.audiences.length === 0 || suggestion.audiences.includes('all');
        return open || audiences.length === 0 || suggestion.audiences.some((tag) => audiences.includes(tag));
      })
      .filter((suggestion) => suggestion.variants.length > 0)
      .sort(byNewest)
      .sort(byFeatured),
    listed: current
      .map((item) => ({
        id: item.id,
        title: item.title ?? item.id,
        url: item.url ?? item.external_url ?? null,
        datePublished: item.date_published ?? null,
        campaign: item._advocacy?.campaign ?? null,
        featured: item._advocacy?.featured === true,
      }))
      .sort(byNewest)
      .sort(byFeatured),
    audiences: audiencesOf(feed),
    organization: toOrganization(feed),
  };
}

/** Writes `tables` the way version 1 of lib/worker/db did (its schema, its rows), then closes it. */
async function writeVersion1(name: string, tables: Snapshot['database']): Promise<void> {
  const old = openVersion1(name);
  await old.table('feedItems').bulkPut(tables.feedItems);
  await old.table('feedMeta').bulkPut(tables.feedMeta);
  await old.table('syncState').bulkPut(tables.syncState);
  await old.table('shares').bulkPut(tables.shares);
  old.close();
}

describe('the database written by the current release', () => {
  const NOW = new Date('2026-12-07T10:00:00Z');
  let db: AdvocacyDb;
  beforeEach(async () => {
    const name = `snapshot-${Math.random()}`;
    expect(snapshot.database.version).toBe(1);
    await writeVersion1(name, snapshot.database);
    // Opened by this version's code: the upgrade to version 2 runs on these rows.
    db = openDb(name);
    opened = db;
    await db.open();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('gives the synced feed and the person’s stats', async () => {
    expect(db.verno).toBe(2);
    const feed = await readCurrentFeed({ db });
    // Every stored item, now in the order the surfaces show (version 1 kept them by id).
    expect(feed?.items.map((item) => item.id).sort()).toEqual(
      snapshot.database.feedItems.map((row: { id: string }) => row.id),
    );
    expect(feed?.envelope.title).toBeTruthy();
    const stats = await getStats(db, 'Europe/Copenhagen', NOW);
    expect(stats.total).toBe(snapshot.database.shares.length);
    expect((await db.shares.toArray()).map((share) => share.id)).toEqual(
      snapshot.database.shares.map((share: { id: string }) => share.id),
    );
  });

  it('answers the panel and the popup with the same suggestions, in the same order, as the release did', async () => {
    const preferences = await preferencesItem.getValue();
    expect(preferences.uiLanguage).toBe('da');
    const release = asTheReleaseAnswered('da', preferences.audiences, NOW);
    expect(release.suggestions.length).toBeGreaterThan(5);

    const panel = await panelData(NOW);
    expect(panel.unavailable).toBeNull();
    expect(panel.suggestions).toEqual(release.suggestions);
    expect(panel.audiences).toEqual(release.audiences);
    expect(panel.organization).toEqual(release.organization);
    const listed = await overview(NOW);
    expect(listed.items).toEqual(release.listed);
    expect(listed.audiences).toEqual(release.audiences);

    // A person reading English gets the release's English answer too.
    await preferencesItem.setValue({ ...preferences, uiLanguage: 'en' });
    expect((await panelData(NOW)).suggestions).toEqual(
      asTheReleaseAnswered('en', preferences.audiences, NOW).suggestions,
    );
    // The sync state is untouched: nothing was dropped, so an unchanged feed is still not written again.
    expect(await db.syncState.get('state')).toEqual(snapshot.database.syncState[0]);
  });
});

describe('the upgrade to version 2 of rows that no longer validate', () => {
  const name = () => `upgrade-${Math.random()}`;
  const rows = snapshot.database.feedItems as { id: string; data: Record<string, unknown> }[];

  it('keeps what still normalizes, drops the rest with its reason in the log, and downloads the feed again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = rows.map((row, index) =>
      index === 0
        ? { ...row, data: { ...row.data, url: 'http://insecure.example.com/' } }
        : index === 1
          ? { ...row, data: null }
          : row,
    );
    const dbName = name();
    await writeVersion1(dbName, { ...snapshot.database, feedItems: broken as never[] });
    const db = openDb(dbName);
    try {
      const feed = await readCurrentFeed({ db });
      expect(feed?.items.map((item) => item.id).sort()).toEqual(rows.slice(2).map((row) => row.id));
      expect(warn).toHaveBeenCalledTimes(2);
      expect(String(warn.mock.calls[0]?.[0])).toContain(`"${rows[0]!.id}" was dropped (url: must be an https: link)`);
      expect(String(warn.mock.calls[1]?.[0])).toContain(`"${rows[1]!.id}" was dropped`);
      // The next sync must not skip an unchanged feed: it fetches the whole body and stores it anew.
      const state = await db.syncState.get('state');
      expect([state?.contentHash, state?.lastDownloadAt]).toEqual([null, null]);
      expect(state?.lastSuccessAt).toBe('2026-12-07T10:00:00.000Z');
      expect(await db.shares.count()).toBe(snapshot.database.shares.length);
    } finally {
      warn.mockRestore();
      await db.delete();
    }
  });

  it('drops the whole feed when its envelope no longer validates (nothing can be normalized without it)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const [meta] = snapshot.database.feedMeta as { data: Record<string, unknown> }[];
    const dbName = name();
    await writeVersion1(dbName, {
      ...snapshot.database,
      feedMeta: [{ ...meta!, data: { ...meta!.data, version: 'https://example.com/not-a-feed' } }] as never[],
    });
    const db = openDb(dbName);
    try {
      expect(await db.feedItems.count()).toBe(0);
      expect(await db.feedMeta.get('current')).toBeUndefined();
      expect(warn).toHaveBeenCalledTimes(rows.length);
      expect(String(warn.mock.calls[0]?.[0])).toContain('the feed envelope no longer validates: version:');
      expect((await db.syncState.get('state'))?.contentHash).toBeNull();
      expect(await db.shares.count()).toBe(snapshot.database.shares.length);
    } finally {
      warn.mockRestore();
      await db.delete();
    }
  });
});
