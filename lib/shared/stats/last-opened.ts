/**
 * When the person last opened the popup, so it can show what is new in the feed since then.
 * Local only, like everything else; part of the person's own data (export / delete-everything).
 */
import { checkedFromVersion1, defineStoredItem } from '../settings';
import { timeOrNull } from '../settings/read';

/** ISO time of the previous popup opening; null before the first one. */
export const popupLastOpenedItem = defineStoredItem<string | null>('local:popupLastOpenedAt', {
  fallback: null,
  read: timeOrNull,
  version: 2,
  migrations: checkedFromVersion1(timeOrNull),
});

/**
 * Reads the previous opening and records this one. Returns the previous time, which the
 * popup keeps for this visit (so "new since" does not vanish while it is open).
 */
export async function markPopupOpened(now = new Date()): Promise<string | null> {
  const previous = await popupLastOpenedItem.getValue();
  await popupLastOpenedItem.setValue(now.toISOString());
  return previous;
}

/** Feed items published after the previous opening (none on the very first opening). */
export function newSince<T extends { datePublished: string | null }>(items: readonly T[], since: string | null): T[] {
  if (!since) return [];
  const sinceMs = Date.parse(since);
  if (!Number.isFinite(sinceMs)) return [];
  return items.filter((item) => {
    const published = item.datePublished ? Date.parse(item.datePublished) : Number.NaN;
    return Number.isFinite(published) && published > sinceMs;
  });
}
