/**
 * Autosave on this device: the feed being edited lives in the extension's own
 * browser.storage.local (never sent anywhere), written shortly after each change and when
 * the tab is hidden, so closing the tab or the browser loses nothing.
 */
import { storage } from 'wxt/utils/storage';
import type { StudioFeed } from './path';

export interface StudioDraft {
  feed: StudioFeed;
  savedAt: string;
}

export const studioDraftItem = storage.defineItem<StudioDraft | null>('local:studioDraft', {
  fallback: null,
  version: 1,
});

/** A stored draft of any older or wrong shape reads as "no draft" rather than breaking the page (R10). */
export async function loadDraft(): Promise<StudioDraft | null> {
  try {
    const draft = await studioDraftItem.getValue();
    if (!draft || typeof draft !== 'object' || !draft.feed || !Array.isArray(draft.feed.items)) return null;
    return draft;
  } catch {
    return null;
  }
}

export async function saveDraft(feed: StudioFeed | null, now = new Date()): Promise<void> {
  await studioDraftItem.setValue(feed ? { feed, savedAt: now.toISOString() } : null);
}
