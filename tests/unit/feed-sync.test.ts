import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb, type AdvocacyDb } from '@/lib/worker/db';
import { FEED_REQUEST_HEADERS, fetchFeed, FETCH_TIMEOUT_MS } from '@/lib/shared/feed/fetch';
import { backoffMs, ensureSyncAlarm, readCurrentFeed, readStatus, SYNC_ALARM, syncFeed } from '@/lib/worker/feed/sync';
import { englishProblem, toProblem } from '@/lib/shared/feed/problems';
import { toSuggestion } from '@/lib/shared/feed/normalize';
import { parseFeedText } from '@/lib/shared/feed/validate';
import { feedUrlItem, preferencesItem } from '@/lib/shared/settings';

/** The last error as feed:check says it (the state keeps a problem code since issue 24). */
const said = (value: unknown) => {
  const problem = toProblem(value);
  return problem ? englishProblem(problem) : null;
};

const FEED_URL = 'https://comms.example.com/feed.json';
const demoText = readFileSync('public/demo-feed.json', 'utf8');
const feed = (ids: string[]) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Company news',
    items: ids.map((id) => ({ id, url: `https://company.example.com/${id}`, title: `News ${id}` })),
  });

function respond(body: string, init: ResponseInit & { url?: string } = {}) {
  const response = new Response(body, { status: 200, headers: { 'content-type': 'application/feed+json' }, ...init });
  if (init.url) Object.defineProperty(response, 'url', { value: init.url });
  return response;
}

describe('feed sync', () => {
  let db: AdvocacyDb;
  const now = () => new Date('2026-11-26T10:00:00Z');
  const deps = (fetchImpl: typeof fetch) => ({ db, now, random: () => 0.5, fetchImpl, readDemo: async () => demoText });

  beforeEach(async () => {
    db = openDb(`sync-${Math.random()}`);
    await feedUrlItem.setValue(FEED_URL);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores a good feed and asks without credentials or identifying headers', async () => {
    const fetchImpl = vi.fn(async () =>
      respond(feed(['a', 'b']), { headers: { 'content-type': 'application/json', etag: '"v1"' } }),
    );
    const state = await syncFeed(deps(fetchImpl), 'manual');
    expect(state.lastError).toBeNull();
    expect(await db.feedItems.count()).toBe(2);
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(FEED_URL);
    expect(init.credentials).toBe('omit');
    // Fixed headers only: no browser language, nothing about the person.
    expect(init.headers).toEqual(FEED_REQUEST_HEADERS);
    expect(Object.keys(init.headers as object)).toEqual(['Accept', 'Accept-Language']);
    // The browser's HTTP cache must not revalidate with a per-person ETag for us.
    expect(init.cache).toBe('no-store');
  });

  it('never echoes the ETag; asks If-Modified-Since for the hour of its own last download; a 304 writes no feed data', async () => {
    await syncFeed(
      deps(async () => respond(feed(['a']), { headers: { 'content-type': 'application/json', etag: '"v1"' } })),
      'manual',
    );
    const fetchImpl = vi.fn(async () => new Response(null, { status: 304 }));
    const putItems = vi.spyOn(db.feedItems, 'bulkPut');
    await syncFeed(deps(fetchImpl), 'manual');
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    const headers = init.headers as Record<string, string>;
    expect(headers['If-None-Match']).toBeUndefined();
    // Downloaded at 10:00 UTC; rounded down to the hour, one hour of margin for clock skew.
    expect(headers['If-Modified-Since']).toBe('Thu, 26 Nov 2026 09:00:00 GMT');
    expect(putItems).not.toHaveBeenCalled();
    expect(await db.feedItems.count()).toBe(1);
  });

  it.each([
    ['a server error', respond('oops', { status: 500 }), 'error (500)'],
    ['malformed JSON', respond('{"version":'), 'not valid JSON'],
    ['an invalid envelope', respond(JSON.stringify({ title: 'x', items: [] })), 'version'],
    [
      'HTML instead of a feed',
      respond('<html></html>', { headers: { 'content-type': 'text/html' } }),
      'a web page (text/html), not a feed',
    ],
    [
      'an image instead of a feed',
      respond(feed(['z']), { headers: { 'content-type': 'image/png' } }),
      'did not return a feed (it returned image/png)',
    ],
    ['a redirect to http://127.0.0.1', respond(feed(['z']), { url: 'http://127.0.0.1:8080/feed.json' }), 'not https'],
    ['a redirect to http://localhost', respond(feed(['z']), { url: 'http://localhost/feed.json' }), 'not https'],
    [
      'a feed in which no item is usable',
      respond(
        JSON.stringify({
          ...JSON.parse(feed([])),
          items: [1, 2, 3, 4, 5, 6, 7, 8].map((n) => ({
            id: `h${n}`,
            url: `http://company.example.com/${n}`,
            title: `Old ${n}`,
          })),
        }),
      ),
      'None of the 8 items has an https link',
    ],
    ['a feed that became empty', respond(feed([])), 'The feed has no items'],
    [
      'an RSS feed without items',
      respond('<rss version="2.0"><channel><title>News</title></channel></rss>', {
        headers: { 'content-type': 'application/rss+xml' },
      }),
      'The feed has no items',
    ],
    [
      'malformed XML',
      respond('<rss version="2.0"><channel><item><title>x</channel></rss>', {
        headers: { 'content-type': 'text/xml' },
      }),
      'not valid XML',
    ],
    ['a redirect to http', respond(feed(['z']), { url: 'http://comms.example.com/feed.json' }), 'not https'],
    ['an oversize body', respond(' '.repeat(2 * 1024 * 1024 + 10)), 'too large'],
  ])('keeps the last good feed after %s and says why', async (_name, response, message) => {
    await syncFeed(
      deps(async () => respond(feed(['a', 'b']))),
      'manual',
    );
    const state = await syncFeed(
      deps(async () => response),
      'manual',
    );
    expect(said(state.lastError)).toContain(message);
    expect((await db.feedItems.toArray()).map((row) => row.id)).toEqual(['a', 'b']);
    expect(said((await readStatus(db)).lastError)).toContain(message);
  });

  it('sends byte-identical requests from two profiles whose server gave them different ETags and dates', async () => {
    // A tracking server hands every person their own validators.
    const profiles = [openDb(`profile-a-${Math.random()}`), openDb(`profile-b-${Math.random()}`)];
    const requests: string[] = [];
    let person = 0;
    const server = vi.fn(async (url: string, init?: RequestInit) => {
      requests.push(JSON.stringify({ url: url, ...init, signal: undefined }));
      person += 1;
      return respond(feed(['a']), {
        headers: {
          'content-type': 'application/feed+json',
          etag: `"person-${person}"`,
          'last-modified': new Date(Date.UTC(2026, 10, 26, 9, person * 7, person)).toUTCString(),
        },
      });
    });
    try {
      for (const profile of profiles)
        await syncFeed({ db: profile, now, random: () => 0.5, fetchImpl: server as typeof fetch }, 'manual');
      requests.length = 0;
      const later = () => new Date('2026-11-26T12:20:00Z');
      for (const profile of profiles)
        await syncFeed({ db: profile, now: later, random: () => 0.5, fetchImpl: server as typeof fetch }, 'alarm');
      expect(requests).toHaveLength(2);
      expect(requests[0]).toBe(requests[1]);
      expect(requests[0]).not.toMatch(/person-|If-None-Match/);
    } finally {
      await Promise.all(profiles.map((profile) => profile.delete()));
    }
  });

  it('writes no feed data when the server sends the same body again without a 304', async () => {
    await syncFeed(
      deps(async () => respond(feed(['a', 'b']))),
      'manual',
    );
    const putItems = vi.spyOn(db.feedItems, 'bulkPut');
    const clear = vi.spyOn(db.feedItems, 'clear');
    const state = await syncFeed(
      deps(async () => respond(feed(['a', 'b']))),
      'manual',
    );
    expect(state.lastError).toBeNull();
    expect(putItems).not.toHaveBeenCalled();
    expect(clear).not.toHaveBeenCalled();
    await syncFeed(
      deps(async () => respond(feed(['a', 'b', 'c']))),
      'manual',
    );
    expect(await db.feedItems.count()).toBe(3);
  });

  it('never lets a slow sync of the previous feed URL overwrite the feed of the newly saved one', async () => {
    const NEW_URL = 'https://comms.example.com/new.json';
    let release!: () => void;
    const slowOld = new Promise<Response>((resolve) => {
      release = () => resolve(respond(feed(['old-1', 'old-2'])));
    });
    const oldSync = syncFeed(
      deps(() => slowOld),
      'manual',
    );
    await vi.waitFor(async () => expect((await db.syncState.get('state'))?.sourceUrl).toBe(FEED_URL));
    await feedUrlItem.setValue(NEW_URL);
    await syncFeed(
      deps(async () => respond(feed(['new-1']))),
      'source-changed',
    );
    release();
    await oldSync;
    expect((await db.feedItems.toArray()).map((row) => row.id)).toEqual(['new-1']);
    expect((await db.feedMeta.get('current'))?.sourceUrl).toBe(NEW_URL);
    expect(await readStatus(db)).toMatchObject({ url: NEW_URL, lastError: null, itemCount: 1 });
  });

  it('reads an RSS feed served as text/plain, names its format, and keeps a feed that turns empty out', async () => {
    const rss = readFileSync('tests/fixtures/feeds/rss-newsroom.xml', 'utf8');
    const state = await syncFeed(
      deps(async () => respond(rss, { headers: { 'content-type': 'text/plain; charset=utf-8' } })),
      'manual',
    );
    expect(state).toMatchObject({ lastError: null, format: 'RSS 2.0' });
    expect(await db.feedItems.count()).toBe(3);
    const empty = await syncFeed(
      deps(async () =>
        respond(rss.replace(/<item>[\s\S]*<\/item>/, ''), { headers: { 'content-type': 'application/rss+xml' } }),
      ),
      'manual',
    );
    expect(said(empty.lastError)).toContain('so the last good one is kept: The feed has no items.');
    expect(await db.feedItems.count()).toBe(3);
    expect((await readStatus(db)).format).toBe('RSS 2.0');
  });

  it('honours Retry-After on 429 and backs off alarms until then', async () => {
    const state = await syncFeed(
      deps(async () => respond('', { status: 429, headers: { 'retry-after': '3600' } })),
      'manual',
    );
    expect(Date.parse(state.nextAttemptAt!) - now().getTime()).toBeGreaterThanOrEqual(3600_000);
    const fetchImpl = vi.fn(async () => respond(feed(['a'])));
    await syncFeed(deps(fetchImpl), 'alarm');
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('gives up on a server that never answers (20 s in production) and says so', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    expect(FETCH_TIMEOUT_MS).toBe(20_000);
    const outcome = await fetchFeed(FEED_URL, { fetchImpl: hanging, timeoutMs: 30 });
    expect(outcome).toMatchObject({ kind: 'error', problem: { code: 'timeout' } });
    if (outcome.kind === 'error') expect(englishProblem(outcome.problem)).toContain('did not answer');
  });

  it('backs off with full jitter, capped at 6 hours', () => {
    expect(backoffMs(1, () => 1)).toBe(60_000);
    expect(backoffMs(3, () => 1)).toBe(240_000);
    expect(backoffMs(30, () => 1)).toBe(6 * 3600_000);
    expect(backoffMs(5, () => 0)).toBe(0);
  });

  it('skips bad items with their reason and keeps the good ones', async () => {
    const body = JSON.stringify({
      ...JSON.parse(feed(['a'])),
      items: [...JSON.parse(feed(['a'])).items, { id: 'b', url: 'http://x.example.com' }],
    });
    const state = await syncFeed(
      deps(async () => respond(body)),
      'manual',
    );
    expect(state.skipped).toEqual([{ id: 'b', path: 'items[1].url', reason: 'must be an https: link' }]);
    expect(await db.feedItems.count()).toBe(1);
  });

  it('keeps the old feed when the worker dies between fetch and write', async () => {
    await syncFeed(
      deps(async () => respond(feed(['a']))),
      'manual',
    );
    vi.spyOn(db, 'transaction').mockRejectedValueOnce(new Error('worker stopped'));
    await expect(
      syncFeed(
        deps(async () => respond(feed(['x', 'y']))),
        'manual',
      ),
    ).rejects.toThrow('worker stopped');
    expect((await db.feedItems.toArray()).map((row) => row.id)).toEqual(['a']);
    // The next start simply syncs again.
    await syncFeed(
      deps(async () => respond(feed(['x', 'y']))),
      'startup',
    );
    expect(await db.feedItems.count()).toBe(2);
  });

  it('keeps the old feed when writing the new one fails half-way (one transaction)', async () => {
    await syncFeed(
      deps(async () => respond(feed(['a']))),
      'manual',
    );
    const before = await readCurrentFeed({ db });
    // The old rows are already cleared inside the transaction when the write of the new ones fails.
    vi.spyOn(db.feedItems, 'bulkPut').mockRejectedValueOnce(new Error('quota exceeded'));
    await expect(
      syncFeed(
        deps(async () => respond(feed(['x', 'y']))),
        'manual',
      ),
    ).rejects.toThrow('quota exceeded');
    expect(await readCurrentFeed({ db })).toEqual(before);
    expect(before?.items.map((row) => row.en.title)).toEqual(['News a']);
  });

  it('stores each item normalized for both languages, ranked featured first and then newest first', async () => {
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Company news',
      _advocacy: { organization: { name: 'Company', domains: ['company.example.com'] } },
      items: [
        { id: 'old', url: 'https://company.example.com/old', title: 'Old', date_published: '2026-11-01T10:00:00Z' },
        {
          id: 'new',
          url: 'https://company.example.com/new',
          title: 'Nyt',
          date_published: '2026-11-20T10:00:00Z',
          _advocacy: { title: { da: 'Nyhed', en: 'News' } },
        },
        {
          id: 'featured',
          url: 'https://company.example.com/featured',
          title: 'Featured',
          date_published: '2026-10-01T10:00:00Z',
          _advocacy: { featured: true, audiences: ['sales'] },
        },
        { id: 'undated', url: 'https://company.example.com/undated', title: 'Undated' },
      ],
    });
    await syncFeed(
      deps(async () => respond(body)),
      'manual',
    );
    const current = await readCurrentFeed({ db });
    expect(current?.items.map((row) => [row.rank, row.id])).toEqual([
      [0, 'featured'],
      [1, 'new'],
      [2, 'old'],
      [3, 'undated'],
    ]);
    const fresh = current?.items[1];
    expect([fresh?.da.title, fresh?.en.title, fresh?.listTitle]).toEqual(['Nyhed', 'News', 'Nyt']);
    expect(current?.audiences).toEqual(['sales']);
    expect(current?.envelope._advocacy?.organization.name).toBe('Company');
  });

  it('stores what both languages share once, and each language gets exactly its own normalized suggestion', async () => {
    const body = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Company news',
      items: [
        {
          id: 'written',
          url: 'https://company.example.com/written',
          title: 'Nyt job',
          _advocacy: {
            title: { da: 'Nyt job', en: 'New job' },
            hashtags: ['job'],
            variants: [
              { language: 'da', text: 'Vi søger kolleger.' },
              { language: 'en', angle: 'Hiring', text: 'We are hiring.' },
            ],
          },
        },
        // No language anywhere: its starting text is offered in the reader's language.
        { id: 'plain', url: 'https://company.example.com/plain', title: 'Plain', summary: 'Short.' },
      ],
    });
    await syncFeed(
      deps(async () => respond(body)),
      'manual',
    );
    const stored = await db.feedItems.orderBy('id').toArray();
    const validated = parseFeedText(body);
    if (!validated.ok) throw new Error('the test feed does not validate');
    for (const row of stored) {
      const item = validated.feed.items.find((candidate) => candidate.id === row.id)!;
      expect(row.da).toEqual(toSuggestion(item, validated.feed, 'da'));
      expect(row.en).toEqual(toSuggestion(item, validated.feed, 'en'));
    }
    const [plain, written] = stored;
    // Read back from the database as one object for both languages: written once.
    expect(written!.da.variants).toBe(written!.en.variants);
    expect(written!.da.hashtags).toBe(written!.en.hashtags);
    expect(written!.da.title).not.toBe(written!.en.title);
    expect(plain!.da.variants.map((variant) => variant.language)).toEqual(['da']);
    expect(plain!.en.variants.map((variant) => variant.language)).toEqual(['en']);
  });

  it('stores the feed again from a whole download after an update (rows normalized by another release)', async () => {
    await syncFeed(
      deps(async () => respond(feed(['a', 'b']))),
      'manual',
    );
    await db.feedMeta.update('current', { release: '0.0.1' });
    const fetchImpl = vi.fn(async () => respond(feed(['a', 'b'])));
    const putItems = vi.spyOn(db.feedItems, 'bulkPut');
    await syncFeed(deps(fetchImpl), 'manual');
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    // No If-Modified-Since (a 304 would keep the old rows) and no "same bytes" shortcut.
    expect((init.headers as Record<string, string>)['If-Modified-Since']).toBeUndefined();
    expect(putItems).toHaveBeenCalledOnce();
    expect((await db.feedMeta.get('current'))?.release).not.toBe('0.0.1');
    expect(await db.feedItems.count()).toBe(2);
  });

  it('works on first run from the embedded demo feed, with no server', async () => {
    await feedUrlItem.setValue(null);
    const current = await readCurrentFeed({ db, readDemo: async () => demoText });
    expect(current?.items.length).toBeGreaterThanOrEqual(12);
  });

  it('creates the sync alarm on start with the configured period, and fixes a changed one', async () => {
    await ensureSyncAlarm(() => 0);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBe(120);
    await preferencesItem.setValue({ ...(await preferencesItem.getValue()), syncPeriodMinutes: 9999 });
    await ensureSyncAlarm(() => 0);
    expect((await fakeBrowser.alarms.get(SYNC_ALARM))?.periodInMinutes).toBe(360);
  });
});

describe('"Copy picture" is decided when the feed is stored (issue 27)', () => {
  let db: AdvocacyDb;
  const now = () => new Date('2026-11-26T10:00:00Z');
  const READABLE = 'https://comms.example.com/harbour.jpg';
  const REFUSED = 'https://images.elsewhere.example/no-cors.jpg';
  const pictureFeed = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Company news',
    items: [
      { id: 'a', url: 'https://company.example.com/a', title: 'Harbour', image: READABLE },
      { id: 'b', url: 'https://company.example.com/b', title: 'Elsewhere', image: REFUSED },
      { id: 'c', url: 'https://company.example.com/c', title: 'No picture' },
    ],
  });
  const fetchImpl = vi.fn(async (url: string) => {
    if (url === FEED_URL) return respond(pictureFeed);
    // What the browser does with a picture whose server allows another site only.
    if (url === REFUSED) throw new TypeError('Failed to fetch');
    return new Response('jpeg', { status: 200, headers: { 'content-type': 'image/jpeg' } });
  });

  beforeEach(async () => {
    db = openDb(`pictures-${Math.random()}`);
    // The panel-data answer reads the worker's own database.
    vi.doMock('@/lib/worker/db', async (original) => ({
      ...(await original<typeof import('@/lib/worker/db')>()),
      getDb: () => db,
    }));
    await feedUrlItem.setValue(FEED_URL);
    fetchImpl.mockClear();
  });
  afterEach(async () => {
    vi.doUnmock('@/lib/worker/db');
    vi.unstubAllGlobals();
    await db.delete();
  });

  it('checks each picture once at sync time and stores the readable ones with the feed', async () => {
    await syncFeed(
      { db, now, fetchImpl: fetchImpl as unknown as typeof fetch, readDemo: async () => demoText },
      'manual',
    );
    expect(fetchImpl.mock.calls.map(([url]) => url).sort()).toEqual([FEED_URL, REFUSED, READABLE].sort());
    expect((await db.feedMeta.get('current'))?.readablePictures).toEqual([READABLE]);
  });

  it('answers a composer opening from what was stored: no request leaves the device', async () => {
    await syncFeed(
      { db, now, fetchImpl: fetchImpl as unknown as typeof fetch, readDemo: async () => demoText },
      'manual',
    );
    const network = vi.fn(async () => new Response('should not be asked'));
    vi.stubGlobal('fetch', network);
    const { panelData } = await import('@/lib/worker/feed/handlers');
    // The cards and which of them get "Copy picture", in the one answer a composer asks for.
    const data = await panelData(now());
    expect(data.suggestions.map((card) => card.id).sort()).toEqual(['a', 'b', 'c']);
    expect(data.copyablePictures).toEqual(['a']);
    expect(network).not.toHaveBeenCalled();
  });
});
