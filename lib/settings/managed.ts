/**
 * Enterprise policy (managed storage): IT can preset and lock the feed URL.
 * `managed` is read-only for the extension and absent on most machines; any failure
 * means "nothing set by the organization".
 */
import { browser } from 'wxt/browser';

export interface ManagedPolicy {
  feedUrl: string | null;
}

/**
 * Chromium's first managed-storage read takes ~1.5 s, and concurrent first reads were seen
 * to never settle: share one in-flight read per worker, bounded by a timeout. A cache, not
 * state — a fresh worker simply reads again.
 */
let pending: { promise: Promise<ManagedPolicy>; at: number } | null = null;
const REUSE_MS = 30_000;
const TIMEOUT_MS = 4000;

export function readManagedPolicy(): Promise<ManagedPolicy> {
  if (pending && Date.now() - pending.at < REUSE_MS) return pending.promise;
  const promise = Promise.race([
    (async (): Promise<ManagedPolicy> => {
      try {
        const values = await browser.storage.managed.get('feedUrl');
        const feedUrl =
          typeof values.feedUrl === 'string' && values.feedUrl.startsWith('https://') ? values.feedUrl : null;
        return { feedUrl };
      } catch {
        return { feedUrl: null };
      }
    })(),
    new Promise<ManagedPolicy>((resolve) => setTimeout(() => resolve({ feedUrl: null }), TIMEOUT_MS)),
  ]);
  pending = { promise, at: Date.now() };
  return promise;
}

/** For tests: forget the shared read. */
export function resetManagedPolicyCache(): void {
  pending = null;
}
