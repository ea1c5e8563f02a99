/**
 * The person's data, background side: export everything (JSON + CSV) and delete it.
 * Runs in the service worker only (it opens the database).
 */
import type { AdvocacyDb, ShareEvent } from '../db';
import { consentHistoryItem, consentItem, feedUrlItem, POLICY_VERSION, preferencesItem } from '../../shared/settings';
import type { StoredArea, StoredName } from '../../shared/settings/declared';
import { readWholeArea, removeStoredValues } from '../../shared/settings/direct';
import { MANAGED_POLICY_CACHE } from '../../shared/settings/managed';
import { clearOutbox } from '../../shared/shares/outbox';
import { countingSentItem } from '../../shared/counting/state';
import { RESULTS_TOKEN_KEY } from '../../shared/studio/results-token';
import { SHARE_CSV_COLUMNS, sharesToCsv } from './csv';
import type { DataExport, DataSummary, ExportBundle, ExportedShare } from './types';

export { sharesToCsv, csvCell } from './csv';
export type { DataExport, DataSummary, ExportBundle, ExportedShare } from './types';

// Keys the bundle shows in their own place; everything else in storage goes under `other`.
const NAMED_KEYS = new Set(['consent', 'consentHistory', 'preferences', 'feedUrl', 'countingSent']);

/** Exactly the fields of a share record (the CSV's columns), whatever else an old row carries. */
function toExported(share: ShareEvent): ExportedShare {
  const exported: Partial<Record<keyof ExportedShare, unknown>> = {};
  for (const field of SHARE_CSV_COLUMNS) exported[field] = share[field];
  // tests/unit/data-export-delete.test.ts checks at compile time that the columns are every field.
  return exported as ExportedShare;
}

/** Everything stored about the person: settings, consent history and share records. */
export async function buildExport(db: AdvocacyDb, now = new Date()): Promise<ExportBundle> {
  const [consent, consentHistory, preferences, feedUrl, all, shares, reportsSent] = await Promise.all([
    consentItem.getValue(),
    consentHistoryItem.getValue(),
    preferencesItem.getValue(),
    feedUrlItem.getValue(),
    readWholeArea('local'),
    db.shares.orderBy('at').toArray(),
    countingSentItem.getValue(),
  ]);
  const other: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) {
    // WXT keeps a "$" meta key per item (the item's schema version): not the person's data.
    // The studio's results token is a secret of the collector, not data about the person.
    if (!NAMED_KEYS.has(key) && !key.endsWith('$') && key !== RESULTS_TOKEN_KEY) other[key] = value;
  }
  return {
    format: 'advocacy-export',
    formatVersion: 1,
    exportedAt: now.toISOString(),
    policyVersion: POLICY_VERSION,
    settings: { consent, preferences, feedUrl, other },
    consentHistory,
    shares: shares.map(toExported),
    reportsSent,
  };
}

/** Both export files as text. */
export async function exportData(db: AdvocacyDb, now = new Date()): Promise<DataExport> {
  const bundle = await buildExport(db, now);
  return {
    exportedAt: bundle.exportedAt,
    shareCount: bundle.shares.length,
    json: JSON.stringify(bundle, null, 2),
    csv: sharesToCsv(bundle.shares),
  };
}

export async function summarize(db: AdvocacyDb): Promise<DataSummary> {
  const [shareCount, first, last] = await Promise.all([
    db.shares.count(),
    db.shares.orderBy('at').first(),
    db.shares.orderBy('at').last(),
  ]);
  return { shareCount, firstAt: first?.at ?? null, lastAt: last?.at ?? null };
}

/** Deletes the share records only (withdrawing the record consent offers this). */
export async function deleteShares(db: AdvocacyDb): Promise<number> {
  // Shares still waiting in the outbox go too, or the next worker start would record them again.
  await clearOutbox();
  return db.transaction('rw', db.shares, async () => {
    const count = await db.shares.count();
    await db.shares.clear();
    return count;
  });
}

/**
 * What a fresh install writes that is not about the person, and so stays: the organization's
 * managed policy as last read (its feed URL, a copy of what IT set in managed storage).
 * Everything else is deleted, found by listing what is stored (so a key added later goes too);
 * `tests/e2e/options.e2e.ts` compares the storage left after a deletion with a fresh install's.
 */
const KEPT_ON_DELETE: ReadonlySet<string> = new Set([MANAGED_POLICY_CACHE.name]);

/**
 * Deletes everything the extension wrote about the person: every table of the database (share
 * records, the cached company feed, the sync state), every key of storage.local (consent,
 * history, preferences, feed URL, health counters, the outbox, the suggestions seen, the badge
 * switch…) but the organization's policy above, and every key of storage.session (a page being
 * shared right now). What is left is what a fresh install has: every consent off, the demo feed
 * (or the organization's managed one), which the caller syncs again. Returns how many share
 * records were deleted.
 */
export async function deleteEverything(db: AdvocacyDb): Promise<number> {
  const count = await db.transaction('rw', db.tables, async () => {
    const shares = await db.shares.count();
    await Promise.all(db.tables.map((table) => table.clear()));
    return shares;
  });
  await Promise.all([removeAllBut('local', KEPT_ON_DELETE), removeAllBut('session')]);
  return count;
}

/** Removes every key stored in one storage area but `kept`: listed from storage, not from the registry. */
async function removeAllBut(storedArea: StoredArea, kept: ReadonlySet<string> = new Set()): Promise<void> {
  const names = Object.keys(await readWholeArea(storedArea)).filter((name) => !kept.has(name)) as StoredName[];
  if (names.length) await removeStoredValues(storedArea, names);
}
