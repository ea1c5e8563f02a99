import { startTransition, useEffect, useState } from 'react';
import type { CheckResult } from '@/lib/pages/studio/checks';
import { useStudioStore } from '@/stores/studio';
import { loadChecks } from './deferred';

/** Checks wait this long after the last change: never on the keystroke itself. */
export const CHECK_DELAY_MS = 250;

export interface Checks {
  /** The latest result, null until the first run. */
  result: CheckResult | null;
  /** The checks' chunk could not be read (files replaced by an update): the page must be reloaded. */
  unavailable: boolean;
}

/**
 * The latest checks of the feed being edited: debounced, then run in slices that yield to the
 * page (a 500-item feed's first check never blocks typing); a newer change cancels a run.
 * The checks' code (zod, the guideline rules) is a chunk of its own, fetched after the first
 * frame (./deferred): until the first result, the download button says "checking", and if the
 * chunk cannot be read, says so instead of checking for good.
 */
export function useChecks(): Checks {
  const feed = useStudioStore((s) => s.history?.present ?? null);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    if (!feed) return setResult(null);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      loadChecks()
        .then(({ checkFeedSliced }) => (controller.signal.aborted ? null : checkFeedSliced(feed, controller.signal)))
        .then((next) => {
          // A transition: showing the results next to every field yields to the next keystroke.
          if (next) startTransition(() => (setResult(next), setUnavailable(false)));
        })
        // The chunk could not be read (an extension being updated): said in the toolbar; the
        // next change tries again.
        .catch(() => controller.signal.aborted || setUnavailable(true));
    }, CHECK_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [feed]);
  return { result, unavailable };
}
