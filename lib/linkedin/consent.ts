/**
 * The watcher's live view of consent: changes apply at once in open tabs, no reload. Read
 * straight from `browser.storage.local` (lib/settings/direct.ts), not through WXT's storage
 * layer, which would cost the always-on watcher about 3 KB (P1); same key, same reader.
 */
import { composerConsented } from '../settings/composer-help';
import { CONSENT_KEY, DEFAULT_CONSENT, hasConsent, readConsent, type Consent } from '../settings/consent-shape';
import { readStored, watchStored } from '../settings/direct';

export { CONSENT_KEY };

export interface LiveConsent {
  current(): Consent;
  /** Panel or reminders: the composer integration may run (lib/settings/composer-help.ts). */
  composer(): boolean;
  recordShares(): boolean;
}

export async function liveConsent(signal: AbortSignal, onChange?: () => void): Promise<LiveConsent> {
  let consent = await readStored(CONSENT_KEY, readConsent, DEFAULT_CONSENT);
  const unwatch = watchStored(CONSENT_KEY, readConsent, DEFAULT_CONSENT, (next) => {
    consent = next;
    onChange?.();
  });
  signal.addEventListener('abort', unwatch);
  return {
    current: () => consent,
    composer: () => composerConsented(consent),
    recordShares: () => hasConsent(consent, 'recordShares'),
  };
}
