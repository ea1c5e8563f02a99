/** Injecting the React composer panel into one LinkedIn tab, only for people who opted in. */
import { browser } from 'wxt/browser';
import { PANEL_MOUNTED_KEY } from '../linkedin/bridge';
import { consentItem } from '../settings';
import { composerConsented } from '../settings/composer-help';

/**
 * In-flight injections per tab, so two quick "panel:open" messages mount one panel.
 * Deliberately module state: it only lives as long as an injection does, and a worker that
 * dies mid-injection takes the injection with it (the watcher asks again on the next composer).
 */
type Injection = 'injected' | 'already-open' | 'no-composer';
const inFlight = new Map<number, Promise<Injection>>();

export async function openPanel(tabId: number): Promise<Injection | 'no-consent'> {
  const consent = await consentItem.getValue();
  // The panel carries suggestions and reminders; either consent is reason to show it.
  if (!composerConsented(consent)) return 'no-consent';
  const running = inFlight.get(tabId);
  if (running) return running;
  const injection = (async () => {
    try {
      // The watcher asks early (when the person asks LinkedIn for a composer) and again once the
      // composer is stable. Injecting twice would make WXT retire the first panel (a remount,
      // losing the person's place): ask the tab first, in the same isolated world.
      const [probe] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        // Serialized into the tab: the key travels as an argument, not a closure.
        func: (key: string) => (globalThis as Record<symbol, unknown>)[Symbol.for(key)] === true,
        args: [PANEL_MOUNTED_KEY],
      });
      if (probe?.result === true) return 'already-open' as const;
      const [result] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        files: ['/content-scripts/composer-panel.js'],
      });
      const answer = result?.result;
      return answer === 'already-open' || answer === 'no-composer' ? answer : ('injected' as const);
    } finally {
      inFlight.delete(tabId);
    }
  })();
  inFlight.set(tabId, injection);
  return injection;
}
