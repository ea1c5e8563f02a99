/** The panel's data from the background: fetched for every composer that opens. */
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { PanelData } from '@/lib/shared/feed/types';
import type { Result } from '@/lib/worker/messaging/protocol';
import { send } from '@/lib/shared/messaging/send';
import { consentItem } from '@/lib/shared/settings';

/**
 * The cards' state. An answer whose suggestions could not be read (`unavailable`) is an error
 * for the cards but still carries what the guidelines need (`data`: help, reminder).
 */
export type Load =
  { state: 'loading' } | { state: 'error'; reason: string; data?: PanelData } | { state: 'ready'; data: PanelData };

const LOADING: Load = { state: 'loading' };

function toLoad(result: Result<PanelData>): Load {
  if (!result.ok) return { state: 'error', reason: result.error.message };
  const { data } = result;
  return data.unavailable ? { state: 'error', reason: data.unavailable, data } : { state: 'ready', data };
}

/** The answer `Load` carries, if any. */
export function loadedData(load: Load): PanelData | null {
  return load.state === 'loading' ? null : (load.data ?? null);
}

/**
 * `first`: an answer the panel's entry asked for while LinkedIn built the composer (so the first
 * opening needs no second round trip); later openings ask again.
 */
export function usePanelData(
  open: boolean,
  first?: Promise<Result<PanelData>>,
): { load: Load; retry: () => Promise<void> } {
  const [load, setLoad] = useState<Load>(LOADING);
  const pending = useRef(first);
  const answer = useCallback(async (quiet: boolean) => {
    if (!quiet) setLoad(LOADING);
    const early = pending.current;
    pending.current = undefined;
    const result = await (early ?? send('feed:panel-data', {}));
    // A transition: React renders the cards in slices, yielding to LinkedIn's page (P3).
    startTransition(() => setLoad(toLoad(result)));
  }, []);
  const retry = useCallback(() => answer(false), [answer]);
  // Fresh data for every composer that opens (the feed may have synced meanwhile). A closed
  // composer forgets the last answer, so the next opening starts from "loading", not from the
  // previous opening's data (its reminder included).
  useEffect(() => {
    if (!open) {
      setLoad(LOADING);
      return;
    }
    void answer(false);
    // A consent changed while writing changes what this composer gets: asked again, quietly
    // (the cards stay until the new answer; the reminder shown stays this opening's).
    return consentItem.watch(() => void answer(true));
  }, [open, answer]);
  return { load, retry };
}
