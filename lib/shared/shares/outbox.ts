/**
 * The share outbox (quality R9): a share LinkedIn confirmed is written to extension storage
 * (`browser.storage.local`, shared by every context of the extension) *before* it is sent, and
 * stays there until the background has answered for it. The MV3 worker can be stopped at any
 * await; a tab can close; the extension can be updated mid-send. Whatever is still waiting is
 * sent again when the watcher starts on the next LinkedIn page, and recorded directly by the
 * background when its worker starts (lib/worker/shares/outbox-drain.ts). Each share keeps the id made
 * at its source, and the background's write is idempotent by it: a replay gives one row.
 *
 * One storage key per share (`outbox.<id>`), so two tabs never overwrite each other's entries.
 * No zod here: the watcher bundles this file (P1).
 */
import type { MessageName, RequestOf, ResponseOf, Result } from '../../worker/messaging/protocol';
import { send as sendMessage } from '../messaging/send';
import { declareStoredFamily } from '../settings/declared';
import { clearFamily, readFamily, removeStoredValues, setStoredValuesDirect } from '../settings/direct';

/** The messages that carry a share. */
export type ShareMessage = Extract<MessageName, 'share:record' | 'share:repost'>;

export interface OutboxEntry<N extends ShareMessage = ShareMessage> {
  type: N;
  payload: RequestOf<N>;
  /** When the share was put into the outbox. */
  queuedAt: string;
}

/**
 * The outbox's declaration (lib/shared/settings/declared.ts): one key per share. Version 1, no
 * migration yet; any value that is not an entry is left alone.
 */
export const OUTBOX = declareStoredFamily<OutboxEntry>('local:outbox.', {
  read: (value) => (isEntry(value) ? value : undefined),
  version: 1,
  migrations: {},
});
export const OUTBOX_PREFIX = OUTBOX.prefix;

export type Send = <N extends MessageName>(type: N, payload: RequestOf<N>) => Promise<Result<ResponseOf<N>>>;

/** What became of one delivery: answered, still waiting (background unreachable), or refused. */
export type DeliveryStatus = 'delivered' | 'pending' | 'refused';

export function outboxKey(id: string): string {
  return OUTBOX.nameOf(id);
}

/** Every share waiting for the background (any shape that is not an entry is left alone). */
export async function pendingShares(): Promise<OutboxEntry[]> {
  return [...(await readFamily(OUTBOX)).values()];
}

export function removeFromOutbox(id: string): Promise<void> {
  return removeStoredValues(OUTBOX.area, [OUTBOX.nameOf(id)]);
}

/** Forgets every waiting share (the person deleted their share records). */
export function clearOutbox(): Promise<void> {
  return clearFamily(OUTBOX);
}

function isEntry(value: unknown): value is OutboxEntry {
  if (!value || typeof value !== 'object') return false;
  const { type, payload } = value as Partial<OutboxEntry>;
  return (
    (type === 'share:record' || type === 'share:repost') &&
    !!payload &&
    typeof payload === 'object' &&
    typeof (payload as { id?: unknown }).id === 'string'
  );
}

/**
 * Keeps the share in the outbox, then sends it. Never throws: a storage failure still tries the
 * send; an unreachable background leaves the entry for the next start.
 */
export async function deliverShare<N extends ShareMessage>(
  type: N,
  payload: RequestOf<N>,
  send: Send = sendMessage,
): Promise<DeliveryStatus> {
  const entry: OutboxEntry<N> = { type, payload, queuedAt: new Date().toISOString() };
  try {
    await setStoredValuesDirect(OUTBOX.area, { [OUTBOX.nameOf(payload.id)]: entry });
  } catch (error) {
    console.debug('[advocacy] could not keep the share in the outbox', error);
  }
  return sendEntry(entry, send);
}

/** Sends what earlier pages left in the outbox (run when the watcher starts). */
export async function flushOutbox(send: Send = sendMessage): Promise<DeliveryStatus[]> {
  let entries: OutboxEntry[];
  try {
    entries = await pendingShares();
  } catch {
    return []; // extension storage unavailable (e.g. the extension was just updated)
  }
  const statuses: DeliveryStatus[] = [];
  for (const entry of entries) statuses.push(await sendEntry(entry, send));
  return statuses;
}

async function sendEntry(entry: OutboxEntry, send: Send): Promise<DeliveryStatus> {
  const result = await send(entry.type, entry.payload as never);
  const forget = () => removeFromOutbox(entry.payload.id).catch(() => undefined);
  if (result.ok) {
    await forget();
    return 'delivered';
  }
  if (result.error.code === 'unreachable') return 'pending';
  // A refusal is never silent: the person's popup shows the health counter. A malformed share
  // is refused again on every retry, so it is dropped; a failure inside the background
  // ('internal', e.g. the database) is kept and retried on the next start.
  await send('health:report', {
    event: 'share-refused',
    detail: `${entry.type}: ${result.error.code}: ${result.error.message}`.slice(0, 200),
  });
  if (result.error.code !== 'internal') await forget();
  return 'refused';
}
