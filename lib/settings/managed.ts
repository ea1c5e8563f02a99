/**
 * Enterprise policy (managed storage): IT can preset and lock the feed URL and switch features
 * off for everyone (the keys: ./managed-keys.ts). `managed` is read-only for the extension and
 * absent on most machines; any failure means "nothing set by the organization".
 */
import { browser } from 'wxt/browser';
import { emptyManagedPolicy, readManagedValues, type ManagedPolicy } from './managed-keys';

export type { ManagedPolicy, ManagedProblem, ManagedSwitch } from './managed-keys';

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

/**
 * Where the organization's last known policy is kept: the values IT set, as the browser gave
 * them (nothing about the person). Read back through the same reader, so an older cache
 * (`{ feedUrl }`) or a wrong one gives a valid policy.
 */
export const MANAGED_CACHE_KEY = 'managedPolicyCache';

async function readCache(): Promise<ManagedPolicy | null> {
  try {
    const value: unknown = (await browser.storage.local.get(MANAGED_CACHE_KEY))[MANAGED_CACHE_KEY];
    return typeof value === 'object' && value !== null ? readManagedValues(value) : null;
  } catch {
    return null;
  }
}

function readLive(): Promise<ManagedPolicy> {
  if (pending && Date.now() - pending.at < REUSE_MS) return pending.promise;
  const answer = (async (): Promise<ManagedPolicy> => {
    let raw: unknown;
    try {
      // Every key, not only the declared ones: a key this extension does not know is named on
      // the options page instead of vanishing (Firefox passes them through).
      raw = await browser.storage.managed.get(null);
    } catch {
      raw = {};
    }
    raw ??= {};
    await browser.storage.local.set({ [MANAGED_CACHE_KEY]: raw }).catch(() => undefined);
    return readManagedValues(raw);
  })();
  const promise = Promise.race([
    answer,
    new Promise<ManagedPolicy>((resolve) => setTimeout(() => resolve(emptyManagedPolicy()), TIMEOUT_MS)),
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

/**
 * Follows the organization's policy while the browser runs: IT changed or removed it (Chrome
 * reloads its policy files by itself, within seconds). Calls back with the new policy; returns
 * the cleanup.
 */
export function followManagedPolicy(onChange: (policy: ManagedPolicy) => void): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area !== 'managed') return;
    pending = null;
    void readLive().then(onChange);
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      browser.storage.onChanged.removeListener(listener);
    } catch {
      // An orphaned page after an update: its listeners are gone with the old extension.
    }
  };
}

/** For tests: forget the shared read. */
export function resetManagedPolicyCache(): void {
  pending = null;
}
