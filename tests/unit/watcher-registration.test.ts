import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  keepWatcherRegistered,
  restartWatcherInOpenTabs,
  syncWatcherRegistration,
  watcherWanted,
  type WatcherApi,
} from '../../lib/worker/watcher-registration';
import { consentItem, DEFAULT_CONSENT, POLICY_VERSION, type Consent } from '../../lib/shared/settings';

const yes = { granted: true, at: '2026-11-27T08:00:00.000Z', policyVersion: POLICY_VERSION };
const no = { granted: false, at: '2026-11-27T08:00:00.000Z', policyVersion: POLICY_VERSION };
const consent = (panel: boolean, reminders: boolean, recordShares: boolean): Consent => ({
  panel: panel ? yes : no,
  reminders: reminders ? yes : no,
  recordShares: recordShares ? yes : no,
});

/** A browser that keeps one registration, slowly, and complains like Chrome on a duplicate id. */
function fakeApi() {
  const calls: string[] = [];
  let registered = false;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
  const api: WatcherApi = {
    async registered() {
      await tick();
      return registered;
    },
    async register() {
      await tick();
      if (registered) throw new Error('Duplicate script ID linkedin-watcher');
      registered = true;
      calls.push('register');
    },
    async unregister() {
      await tick();
      registered = false;
      calls.push('unregister');
    },
    async injectIntoOpenTabs() {
      calls.push('inject');
    },
  };
  return { api, calls, isRegistered: () => registered };
}

describe('which consents put the watcher on LinkedIn', () => {
  it('needs at least one consent given under the current policy', () => {
    expect(watcherWanted(DEFAULT_CONSENT)).toBe(false);
    expect(watcherWanted(null)).toBe(false);
    expect(watcherWanted(consent(false, false, false))).toBe(false);
    expect(watcherWanted(consent(true, false, false))).toBe(true);
    expect(watcherWanted(consent(false, true, false))).toBe(true);
    // Recording posts alone needs the watcher too (it sees LinkedIn's "Post successful").
    expect(watcherWanted(consent(false, false, true))).toBe(true);
    // A consent from an older policy version does not count: asked again first.
    expect(watcherWanted({ ...DEFAULT_CONSENT, panel: { ...yes, policyVersion: POLICY_VERSION - 1 } })).toBe(false);
  });
});

describe('keeping the registration in step with consent', () => {
  it('registers on opt-in and starts the watcher in open LinkedIn tabs, removes it on withdrawal', async () => {
    const { api, calls, isRegistered } = fakeApi();
    expect(await syncWatcherRegistration(consent(true, false, false), { api, openTabs: true })).toBe('registered');
    expect(isRegistered()).toBe(true);
    expect(calls).toEqual(['register', 'inject']);
    expect(await syncWatcherRegistration(consent(true, true, false), { api, openTabs: true })).toBe('unchanged');
    expect(await syncWatcherRegistration(consent(false, false, false), { api, openTabs: true })).toBe('unregistered');
    expect(isRegistered()).toBe(false);
    expect(calls).toEqual(['register', 'inject', 'unregister']);
  });

  it('on a worker start only restores the registration (no injection into tabs)', async () => {
    const { api, calls } = fakeApi();
    await syncWatcherRegistration(consent(false, false, true), { api });
    expect(calls).toEqual(['register']);
  });

  it('survives quick toggling: the last answer wins and nothing is registered twice', async () => {
    const { api, isRegistered } = fakeApi();
    const answers = [
      syncWatcherRegistration(consent(true, false, false), { api }),
      syncWatcherRegistration(consent(true, true, false), { api }),
      syncWatcherRegistration(consent(false, false, false), { api }),
      syncWatcherRegistration(consent(false, true, false), { api }),
    ];
    expect(await Promise.all(answers)).toEqual(['registered', 'unchanged', 'unregistered', 'registered']);
    expect(isRegistered()).toBe(true);
  });

  it('a failed browser call is reported to the caller and does not block the next change', async () => {
    const { api, isRegistered } = fakeApi();
    const failing: WatcherApi = { ...api, register: () => Promise.reject(new Error('no scripting')) };
    await expect(syncWatcherRegistration(consent(true, false, false), { api: failing })).rejects.toThrow(
      'no scripting',
    );
    expect(await syncWatcherRegistration(consent(true, false, false), { api })).toBe('registered');
    expect(isRegistered()).toBe(true);
  });
});

describe('after an extension update', () => {
  it('starts the new watcher in open LinkedIn tabs for people who opted in, and only for them', async () => {
    const { api, calls } = fakeApi();
    await consentItem.setValue(consent(false, false, true));
    expect(await restartWatcherInOpenTabs(api)).toBe(true);
    expect(calls).toEqual(['inject']);

    const other = fakeApi();
    await consentItem.setValue(consent(false, false, false));
    expect(await restartWatcherInOpenTabs(other.api)).toBe(false);
    expect(other.calls).toEqual([]);
  });

  it('is wired to runtime.onInstalled with reason "update" (not install or a browser update)', async () => {
    const { api, calls } = fakeApi();
    await consentItem.setValue(consent(true, false, false));
    keepWatcherRegistered(api);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = calls.length;
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'chrome_update' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls.slice(before)).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.9.0' });
    await expect.poll(() => calls.slice(before)).toEqual(['inject']);
  });
});

describe('a consent given while the worker starts', () => {
  it('is not undone by the start-up check queued before it: each check reads consent in its turn', async () => {
    const { api, isRegistered } = fakeApi();
    // A change already being applied holds the queue; the start-up check is queued behind it…
    void syncWatcherRegistration(consent(false, false, false), { api });
    let stored: Consent = consent(false, false, false);
    const startUpCheck = syncWatcherRegistration(async () => stored, { api });
    // …and the person opts in before its turn (the watch's own sync may already have run).
    stored = consent(true, false, false);
    await startUpCheck;
    expect(isRegistered()).toBe(true);
  });
});
