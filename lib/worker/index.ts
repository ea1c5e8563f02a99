/**
 * Everything the background worker does, wired synchronously on start (listeners must be
 * registered in the first turn of the worker or Chrome may miss the event that woke it).
 */
import { browser } from 'wxt/browser';
import { deleteEverything, deleteShares, exportData, summarize } from './data';
import { getDb } from './db';
import { badgeSettingItem, forgetSeenSuggestions, markSuggestionsSeen, refreshBadge } from '../shared/badge';
import { createFeedHandlers, panelData } from './feed/handlers';
import { ensureSyncAlarm, readCurrentFeed, SYNC_ALARM, syncFeed } from './feed/sync';
import { feedUrlItem, preferencesItem } from '../shared/settings';
import { readHealth, recordHealth } from '../shared/health';
import { createRouter, type Handlers } from './messaging/handle';
import { drainOutbox } from './shares/outbox-drain';
import { recordShare } from './shares/record';
import { recordRepost } from './shares/repost';
import { toOrganization } from '../shared/feed/normalize';
import { getStats } from './stats/handler';
import { popupLastOpenedItem } from '../shared/stats/last-opened';
import { asOwnLinkShare, openOwnLinkShare, pendingOwnLinksItem } from './this-page/own-link';
import { openOnboardingOnInstall } from './settings/onboarding';
import { followManagedPolicy, readManagedPolicy } from '../shared/settings/managed';
import { shownFeedSource } from './badge-source';
import { answerReport, keepFailureSignals } from './layout-report';
import { resolveCollector, startCounting } from './counting';
import { openCommentHelper } from './comment-injection';
import { openPanel } from './panel-injection';
import { commentData } from './feed/comment-data';
import { keepWatcherRegistered } from './watcher-registration';

/** The badge counts what the panel would show the person now, against their last look at that feed. */
const badgeDeps = {
  currentIds: async () => (await panelData()).suggestions.map((suggestion) => suggestion.id),
  currentSource: shownFeedSource,
};

export function createHandlers(): Handlers {
  const feedHandlers = createFeedHandlers();
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
      const status = await openPanel(tabId);
      // The person sees the suggestions in the panel: they count as seen, the badge clears.
      if (status === 'injected' || status === 'already-open') void markSuggestionsSeen(badgeDeps);
      return { status };
    },
    'comment:open': async (_request, { tabId }) => {
      if (tabId === null) throw new Error('comment:open needs a tab');
      return { status: await openCommentHelper(tabId) };
    },
    'comment:data': () => commentData(),
    'share:record': async (event, { tabId }) => ({
      status: await recordShare(getDb(), await asOwnLinkShare(event, tabId)),
    }),
    'share:this-page': async ({ url }) => ({ status: await openOwnLinkShare(url) }),
    'share:repost': async (repost) => {
      const feed = await readCurrentFeed({ db: getDb() });
      return { status: await recordRepost(getDb(), feed ? toOrganization(feed) : null, repost) };
    },
    ...feedHandlers,
    'feed:sync-now': async () => {
      const status = await feedHandlers['feed:sync-now']();
      void refreshBadge(badgeDeps);
      return status;
    },
    // --- stats (lib/worker/stats) ---
    'stats:get': ({ timeZone }) => getStats(getDb(), timeZone),
    // --- programme results (issue 26) ---
    'counting:collector': async () => {
      const collector = await resolveCollector();
      return collector ? { url: collector.url, source: collector.source } : null;
    },
    // --- options: the person's data ---
    'data:export': () => exportData(getDb()),
    'data:summary': () => summarize(getDb()),
    'data:delete-shares': async () => ({ deleted: await deleteShares(getDb()) }),
    'data:delete-all': async () => {
      const deleted = await deleteEverything(getDb());
      // A page being shared right now is forgotten too; the badge starts afresh.
      await pendingOwnLinksItem.removeValue();
      await refreshBadge(badgeDeps);
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
  const sync = (reason: Parameters<typeof syncFeed>[1]) =>
    void syncFeed({ db: getDb() }, reason).then(() => refreshBadge(badgeDeps));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) sync('alarm');
  });
  browser.runtime.onInstalled.addListener(() => sync('startup'));
  browser.runtime.onStartup.addListener(() => sync('startup'));
  feedUrlItem.watch(() => {
    // Another feed: the person's next look is its starting point (no number until then).
    void forgetSeenSuggestions();
    sync('source-changed');
  });
  // The organization's policy changed or was removed while the browser runs (its feed address).
  followManagedPolicy(() => sync('source-changed'));
  preferencesItem.watch((next, previous) => {
    if (next.syncPeriodMinutes !== previous?.syncPeriodMinutes) void ensureSyncAlarm();
    void refreshBadge(badgeDeps); // other audiences or languages: other suggestions
  });
  // The badge: the popup's opening (it records the time) counts as looking; the switch applies at once.
  // Only an opening: "delete everything" removes the time too, and that is nobody looking (it
  // wrote the seen ids straight back after the deletion, issue 31).
  popupLastOpenedItem.watch((next) => {
    if (next) void markSuggestionsSeen(badgeDeps);
  });
  badgeSettingItem.watch(() => void refreshBadge(badgeDeps));
  // No refresh on every worker start: the browser keeps the badge while it runs, and the
  // install/startup sync above refreshes it (a start must stay light, P6).
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

  // "Count my sharing anonymously": the monthly report's plan, alarm and retries (issue 26).
  startCounting();

  // First run: open the options page on the onboarding view (consent first).
  openOnboardingOnInstall();
}
