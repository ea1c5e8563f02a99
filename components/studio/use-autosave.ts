import { useEffect, useState } from 'react';
import { loadDraft, saveDraft } from '@/lib/studio/autosave';
import { useStudioStore } from '@/stores/studio';

export const AUTOSAVE_DELAY_MS = 400;

/**
 * Restores the last draft once, then saves every change on this device (debounced, and at
 * once when the tab is hidden or closed). Returns whether the restore has finished.
 */
export function useAutosave(): { restored: boolean; savedAt: Date | null } {
  const [restored, setRestored] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(null);

  useEffect(() => {
    let cancelled = false;
    void loadDraft().then((draft) => {
      if (cancelled) return;
      if (draft && !useStudioStore.getState().history)
        useStudioStore.getState().open(draft.feed, draft.feed.items.length ? 0 : null);
      setRestored(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (!restored) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastSaved = useStudioStore.getState().revision;
    const flush = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      const { revision, history } = useStudioStore.getState();
      if (revision === lastSaved) return;
      lastSaved = revision;
      void saveDraft(history?.present ?? null).then(() => setSavedAt(new Date()));
    };
    const unsubscribe = useStudioStore.subscribe((state, previous) => {
      if (state.revision === previous.revision) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
    });
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      flush();
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
    };
  }, [restored]);

  return { restored, savedAt };
}
