import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  consentHistoryItem,
  consentItem,
  consentState,
  needsReconfirmation,
  POLICY_VERSION,
  setConsent,
} from '@/lib/shared/settings';
import { onConsentWithdrawn } from '@/lib/injected/consent-watch';
import { checkFeedUrl, originPattern } from '@/lib/shared/settings/feed-url';
import { readManagedPolicy, resetManagedPolicyCache } from '@/lib/shared/settings/managed';
import { onboardingUrl, openOnboardingOnInstall } from '@/lib/worker/settings/onboarding';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('consent state for the options page', () => {
  it('asks again when a consent was given under an older policy version', async () => {
    expect(consentState(await consentItem.getValue(), 'panel')).toBe('off');
    expect(needsReconfirmation(await consentItem.getValue())).toBe(false);
    await consentItem.setValue({
      ...(await consentItem.getValue()),
      panel: { granted: true, at: '2026-01-01T00:00:00.000Z', policyVersion: POLICY_VERSION - 1 },
    });
    expect(consentState(await consentItem.getValue(), 'panel')).toBe('outdated');
    expect(needsReconfirmation(await consentItem.getValue())).toBe(true);

    await setConsent('panel', true);
    expect(consentState(await consentItem.getValue(), 'panel')).toBe('on');
    expect(needsReconfirmation(await consentItem.getValue())).toBe(false);
  });

  it('keeps every change in the exportable history, withdrawals included', async () => {
    await setConsent('recordShares', true, new Date('2026-11-01T08:00:00Z'));
    await setConsent('recordShares', false, new Date('2026-11-02T08:00:00Z'));
    expect(await consentHistoryItem.getValue()).toEqual([
      { kind: 'recordShares', granted: true, at: '2026-11-01T08:00:00.000Z', policyVersion: POLICY_VERSION },
      { kind: 'recordShares', granted: false, at: '2026-11-02T08:00:00.000Z', policyVersion: POLICY_VERSION },
    ]);
  });
});

describe('onConsentWithdrawn (live removal of the panel)', () => {
  it('fires when the last of the kinds is withdrawn, not while one remains', async () => {
    await setConsent('panel', true);
    await setConsent('reminders', true);
    const cb = vi.fn();
    const stop = onConsentWithdrawn(['panel', 'reminders'], cb);
    await setConsent('panel', false);
    await flush();
    expect(cb).not.toHaveBeenCalled();
    await setConsent('reminders', false);
    await flush();
    expect(cb).toHaveBeenCalledTimes(1);
    // Changing an unrelated consent while already off does not fire again.
    await setConsent('recordShares', true);
    await flush();
    expect(cb).toHaveBeenCalledTimes(1);
    stop();
  });

  it('fires when everything is deleted (storage cleared)', async () => {
    await setConsent('panel', true);
    const cb = vi.fn();
    const stop = onConsentWithdrawn(['panel'], cb);
    await fakeBrowser.storage.local.clear();
    await flush();
    expect(cb).toHaveBeenCalledTimes(1);
    stop();
  });
});

describe('feed URL check', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['feed.example.com', 'invalid'],
    ['http://feed.example.com/feed.json', 'not-https'],
    ['ftp://feed.example.com/feed.json', 'not-https'],
    ['https://user:pw@feed.example.com/feed.json', 'invalid'],
    // The manifest cannot offer a host permission for it: refused with its own message.
    ['http://127.0.0.1:8080/feed.json', 'loopback-ip'],
  ])('rejects %j as %s', (input, reason) => {
    expect(checkFeedUrl(input)).toEqual({ ok: false, reason });
  });

  it('accepts https and local development addresses', () => {
    expect(checkFeedUrl(' https://news.example.com/feed.json ')).toEqual({
      ok: true,
      url: 'https://news.example.com/feed.json',
      origin: 'https://news.example.com',
    });
    expect(checkFeedUrl('http://localhost:8080/feed.json').ok).toBe(true);
    expect(originPattern('http://localhost:8080')).toBe('http://localhost/*');
    expect(originPattern('https://news.example.com')).toBe('https://news.example.com/*');
  });
});

describe('managed policy', () => {
  it('reads an https feed URL set by the organization and ignores anything else', async () => {
    resetManagedPolicyCache();
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get');
    get.mockResolvedValueOnce({ feedUrl: 'https://intranet.example.com/feed.json' } as never);
    expect(await readManagedPolicy()).toMatchObject({ feedUrl: 'https://intranet.example.com/feed.json' });
    resetManagedPolicyCache();
    get.mockResolvedValueOnce({ feedUrl: 'http://intranet.example.com/feed.json' } as never);
    expect(await readManagedPolicy()).toMatchObject({ feedUrl: null });
    resetManagedPolicyCache();
    get.mockRejectedValueOnce(new Error('Managed storage is not available'));
    expect(await readManagedPolicy()).toMatchObject({ feedUrl: null });
    resetManagedPolicyCache();
  });

  it('answers from the last known policy while the first read of a browser session is slow', async () => {
    resetManagedPolicyCache();
    const get = vi.spyOn(fakeBrowser.storage.managed, 'get');
    get.mockResolvedValueOnce({ feedUrl: 'https://intranet.example.com/feed.json' } as never);
    expect(await readManagedPolicy()).toMatchObject({ feedUrl: 'https://intranet.example.com/feed.json' });

    // A new worker after a browser restart: Chromium's first read takes seconds.
    resetManagedPolicyCache();
    let answer: (value: unknown) => void = () => undefined;
    get.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)) as never);
    const started = Date.now();
    expect(await readManagedPolicy()).toMatchObject({ feedUrl: 'https://intranet.example.com/feed.json' });
    expect(Date.now() - started).toBeLessThan(1000);

    // IT changed the policy meanwhile: the slow read brings it, and it is used from then on.
    answer({ feedUrl: 'https://intranet.example.com/new-feed.json' });
    await vi.waitFor(async () =>
      expect(await readManagedPolicy()).toMatchObject({ feedUrl: 'https://intranet.example.com/new-feed.json' }),
    );
    resetManagedPolicyCache();
  });
});

describe('first run', () => {
  it('opens the options page on the onboarding view on install only', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    openOnboardingOnInstall();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(create).toHaveBeenCalledWith({ url: onboardingUrl() });
    expect(onboardingUrl()).toMatch(/\/options\.html#onboarding$/);
  });
});
