/**
 * Nothing lost (quality R9): a share LinkedIn confirmed waits in extension storage until the
 * background has answered for it, is recorded when the worker starts again, stays one row
 * however often it is replayed, and a refusal always reaches the health counter.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers, drainShareOutbox } from '@/lib/worker';
import { getDb, type ShareEvent } from '@/lib/worker/db';
import { readHealth } from '@/lib/shared/health';
import { createRouter } from '@/lib/worker/messaging/handle';
import type { MessageName, RequestOf } from '@/lib/worker/messaging/protocol';
import { setConsent } from '@/lib/shared/settings';
import { deliverShare, flushOutbox, outboxKey, pendingShares, type Send } from '@/lib/shared/shares/outbox';

const share: ShareEvent & RequestOf<'share:record'> = {
  id: 'share_0123456789abcdef',
  at: '2026-12-01T10:00:00.000Z',
  kind: 'post',
  suggestionId: 'item-1',
  suggestionTitle: 'Our new office in Aarhus',
  campaign: 'aarhus',
  language: 'da',
  changedRatio: 0.3,
  postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:7000000000000000001/',
  sourceUrl: null,
};

/** The background as a content script reaches it: the real router and handlers, from a LinkedIn tab. */
function liveBackground(): Send {
  const route = createRouter(createHandlers(), fakeBrowser.runtime.id, 'chrome-extension://test/');
  const sender = { id: fakeBrowser.runtime.id, url: 'https://www.linkedin.com/feed/', tab: { id: 7 }, frameId: 0 };
  return (async (type: MessageName, payload: unknown) => route({ type, payload }, sender as never)) as unknown as Send;
}

/** A worker that is stopped while the share is on its way: the message never gets an answer. */
const stoppedWorker = (seen: string[] = []): Send =>
  (async (type: MessageName) => {
    seen.push(type);
    return {
      ok: false,
      error: { code: 'unreachable', message: 'The message port closed before a response was received.' },
    };
  }) as unknown as Send;

async function rows() {
  return getDb().shares.toArray();
}

describe('the share outbox', () => {
  beforeEach(async () => {
    await setConsent('recordShares', true);
  });
  afterEach(async () => {
    await getDb().shares.clear();
  });

  it('keeps the share in extension storage before it is sent', async () => {
    let storedWhenSent: unknown = 'not sent';
    const send = (async (type: MessageName, payload: RequestOf<'share:record'>) => {
      if (type === 'share:record')
        storedWhenSent = (await fakeBrowser.storage.local.get(outboxKey(payload.id)))[outboxKey(payload.id)];
      return { ok: true, data: { status: 'recorded' } };
    }) as unknown as Send;
    expect(await deliverShare('share:record', share, send)).toBe('delivered');
    expect(storedWhenSent).toMatchObject({ type: 'share:record', payload: share });
    // Acknowledged: the outbox is empty again.
    expect(await pendingShares()).toEqual([]);
  });

  it('a worker stopped between LinkedIn’s toast and the record: the share is recorded when the worker starts again', async () => {
    expect(await deliverShare('share:record', share, stoppedWorker())).toBe('pending');
    expect(await rows()).toEqual([]);
    expect(await pendingShares()).toHaveLength(1);

    // The worker starts again (any event wakes it): it records what waits.
    expect(await drainShareOutbox()).toEqual({ recorded: 1, refused: 0, failed: 0 });
    expect(await rows()).toEqual([share]);
    expect(await pendingShares()).toEqual([]);
  });

  it('the watcher’s next start sends what is waiting; replays give one row', async () => {
    await deliverShare('share:record', share, stoppedWorker());
    const background = liveBackground();
    expect(await flushOutbox(background)).toEqual(['delivered']);
    expect(await rows()).toEqual([share]);
    // Replayed from a second tab, and drained again by a restarted worker: still one row.
    await fakeBrowser.storage.local.set({
      [outboxKey(share.id)]: { type: 'share:record', payload: share, queuedAt: share.at },
    });
    await drainShareOutbox();
    expect(await deliverShare('share:record', share, background)).toBe('delivered');
    expect(await rows()).toEqual([share]);
    expect(await pendingShares()).toEqual([]);
  });

  it('a refused share reaches the health counter and is not retried forever', async () => {
    const tooLong = { ...share, id: 'share_refused000001', suggestionTitle: 'x'.repeat(3000) };
    const background = liveBackground();
    const seen: string[] = [];
    const watching = (async (type: MessageName, payload: never) => {
      seen.push(type);
      return background(type, payload);
    }) as unknown as Send;
    expect(await deliverShare('share:record', tooLong, watching)).toBe('refused');
    expect(seen).toEqual(['share:record', 'health:report']);
    const health = await readHealth();
    expect(health.counts['share-refused']).toBe(1);
    expect(health.last).toMatchObject({ event: 'share-refused', detail: expect.stringContaining('suggestionTitle') });
    expect(await pendingShares()).toEqual([]);
  });

  it('the worker’s own drain checks each waiting share with the protocol, and counts a refusal', async () => {
    const bad = { ...share, id: 'share_badshape00001', postUrl: 'javascript:alert(1)' };
    await fakeBrowser.storage.local.set({
      [outboxKey(bad.id)]: { type: 'share:record', payload: bad, queuedAt: bad.at },
      [outboxKey(share.id)]: { type: 'share:record', payload: share, queuedAt: share.at },
      'outbox.garbage': 'not an entry',
    });
    expect(await drainShareOutbox()).toEqual({ recorded: 1, refused: 1, failed: 0 });
    expect(await rows()).toEqual([share]);
    expect((await readHealth()).counts['share-refused']).toBe(1);
  });

  it('a database failure keeps the share for the next start and says so', async () => {
    await fakeBrowser.storage.local.set({
      [outboxKey(share.id)]: { type: 'share:record', payload: share, queuedAt: share.at },
    });
    const handlers = createHandlers();
    const broken = { ...handlers, 'share:record': () => Promise.reject(new Error('QuotaExceededError')) };
    expect(await drainShareOutbox(broken)).toEqual({ recorded: 0, refused: 0, failed: 1 });
    expect(await pendingShares()).toHaveLength(1);
    expect((await readHealth()).last).toMatchObject({
      event: 'share-refused',
      detail: expect.stringContaining('Quota'),
    });
    expect(await drainShareOutbox()).toEqual({ recorded: 1, refused: 0, failed: 0 });
  });

  it('deleting the share records also forgets what waits in the outbox', async () => {
    await deliverShare('share:record', share, stoppedWorker());
    const handlers = createHandlers();
    await handlers['data:delete-shares']({}, { kind: 'extension-page', tabId: null, frameId: null, url: null });
    expect(await pendingShares()).toEqual([]);
    await drainShareOutbox();
    expect(await rows()).toEqual([]);
  });

  it('a watcher start with an empty outbox sends nothing (wakes no worker)', async () => {
    const send = vi.fn(stoppedWorker());
    expect(await flushOutbox(send as unknown as Send)).toEqual([]);
    expect(send).not.toHaveBeenCalled();
  });
});
