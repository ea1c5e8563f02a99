import fc from 'fast-check';
import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { markSuggestionsSeen, refreshBadge, seenSuggestionsItem } from '@/lib/shared/badge';
import {
  buildExport,
  csvCell,
  deleteEverything,
  deleteShares,
  exportData,
  sharesToCsv,
  summarize,
} from '@/lib/worker/data';
import { SHARE_CSV_COLUMNS } from '@/lib/worker/data/csv';
import { type AdvocacyDb, type ShareEvent } from '@/lib/worker/db';
import { makeShare } from '../helpers/shares';
import { makeStoredFeedItem } from '../helpers/feed-items';
import {
  consentHistoryItem,
  consentItem,
  DEFAULT_CONSENT,
  DEFAULT_PREFERENCES,
  feedUrlItem,
  healthItem,
  preferencesItem,
  setConsent,
} from '@/lib/shared/settings';
import { useTestDb } from '../helpers/db';
import { countingMemoItem, countingSentItem } from '@/lib/shared/counting/state';

const share = (id: string, at: string, extra: Partial<ShareEvent> = {}): ShareEvent =>
  makeShare({ id, at, suggestionTitle: 'Our new office', sourceUrl: 'https://example.com/news', ...extra });

/** The CSV header written out by hand, so a renamed or reordered column fails here and not silently in a spreadsheet. */
const HEADER_LINE = 'id,at,kind,suggestionId,suggestionTitle,campaign,language,changedRatio,postUrl,sourceUrl';

/** A tiny RFC 4180 reader, to prove the CSV round-trips (not the code under test). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('your data: export', () => {
  const testDb = useTestDb('data');
  let db: AdvocacyDb;
  beforeEach(() => {
    db = testDb();
  });

  it('exports settings, consent history and share records, oldest first', async () => {
    await setConsent('recordShares', true, new Date('2026-11-01T08:00:00Z'));
    await preferencesItem.setValue({ ...DEFAULT_PREFERENCES, audiences: ['pilot'], uiLanguage: 'da' });
    await feedUrlItem.setValue('https://news.example.com/feed.json');
    await healthItem.setValue({ counts: { 'composer-found': 3 }, last: null });
    await db.shares.bulkPut([
      share('share_bbbbbbbb', '2026-11-03T10:00:00.000Z'),
      share('share_aaaaaaaa', '2026-11-02T10:00:00.000Z'),
    ]);

    const bundle = await buildExport(db, new Date('2026-11-05T12:00:00Z'));
    expect(bundle.format).toBe('advocacy-export');
    expect(bundle.exportedAt).toBe('2026-11-05T12:00:00.000Z');
    expect(bundle.settings.consent.recordShares.granted).toBe(true);
    expect(bundle.settings.preferences.audiences).toEqual(['pilot']);
    expect(bundle.settings.feedUrl).toBe('https://news.example.com/feed.json');
    expect(bundle.settings.other.health).toEqual({ counts: { 'composer-found': 3 }, last: null });
    // WXT's per-item version keys are bookkeeping, not the person's data.
    expect(Object.keys(bundle.settings.other).some((key) => key.endsWith('$'))).toBe(false);
    expect(bundle.consentHistory).toHaveLength(1);
    expect(bundle.shares.map((s) => s.id)).toEqual(['share_aaaaaaaa', 'share_bbbbbbbb']);

    const files = await exportData(db);
    expect(files.shareCount).toBe(2);
    expect(JSON.parse(files.json)).toMatchObject({ shares: [{ id: 'share_aaaaaaaa' }, { id: 'share_bbbbbbbb' }] });
    expect(parseCsv(files.csv)).toHaveLength(3);
  });

  it('exports exactly the fields of a share record: every one, nothing an old row carries besides', async () => {
    // Compile time: the CSV's columns, which the JSON export also copies, are every field.
    expectTypeOf<(typeof SHARE_CSV_COLUMNS)[number]>().toEqualTypeOf<keyof ShareEvent>();
    const full = share('share_dddddddd', '2026-11-02T10:00:00.000Z', {
      campaign: 'launch',
      language: 'da',
      changedRatio: 0.4,
      postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
    });
    await db.shares.put({ ...full, draftText: 'left by an old build' } as ShareEvent);
    const bundle = await buildExport(db);
    expect(bundle.shares).toEqual([full]);
  });

  it('writes CSV that survives commas, quotes and line breaks and never runs as a formula', async () => {
    const tricky = share('share_cccccccc', '2026-11-02T10:00:00.000Z', {
      suggestionTitle: 'Hello, "world"\nsecond line',
      campaign: '=HYPERLINK("https://evil.example")',
      changedRatio: 0,
      postUrl: null,
    });
    const csv = sharesToCsv([tricky]);
    // The header line exactly as a spreadsheet sees it: column names, order, commas, CRLF.
    expect(csv.startsWith(`${HEADER_LINE}\r\n`)).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[1]).toEqual([
      'share_cccccccc',
      '2026-11-02T10:00:00.000Z',
      'post',
      'item-1',
      'Hello, "world"\nsecond line',
      `'=HYPERLINK("https://evil.example")`,
      'da',
      '0',
      '',
      'https://example.com/news',
    ]);
    expect(csvCell('+45 1234')).toBe("'+45 1234");
    expect(csvCell('@team')).toBe("'@team");
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(null)).toBe('');
    expect(sharesToCsv([])).toBe(`${HEADER_LINE}\r\n`);
  });

  it('never starts a cell with a formula when a Danish spreadsheet splits the file at ";"', () => {
    // Danish Excel splits a .csv at ";" (and starts a row at any line break), ignoring our commas
    // and quotes that are not at the start of what it takes for a cell.
    const pieces = (csv: string) =>
      csv
        .split(/\r\n|\r|\n/)
        .flatMap((line) => line.split(';'))
        .map((piece) => piece.replace(/^"/, ''));
    const formula = /^\s*[=+\-@|\t]/;
    const hostile = share('share_dddddddd', '2026-11-02T10:00:00.000Z', {
      suggestionTitle: 'Nyhed;=HYPERLINK("https://evil.example";"klik")',
      campaign: "a; +cmd|' /C calc'!A0",
      language: 'da;@SUM(1)',
      postUrl: 'https://www.linkedin.com/feed/update/x;-2+3',
      sourceUrl: 'https://example.com/news\n=1+1',
    });
    const csv = sharesToCsv([hostile]);
    for (const piece of pieces(csv)) expect(piece, csv).not.toMatch(formula);
    // The text itself is all still there, only neutralised.
    expect(parseCsv(csv)[1]![4]).toBe(`Nyhed;'=HYPERLINK("https://evil.example";"klik")`);
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('=', '+', '-', '@', ';', ' ', '\t', '\n', 'a', '"', ',', '|') }), {
          minLength: 3,
          maxLength: 3,
        }),
        ([title, campaign, url]) => {
          const csv = sharesToCsv([
            share('share_eeeeeeee', '2026-11-02T10:00:00.000Z', {
              suggestionTitle: title!,
              campaign: campaign!,
              postUrl: url!,
            }),
          ]);
          for (const piece of pieces(csv)) expect(piece).not.toMatch(formula);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('summarizes how many shares are stored and since when', async () => {
    expect(await summarize(db)).toEqual({ shareCount: 0, firstAt: null, lastAt: null });
    await db.shares.bulkPut([
      share('share_bbbbbbbb', '2026-11-03T10:00:00.000Z'),
      share('share_aaaaaaaa', '2026-11-02T10:00:00.000Z'),
    ]);
    expect(await summarize(db)).toEqual({
      shareCount: 2,
      firstAt: '2026-11-02T10:00:00.000Z',
      lastAt: '2026-11-03T10:00:00.000Z',
    });
  });
});

describe('your data: delete', () => {
  const testDb = useTestDb('data');
  let db: AdvocacyDb;
  beforeEach(() => {
    db = testDb();
  });

  it('deletes only the share records when the record consent is withdrawn', async () => {
    await setConsent('panel', true);
    await db.shares.bulkPut([share('share_aaaaaaaa', '2026-11-02T10:00:00.000Z')]);
    await db.feedItems.put(makeStoredFeedItem({ id: 'x', title: 't' }));
    expect(await deleteShares(db)).toBe(1);
    expect(await db.shares.count()).toBe(0);
    expect(await db.feedItems.count()).toBe(1);
    expect((await consentItem.getValue()).panel.granted).toBe(true);
  });

  it('deletes everything: every table and all of storage, back to defaults', async () => {
    await setConsent('recordShares', true);
    await preferencesItem.setValue({ ...DEFAULT_PREFERENCES, uiLanguage: 'da' });
    await feedUrlItem.setValue('https://news.example.com/feed.json');
    await db.shares.bulkPut([
      share('share_aaaaaaaa', '2026-11-02T10:00:00.000Z'),
      share('share_bbbbbbbb', '2026-11-03T10:00:00.000Z'),
    ]);
    await db.feedItems.put(makeStoredFeedItem({ id: 'x', title: 't' }));

    // Issue 31: what the person looked at, a share waiting in the outbox, a page being shared
    // (storage.session) and a key no list knows of yet (added by a later version) go too.
    await markSuggestionsSeen({ currentIds: async () => ['a', 'b'], setText: async () => undefined });
    await fakeBrowser.storage.local.set({
      'outbox.share_cccccccc': { type: 'share:record' },
      laterKey: 1,
      managedPolicyCache: { feedUrl: null },
    });
    await fakeBrowser.storage.session.set({ pendingOwnLinks: [{ tabId: 1 }], laterSessionKey: true });
    expect(await seenSuggestionsItem.getValue()).not.toBeNull();

    expect(await deleteEverything(db)).toBe(2);
    // And the badge's refresh after the deletion does not write the seen ids back.
    await refreshBadge({ currentIds: async () => ['a', 'b', 'c'], setText: async () => undefined });
    expect(await seenSuggestionsItem.getValue()).toBeNull();
    for (const table of db.tables) expect(await table.count(), table.name).toBe(0);
    // Only the organization's managed policy (what a fresh install writes too) stays.
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ managedPolicyCache: { feedUrl: null } });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await consentItem.getValue()).toEqual(DEFAULT_CONSENT);
    expect(await consentHistoryItem.getValue()).toEqual([]);
    expect(await preferencesItem.getValue()).toEqual(DEFAULT_PREFERENCES);
    expect(await feedUrlItem.getValue()).toBeNull();
  });

  it('exports every programme-results report that was sent, and delete-everything removes them', async () => {
    const body = `{"v":1,"period":"2026-11","any":1,"campaign":"","campaign_answer":0,"pad":"${'0'.repeat(10)}"}`;
    const sent = [
      { period: '2026-11', sentAt: '2026-12-02T13:14:15.000Z', collector: 'https://results.example.com', body },
    ];
    await countingSentItem.setValue(sent);
    await countingMemoItem.setValue({ 'any=1': 1 });
    const bundle = await buildExport(db);
    expect(bundle.reportsSent).toEqual(sent);
    // The permanent answers are the person's too: exported as stored.
    expect(bundle.settings.other.countingMemo).toEqual({ 'any=1': 1 });
    expect(JSON.parse((await exportData(db)).json).reportsSent).toEqual(sent);

    await deleteEverything(db);
    expect(await countingSentItem.getValue()).toEqual([]);
    expect(await countingMemoItem.getValue()).toEqual({});
  });
});
