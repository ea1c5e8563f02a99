/** Recording share events in the background database (idempotent, consent-gated). */
import type { AdvocacyDb, ShareEvent } from '../db';
import { consentItem, hasConsent, preferencesItem } from '../../shared/settings';

export type RecordStatus = 'recorded' | 'duplicate' | 'no-consent' | 'not-chosen';

/**
 * Stores one share event. The id comes from the watcher, so a replayed message, a second
 * tab or a restarted worker writes the same row again at most (R6). Posts written without
 * a suggestion are kept only when the person chose that in options.
 */
export async function recordShare(db: AdvocacyDb, event: ShareEvent): Promise<RecordStatus> {
  if (!hasConsent(await consentItem.getValue(), 'recordShares')) return 'no-consent';
  if (
    event.kind === 'post' &&
    event.suggestionId === null &&
    !(await preferencesItem.getValue()).recordUnsuggestedPosts
  ) {
    return 'not-chosen';
  }
  return db.transaction('rw', db.shares, async () => {
    if (await db.shares.get(event.id)) return 'duplicate' as const;
    await db.shares.put(event);
    return 'recorded' as const;
  });
}
