/**
 * The background's side of "Share this page on LinkedIn": it opens LinkedIn's composer in a new
 * tab and remembers, for that tab only, which page is being shared. When LinkedIn then confirms a
 * post from that tab that did not start from a suggestion, the share is recorded as kind
 * 'own-link' with the page's link (and, like every share, only with the record consent). The
 * watcher reports posts as before; only the background, which opened the tab, can say "own link":
 * a LinkedIn page cannot claim it.
 *
 * Kept in storage.session: in memory, readable by the background and extension pages only (not by
 * content scripts), survives the worker being stopped, gone when the browser closes.
 */
import { browser } from 'wxt/browser';
import { checkedFromVersion1, defineStoredItem } from '../../shared/settings';
import { isRecord, listOf, timeOrNull, type Reader } from '../../shared/settings/read';
import type { ShareEvent } from '../db/types';
import { linkedInComposerUrl, shareablePageUrl } from '../../shared/this-page/links';

export interface PendingOwnLink {
  tabId: number;
  url: string;
  /** ISO time the composer was opened. */
  at: string;
}

/** How long after opening the composer a post from that tab still counts as sharing the page. */
export const OWN_LINK_WINDOW_MS = 2 * 3600_000;
const MAX_PENDING = 20;

const readPendingOwnLinks: Reader<PendingOwnLink[]> = listOf((value) => {
  if (!isRecord(value)) return undefined;
  const at = timeOrNull(value.at);
  const { tabId, url } = value;
  if (!at || typeof tabId !== 'number' || !Number.isInteger(tabId) || typeof url !== 'string') return undefined;
  return { tabId, url, at };
}, MAX_PENDING);

export const pendingOwnLinksItem = defineStoredItem<PendingOwnLink[]>('session:pendingOwnLinks', {
  fallback: [],
  read: readPendingOwnLinks,
  version: 2,
  migrations: checkedFromVersion1(readPendingOwnLinks),
});

function fresh(list: PendingOwnLink[], now: Date): PendingOwnLink[] {
  return list.filter((entry) => {
    const at = Date.parse(entry.at);
    return Number.isFinite(at) && now.getTime() - at < OWN_LINK_WINDOW_MS && at <= now.getTime();
  });
}

/** Opens LinkedIn's composer with the page's link in a new tab, and remembers that tab. */
export async function openOwnLinkShare(
  pageUrl: string,
  deps: { createTab?: (url: string) => Promise<{ id?: number }>; now?: Date } = {},
): Promise<'opened' | 'not-shareable'> {
  const url = shareablePageUrl(pageUrl);
  if (!url) return 'not-shareable';
  const createTab = deps.createTab ?? ((target: string) => browser.tabs.create({ url: target }));
  const tab = await createTab(linkedInComposerUrl(url));
  if (typeof tab.id === 'number') {
    const now = deps.now ?? new Date();
    const others = fresh(await pendingOwnLinksItem.getValue(), now).filter((entry) => entry.tabId !== tab.id);
    await pendingOwnLinksItem.setValue([...others, { tabId: tab.id, url, at: now.toISOString() }].slice(-MAX_PENDING));
  }
  return 'opened';
}

/**
 * The share event as it should be stored: a post without a suggestion from a tab the popup
 * opened for "Share this page" becomes kind 'own-link' with that page's link (the first such
 * post only; the tab is forgotten then). Everything else is returned unchanged.
 */
export async function asOwnLinkShare(event: ShareEvent, tabId: number | null, now = new Date()): Promise<ShareEvent> {
  if (event.kind !== 'post' || event.suggestionId !== null || tabId === null) return event;
  const pending = fresh(await pendingOwnLinksItem.getValue(), now);
  const match = pending.find((entry) => entry.tabId === tabId);
  if (!match) return event;
  await pendingOwnLinksItem.setValue(pending.filter((entry) => entry !== match));
  return {
    ...event,
    kind: 'own-link',
    // The stored source link is https only (as for suggestions); an http page is recorded without it.
    sourceUrl: /^https:\/\//.test(match.url) ? match.url : null,
  };
}
