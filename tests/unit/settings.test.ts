import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { consentHistoryItem, consentItem, hasConsent, POLICY_VERSION, setConsent } from '@/lib/shared/settings';

describe('consent', () => {
  it('is off for every kind on a fresh install', async () => {
    const consent = await consentItem.getValue();
    expect(hasConsent(consent, 'panel')).toBe(false);
    expect(hasConsent(consent, 'reminders')).toBe(false);
    expect(hasConsent(consent, 'recordShares')).toBe(false);
  });

  it('records time and policy version, separately per kind, with a history', async () => {
    const now = new Date('2026-11-26T09:00:00Z');
    await setConsent('panel', true, now);
    const consent = await consentItem.getValue();
    expect(consent.panel).toEqual({ granted: true, at: now.toISOString(), policyVersion: POLICY_VERSION });
    expect(hasConsent(consent, 'panel')).toBe(true);
    expect(hasConsent(consent, 'recordShares')).toBe(false);

    await setConsent('panel', false, new Date('2026-11-26T10:00:00Z'));
    expect(hasConsent(await consentItem.getValue(), 'panel')).toBe(false);
    expect((await consentHistoryItem.getValue()).map((entry) => entry.granted)).toEqual([true, false]);
  });

  it('writes the consent and its history line together: a page closed in between cannot keep only one', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await setConsent('recordShares', true, new Date('2026-11-26T09:00:00Z'));
    const writes = set.mock.calls.map(([values]) => Object.keys(values as object).sort());
    set.mockRestore();
    expect(writes).toEqual([['consent', 'consent$', 'consentHistory', 'consentHistory$']]);
    expect(await fakeBrowser.storage.local.get('consent$')).toEqual({ consent$: { v: consentItem.version } });
    expect(hasConsent(await consentItem.getValue(), 'recordShares')).toBe(true);
    expect(await consentHistoryItem.getValue()).toEqual([
      { kind: 'recordShares', granted: true, at: '2026-11-26T09:00:00.000Z', policyVersion: POLICY_VERSION },
    ]);
  });

  it('stops counting a consent given under an older policy version (asks again)', async () => {
    await consentItem.setValue({
      ...(await consentItem.getValue()),
      recordShares: { granted: true, at: '2026-01-01T00:00:00.000Z', policyVersion: POLICY_VERSION - 1 },
    });
    expect(hasConsent(await consentItem.getValue(), 'recordShares')).toBe(false);
  });
});
