import { describe, expect, it } from 'vitest';
import {
  dayNumberFromDate,
  isValidTimeZone,
  isoWeekOf,
  localDayNumber,
  offsetAt,
  startOfLocalDay,
} from '@/lib/worker/stats/time';

const day = (text: string) => {
  const [year, month, date] = text.split('-').map(Number);
  return dayNumberFromDate({ year: year!, month: month!, day: date! });
};

describe('ISO weeks as Danes count them (Monday first, week 1 holds the first Thursday)', () => {
  it.each([
    ['2026-01-01', 2026, 1], // a Thursday: week 1 of its own year
    ['2026-12-27', 2026, 52],
    ['2026-12-28', 2026, 53], // 2026 has 53 weeks
    ['2027-01-03', 2026, 53], // a Sunday in January still belongs to week 53 of 2026
    ['2027-01-04', 2027, 1],
    ['2024-12-30', 2025, 1], // a Monday in December already in week 1 of the next year
    ['2021-01-03', 2020, 53],
    ['2026-11-30', 2026, 49],
  ])('%s is week %i-%i', (date, isoYear, isoWeek) => {
    expect(isoWeekOf(day(date))).toEqual({ isoYear, isoWeek });
  });
});

describe('local days in a time zone', () => {
  it('knows the offset on both sides of Copenhagen’s DST changes', () => {
    expect(offsetAt(Date.parse('2026-03-29T00:59:59Z'), 'Europe/Copenhagen')).toBe(3_600_000);
    expect(offsetAt(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Copenhagen')).toBe(7_200_000);
    expect(offsetAt(Date.parse('2026-10-25T00:59:59Z'), 'Europe/Copenhagen')).toBe(7_200_000);
    expect(offsetAt(Date.parse('2026-10-25T01:00:00Z'), 'Europe/Copenhagen')).toBe(3_600_000);
  });

  it.each([
    ['Europe/Copenhagen', '2026-03-29', '2026-03-28T23:00:00.000Z'],
    ['Europe/Copenhagen', '2026-03-30', '2026-03-29T22:00:00.000Z'],
    ['Europe/Copenhagen', '2026-10-26', '2026-10-25T23:00:00.000Z'],
    ['America/New_York', '2026-03-09', '2026-03-09T04:00:00.000Z'],
    ['America/New_York', '2026-11-02', '2026-11-02T05:00:00.000Z'],
    ['Pacific/Auckland', '2026-04-06', '2026-04-05T12:00:00.000Z'],
    ['Pacific/Auckland', '2026-09-28', '2026-09-27T11:00:00.000Z'],
  ])('in %s, %s starts at %s', (zone, date, instant) => {
    expect(new Date(startOfLocalDay(day(date), zone)).toISOString()).toBe(instant);
  });

  it('finds the first instant of every day for two years, also where DST skips midnight', () => {
    // Havana, Santiago and Beirut have changed their clocks at midnight.
    for (const zone of [
      'Europe/Copenhagen',
      'America/New_York',
      'Pacific/Auckland',
      'America/Havana',
      'America/Santiago',
      'Asia/Beirut',
      'Pacific/Chatham',
    ]) {
      for (let d = day('2025-06-01'); d < day('2027-06-01'); d++) {
        const start = startOfLocalDay(d, zone);
        expect(localDayNumber(start, zone), `${zone} day ${d}`).toBe(d);
        expect(localDayNumber(start - 1000, zone), `${zone} day ${d}`).toBe(d - 1);
      }
    }
  });

  it('accepts real IANA zones only', () => {
    expect(isValidTimeZone('Europe/Copenhagen')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
