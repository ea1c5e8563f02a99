/**
 * UI state of the popup: what the background answered, per message, and whether a sync is
 * running. The source of truth stays in the background and in storage; this only mirrors it
 * for one opening of the popup.
 */
import { create } from 'zustand';
import type { FeedOverview, FeedStatus } from '@/lib/shared/feed/types';
import { send } from '@/lib/shared/messaging/send';
import type { ResponseOf } from '@/lib/worker/messaging/protocol';
import { markPopupOpened } from '@/lib/shared/stats/last-opened';
import type { Stats } from '@/lib/shared/stats/types';

/** One answer from the background: not there yet, there, or failed (with the reason). */
export type Loadable<T> = { state: 'loading' } | { state: 'ready'; data: T } | { state: 'error'; message: string };

export type HealthAnswer = ResponseOf<'health:get'>;

export interface PopupState {
  stats: Loadable<Stats>;
  feedStatus: Loadable<FeedStatus>;
  overview: Loadable<FeedOverview>;
  health: Loadable<HealthAnswer>;
  /** When the popup was opened before this time (null on the first opening); undefined until read. */
  previousOpenedAt: string | null | undefined;
  syncing: boolean;
  /** Asks the background for everything the popup shows, in parallel. */
  load: (timeZone: string) => Promise<void>;
  reloadStats: (timeZone: string) => Promise<void>;
  /** "Sync now": asks the background to fetch the feed, then shows the new status. */
  syncNow: () => Promise<void>;
}

function toLoadable<T>(result: { ok: true; data: T } | { ok: false; error: { message: string } }): Loadable<T> {
  return result.ok ? { state: 'ready', data: result.data } : { state: 'error', message: result.error.message };
}

const initial = {
  stats: { state: 'loading' },
  feedStatus: { state: 'loading' },
  overview: { state: 'loading' },
  health: { state: 'loading' },
  previousOpenedAt: undefined,
  syncing: false,
} satisfies Partial<PopupState>;

export const usePopupStore = create<PopupState>()((set, get) => ({
  ...initial,
  async load(timeZone) {
    const opened = markPopupOpened().catch(() => null);
    // Each part renders as soon as its answer arrives: a slow feed status (the browser's
    // first read of managed storage can take a second) must not hold back the stats.
    const previousOpenedAt = await opened;
    if (get().previousOpenedAt === undefined) set({ previousOpenedAt });
    await Promise.all([
      send('stats:get', { timeZone }).then((result) => set({ stats: toLoadable(result) })),
      send('feed:status', {}).then((result) => set({ feedStatus: toLoadable(result) })),
      send('feed:overview', {}).then((result) => set({ overview: toLoadable(result) })),
      send('health:get', {}).then((result) => set({ health: toLoadable(result) })),
    ]);
  },
  async reloadStats(timeZone) {
    set({ stats: { state: 'loading' } });
    set({ stats: toLoadable(await send('stats:get', { timeZone })) });
  },
  async syncNow() {
    if (get().syncing) return;
    set({ syncing: true });
    const result = await send('feed:sync-now', {});
    set({ syncing: false, feedStatus: toLoadable(result) });
    if (result.ok) set({ overview: toLoadable(await send('feed:overview', {})) });
  },
}));
