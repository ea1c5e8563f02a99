/**
 * The LinkedIn watcher (entrypoints/linkedin.content.ts) runs only for people who said yes to
 * something. It is not in the manifest: the background registers it with
 * `scripting.registerContentScripts` when a consent is given and removes it when the last one
 * is withdrawn. People who have not opted in get no script on LinkedIn at all — zero cost at
 * page load (quality P2) and nothing LinkedIn's page could notice.
 *
 * The registration is re-checked on every worker start: Chrome drops dynamic scripts on an
 * extension update, and a policy-version bump can make old consents stop counting.
 */
import { browser } from 'wxt/browser';
import { markStartedInOpenTab } from '../shared/linkedin/bridge';
import { consentItem, type Consent } from '../shared/settings';
import { watcherWanted } from '../shared/settings/composer-help';

export { watcherWanted };

export const WATCHER_SCRIPT_ID = 'linkedin-watcher';
export const WATCHER_FILE = '/content-scripts/linkedin.js';

/** What gets registered: LinkedIn only, top frame only, after the page is parsed. */
export const WATCHER_REGISTRATION = {
  id: WATCHER_SCRIPT_ID,
  matches: ['https://www.linkedin.com/*'],
  js: [WATCHER_FILE],
  runAt: 'document_idle',
  allFrames: false,
  persistAcrossSessions: true,
} as const;

/** The slice of `browser` this needs (injectable for tests). */
export interface WatcherApi {
  registered(): Promise<boolean>;
  register(): Promise<void>;
  unregister(): Promise<void>;
  /** Runs the watcher in LinkedIn tabs that are already open (the person just opted in). */
  injectIntoOpenTabs(): Promise<void>;
}

export const browserWatcherApi: WatcherApi = {
  async registered() {
    const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [WATCHER_SCRIPT_ID] });
    return scripts.length > 0;
  },
  async register() {
    const { matches, js } = WATCHER_REGISTRATION;
    await browser.scripting.registerContentScripts([{ ...WATCHER_REGISTRATION, matches: [...matches], js: [...js] }]);
  },
  async unregister() {
    await browser.scripting.unregisterContentScripts({ ids: [WATCHER_SCRIPT_ID] });
  },
  async injectIntoOpenTabs() {
    // The LinkedIn host permission shows these tabs' URLs (no "tabs" permission). Filtered here
    // rather than with query({ url }), which older Firefox refused without "tabs".
    const tabs = await browser.tabs.query({});
    await Promise.allSettled(
      tabs
        .filter((tab) => typeof tab.id === 'number' && isLinkedInTab(tab.url))
        .map(async (tab) => {
          const target = { tabId: tab.id!, frameIds: [0] };
          // Tells the watcher it starts in an open tab, so a composer already open there is
          // adopted rather than trusted (lib/shared/linkedin/session.ts); our isolated world only.
          await browser.scripting.executeScript({ target, func: markStartedInOpenTab });
          await browser.scripting.executeScript({ target, files: [WATCHER_FILE] });
        }),
    );
  },
};

function isLinkedInTab(url: string | undefined): boolean {
  return !!url && url.startsWith('https://www.linkedin.com/');
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Makes the registration match `consent`. Calls are queued so two quick consent changes never
 * race into "duplicate script id". `openTabs`: also start the watcher in LinkedIn tabs that are
 * already open, so opting in works without a reload (withdrawing already applies live: the
 * running watcher follows consent itself).
 */
export function syncWatcherRegistration(
  consent: Consent | null | undefined | (() => Promise<Consent | null | undefined>),
  { openTabs = false, api = browserWatcherApi }: { openTabs?: boolean; api?: WatcherApi } = {},
): Promise<'registered' | 'unregistered' | 'unchanged'> {
  const run = queue.then(async () => {
    // A reader is read in turn, not when the call was queued: a value read at worker start
    // and queued after a consent given meanwhile must not undo it.
    const wanted = watcherWanted(typeof consent === 'function' ? await consent() : consent);
    const registered = await api.registered();
    if (wanted === registered) return 'unchanged' as const;
    if (wanted) {
      await api.register();
      if (openTabs) await api.injectIntoOpenTabs();
      return 'registered' as const;
    }
    await api.unregister();
    return 'unregistered' as const;
  });
  queue = run.catch(() => undefined);
  return run;
}

/** Wires the registration to consent: checked now (worker start) and on every change. */
export function keepWatcherRegistered(api: WatcherApi = browserWatcherApi): void {
  const report = (error: unknown) => console.warn('[advocacy] could not update the LinkedIn watcher', error);
  // Both read the stored consent when their turn comes (see syncWatcherRegistration).
  const current = () => consentItem.getValue();
  syncWatcherRegistration(current, { api }).catch(report);
  consentItem.watch(() => {
    syncWatcherRegistration(current, { api, openTabs: true }).catch(report);
  });
  // After an update the watcher in open LinkedIn tabs is an orphan of the old version (it can
  // no longer reach us and stops at the person's next action, lib/shared/linkedin/script-context.ts):
  // start the new version there, so a post made without reloading the tab is still recorded.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'update') return;
    void restartWatcherInOpenTabs(api).catch(report);
  });
}

/** Starts the current watcher in open LinkedIn tabs when the person opted in (after an update). */
export async function restartWatcherInOpenTabs(api: WatcherApi = browserWatcherApi): Promise<boolean> {
  const consent = await consentItem.getValue();
  if (!watcherWanted(consent)) return false;
  // Queued behind the start-up sync, which registers the script again first.
  await queue;
  await api.injectIntoOpenTabs();
  return true;
}
