/**
 * Local calendar arithmetic in an IANA time zone with nothing but Intl (no date library).
 * A "day number" is a civil date counted in days since 1970-01-01, independent of any zone;
 * converting it to an instant asks Intl for the zone's offset, so DST changes and odd
 * offsets (Pacific/Chatham +12:45) come out right.
 */
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** One cached formatter per zone (creating them is the expensive part). */
function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

/** True for a time zone this browser knows (e.g. "Europe/Copenhagen"). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export interface LocalDate {
  year: number;
  month: number; // 1..12
  day: number;
}

/** The wall-clock time at an instant, as if it were UTC (ms). */
function wallClockMs(instant: number, timeZone: string): number {
  const values: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  // Years before 1 AD do not occur here; era parts are ignored.
  return Date.UTC(values.year!, values.month! - 1, values.day, values.hour, values.minute, values.second);
}

/** The zone's offset from UTC at an instant, in ms (Copenhagen in summer: +7,200,000). */
export function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  return wallClockMs(whole, timeZone) - whole;
}

/** The civil day number of an instant in a zone. */
export function localDayNumber(instant: number, timeZone: string): number {
  return Math.floor(wallClockMs(instant, timeZone) / DAY_MS);
}

export function dayNumberFromDate({ year, month, day }: LocalDate): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function dateFromDayNumber(dayNumber: number): LocalDate {
  const date = new Date(dayNumber * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** YYYY-MM-DD of a civil day number. */
export function isoDate(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The first instant of a local day in a zone. Usually local midnight; where a DST change
 * skips midnight (some zones switch at 00:00), the first instant that exists that day.
 */
export function startOfLocalDay(dayNumber: number, timeZone: string): number {
  const wall = dayNumber * DAY_MS;
  // Two rounds settle the offset on either side of a transition.
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  const landed = localDayNumber(instant, timeZone);
  if (landed < dayNumber) {
    // Midnight did not exist (a gap): move forward by the gap.
    instant += offsetAt(instant + DAY_MS / 4, timeZone) - offsetAt(instant, timeZone);
  } else if (landed > dayNumber) {
    instant -= offsetAt(instant, timeZone) - offsetAt(instant - DAY_MS / 4, timeZone);
  }
  return instant;
}

/** ISO weekday: Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
export function isoWeekday(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** The Monday of the ISO week a day belongs to. */
export function mondayOf(dayNumber: number): number {
  return dayNumber - isoWeekday(dayNumber);
}

/** ISO 8601 week number and week-numbering year of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOf(dayNumber: number): { isoYear: number; isoWeek: number } {
  const thursday = mondayOf(dayNumber) + 3;
  const isoYear = dateFromDayNumber(thursday).year;
  const jan1 = dayNumberFromDate({ year: isoYear, month: 1, day: 1 });
  return { isoYear, isoWeek: Math.floor((thursday - jan1) / 7) + 1 };
}
