/**
 * Live consent withdrawal for surfaces already on screen (the composer panel in an open
 * LinkedIn tab): when the person switches the last of `kinds` off in the options page, `cb`
 * runs at once — no reload (S6). Kept free of zod/React so any script can use it.
 */
import { composerConsented } from '../shared/settings/composer-help';
import { consentItem, hasConsent, type Consent, type ConsentKind } from '../shared/settings/index';

/** True while at least one of `kinds` is consented under the current policy version. */
export function anyConsent(consent: Consent | null | undefined, kinds: readonly ConsentKind[]): boolean {
  return kinds.some((kind) => hasConsent(consent, kind));
}

/**
 * Calls `cb` once none of `kinds` is consented any more (also when a policy bump made the
 * old consent stop counting). Returns the unwatch function.
 */
export function onConsentWithdrawn(kinds: readonly ConsentKind[], cb: () => void): () => void {
  return consentItem.watch((next, previous) => {
    if (!anyConsent(next, kinds) && anyConsent(previous, kinds)) cb();
  });
}

/** Calls `cb` once the composer help is no longer consented (lib/shared/settings/composer-help.ts). */
export function onComposerConsentWithdrawn(cb: () => void): () => void {
  return consentItem.watch((next, previous) => {
    if (!composerConsented(next) && composerConsented(previous)) cb();
  });
}
