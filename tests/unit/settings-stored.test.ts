/**
 * Stored data of any shape (R10): every item is read through its reader with defaults, and its
 * numbered migrations turn the value as the version before stored it into the current shape.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dismissReminder, reminderStateItem, takeReminder } from '@/lib/shared/guidelines/reminder-state';
import { recordHealth, readHealth } from '@/lib/shared/health';
import {
  consentHistoryItem,
  consentItem,
  DEFAULT_CONSENT,
  DEFAULT_PREFERENCES,
  feedUrlItem,
  healthItem,
  panelStateItem,
  POLICY_VERSION,
  preferencesItem,
  setConsent,
  type StoredItem,
} from '@/lib/shared/settings';
import { popupLastOpenedItem } from '@/lib/shared/stats/last-opened';
import { countingMemoItem, countingSentItem, countingStateItem } from '@/lib/shared/counting/state';
import { resultsTokenItem } from '@/lib/shared/studio/results-token';
import { badgeSettingItem, seenSuggestionsItem } from '@/lib/shared/badge';
import { failureSignalsItem } from '@/lib/worker/health/report';
import { statsCacheItem } from '@/lib/worker/stats/handler';
import { pendingOwnLinksItem } from '@/lib/worker/this-page/own-link';
import { tipStateItem } from '@/lib/shared/feed/tip-choice';

const raw = (values: Record<string, unknown>) => fakeBrowser.storage.local.set(values);
const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

describe('older or wrong-shaped stored values', () => {
  it('gives preferences without suggestionLanguages/audiences (an older shape) their defaults', async () => {
    await raw({ preferences: { uiLanguage: 'da', reminderFrequency: 'daily' } });
    const preferences = await preferencesItem.getValue();
    // The panel's feed filter reads `.length` of both (lib/worker/feed/handlers.ts): they must be lists.
    expect(preferences.suggestionLanguages).toEqual([]);
    expect(preferences.audiences).toEqual([]);
    expect(preferences).toEqual({ ...DEFAULT_PREFERENCES, uiLanguage: 'da', reminderFrequency: 'daily' });
  });

  it('keeps the good fields of preferences and replaces only the wrong ones', async () => {
    await raw({
      preferences: {
        uiLanguage: 'klingon',
        suggestionLanguages: ['en', 'xx', 7, 'en'],
        audiences: 'pilot',
        reminderFrequency: 'never',
        recordUnsuggestedPosts: 'yes',
        syncPeriodMinutes: 9999,
      },
    });
    expect(await preferencesItem.getValue()).toEqual({
      uiLanguage: 'auto',
      suggestionLanguages: ['en'],
      audiences: [],
      reminderFrequency: 'never',
      recordUnsuggestedPosts: false,
      syncPeriodMinutes: 360,
    });
  });

  it('reads a string health value as "nothing counted yet", and counting goes on from there', async () => {
    await raw({ health: 'composer-not-found' });
    expect(await readHealth()).toEqual({ counts: {}, last: null });
    const next = await recordHealth('insert-ok', undefined, new Date('2026-11-30T10:00:00Z'));
    expect(next.counts).toEqual({ 'insert-ok': 1 });
    expect(await healthItem.getValue()).toEqual(next);
  });

  it('drops unknown or broken health counts and a broken last event', async () => {
    await raw({ health: { counts: { 'insert-ok': 2, 'insert-failed': -1, bogus: 5 }, last: { event: 'x', at: 1 } } });
    expect(await readHealth()).toEqual({ counts: { 'insert-ok': 2 }, last: null });
  });

  it('keeps writing the consent history when a non-array history is stored', async () => {
    await raw({ consentHistory: { 0: 'not a list' } });
    await setConsent('panel', true, new Date('2026-11-30T10:00:00Z'));
    expect(await consentHistoryItem.getValue()).toEqual([
      { kind: 'panel', granted: true, at: '2026-11-30T10:00:00.000Z', policyVersion: POLICY_VERSION },
    ]);
    expect(await stored('consentHistory')).toHaveLength(1);
  });

  it('keeps the good lines of a history and drops broken ones', async () => {
    const good = { kind: 'reminders', granted: false, at: '2026-11-01T00:00:00.000Z', policyVersion: 1 };
    await raw({ consentHistory: [good, null, { kind: 'spy', granted: true, at: 'x', policyVersion: 1 }, 'x'] });
    expect(await consentHistoryItem.getValue()).toEqual([good]);
  });

  it('reads broken consent as "never asked", which counts as no consent', async () => {
    await raw({ consent: { panel: { granted: 'true', policyVersion: POLICY_VERSION }, reminders: 3 } });
    const consent = await consentItem.getValue();
    expect(consent.panel).toEqual({ granted: false, at: null, policyVersion: POLICY_VERSION });
    expect(consent.reminders).toEqual(DEFAULT_CONSENT.reminders);
    expect(consent.recordShares).toEqual(DEFAULT_CONSENT.recordShares);
  });

  it('reads a wrong feed URL, panel state, reminder state and popup time as their defaults', async () => {
    await raw({
      feedUrl: { href: 'https://x.example' },
      panelState: 'collapsed',
      guidelineReminderState: { nextTopicIndex: 'two', shownCount: -4, lastShownAt: 'yesterday' },
      popupLastOpenedAt: 12,
    });
    expect(await feedUrlItem.getValue()).toBeNull();
    expect(await panelStateItem.getValue()).toEqual({ collapsed: false });
    expect(await reminderStateItem.getValue()).toEqual({
      lastShownAt: null,
      nextTopicIndex: 0,
      shownCount: 0,
      dismissedAt: null,
    });
    expect(await popupLastOpenedItem.getValue()).toBeNull();
    // The reminder steps work on top of it.
    expect(await takeReminder(null, 'always', new Date('2026-11-30T10:00:00Z'))).not.toBeNull();
    await dismissReminder(new Date('2026-11-30T10:01:00Z'));
    expect((await reminderStateItem.getValue()).dismissedAt).toBe('2026-11-30T10:01:00.000Z');
  });

  it('hands watchers the read value too', async () => {
    const seen: unknown[] = [];
    const unwatch = preferencesItem.watch((next) => seen.push(next.audiences));
    await raw({ preferences: { audiences: 'all of them' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    unwatch();
    expect(seen).toEqual([[]]);
  });

  it('unwatches quietly after the extension was updated under the page (the old panel unmounting)', async () => {
    const seen: unknown[] = [];
    const unwatchConsent = consentItem.watch((next) => seen.push(next));
    const unwatchPanel = panelStateItem.watch((next) => seen.push(next));
    // Chrome, for the orphaned panel of the old version: `browser.runtime` is gone, and WXT's
    // storage throws "'wxt/storage' must be loaded in a web extension environment" (seen four
    // times on the page in tests/e2e/update.e2e.ts, thrown from React's effect cleanups).
    const runtime = Object.getOwnPropertyDescriptor(fakeBrowser, 'runtime')!;
    Object.defineProperty(fakeBrowser, 'runtime', { value: undefined, configurable: true });
    try {
      expect(() => unwatchConsent()).not.toThrow();
      expect(() => unwatchPanel()).not.toThrow();
    } finally {
      Object.defineProperty(fakeBrowser, 'runtime', runtime);
    }
    await raw({ panelState: { collapsed: true } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Migrations: one case per (item, version), each starting from the value as the version before
// stored it. Version 1 builds (up to 2026-12) wrote no version mark, no check.

// Frozen shapes of version 1, as those builds typed them.
interface ConsentRecordV1 {
  granted: boolean;
  at: string | null;
  policyVersion: number | null;
}
interface PreferencesV1 {
  uiLanguage: 'auto' | 'da' | 'en';
  suggestionLanguages: ('da' | 'en')[];
  audiences: string[];
  reminderFrequency: 'always' | 'daily' | 'never';
  recordUnsuggestedPosts: boolean;
  syncPeriodMinutes: number;
}

interface MigrationCase {
  item: StoredItem<unknown>;
  /** What a version-1 build left in storage. */
  version1: unknown[];
  /** What each becomes in version 2. */
  version2: unknown[];
}

const at = '2026-11-20T08:00:00.000Z';
const consentV1: Record<'panel' | 'reminders' | 'recordShares', ConsentRecordV1> = {
  panel: { granted: true, at, policyVersion: 1 },
  reminders: { granted: false, at: null, policyVersion: null },
  recordShares: { granted: true, at, policyVersion: 1 },
};
const preferencesV1: PreferencesV1 = {
  uiLanguage: 'da',
  suggestionLanguages: ['da'],
  audiences: ['pilot'],
  reminderFrequency: 'daily',
  recordUnsuggestedPosts: true,
  syncPeriodMinutes: 180,
};

const statsCacheV1 = {
  cutoffKey: '2026-11-01',
  count: 2,
  firstKey: '2026-10-01T08:00:00.000Z',
  lastKey: '2026-10-20T08:00:00.000Z',
  summary: {
    timeZone: 'Europe/Copenhagen',
    total: 2,
    fromSuggestion: 1,
    madeOwn: 1,
    ownPosts: 1,
    reposts: 0,
    campaigns: { spring: 1 },
    suggestions: { a: 1 },
    weekMondays: [20360],
    firstShareMs: 1759305600000,
    lastShareMs: 1760947200000,
    recent: [{ id: 'share_1', at: '2026-10-20T08:00:00.000Z' }],
  },
};
const signalsV1 = {
  trigger: 'composer-not-found',
  at: '2026-11-20T08:00Z',
  page: 'feed',
  signals: {
    pageLanguage: 'da',
    matches: { launcher: {}, composer: {}, editor: {}, repost: {} },
    markers: {
      interopOutlet: true,
      interopShadowRoot: true,
      openDialogs: 0,
      roleDialogs: 1,
      qlEditors: 0,
      contentEditables: 0,
      mainFeed: true,
      artdecoModalOutlet: false,
      rehydrated: true,
      composer: null,
    },
    componentKeys: [],
  },
};

const MIGRATIONS: Record<string, MigrationCase> = {
  'local:consent@2': {
    item: consentItem,
    version1: [consentV1, { panel: consentV1.panel }],
    // Issue 26 added the fourth consent: a value stored before it reads it as never asked.
    version2: [
      { ...consentV1, countResults: DEFAULT_CONSENT.countResults },
      { ...DEFAULT_CONSENT, panel: consentV1.panel },
    ],
  },
  'local:consentHistory@2': {
    item: consentHistoryItem,
    version1: [[{ kind: 'panel', granted: true, at, policyVersion: 1 }], 'broken'],
    version2: [[{ kind: 'panel', granted: true, at, policyVersion: 1 }], []],
  },
  'local:preferences@2': {
    item: preferencesItem,
    version1: [preferencesV1, { uiLanguage: 'en', reminderFrequency: 'never' }],
    version2: [preferencesV1, { ...DEFAULT_PREFERENCES, uiLanguage: 'en', reminderFrequency: 'never' }],
  },
  'local:feedUrl@2': {
    item: feedUrlItem,
    version1: ['https://comms.example.com/feed.json', 42],
    version2: ['https://comms.example.com/feed.json', null],
  },
  'local:panelState@2': {
    item: panelStateItem,
    version1: [{ collapsed: true }, {}],
    version2: [{ collapsed: true }, { collapsed: false }],
  },
  'local:health@2': {
    item: healthItem,
    version1: [{ counts: { 'composer-found': 3 }, last: { event: 'composer-found', at } }, 'ok'],
    version2: [
      { counts: { 'composer-found': 3 }, last: { event: 'composer-found', at } },
      { counts: {}, last: null },
    ],
  },
  'local:guidelineReminderState@2': {
    item: reminderStateItem,
    version1: [{ lastShownAt: at, nextTopicIndex: 2, shownCount: 7, dismissedAt: null }, { nextTopicIndex: 1 }],
    version2: [
      { lastShownAt: at, nextTopicIndex: 2, shownCount: 7, dismissedAt: null },
      { lastShownAt: null, nextTopicIndex: 1, shownCount: 0, dismissedAt: null },
    ],
  },
  // Issue 26: no build ever stored these without a version mark; the cases hold the readers to their shape.
  'local:countingMemo@2': {
    item: countingMemoItem,
    version1: [
      { 'any=1': 0, 'campaign:spring=0': 1 },
      { 'any=1': 2, nonsense: 1 },
    ],
    version2: [{ 'any=1': 0, 'campaign:spring=0': 1 }, {}],
  },
  'local:countingState@2': {
    item: countingStateItem,
    version1: [
      {
        pending: { period: '2026-11', sendAt: at, dropAt: at, body: null, attempts: 1, nextAttemptAt: null },
        lastPeriod: '2026-10',
      },
      { pending: { period: 'November' }, lastPeriod: 7 },
    ],
    version2: [
      {
        pending: { period: '2026-11', sendAt: at, dropAt: at, body: null, attempts: 1, nextAttemptAt: null },
        lastPeriod: '2026-10',
      },
      { pending: null, lastPeriod: null },
    ],
  },
  'local:countingSent@2': {
    item: countingSentItem,
    version1: [[{ period: '2026-11', sentAt: at, collector: 'https://r.example.com', body: '{}' }, { period: 3 }], 'x'],
    version2: [[{ period: '2026-11', sentAt: at, collector: 'https://r.example.com', body: '{}' }], []],
  },
  'local:studioResultsToken@2': {
    item: resultsTokenItem,
    version1: ['a-token-of-the-collector', 42],
    version2: ['a-token-of-the-collector', null],
  },
  'local:popupLastOpenedAt@2': {
    item: popupLastOpenedItem,
    version1: [at, 'last tuesday'],
    version2: [at, null],
  },
  // The items that had a version 1 without a reader (issue 23: one registry of stored data).
  'local:badge@2': {
    item: badgeSettingItem,
    version1: [{ enabled: false }, { enabled: 'no' }],
    version2: [{ enabled: false }, { enabled: true }],
  },
  'local:seenSuggestions@2': {
    item: seenSuggestionsItem,
    version1: [{ ids: ['a', 'b'], at }, { ids: ['a'] }],
    version2: [{ ids: ['a', 'b'], at }, null],
  },
  'local:statsCache@2': {
    item: statsCacheItem,
    version1: [statsCacheV1, { ...statsCacheV1, summary: { ...statsCacheV1.summary, weekMondays: 'x' } }],
    version2: [statsCacheV1, null],
  },
  'local:layoutSignals@2': {
    item: failureSignalsItem,
    version1: [signalsV1, { ...signalsV1, signals: { ...signalsV1.signals, extra: 1 } }],
    version2: [signalsV1, null],
  },
  'session:pendingOwnLinks@2': {
    item: pendingOwnLinksItem,
    version1: [[{ tabId: 4, url: 'https://example.com/a', at }], [{ tabId: 4 }]],
    version2: [[{ tabId: 4, url: 'https://example.com/a', at }], []],
  },
  // Issue 27: no build ever stored it without a version mark; the cases hold the reader to its shape.
  'local:tipState@2': {
    item: tipStateItem,
    version1: [
      { lastShownAt: at, shownCount: 3 },
      { lastShownAt: 'yesterday', shownCount: -1 },
    ],
    version2: [
      { lastShownAt: at, shownCount: 3 },
      { lastShownAt: null, shownCount: 0 },
    ],
  },
};

const ITEMS: StoredItem<unknown>[] = [
  consentItem,
  consentHistoryItem,
  preferencesItem,
  feedUrlItem,
  panelStateItem,
  healthItem,
  reminderStateItem,
  popupLastOpenedItem,
  countingMemoItem,
  countingStateItem,
  countingSentItem,
  resultsTokenItem,
  badgeSettingItem,
  seenSuggestionsItem,
  statsCacheItem,
  failureSignalsItem,
  pendingOwnLinksItem,
  tipStateItem,
] as StoredItem<unknown>[];

describe('numbered migrations of the stored settings', () => {
  it('has migrations 2..version for every item, each with a case below', () => {
    for (const item of ITEMS) {
      for (let version = 2; version <= item.version; version++) {
        expect(typeof item.migrations[version], `${item.key} migration ${version}`).toBe('function');
        expect(MIGRATIONS[`${item.key}@${version}`], `${item.key}@${version} is tested`).toBeDefined();
      }
    }
    expect(Object.keys(MIGRATIONS).sort()).toEqual(
      ITEMS.flatMap((item) =>
        Array.from({ length: item.version - 1 }, (_, index) => `${item.key}@${index + 2}`),
      ).sort(),
    );
  });

  it.each(Object.entries(MIGRATIONS))(
    '%s: from the value version 1 stored',
    async (_, { item, version1, version2 }) => {
      const [area, key] = item.key.split(':') as ['local' | 'session', string];
      const inArea = async (name: string) => (await fakeBrowser.storage[area].get(name))[name];
      for (const [index, value] of version1.entries()) {
        fakeBrowser.reset();
        // A version 1 build: the value and no version mark.
        await fakeBrowser.storage[area].set({ [key]: value });
        await item.migrate();
        // WXT keeps the old value when a migration returns null: then only the read makes it null.
        if (version2[index] !== null) expect(await inArea(key), JSON.stringify(value)).toEqual(version2[index]);
        expect(await inArea(`${key}$`)).toEqual({ v: 2 });
        expect(await item.getValue()).toEqual(version2[index]);
      }
    },
  );

  it('marks the version when a fresh profile first writes an item', async () => {
    await preferencesItem.migrate();
    await preferencesItem.setValue({ ...DEFAULT_PREFERENCES, uiLanguage: 'da' });
    expect(await stored('preferences$')).toEqual({ v: 2 });
  });
});
