import { useEffect, useState } from 'react';
import { journalDraft, loadDraft, saveDraft, type SavedState } from '@/lib/pages/studio/autosave';
import { useStudioStore } from '@/stores/studio';

export const AUTOSAVE_DELAY_MS = 400;

let early: ReturnType<typeof loadDraft> | null = null;

/**
 * Starts reading the draft before React's first render (entrypoints/studio/main.tsx), so the
 * storage read (about 100 ms for a 500-item feed) overlaps it; the first useAutosave takes it.
 */
export function readDraftEarly(): void {
  early ??= loadDraft();
}

/**
 * Restores the last draft once, then saves every change on this device (debounced, and at
 * once when the tab is hidden or closed). Returns whether the restore has finished.
 */
export function useAutosave(): { restored: boolean; savedAt: Date | null } {
  const [restored, setRestored] = useState<SavedState | null>(null);
  const [savedAt, setSavedAt] = useState<Date | null>(null);

  useEffect(() => {
    let cancelled = false;
    const reading = early ?? loadDraft();
    early = null;
    void reading.then((loaded) => {
      if (cancelled) return;
      const store = useStudioStore.getState();
      if (loaded && !store.history) store.open(loaded.draft.feed, loaded.draft.feed.items.length ? 0 : null);
      setRestored(loaded?.saved ?? { envelope: null, chunks: [] });
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!restored) return;
    let saved = restored;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastSaved = useStudioStore.getState().revision;
    // The revision whose write storage.local confirmed.
    let stored = lastSaved;
    // Writes one after another, so an older write never lands after a newer one.
    let queue = Promise.resolve();
    // Leaving: Firefox may drop a write started now, so what is not stored yet also goes into
    // the page's journal, synchronously (lib/pages/studio/autosave.ts).
    const leave = () => {
      const { revision, history } = useStudioStore.getState();
      if (revision !== stored && history) journalDraft(history.present);
      flush();
    };
    const flush = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      const { revision, history } = useStudioStore.getState();
      if (revision === lastSaved || !history) return;
      lastSaved = revision;
      const feed = history.present;
      queue = queue
        .then(async () => {
          saved = await saveDraft(feed, saved);
          stored = revision;
          setSavedAt(new Date());
        })
        .catch(() => undefined);
    };
    const unsubscribe = useStudioStore.subscribe((state, previous) => {
      if (state.revision === previous.revision) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', leave);
    return () => {
      unsubscribe();
      flush();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', leave);
    };
  }, [restored]);

  return { restored: restored !== null, savedAt };
}
