/** The watcher's live view of consent: changes apply at once in open tabs, no reload. */
import { consentItem, hasConsent, type Consent } from '../settings';

export interface LiveConsent {
  current(): Consent;
  /** Panel or reminders: the composer integration may run. */
  composer(): boolean;
  recordShares(): boolean;
}

export async function liveConsent(signal: AbortSignal, onChange?: () => void): Promise<LiveConsent> {
  let consent = await consentItem.getValue();
  const unwatch = consentItem.watch((next) => {
    consent = next;
    onChange?.();
  });
  signal.addEventListener('abort', unwatch);
  return {
    current: () => consent,
    composer: () => hasConsent(consent, 'panel') || hasConsent(consent, 'reminders'),
    recordShares: () => hasConsent(consent, 'recordShares'),
  };
}
