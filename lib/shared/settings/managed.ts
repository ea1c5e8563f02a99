/**
 * Enterprise policy (managed storage): IT can preset and lock the feed URL and switch features
 * off for everyone (the keys: ./managed-keys.ts). `managed` is read-only for the extension and
 * absent on most machines; any failure means "nothing set by the organization".
 */
import { browser } from 'wxt/browser';
import { declareStored } from './declared';
import { readStored, setStoredValuesDirect } from './direct';
import { emptyManagedPolicy, readCachedManagedPolicy, readManagedValues, type ManagedPolicy } from './managed-keys';

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
 * Where the organization's last known policy is kept (its addresses, the features it switched
 * off and what it could not use; nothing about the person). Read and written directly
 * (lib/shared/settings/direct.ts), not as a WXT item: the options page's first read must not wait
 * behind WXT's migration check (P9). Version 1, no migration yet: version 1 stored `{ feedUrl }`
 * only, which the reader takes as a policy that switches nothing off (issue 29 added the rest).
 */
export const MANAGED_POLICY_CACHE = declareStored<ManagedPolicy | null>('local:managedPolicyCache', {
  fallback: null,
  read: readCachedManagedPolicy,
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
    let raw: unknown;
    try {
      // Every key, not only the declared ones: a key this extension does not know is named on
      // the options page instead of vanishing (Firefox passes them through).
      raw = await browser.storage.managed.get(null);
    } catch {
      raw = {};
    }
    const policy = readManagedValues(raw ?? {});
    await setStoredValuesDirect(MANAGED_POLICY_CACHE.area, { [MANAGED_POLICY_CACHE.name]: policy }).catch(
      () => undefined,
    );
    return policy;
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
