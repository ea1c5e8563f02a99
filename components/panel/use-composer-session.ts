/** The composer session (lib/shared/linkedin/session.ts) as React hooks for the panel. */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { composerSession } from '@/lib/shared/linkedin/bridge';
import { readDraftWhileOpen } from '@/lib/shared/linkedin/draft';
import type { ComposerSessionStore } from '@/lib/shared/linkedin/session';

/** A slice of the session; re-renders only when that slice changes. */
export function useComposerSession<T>(selector: (session: ComposerSessionStore) => T): T {
  return useStore(composerSession(), selector);
}

/**
 * The person's live draft. Keeps the one draft reader running while the panel is mounted
 * (the watcher keeps it too; however many ask, one reads, and only while a composer is open).
 */
export function useLiveDraft(): string {
  useEffect(() => {
    const controller = new AbortController();
    readDraftWhileOpen(controller.signal);
    return () => controller.abort();
  }, []);
  return useComposerSession((session) => session.draft);
}
