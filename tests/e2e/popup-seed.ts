/**
 * Realistic share records for the popup's browser test and benchmark, written straight into
 * the extension's own IndexedDB ('advocacy', the schema of lib/worker/db) from its service worker.
 */
import type { ShareEvent } from '../../lib/worker/db/types';
import { setConsent, type ExtensionSession } from './harness';

const TITLES = [
  ['We are opening an office in Aarhus', 'aarhus-office', 'https://contoso.example/news/aarhus'],
  ['Our graduate programme 2027 is open', 'graduates-2027', 'https://contoso.example/careers/graduates'],
  ['What we learned moving to heat pumps', 'sustainability', 'https://contoso.example/blog/heat-pumps'],
  ['Contoso wins the Danish design award', 'design-award', 'https://contoso.example/news/award'],
] as const;

/** `count` shares spread back in time from `now` (newest first), every few days. */
export function realisticShares(now: Date, count: number, spacingHours = 61): ShareEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const [title, campaign, source] = TITLES[i % TITLES.length]!;
    const own = i % 5 === 3;
    const at = new Date(now.getTime() - 60_000 - i * spacingHours * 3_600_000);
    return {
      id: `share_seed_${String(i).padStart(6, '0')}`,
      at: at.toISOString(),
      kind: i % 9 === 8 ? 'repost' : 'post',
      suggestionId: own ? null : `item-${campaign}`,
      suggestionTitle: own ? null : title,
      campaign: own ? null : campaign,
      language: i % 3 === 0 ? 'en' : 'da',
      changedRatio: own ? null : [0.05, 0.35, 0.6, 0.2][i % 4]!,
      postUrl: i % 4 === 2 ? null : `https://www.linkedin.com/feed/update/urn:li:activity:${7263000000000000000 + i}/`,
      sourceUrl: own ? null : source,
    };
  });
}

/**
 * Waits for the background to have created the database (it does on the first `stats:get`),
 * then writes the rows in one transaction.
 */
export async function seedShares(session: ExtensionSession, shares: ShareEvent[]): Promise<void> {
  await session.worker.evaluate(async (rows) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('advocacy');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    try {
      if (!db.objectStoreNames.contains('shares')) throw new Error('The extension has not created its database yet.');
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('shares', 'readwrite');
        const store = tx.objectStore('shares');
        for (const row of rows) store.put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
    } finally {
      db.close();
    }
  }, shares);
}

/** Every consent given (as the options page records it), plus some composer health to show. */
export async function giveConsent(session: ExtensionSession): Promise<void> {
  await setConsent(session, { panel: true, reminders: true, recordShares: true });
  await session.worker.evaluate(async () => {
    await chrome.storage.local.set({
      health: {
        counts: { 'composer-found': 12, 'insert-ok': 9 },
        last: { event: 'insert-ok', at: new Date().toISOString() },
      },
    });
  });
}
