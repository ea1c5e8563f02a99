/**
 * Everything the background worker does, wired synchronously on start (listeners must be
 * registered in the first turn of the worker or Chrome may miss the event that woke it).
 */
import { browser } from 'wxt/browser';
import { deleteEverything, deleteShares, exportData, summarize } from '../data';
import { getDb } from '../db';
import { createFeedHandlers } from '../feed/handlers';
import { ensureSyncAlarm, readCurrentFeed, SYNC_ALARM, syncFeed } from '../feed/sync';
import { feedUrlItem, preferencesItem } from '../settings';
import { readHealth, recordHealth } from '../health';
import { createRouter, type Handlers } from '../messaging/handle';
import { drainOutbox } from '../shares/outbox-drain';
import { recordShare } from '../shares/record';
import { recordRepost } from '../shares/repost';
import { toOrganization } from '../feed/normalize';
import { getStats } from '../stats/handler';
import { openOnboardingOnInstall } from '../settings/onboarding';
import { readManagedPolicy } from '../settings/managed';
import { answerReport, keepFailureSignals } from './layout-report';
import { openPanel } from './panel-injection';
import { keepWatcherRegistered } from './watcher-registration';

export function createHandlers(): Handlers {
  return {
    'health:report': async ({ event, detail }, { tabId, url }) => {
      await recordHealth(event, detail);
      // Keep how the page looked at that moment, for "Copy a report for the developers".
      if ((event === 'composer-not-found' || event === 'insert-failed') && tabId !== null) {
        await keepFailureSignals(tabId, url, event);
      }
      return {};
    },
    'health:get': () => readHealth(),
    'report:get': () => answerReport(),
    'panel:open': async (_request, { tabId }) => {
      if (tabId === null) throw new Error('panel:open needs a tab');
      return { status: await openPanel(tabId) };
    },
    'share:record': async (event) => ({ status: await recordShare(getDb(), event) }),
    'share:repost': async (repost) => {
      const feed = await readCurrentFeed({ db: getDb() });
      return { status: await recordRepost(getDb(), feed ? toOrganization(feed) : null, repost) };
    },
    ...createFeedHandlers(),
    // --- stats (lib/stats) ---
    'stats:get': ({ timeZone }) => getStats(getDb(), timeZone),
    // --- options: the person's data ---
    'data:export': () => exportData(getDb()),
    'data:summary': () => summarize(getDb()),
    'data:delete-shares': async () => ({ deleted: await deleteShares(getDb()) }),
    'data:delete-all': async () => {
      const deleted = await deleteEverything(getDb());
      // The cached company feed went too: fetch it again so suggestions work when the
      // person opts in again (company content only; nothing about the person).
      void syncFeed({ db: getDb() }, 'source-changed');
      return { deleted };
    },
  };
}

/** Records the shares still waiting in the outbox through the same handlers as their messages. */
export function drainShareOutbox(handlers: Handlers = createHandlers()) {
  const context = { kind: 'linkedin', tabId: null, frameId: 0, url: null } as const;
  return drainOutbox(async (type, payload) =>
    type === 'share:record'
      ? handlers['share:record'](payload as Parameters<Handlers['share:record']>[0], context)
      : handlers['share:repost'](payload as Parameters<Handlers['share:repost']>[0], context),
  );
}

export function startBackground(): void {
  const handlers = createHandlers();
  const route = createRouter(handlers, browser.runtime.id, browser.runtime.getURL('/'));
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true; // keeps the channel open for the async answer (Chrome and Firefox)
  });

  // Feed sync: the alarm is ensured on every worker start (R2); sync on install/startup,
  // on the alarm, and when the feed source or the period changes.
  const sync = (reason: Parameters<typeof syncFeed>[1]) => void syncFeed({ db: getDb() }, reason);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) sync('alarm');
  });
  browser.runtime.onInstalled.addListener(() => sync('startup'));
  browser.runtime.onStartup.addListener(() => sync('startup'));
  feedUrlItem.watch(() => sync('source-changed'));
  preferencesItem.watch((next, previous) => {
    if (next.syncPeriodMinutes !== previous?.syncPeriodMinutes) void ensureSyncAlarm();
  });
  void ensureSyncAlarm();
  // Chromium's first read of managed storage takes ~1.5 s; start it now so the popup's
  // first feed:status does not wait for it.
  void readManagedPolicy();

  // The LinkedIn watcher runs only for people who opted in (registered at runtime).
  keepWatcherRegistered();

  // A share confirmed while the worker was stopping waits in extension storage (R9).
  void drainShareOutbox(handlers).catch((error: unknown) =>
    console.warn('[advocacy] could not record the waiting shares', error),
  );

  // First run: open the options page on the onboarding view (consent first).
  openOnboardingOnInstall();
}
