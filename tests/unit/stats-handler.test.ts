import { beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/worker';
import { type AdvocacyDb, type ShareEvent } from '@/lib/worker/db';
import { createRouter } from '@/lib/worker/messaging/handle';
import { computeStats } from '@/lib/worker/stats/compute';
import { cutoffKeyAt, getStats, statsCacheItem, topicsOfStoredItem } from '@/lib/worker/stats/handler';
import { makeShare } from '../helpers/shares';
import { storedItems } from '../helpers/feed-items';
import { useTestDb } from '../helpers/db';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

function share(id: string, at: string, suggestionId: string | null): ShareEvent {
  return makeShare({
    id,
    at,
    suggestionId,
    suggestionTitle: suggestionId ? `Title ${suggestionId}` : null,
    campaign: suggestionId ? 'launch' : null,
    changedRatio: suggestionId ? 0.4 : null,
  });
}

describe('stats:get in the background', () => {
  const testDb = useTestDb('stats');
  let db: AdvocacyDb;
  beforeEach(() => {
    db = testDb();
  });

  it('reads the share records and the topics of the feed items they came from', async () => {
    await db.shares.bulkPut([
      share('share_0000001', '2026-11-24T10:00:00Z', 'item-1'),
      share('share_0000002', '2026-11-17T10:00:00Z', 'item-2'),
      share('share_0000003', '2026-11-10T10:00:00Z', null),
    ]);
    await db.feedItems.bulkPut(
      storedItems([
        {
          id: 'item-1',
          url: 'https://news.example.com/1',
          title: 'One',
          _advocacy: { campaign: 'launch', topics: ['hiring', 'culture'] },
        },
        { id: 'item-2', url: 'https://news.example.com/2', title: 'Two', tags: ['hiring'] },
      ]),
    );
    const stats = await getStats(db, 'Europe/Copenhagen', new Date('2026-11-26T12:00:00Z'));
    expect(stats).toMatchObject({ total: 3, thisWeek: 1, thisMonth: 3, fromSuggestion: 2, madeOwn: 2, ownPosts: 1 });
    expect(stats.topTopics).toEqual([
      { name: 'hiring', count: 2 },
      { name: 'culture', count: 1 },
    ]);
    expect(stats.streak).toEqual({ weeks: 3, includesThisWeek: true });
  });

  it('reads topics defensively from whatever the feed stored', () => {
    expect(topicsOfStoredItem(undefined)).toEqual([]);
    const [row] = storedItems([{ id: 'x', url: 'https://news.example.com/x', title: 'X' }]);
    expect(topicsOfStoredItem(row)).toEqual([]);
    // A row of another shape (not written by this version's sync) gives no topics, never an error.
    expect(topicsOfStoredItem({ ...row!, en: { ...row!.en, topics: 'hiring' as never } })).toEqual([]);
    expect(topicsOfStoredItem({ id: 'x', data: null } as never)).toEqual([]);
  });

  it('is answered for extension pages only, and only with a real time zone', async () => {
    const route = createRouter(createHandlers(), EXTENSION_ID, ORIGIN);
    const popup = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };
    const linkedin = { id: EXTENSION_ID, url: 'https://www.linkedin.com/feed/', tab: { id: 3 } as never, frameId: 0 };
    const ok = await route({ type: 'stats:get', payload: { timeZone: 'Pacific/Auckland' } }, popup);
    expect(ok).toMatchObject({ ok: true, data: { timeZone: 'Pacific/Auckland', total: 0 } });
    expect(await route({ type: 'stats:get', payload: { timeZone: 'Europe/Copenhagen' } }, linkedin)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    for (const timeZone of ['Mars/Olympus', 'x'.repeat(100), '../etc', '']) {
      expect(await route({ type: 'stats:get', payload: { timeZone } }, popup)).toMatchObject({
        ok: false,
        error: { code: 'invalid-request' },
      });
    }
  });
});

describe('the summary of older records (speed without trusting a stale copy)', () => {
  const testDb = useTestDb('stats-cache');
  let db: AdvocacyDb;
  beforeEach(() => {
    db = testDb();
  });

  // Two years of shares every ~40 hours, some written with a local offset instead of Z.
  function history(now: Date): ShareEvent[] {
    return Array.from({ length: 450 }, (_, i) => {
      const ms = now.getTime() - 3_600_000 - i * 40 * 3_600_000;
      const at =
        i % 7 === 0
          ? new Date(ms + 2 * 3_600_000).toISOString().replace('.000Z', '+02:00')
          : new Date(ms).toISOString();
      return {
        ...share(`share_h${String(i).padStart(6, '0')}`, at, i % 4 === 0 ? null : `item-${i % 5}`),
        changedRatio: i % 4 === 0 ? null : (i % 10) / 10,
        campaign: i % 4 === 0 ? null : `campaign-${i % 3}`,
        kind: i % 11 === 0 ? ('repost' as const) : ('post' as const),
      };
    });
  }

  it('gives exactly the figures of a full computation, on the first and on later openings', async () => {
    const now = new Date('2027-03-29T08:00:00Z');
    const events = history(now);
    await db.shares.bulkPut(events);
    const full = computeStats(events, now, 'Europe/Copenhagen', { topicsOf: () => [] });
    const first = await getStats(db, 'Europe/Copenhagen', now);
    expect(first).toEqual(full);
    expect((await statsCacheItem.getValue())?.count).toBeGreaterThan(0);
    expect(await getStats(db, 'Europe/Copenhagen', now)).toEqual(full);
    // Another time zone summarises again, for its own local weeks.
    expect(await getStats(db, 'Pacific/Auckland', now)).toEqual(
      computeStats(events, now, 'Pacific/Auckland', { topicsOf: () => [] }),
    );
  });

  it('counts a new share at once and notices when older records change', async () => {
    const now = new Date('2027-03-29T08:00:00Z');
    const events = history(now);
    await db.shares.bulkPut(events);
    await getStats(db, 'Europe/Copenhagen', now);
    const fresh = share('share_fresh0001', '2027-03-29T07:30:00Z', 'item-1');
    await db.shares.put(fresh);
    expect((await getStats(db, 'Europe/Copenhagen', now)).total).toBe(451);
    // An old record removed (same cutoff, cached summary now stale).
    await db.shares.delete(events.at(-1)!.id);
    expect(await getStats(db, 'Europe/Copenhagen', now)).toEqual(
      computeStats([...events.slice(0, -1), fresh], now, 'Europe/Copenhagen', { topicsOf: () => [] }),
    );
  });

  it('carries the summary over when a new week moves the cutoff, and stays exact', async () => {
    const now = new Date('2027-03-29T08:00:00Z');
    const events = history(now);
    await db.shares.bulkPut(events);
    await getStats(db, 'Europe/Copenhagen', now);
    const nextWeek = new Date('2027-04-05T09:00:00Z');
    expect(await getStats(db, 'Europe/Copenhagen', nextWeek)).toEqual(
      computeStats(events, nextWeek, 'Europe/Copenhagen', { topicsOf: () => [] }),
    );
    expect((await statsCacheItem.getValue())?.cutoffKey).toBe(cutoffKeyAt(nextWeek));
    // Two weeks on, with an old record deleted in between: rebuilt, still exact.
    await db.shares.delete(events.at(-3)!.id);
    const later = new Date('2027-04-19T09:00:00Z');
    expect(await getStats(db, 'Europe/Copenhagen', later)).toEqual(
      computeStats(
        events.filter((event) => event.id !== events.at(-3)!.id),
        later,
        'Europe/Copenhagen',
        { topicsOf: () => [] },
      ),
    );
  });

  it('notices an older record added between the first and the last, now and when the week moves on', async () => {
    const now = new Date('2027-03-29T08:00:00Z');
    const events = history(now);
    await db.shares.bulkPut(events);
    await getStats(db, 'Europe/Copenhagen', now);
    // A share of last year, recorded late (an outbox drained after months): neither the first nor the last key moves.
    const late = share('share_late00001', '2026-06-10T10:00:00Z', 'item-2');
    await db.shares.put(late);
    expect(await getStats(db, 'Europe/Copenhagen', now)).toEqual(
      computeStats([...events, late], now, 'Europe/Copenhagen', { topicsOf: () => [] }),
    );
    const another = share('share_late00002', '2026-05-10T10:00:00Z', null);
    await db.shares.put(another);
    const nextWeek = new Date('2027-04-05T09:00:00Z');
    expect(await getStats(db, 'Europe/Copenhagen', nextWeek)).toEqual(
      computeStats([...events, late, another], nextWeek, 'Europe/Copenhagen', { topicsOf: () => [] }),
    );
  });

  it('forgets the summary when all records are deleted', async () => {
    const now = new Date('2027-03-29T08:00:00Z');
    await db.shares.bulkPut(history(now));
    await getStats(db, 'Europe/Copenhagen', now);
    await db.shares.clear();
    const stats = await getStats(db, 'Europe/Copenhagen', now);
    expect(stats.total).toBe(0);
    expect(stats.recent).toEqual([]);
    expect(await statsCacheItem.getValue()).toBeNull();
  });

  it('moves the cutoff once a week, on a Monday', () => {
    expect(cutoffKeyAt(new Date('2027-03-29T08:00:00Z'))).toBe('2026-12-07T00:00:00.000Z');
    expect(cutoffKeyAt(new Date('2027-04-04T23:59:00Z'))).toBe('2026-12-07T00:00:00.000Z');
    expect(cutoffKeyAt(new Date('2027-04-05T00:00:00Z'))).toBe('2026-12-14T00:00:00.000Z');
  });
});
