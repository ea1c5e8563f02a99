/** Recording share events in the background database (idempotent, consent-gated). */
import type { AdvocacyDb, ShareEvent } from '../db';
import { consentItem, hasConsent } from '../settings';

export type RecordStatus = 'recorded' | 'duplicate' | 'no-consent';

/**
 * Stores one share event. The id comes from the watcher, so a replayed message, a second
 * tab or a restarted worker writes the same row again at most (R6).
 */
export async function recordShare(db: AdvocacyDb, event: ShareEvent): Promise<RecordStatus> {
  if (!hasConsent(await consentItem.getValue(), 'recordShares')) return 'no-consent';
  return db.transaction('rw', db.shares, async () => {
    if (await db.shares.get(event.id)) return 'duplicate' as const;
    await db.shares.put(event);
    return 'recorded' as const;
  });
}
