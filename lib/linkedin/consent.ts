/**
 * The watcher's live view of consent: changes apply at once in open tabs, no reload. Read
 * straight from `browser.storage.local` (lib/settings/direct.ts), not through WXT's storage
 * layer, which would cost the always-on watcher about 3 KB (P1); the same declaration as the
 * settings item (CONSENT_STORED).
 */
import { composerConsented } from '../settings/composer-help';
import { CONSENT_KEY, CONSENT_STORED, hasConsent, type Consent } from '../settings/consent-shape';
import { readStored, watchStored } from '../settings/direct';

export { CONSENT_KEY };

export interface LiveConsent {
  current(): Consent;
  /** Panel or reminders: the composer integration may run (lib/settings/composer-help.ts). */
  composer(): boolean;
  recordShares(): boolean;
}

export async function liveConsent(signal: AbortSignal, onChange?: () => void): Promise<LiveConsent> {
  let consent = await readStored(CONSENT_STORED);
  const unwatch = watchStored(CONSENT_STORED, (next) => {
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
