/** The panel's data from the background: fetched for every composer that opens. */
import { startTransition, useCallback, useEffect, useState } from 'react';
import type { PanelData } from '@/lib/feed/types';
import { send } from '@/lib/messaging/send';

export type Load = { state: 'loading' } | { state: 'error'; reason: string } | { state: 'ready'; data: PanelData };

const LOADING: Load = { state: 'loading' };

export function usePanelData(open: boolean): { load: Load; retry: () => Promise<void> } {
  const [load, setLoad] = useState<Load>(LOADING);
  const retry = useCallback(async () => {
    setLoad(LOADING);
    const result = await send('feed:panel-data', {});
    // A transition: React renders the cards in slices, yielding to LinkedIn's page (P3).
    startTransition(() =>
      setLoad(result.ok ? { state: 'ready', data: result.data } : { state: 'error', reason: result.error.message }),
    );
  }, []);
  // Fresh data for every composer that opens (the feed may have synced meanwhile). A closed
  // composer forgets the last answer, so the next opening starts from "loading", not from the
  // previous opening's data (the reminder waits for this opening's: PanelGuidelines).
  useEffect(() => {
    if (open) void retry();
    else setLoad(LOADING);
  }, [open, retry]);
  return { load, retry };
}
