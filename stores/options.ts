/**
 * UI state of the options page. The storage items stay the source of truth: this store
 * mirrors them (with `.watch()`) and holds the answers of the background messages.
 */
import { create } from 'zustand';
import type { DataSummary } from '@/lib/worker/data/types';
import type { FeedOverview, FeedStatus } from '@/lib/shared/feed/types';
import type { Result } from '@/lib/worker/messaging/protocol';
import { send } from '@/lib/shared/messaging/send';
import {
  consentHistoryItem,
  consentItem,
  DEFAULT_CONSENT,
  DEFAULT_PREFERENCES,
  feedUrlItem,
  preferencesItem,
  type Consent,
  type ConsentHistoryEntry,
  type Preferences,
} from '@/lib/shared/settings';
import { followItem, type FollowableItem } from '@/lib/shared/settings/follow';
import { followManagedPolicy, readManagedPolicy, type ManagedPolicy } from '@/lib/shared/settings/managed';
import { emptyManagedPolicy } from '@/lib/shared/settings/managed-keys';

export interface OptionsState {
  loaded: boolean;
  consent: Consent;
  history: ConsentHistoryEntry[];
  preferences: Preferences;
  feedUrl: string | null;
  managed: ManagedPolicy;
  /** False until managed storage answered: only the feed source waits for it (P9). */
  managedChecked: boolean;
  feedStatus: Result<FeedStatus> | null;
  overview: Result<FeedOverview> | null;
  summary: Result<DataSummary> | null;
  /**
   * Reads storage and the background, then follows storage live. Returns the cleanup. One
   * reading for the page: later calls share it, and it stops when every caller has cleaned up.
   */
  start: () => () => void;
  /** Asks the background again (feed status, audiences, share count). */
  refreshRemote: () => Promise<void>;
  /** "Check now": syncs the feed and shows the new status. */
  syncNow: () => Promise<void>;
  /** Changes some preferences, always on top of what storage holds now. */
  updatePreferences: (patch: Partial<Preferences>) => Promise<void>;
}

/** Preferences written by an older version may miss newer fields: fill them with defaults. */
function complete(preferences: Partial<Preferences> | null): Preferences {
  return { ...DEFAULT_PREFERENCES, ...preferences };
}

/** The storage reading behind `start`, while anyone uses it. */
let reading: { stop: () => void; users: number } | null = null;

export const useOptionsStore = create<OptionsState>()((set, get) => {
  /** Reads storage and the background, then follows storage live. Returns the cleanup. */
  const readAndFollow = (): (() => void) => {
    // Each item is read once and then followed (lib/shared/settings/follow.ts); the page counts as
    // loaded once all four have a value, and then asks the background.
    let waiting = 4;
    const follow = <T>(item: FollowableItem<T>, apply: (value: T, changed: boolean) => void) => {
      let first = true;
      return followItem(item, (value, changed) => {
        apply(value, changed);
        if (!first) return;
        first = false;
        if (--waiting > 0) return;
        set({ loaded: true });
        void get().refreshRemote();
      });
    };
    const unwatch = [
      follow(consentItem, (consent) => set({ consent })),
      follow(consentHistoryItem, (history) => set({ history })),
      follow(preferencesItem, (preferences) => set({ preferences: complete(preferences) })),
      follow(feedUrlItem, (feedUrl, changed) => {
        set({ feedUrl });
        // The background syncs the new source; ask for the new status shortly after.
        if (changed) void get().refreshRemote();
      }),
    ];
    // The browser's first managed-storage read takes 2.5–3 s on a fresh profile: the consent
    // switches must not wait for it, only the feed source does (it says so meanwhile).
    void readManagedPolicy().then((managed) => set({ managed, managedChecked: true }));
    // IT changed or removed the policy while the page is open: show the new one.
    unwatch.push(followManagedPolicy((managed) => set({ managed, managedChecked: true })));
    // A sync may finish while the page is open (first run, a new feed URL): look again now
    // and then; each look is three local messages, no network.
    const timer = setInterval(() => void get().refreshRemote(), 15_000);
    return () => {
      clearInterval(timer);
      unwatch.forEach((stop) => stop());
    };
  };
  return {
    loaded: false,
    consent: DEFAULT_CONSENT,
    history: [],
    preferences: DEFAULT_PREFERENCES,
    feedUrl: null,
    managed: emptyManagedPolicy(),
    managedChecked: false,
    feedStatus: null,
    overview: null,
    summary: null,
    start() {
      // One reading for the page, however many ask for it: the page's script starts it before
      // React's first render (P9: the switches need it, and React's first frame takes about as
      // long as the reads), and the app asks again when it mounts.
      if (reading) reading.users += 1;
      else reading = { stop: readAndFollow(), users: 1 };
      const mine = reading;
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        mine.users -= 1;
        if (mine.users > 0) return;
        mine.stop();
        if (reading === mine) reading = null;
      };
    },
    async refreshRemote() {
      const [feedStatus, overview, summary] = await Promise.all([
        send('feed:status', {}),
        send('feed:overview', {}),
        send('data:summary', {}),
      ]);
      set({ feedStatus, overview, summary });
    },
    async syncNow() {
      const feedStatus = await send('feed:sync-now', {});
      set({ feedStatus });
      await get().refreshRemote();
    },
    async updatePreferences(patch) {
      const current = await preferencesItem.getValue();
      await preferencesItem.setValue({ ...complete(current), ...patch });
    },
  };
});
