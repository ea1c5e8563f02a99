/** First run: on install the options page opens on the onboarding view (background side). */
import { browser } from 'wxt/browser';
import { ONBOARDING_HASH } from '../../shared/settings/index';

/** The page address of the onboarding view. */
export function onboardingUrl(): string {
  return browser.runtime.getURL(`/options.html${ONBOARDING_HASH}`);
}

/**
 * Registers the install listener. Only a fresh install opens the page: updates and browser
 * restarts must not put a tab in front of the person. `tabs.create` needs no permission.
 */
export function openOnboardingOnInstall(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    void browser.tabs.create({ url: onboardingUrl() }).catch((error: unknown) => {
      console.warn('[advocacy] could not open the onboarding page', error);
    });
  });
}
