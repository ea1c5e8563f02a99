/**
 * Stored data written by the current release still reads (issue 23, item 8): a snapshot of what
 * `main` at 7b643d0 (2026-12-07) kept in storage.local, storage.session and IndexedDB after a
 * typical use (consent, preferences, a reminder, the badge, a share in the outbox, a studio draft
 * of two chunks, the managed-policy cache, a synced feed, shares and their stats cache), made by
 * running that release's own code. Every key in it is declared in the registry, and every item,
 * family and table reads what was stored, also after the items' migrations ran.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeSettingItem, seenSuggestionsItem } from '@/lib/badge';
import { openDb, type AdvocacyDb } from '@/lib/db';
import { readCurrentFeed } from '@/lib/feed/sync';
import { reminderStateItem } from '@/lib/guidelines/reminder-state';
import { failureSignalsItem } from '@/lib/health/report';
import { consentItem, hasConsent, panelStateItem, preferencesItem, type StoredItem } from '@/lib/settings';
import { CONSENT_STORED } from '@/lib/settings/consent-shape';
import { readStored } from '@/lib/settings/direct';
import { MANAGED_POLICY_CACHE } from '@/lib/settings/managed';
import { OUTBOX, pendingShares } from '@/lib/shares/outbox';
import { getStats, statsCacheItem } from '@/lib/stats/handler';
import { loadDraft, STUDIO_DRAFT, STUDIO_DRAFT_CHUNKS } from '@/lib/studio/autosave';
import { pendingOwnLinksItem } from '@/lib/this-page/own-link';

interface Snapshot {
  local: Record<string, unknown>;
  session: Record<string, unknown>;
  database: { version: number; feedItems: never[]; feedMeta: never[]; syncState: never[]; shares: never[] };
}
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

describe('the database written by the current release', () => {
  let db: AdvocacyDb;
  beforeEach(async () => {
    db = openDb(`snapshot-${Math.random()}`);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(snapshot.database.version);
    await db.feedItems.bulkPut(snapshot.database.feedItems);
    await db.feedMeta.bulkPut(snapshot.database.feedMeta);
    await db.syncState.bulkPut(snapshot.database.syncState);
    await db.shares.bulkPut(snapshot.database.shares);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('gives the synced feed and the person’s stats', async () => {
    const feed = await readCurrentFeed({ db });
    expect(feed?.items.map((item) => item.id)).toEqual(
      snapshot.database.feedItems.map((row: { id: string }) => row.id),
    );
    expect(feed?.envelope.title).toBeTruthy();
    const stats = await getStats(db, 'Europe/Copenhagen', new Date('2026-12-07T10:00:00Z'));
    expect(stats.total).toBe(snapshot.database.shares.length);
  });
});
