/**
 * The LinkedIn watcher reads consent straight from `browser.storage.local` (lib/watcher/consent.ts,
 * lib/shared/settings/direct.ts) instead of through WXT's storage layer, to stay under 10 KB (P1). It must
 * see exactly what every other surface sees through `consentItem`: the same key, the same shape,
 * for values written by this build, by a version 1 build (no version mark), of a wrong shape, or
 * none at all — and a change made anywhere reaches it at once.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CONSENT_KEY, liveConsent } from '@/lib/watcher/consent';
import { consentItem, DEFAULT_CONSENT, POLICY_VERSION, setConsent } from '@/lib/shared/settings';
import { CONSENT_STORED } from '@/lib/shared/settings/consent-shape';
import { watchStored } from '@/lib/shared/settings/direct';

const yes = { granted: true, at: '2026-11-27T08:00:00.000Z', policyVersion: POLICY_VERSION };
const no = { granted: false, at: '2026-11-27T08:00:00.000Z', policyVersion: POLICY_VERSION };

async function watcherSees() {
  const controller = new AbortController();
  const consent = await liveConsent(controller.signal);
  controller.abort();
  return consent.current();
}

describe('the watcher’s consent, read without WXT storage', () => {
  it('uses the key consentItem writes', async () => {
    await consentItem.setValue({ panel: yes, reminders: no, recordShares: yes });
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toContain(CONSENT_KEY);
    expect(`local:${CONSENT_KEY}`).toBe(consentItem.key);
  });

  it.each([
    ['nothing stored', undefined],
    ['written by this build', { panel: yes, reminders: no, recordShares: yes }],
    ['a version 1 value without a version mark, missing a field', { panel: yes, recordShares: { granted: true } }],
    ['a string', 'yes please'],
    ['a record of the wrong types', { panel: { granted: 'true', at: 5, policyVersion: '1' } }],
    ['a consent under an older policy version', { panel: { ...yes, policyVersion: 0 }, reminders: yes }],
  ])('reads %s exactly as consentItem does', async (_name, stored) => {
    if (stored !== undefined) await fakeBrowser.storage.local.set({ [CONSENT_KEY]: stored });
    const expected = await consentItem.getValue();
    expect(await watcherSees()).toEqual(expected);
    if (stored === undefined) expect(expected).toEqual(DEFAULT_CONSENT);
  });

  it('follows a change made elsewhere (options, popup) at once, and stops following when stopped', async () => {
    const controller = new AbortController();
    let changes = 0;
    const consent = await liveConsent(controller.signal, () => (changes += 1));
    expect(consent.recordShares()).toBe(false);
    await setConsent('recordShares', true);
    expect(changes).toBe(1);
    expect(consent.recordShares()).toBe(true);
    expect(consent.current()).toEqual(await consentItem.getValue());
    await setConsent('panel', true);
    expect(consent.composer()).toBe(true);
    await consentItem.removeValue();
    expect(consent.current()).toEqual(DEFAULT_CONSENT);
    controller.abort();
    const before = changes;
    await setConsent('panel', true);
    expect(changes).toBe(before);
  });

  it('never writes to storage itself', async () => {
    await fakeBrowser.storage.local.set({ [CONSENT_KEY]: { panel: yes } });
    const before = await fakeBrowser.storage.local.get(null);
    await watcherSees();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('stops quietly after the extension was updated under the page (its APIs throw then)', () => {
    const unwatch = watchStored(CONSENT_STORED, () => undefined);
    // Chrome, once the extension that injected us is reloaded: "Extension context invalidated".
    const gone = vi.spyOn(fakeBrowser.storage.onChanged, 'removeListener').mockImplementation(() => {
      throw new Error('Extension context invalidated.');
    });
    expect(() => unwatch()).not.toThrow();
    expect(gone).toHaveBeenCalledOnce();
    gone.mockRestore();
  });
});
