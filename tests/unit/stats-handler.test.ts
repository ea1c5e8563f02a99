import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/background';
import { openDb, type AdvocacyDb, type ShareEvent } from '@/lib/db';
import { createRouter } from '@/lib/messaging/handle';
import { getStats, topicsOfStoredItem } from '@/lib/stats/handler';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

function share(id: string, at: string, suggestionId: string | null): ShareEvent {
  return {
    id,
    at,
    kind: 'post',
    suggestionId,
    suggestionTitle: suggestionId ? `Title ${suggestionId}` : null,
    campaign: suggestionId ? 'launch' : null,
    language: 'da',
    changedRatio: suggestionId ? 0.4 : null,
    postUrl: null,
    sourceUrl: null,
  };
}

describe('stats:get in the background', () => {
  let db: AdvocacyDb;
  beforeEach(() => {
    db = openDb(`stats-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('reads the share records and the topics of the feed items they came from', async () => {
    await db.shares.bulkPut([
      share('share_0000001', '2026-11-24T10:00:00Z', 'item-1'),
      share('share_0000002', '2026-11-17T10:00:00Z', 'item-2'),
      share('share_0000003', '2026-11-10T10:00:00Z', null),
    ]);
    await db.feedItems.bulkPut([
      {
        id: 'item-1',
        url: null,
        title: 'One',
        summary: '',
        datePublished: null,
        expiresAt: null,
        campaign: 'launch',
        data: { topics: ['hiring', 'culture'] },
      },
      {
        id: 'item-2',
        url: null,
        title: 'Two',
        summary: '',
        datePublished: null,
        expiresAt: null,
        campaign: 'launch',
        data: { topics: ['hiring', 42] },
      },
    ]);
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
    expect(
      topicsOfStoredItem({
        id: 'x',
        url: null,
        title: '',
        summary: '',
        datePublished: null,
        expiresAt: null,
        campaign: null,
        data: null,
      }),
    ).toEqual([]);
    expect(
      topicsOfStoredItem({
        id: 'x',
        url: null,
        title: '',
        summary: '',
        datePublished: null,
        expiresAt: null,
        campaign: null,
        data: { topics: 'hiring' },
      }),
    ).toEqual([]);
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
