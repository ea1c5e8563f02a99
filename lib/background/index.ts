/**
 * Everything the background worker does, wired synchronously on start (listeners must be
 * registered in the first turn of the worker or Chrome may miss the event that woke it).
 */
import { browser } from 'wxt/browser';
import { getDb } from '../db';
import { readHealth, recordHealth } from '../health';
import { createRouter, type Handlers } from '../messaging/handle';
import { recordShare } from '../shares/record';
import { getStats } from '../stats/handler';
import { openPanel } from './panel-injection';

function notYet(): never {
  throw new Error('The feed is not available yet.');
}

export function createHandlers(): Handlers {
  return {
    'health:report': async ({ event, detail }) => {
      await recordHealth(event, detail);
      return {};
    },
    'health:get': () => readHealth(),
    'panel:open': async (_request, { tabId }) => {
      if (tabId === null) throw new Error('panel:open needs a tab');
      return { status: await openPanel(tabId) };
    },
    'share:record': async (event) => ({ status: await recordShare(getDb(), event) }),
    // --- feed: placeholders until lib/feed lands (answer with an error result, never crash) ---
    'feed:panel-data': notYet,
    'feed:status': notYet,
    'feed:sync-now': notYet,
    'feed:test-url': notYet,
    'feed:overview': notYet,
    // --- stats (lib/stats) ---
    'stats:get': ({ timeZone }) => getStats(getDb(), timeZone),
  };
}

export function startBackground(): void {
  const route = createRouter(createHandlers(), browser.runtime.id, browser.runtime.getURL('/'));
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void route(message, sender).then(sendResponse);
    return true; // keeps the channel open for the async answer (Chrome and Firefox)
  });
}
