import { describe, expect, it } from 'vitest';
import type { ShareEvent } from '@/lib/worker/db/types';
import { computeStats, MEANINGFUL_CHANGE } from '@/lib/worker/stats/compute';
import { makeShare } from '../helpers/shares';

const share = (at: string, extra: Partial<ShareEvent> = {}): ShareEvent =>
  makeShare({ at, suggestionTitle: 'Our new office in Aarhus', campaign: 'aarhus', ...extra });

const CPH = 'Europe/Copenhagen';

describe('headline figures across week and month boundaries', () => {
  it('counts a Sunday-night share in the old week and a share after local midnight in the new one', () => {
    // Monday 30 Nov 2026, 00:40 in Copenhagen (23:40 UTC on Sunday).
    const now = new Date('2026-11-29T23:40:00Z');
    const stats = computeStats(
      [share('2026-11-29T22:50:00Z') /* Sun 23:50 local */, share('2026-11-29T23:10:00Z') /* Mon 00:10 local */],
      now,
      CPH,
    );
    expect(stats.thisWeek).toBe(1);
    expect(stats.total).toBe(2);
    expect(stats.weeks.at(-1)).toMatchObject({ isoYear: 2026, isoWeek: 49, start: '2026-11-30', count: 1 });
    expect(stats.weeks.at(-2)).toMatchObject({ isoWeek: 48, count: 1 });
  });

  it('counts the month by the local calendar, not by UTC', () => {
    // 1 December 2026, 00:30 in Copenhagen.
    const now = new Date('2026-11-30T23:30:00Z');
    const stats = computeStats([share('2026-11-30T22:59:00Z'), share('2026-11-30T23:01:00Z')], now, CPH);
    expect(stats.thisMonth).toBe(1);
    // The same instants in New York are both still in November (18:01 on the 30th).
    const ny = computeStats([share('2026-11-30T22:59:00Z'), share('2026-11-30T23:01:00Z')], now, 'America/New_York');
    expect(ny.thisMonth).toBe(2);
  });

  it('puts the same instant in different weeks in Auckland, Copenhagen and New York', () => {
    // Sunday 29 Nov 2026 12:00 UTC = Monday 01:00 in Auckland (NZDT, +13), Sunday in Europe and America.
    const events = [share('2026-11-29T12:00:00Z')];
    const now = new Date('2026-11-29T12:30:00Z');
    expect(computeStats(events, now, 'Pacific/Auckland').thisWeek).toBe(1);
    expect(computeStats(events, now, 'Pacific/Auckland').weeks.at(-1)?.start).toBe('2026-11-30');
    expect(computeStats(events, now, CPH).thisWeek).toBe(1);
    expect(computeStats(events, now, CPH).weeks.at(-1)?.start).toBe('2026-11-23');
    expect(computeStats(events, now, 'America/New_York').weeks.at(-1)?.start).toBe('2026-11-23');
  });

  it('handles week 53 of 2026 and the turn of the year', () => {
    // Saturday 2 January 2027, noon in Copenhagen: still ISO week 53 of 2026.
    const now = new Date('2027-01-02T11:00:00Z');
    const stats = computeStats(
      [
        share('2026-12-28T08:00:00Z'),
        share('2026-12-31T23:30:00Z') /* 00:30 on 1 Jan 2027 local */,
        share('2026-12-27T12:00:00Z'),
      ],
      now,
      CPH,
    );
    expect(stats.weeks.at(-1)).toMatchObject({ isoYear: 2026, isoWeek: 53, start: '2026-12-28', count: 2 });
    expect(stats.weeks.at(-2)).toMatchObject({ isoYear: 2026, isoWeek: 52, count: 1 });
    expect(stats.thisWeek).toBe(2);
    expect(stats.thisMonth).toBe(1);
    // The Monday after: week 1 of 2027.
    const next = computeStats([], new Date('2027-01-04T09:00:00Z'), CPH);
    expect(next.weeks.at(-1)).toMatchObject({ isoYear: 2027, isoWeek: 1, start: '2027-01-04' });
    expect(next.weeks.at(-2)).toMatchObject({ isoYear: 2026, isoWeek: 53 });
  });
});

describe('daylight-saving changes', () => {
  it.each([
    // zone, the Monday after a change, last instant of the Sunday before it, first instant of that Monday (UTC)
    [CPH, '2026-03-30', '2026-03-29T21:59:00Z', '2026-03-29T22:00:00Z'], // spring forward (CET → CEST)
    [CPH, '2026-10-26', '2026-10-25T22:59:00Z', '2026-10-25T23:00:00Z'], // fall back (CEST → CET)
    ['America/New_York', '2026-03-09', '2026-03-09T03:59:00Z', '2026-03-09T04:00:00Z'],
    ['America/New_York', '2026-11-02', '2026-11-02T04:59:00Z', '2026-11-02T05:00:00Z'],
    ['Pacific/Auckland', '2026-04-06', '2026-04-05T11:59:00Z', '2026-04-05T12:00:00Z'], // NZDT → NZST
    ['Pacific/Auckland', '2026-09-28', '2026-09-27T10:59:00Z', '2026-09-27T11:00:00Z'], // NZST → NZDT
  ])('in %s the week of %s starts exactly at local midnight', (zone, monday, before, after) => {
    const now = new Date(Date.parse(after) + 3 * 86_400_000);
    const stats = computeStats([share(before), share(after)], now, zone);
    expect(stats.weeks.at(-1)).toMatchObject({ start: monday, count: 1 });
    expect(stats.weeks.at(-2)?.count).toBe(1);
  });

  it('keeps 12 consecutive Monday-start weeks through a DST change', () => {
    const stats = computeStats([], new Date('2026-04-15T10:00:00Z'), CPH);
    expect(stats.weeks.map((w) => w.start)).toEqual([
      '2026-01-26',
      '2026-02-02',
      '2026-02-09',
      '2026-02-16',
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
      '2026-04-06',
      '2026-04-13',
    ]);
    expect(stats.weeks.map((w) => w.isoWeek)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
  });
});

describe('what the person made of the suggestions', () => {
  it(`counts a share as their own from a change of ${MEANINGFUL_CHANGE * 100} %`, () => {
    const stats = computeStats(
      [
        share('2026-11-02T10:00:00Z', { changedRatio: 0 }),
        share('2026-11-03T10:00:00Z', { changedRatio: 0.29 }),
        share('2026-11-04T10:00:00Z', { changedRatio: 0.3 }),
        share('2026-11-05T10:00:00Z', { changedRatio: 0.9 }),
        share('2026-11-06T10:00:00Z', { changedRatio: null }),
        share('2026-11-07T10:00:00Z', {
          suggestionId: null,
          suggestionTitle: null,
          campaign: null,
          changedRatio: null,
        }),
        share('2026-11-08T10:00:00Z', { kind: 'repost', suggestionId: null, campaign: null, changedRatio: null }),
      ],
      new Date('2026-11-26T12:00:00Z'),
      CPH,
    );
    expect(stats.fromSuggestion).toBe(5);
    expect(stats.madeOwn).toBe(2);
    expect(stats.ownPosts).toBe(1);
    expect(stats.reposts).toBe(1);
    expect(stats.total).toBe(7);
  });

  it('lists the campaigns and topics shared most, most first', () => {
    const topics: Record<string, string[]> = { a: ['hiring', 'culture'], b: ['hiring'], c: ['product'] };
    const events = [
      share('2026-11-02T10:00:00Z', { suggestionId: 'a', campaign: 'jobs' }),
      share('2026-11-03T10:00:00Z', { suggestionId: 'b', campaign: 'jobs' }),
      share('2026-11-04T10:00:00Z', { suggestionId: 'c', campaign: 'launch' }),
      share('2026-11-05T10:00:00Z', { suggestionId: 'a', campaign: 'jobs' }),
      share('2026-11-06T10:00:00Z', { suggestionId: null, campaign: null }),
    ];
    const stats = computeStats(events, new Date('2026-11-26T12:00:00Z'), CPH, { topicsOf: (id) => topics[id] });
    expect(stats.topCampaigns).toEqual([
      { name: 'jobs', count: 3 },
      { name: 'launch', count: 1 },
    ]);
    expect(stats.topTopics).toEqual([
      { name: 'hiring', count: 3 },
      { name: 'culture', count: 2 },
      { name: 'product', count: 1 },
    ]);
  });
});

describe('the streak of weeks with a share (information, not a target)', () => {
  const now = new Date('2026-11-26T12:00:00Z'); // Thursday of week 48

  it('counts back from last week while this week has no share yet', () => {
    const stats = computeStats(
      [
        share('2026-11-17T10:00:00Z'),
        share('2026-11-10T10:00:00Z'),
        share('2026-11-11T10:00:00Z'),
        share('2026-10-20T10:00:00Z'),
      ],
      now,
      CPH,
    );
    expect(stats.streak).toEqual({ weeks: 2, includesThisWeek: false });
  });

  it('includes this week once there is a share in it', () => {
    const stats = computeStats([share('2026-11-24T10:00:00Z'), share('2026-11-17T10:00:00Z')], now, CPH);
    expect(stats.streak).toEqual({ weeks: 2, includesThisWeek: true });
  });

  it('is zero when the last share is more than a week back', () => {
    expect(computeStats([share('2026-11-05T10:00:00Z')], now, CPH).streak.weeks).toBe(0);
    expect(computeStats([], now, CPH).streak).toEqual({ weeks: 0, includesThisWeek: false });
  });

  it('runs beyond the chart and across DST and the turn of the year', () => {
    // One share every Sunday evening (local) for 30 weeks up to now.
    const events = Array.from({ length: 30 }, (_, i) => {
      const sunday = Date.parse('2027-03-28T20:30:00Z') - i * 7 * 86_400_000;
      return share(new Date(sunday).toISOString());
    });
    const stats = computeStats(events, new Date('2027-03-29T08:00:00Z'), CPH);
    expect(stats.streak).toEqual({ weeks: 30, includesThisWeek: false });
  });
});

describe('recent shares', () => {
  it('lists the newest ten first with https links only', () => {
    const events = Array.from({ length: 12 }, (_, i) =>
      share(`2026-11-${String(i + 1).padStart(2, '0')}T10:00:00+01:00`, {
        postUrl: i === 11 ? 'https://www.linkedin.com/feed/update/urn:li:activity:1/' : null,
        sourceUrl: i === 11 ? 'javascript:alert(1)' : 'https://example.com/a',
      }),
    );
    const stats = computeStats(events, new Date('2026-11-26T12:00:00Z'), CPH);
    expect(stats.recent).toHaveLength(10);
    expect(stats.recent[0]).toMatchObject({
      at: '2026-11-12T10:00:00+01:00',
      postUrl: 'https://www.linkedin.com/feed/update/urn:li:activity:1/',
      sourceUrl: null,
      madeOwn: true,
    });
    expect(stats.recent.at(-1)?.at).toBe('2026-11-03T10:00:00+01:00');
    expect(stats.firstShareAt).toBe('2026-11-01T09:00:00.000Z');
  });

  it('ignores records from the future (a changed clock) and unreadable times', () => {
    const stats = computeStats(
      [share('2026-12-24T10:00:00Z'), share('not a date'), share('2026-11-20T10:00:00Z')],
      new Date('2026-11-26T12:00:00Z'),
      CPH,
    );
    expect(stats.total).toBe(1);
    expect(stats.recent).toHaveLength(1);
  });
});
