/** Injecting the React composer panel into one LinkedIn tab, only for people who opted in. */
import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { PANEL_MOUNTED_KEY } from '../shared/linkedin/bridge';
import { consentItem } from '../shared/settings';
import { composerConsented } from '../shared/settings/composer-help';

/**
 * Injects one of the extension's on-demand scripts (the composer panel, the comment helper) into a
 * tab's top frame, once. In-flight injections are kept per script and tab, so two quick requests
 * mount one panel. Deliberately module state: it only lives as long as an injection does, and a
 * worker that dies mid-injection takes the injection with it (the watcher asks again next time).
 */
type Injection = 'injected' | 'already-open' | 'no-composer';
const inFlight = new Map<string, Promise<Injection>>();

export function injectOnce(tabId: number, file: ScriptPublicPath, mountedKey: string): Promise<Injection> {
  const flightKey = `${file}#${tabId}`;
  const running = inFlight.get(flightKey);
  if (running) return running;
  const injection = (async () => {
    try {
      // The watcher asks early (when the person asks LinkedIn for a composer) and again once the
      // composer is stable. Injecting twice would make WXT retire the first mount (a remount,
      // losing the person's place): ask the tab first, in the same isolated world.
      const [probe] = await browser.scripting.executeScript({
        target: { tabId, frameIds: [0] },
        // Serialized into the tab: the key travels as an argument, not a closure.
        func: (key: string) => (globalThis as Record<symbol, unknown>)[Symbol.for(key)] === true,
        args: [mountedKey],
      });
      if (probe?.result === true) return 'already-open' as const;
      const [result] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
      const answer = result?.result;
      return answer === 'already-open' || answer === 'no-composer' ? answer : ('injected' as const);
    } finally {
      inFlight.delete(flightKey);
    }
  })();
  inFlight.set(flightKey, injection);
  return injection;
}

export async function openPanel(tabId: number): Promise<Injection | 'no-consent'> {
  const consent = await consentItem.getValue();
  // The panel carries suggestions and reminders; either consent is reason to show it.
  if (!composerConsented(consent)) return 'no-consent';
  return injectOnce(tabId, '/content-scripts/composer-panel.js', PANEL_MOUNTED_KEY);
}
