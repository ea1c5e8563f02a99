/**
 * Watches for LinkedIn's post composer and asks the background for the panel once it is
 * stable — only when the person opted in. Placeholder detection until the composer issue
 * lands the full selectors module.
 */
import { send } from '../../messaging/send';
import { consentItem, hasConsent } from '../../settings';
import { findComposer } from '../selectors';
import type { LinkedInFeature } from './index';

export const composerWatcher: LinkedInFeature = {
  id: 'composer-watcher',
  async init(signal) {
    let consent = await consentItem.getValue();
    const unwatch = consentItem.watch((next) => (consent = next));
    signal.addEventListener('abort', unwatch);
    let asked = false;
    const check = () => {
      if (!hasConsent(consent, 'panel') && !hasConsent(consent, 'reminders')) return;
      const composer = findComposer(document);
      if (composer && !asked) {
        asked = true;
        void send('panel:open', {});
      } else if (!composer) {
        asked = false;
      }
    };
    const observer = new MutationObserver(() => requestAnimationFrame(check));
    observer.observe(document.body, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect());
    check();
  },
};
