/** The background drops share records without the record consent, through the real router. */
import { describe, expect, it } from 'vitest';
import { createHandlers } from '@/lib/worker';
import { getDb } from '@/lib/worker/db';
import { createRouter } from '@/lib/worker/messaging/handle';
import { setConsent } from '@/lib/shared/settings';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
const linkedinTab = { id: EXTENSION_ID, url: 'https://www.linkedin.com/feed/', tab: { id: 7 } as never, frameId: 0 };
const optionsPage = { id: EXTENSION_ID, url: `${ORIGIN}options.html` };

const event = {
  id: 'share_gating01',
  at: '2026-11-26T10:00:00.000Z',
  kind: 'post',
  suggestionId: 'item-1',
  suggestionTitle: 'A suggestion',
  campaign: null,
  language: 'en',
  changedRatio: null,
  postUrl: null,
  sourceUrl: null,
};

describe('gating in the background', () => {
  it('drops share:record without the record consent, records it with, and deletes on request', async () => {
    const route = createRouter(createHandlers(), EXTENSION_ID, ORIGIN);
    await getDb().shares.clear();
    expect(await route({ type: 'share:record', payload: event }, linkedinTab)).toEqual({
      ok: true,
      data: { status: 'no-consent' },
    });
    expect(await getDb().shares.count()).toBe(0);

    await setConsent('recordShares', true);
    expect(await route({ type: 'share:record', payload: event }, linkedinTab)).toEqual({
      ok: true,
      data: { status: 'recorded' },
    });
    expect(await route({ type: 'data:summary', payload: {} }, optionsPage)).toMatchObject({
      ok: true,
      data: { shareCount: 1 },
    });

    // Withdrawn again: new shares are dropped; the options page can delete the old ones.
    await setConsent('recordShares', false);
    expect(
      await route({ type: 'share:record', payload: { ...event, id: 'share_gating02' } }, linkedinTab),
    ).toMatchObject({ data: { status: 'no-consent' } });
    expect(await route({ type: 'data:delete-shares', payload: {} }, optionsPage)).toEqual({
      ok: true,
      data: { deleted: 1 },
    });
    expect(await getDb().shares.count()).toBe(0);
  });

  it('accepts data:* only from the extension pages, never from LinkedIn', async () => {
    const route = createRouter(createHandlers(), EXTENSION_ID, ORIGIN);
    for (const type of ['data:export', 'data:summary', 'data:delete-shares', 'data:delete-all']) {
      expect(await route({ type, payload: {} }, linkedinTab)).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
  });
});
