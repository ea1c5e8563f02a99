/**
 * Enterprise policy (managed storage): IT can preset and lock the feed URL.
 * `managed` is read-only for the extension and absent on most machines; any failure
 * means "nothing set by the organization".
 */
import { browser } from 'wxt/browser';
import { declareStored } from './declared';
import { readStored, setStoredValuesDirect } from './direct';
import { isRecord, type Reader } from './read';

export interface ManagedPolicy {
  feedUrl: string | null;
}

/**
 * Chromium's first managed-storage read after a browser start takes 1.5–3 s, and concurrent
 * first reads were seen to never settle: share one in-flight read per worker, bounded by a
 * timeout. The last answer is kept, so a cold worker (the first composer of the day) answers
 * from it at once instead of making the panel wait for the slow read, which refreshes it.
 */
let pending: { promise: Promise<ManagedPolicy>; at: number } | null = null;
const REUSE_MS = 30_000;
const TIMEOUT_MS = 4000;
/** How long a read may take before the last known answer is used instead. */
const GRACE_MS = 100;

const readCachedPolicy: Reader<ManagedPolicy | null> = (value) =>
  isRecord(value) && (value.feedUrl === null || typeof value.feedUrl === 'string') ? { feedUrl: value.feedUrl } : null;

/**
 * Where the organization's last known policy is kept (its feed URL; nothing about the person).
 * Read and written directly (lib/settings/direct.ts), not as a WXT item: the options page's
 * first read must not wait behind WXT's migration check (P9). Version 1, no migration yet.
 */
export const MANAGED_POLICY_CACHE = declareStored<ManagedPolicy | null>('local:managedPolicyCache', {
  fallback: null,
  read: readCachedPolicy,
  version: 1,
  migrations: {},
});

async function readCache(): Promise<ManagedPolicy | null> {
  try {
    return await readStored(MANAGED_POLICY_CACHE);
  } catch {
    return null;
  }
}

function readLive(): Promise<ManagedPolicy> {
  if (pending && Date.now() - pending.at < REUSE_MS) return pending.promise;
  const answer = (async (): Promise<ManagedPolicy> => {
    let policy: ManagedPolicy;
    try {
      const values = await browser.storage.managed.get('feedUrl');
      const feedUrl =
        typeof values.feedUrl === 'string' && values.feedUrl.startsWith('https://') ? values.feedUrl : null;
      policy = { feedUrl };
    } catch {
      policy = { feedUrl: null };
    }
    await setStoredValuesDirect(MANAGED_POLICY_CACHE.area, { [MANAGED_POLICY_CACHE.name]: policy }).catch(
      () => undefined,
    );
    return policy;
  })();
  const promise = Promise.race([
    answer,
    new Promise<ManagedPolicy>((resolve) => setTimeout(() => resolve({ feedUrl: null }), TIMEOUT_MS)),
  ]);
  pending = { promise, at: Date.now() };
  return promise;
}

export async function readManagedPolicy(): Promise<ManagedPolicy> {
  const live = readLive();
  const cached = await readCache();
  if (!cached) return live;
  return Promise.race([live, new Promise<ManagedPolicy>((resolve) => setTimeout(() => resolve(cached), GRACE_MS))]);
}

/** For tests: forget the shared read. */
export function resetManagedPolicyCache(): void {
  pending = null;
}
