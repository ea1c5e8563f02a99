import { beforeEach, describe, expect, it } from 'vitest';
import { openDb, type AdvocacyDb, type ShareEvent } from '@/lib/worker/db';
import { preferencesItem, setConsent } from '@/lib/shared/settings';
import { matchesOrganization, recordRepost } from '@/lib/worker/shares/repost';
import { recordShare } from '@/lib/worker/shares/record';
import { useTestDb } from '../helpers/db';
import { makeShare } from '../helpers/shares';

const event: ShareEvent = makeShare({ id: 'share_abcdef123' });

describe('recording a share', () => {
  const testDb = useTestDb('test');
  let db: AdvocacyDb;
  beforeEach(() => {
    db = testDb();
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

  it('keeps a post written without a suggestion only when the person chose that', async () => {
    await setConsent('recordShares', true);
    const own = { ...event, id: 'share_own000001', suggestionId: null, suggestionTitle: null, changedRatio: null };
    expect(await recordShare(db, own)).toBe('not-chosen');
    expect(await db.shares.count()).toBe(0);
    await preferencesItem.setValue({ ...(await preferencesItem.getValue()), recordUnsuggestedPosts: true });
    expect(await recordShare(db, own)).toBe('recorded');
  });
});

describe('recording a repost', () => {
  const organization = {
    name: 'Nordvind Energi',
    linkedinUrl: 'https://www.linkedin.com/company/nordvind-energi-demo/',
    domains: [],
  };

  it.each([
    [{ authorName: 'Nordvind Energi', authorUrl: 'https://www.linkedin.com/company/nordvind-energi-demo/' }, true],
    [{ authorName: 'nordvind energi', authorUrl: null }, true],
    [{ authorName: 'Nordvind Energi', authorUrl: 'https://www.linkedin.com/company/someone-else/' }, false],
    [{ authorName: 'A colleague', authorUrl: 'https://www.linkedin.com/in/colleague/' }, false],
    [{ authorName: null, authorUrl: null }, false],
  ])('matches the organization of the feed: %o → %s', (author, expected) => {
    expect(matchesOrganization(organization, author)).toBe(expected);
    expect(matchesOrganization(null, author)).toBe(false);
  });

  it('records the organization’s reposts as kind repost, others not at all', async () => {
    const db = openDb(`repost-${Math.random()}`);
    await setConsent('recordShares', true);
    const base = { id: 'share_repost0001', at: event.at, postUrl: null };
    expect(await recordRepost(db, organization, { ...base, authorName: 'Someone', authorUrl: null })).toBe(
      'not-organization',
    );
    expect(await recordRepost(db, organization, { ...base, authorName: 'Nordvind Energi', authorUrl: null })).toBe(
      'recorded',
    );
    expect((await db.shares.toArray()).map((row) => row.kind)).toEqual(['repost']);
    await db.delete();
  });
});
