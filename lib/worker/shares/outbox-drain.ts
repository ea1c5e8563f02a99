/**
 * The background's side of the share outbox (lib/shared/shares/outbox.ts): on every worker start it
 * records whatever shares are still waiting in extension storage — the watcher may have written
 * one and lost the worker before the answer came back. Each entry is checked with the protocol's
 * own schema (it came from a content script, like a message); a share that does not pass is
 * counted in the health counter and dropped, never silently.
 */
import { recordHealth } from '../../shared/health';
import { protocol } from '../messaging/protocol';
import { pendingShares, removeFromOutbox, type ShareMessage } from '../../shared/shares/outbox';

/** Records one checked share the way its message handler would. */
export type RecordPending = (type: ShareMessage, payload: unknown) => Promise<unknown>;

export interface DrainReport {
  recorded: number;
  refused: number;
  failed: number;
}

export async function drainOutbox(record: RecordPending): Promise<DrainReport> {
  const report: DrainReport = { recorded: 0, refused: 0, failed: 0 };
  for (const entry of await pendingShares()) {
    const parsed = protocol[entry.type].request.safeParse(entry.payload);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? issue.path.join('.') : 'payload';
      await recordHealth('share-refused', `${entry.type}: ${where}: ${issue?.message ?? 'invalid'}`.slice(0, 200));
      await removeFromOutbox(entry.payload.id);
      report.refused += 1;
      continue;
    }
    try {
      await record(entry.type, parsed.data);
      await removeFromOutbox(entry.payload.id);
      report.recorded += 1;
    } catch (error) {
      // The database failed (R7): keep it for the next start, and say so.
      const message = error instanceof Error ? error.message : String(error);
      await recordHealth('share-refused', `${entry.type}: ${message}`.slice(0, 200));
      report.failed += 1;
    }
  }
  return report;
}
