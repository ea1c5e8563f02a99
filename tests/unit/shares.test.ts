import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type AdvocacyDb, type ShareEvent } from '@/lib/db';
import { setConsent } from '@/lib/settings';
import { recordShare } from '@/lib/shares/record';

const event: ShareEvent = {
  id: 'share_abcdef123',
  at: '2026-11-26T10:00:00.000Z',
  kind: 'post',
  suggestionId: 'item-1',
  suggestionTitle: 'Title',
  campaign: 'launch',
  language: 'da',
  changedRatio: 0.5,
  postUrl: null,
  sourceUrl: null,
};

describe('recording a share', () => {
  let db: AdvocacyDb;
  beforeEach(() => {
    db = openDb(`test-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores nothing without the record consent', async () => {
    expect(await recordShare(db, event)).toBe('no-consent');
    expect(await db.shares.count()).toBe(0);
  });

  it('stores one row however often the same event is replayed', async () => {
    await setConsent('recordShares', true);
    expect(await recordShare(db, event)).toBe('recorded');
    expect(await recordShare(db, event)).toBe('duplicate');
    await Promise.all([recordShare(db, event), recordShare(db, event)]);
    expect(await db.shares.toArray()).toEqual([event]);
  });
});
