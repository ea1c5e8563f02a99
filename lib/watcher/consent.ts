/**
 * The watcher's live view of consent: changes apply at once in open tabs, no reload. Read
 * straight from `browser.storage.local` (lib/shared/settings/direct.ts), not through WXT's storage
 * layer, which would cost the always-on watcher about 3 KB (P1); the same declaration as the
 * settings item (CONSENT_STORED).
 */
import { COMMENT_SWITCH_STORED, COMMENT_SWITCH_OFF } from '../shared/settings/comment-switch';
import { commentConsented, composerConsented } from '../shared/settings/composer-help';
import { CONSENT_KEY, CONSENT_STORED, hasConsent, type Consent } from '../shared/settings/consent-shape';
import { readStored, watchStored } from '../shared/settings/direct';

export { CONSENT_KEY };

export interface LiveConsent {
  current(): Consent;
  /** Panel or reminders: the composer integration may run (lib/shared/settings/composer-help.ts). */
  composer(): boolean;
  recordShares(): boolean;
  /** "Also help in comment boxes" with the reminder consent (issue 28). */
  comments(): boolean;
}

export async function liveConsent(signal: AbortSignal, onChange?: () => void): Promise<LiveConsent> {
  let consent = await readStored(CONSENT_STORED);
  let commentSwitch = COMMENT_SWITCH_OFF;
  const unwatch = watchStored(CONSENT_STORED, (next) => {
    consent = next;
    onChange?.();
  });
  signal.addEventListener('abort', unwatch);
  // The comment-box switch (issue 28): read alongside, followed live, withdrawn at once.
  commentSwitch = await readStored(COMMENT_SWITCH_STORED);
  signal.addEventListener(
    'abort',
    watchStored(COMMENT_SWITCH_STORED, (next) => {
      commentSwitch = next;
    }),
  );
  return {
    current: () => consent,
    composer: () => composerConsented(consent),
    recordShares: () => hasConsent(consent, 'recordShares'),
    comments: () => commentConsented(consent, commentSwitch),
  };
}
