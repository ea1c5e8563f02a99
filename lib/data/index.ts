/**
 * The person's data, background side: export everything (JSON + CSV) and delete it.
 * Runs in the service worker only (it opens the database).
 */
import type { AdvocacyDb, ShareEvent } from '../db';
import { consentHistoryItem, consentItem, feedUrlItem, POLICY_VERSION, preferencesItem } from '../settings';
import { clearArea, readWholeArea } from '../settings/direct';
import { clearOutbox } from '../shares/outbox';
import { SHARE_CSV_COLUMNS, sharesToCsv } from './csv';
import type { DataExport, DataSummary, ExportBundle, ExportedShare } from './types';

export { sharesToCsv, csvCell } from './csv';
export type { DataExport, DataSummary, ExportBundle, ExportedShare } from './types';

// Keys the bundle shows in their own place; everything else in storage goes under `other`.
const NAMED_KEYS = new Set(['consent', 'consentHistory', 'preferences', 'feedUrl']);

/** Exactly the fields of a share record (the CSV's columns), whatever else an old row carries. */
function toExported(share: ShareEvent): ExportedShare {
  const exported: Partial<Record<keyof ExportedShare, unknown>> = {};
  for (const field of SHARE_CSV_COLUMNS) exported[field] = share[field];
  // tests/unit/data-export-delete.test.ts checks at compile time that the columns are every field.
  return exported as ExportedShare;
}

/** Everything stored about the person: settings, consent history and share records. */
export async function buildExport(db: AdvocacyDb, now = new Date()): Promise<ExportBundle> {
  const [consent, consentHistory, preferences, feedUrl, all, shares] = await Promise.all([
    consentItem.getValue(),
    consentHistoryItem.getValue(),
    preferencesItem.getValue(),
    feedUrlItem.getValue(),
    readWholeArea('local'),
    db.shares.orderBy('at').toArray(),
  ]);
  const other: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(all)) {
    // WXT keeps a "$" meta key per item (the item's schema version): not the person's data.
    if (!NAMED_KEYS.has(key) && !key.endsWith('$')) other[key] = value;
  }
  return {
    format: 'advocacy-export',
    formatVersion: 1,
    exportedAt: now.toISOString(),
    policyVersion: POLICY_VERSION,
    settings: { consent, preferences, feedUrl, other },
    consentHistory,
    shares: shares.map(toExported),
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
 * Deletes everything: every database table (share records and the cached company feed) and
 * all of storage.local (consent, history, preferences, feed URL, health counters). What is
 * left are the defaults: every consent off, the demo feed (or the organization's managed one).
 * Returns how many share records were deleted.
 */
export async function deleteEverything(db: AdvocacyDb): Promise<number> {
  const count = await db.transaction('rw', db.tables, async () => {
    const shares = await db.shares.count();
    await Promise.all(db.tables.map((table) => table.clear()));
    return shares;
  });
  await clearArea('local');
  return count;
}
