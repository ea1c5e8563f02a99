import { useEffect, useState } from 'react';
import { checkFeed, type CheckResult } from '@/lib/studio/checks';
import { useStudioStore } from '@/stores/studio';

/** Checks wait this long after the last change: never on the keystroke itself. */
export const CHECK_DELAY_MS = 250;

/** The latest checks of the feed being edited, debounced. */
export function useChecks(): CheckResult | null {
  const feed = useStudioStore((s) => s.history?.present ?? null);
  const [result, setResult] = useState<CheckResult | null>(null);
  useEffect(() => {
    if (!feed) return setResult(null);
    const timer = setTimeout(() => setResult(checkFeed(feed)), CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [feed]);
  return result;
}
