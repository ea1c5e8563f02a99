/**
 * The person's own sharing stats from their local share records. Pure: the clock and the
 * time zone come in as arguments, so tests pin them and the background passes the popup's zone.
 */
import type { ShareEvent } from '../db/types';
import {
  dateFromDayNumber,
  dayNumberFromDate,
  isoDate,
  isoWeekOf,
  localDayNumber,
  mondayOf,
  startOfLocalDay,
} from './time';
import type { NamedCount, RecentShare, Stats, WeekCount } from '../../shared/stats/types';

/**
 * A share counts as "made your own" when at least 30 % of the suggested text was changed
 * (changedRatio ≥ 0.3, from lib/shared/text/similarity: 1 − word-bigram similarity to the inserted
 * suggestion). Why 30 %: fixing a typo or adding a hashtag moves the ratio by a few per cent;
 * adding a sentence of one's own to a three-sentence suggestion moves it by about a third.
 * That is the point where a post reads in the person's voice rather than as company copy.
 */
export const MEANINGFUL_CHANGE = 0.3;
export const WEEKS_IN_CHART = 12;
export const RECENT_LIMIT = 10;
export const TOP_LIMIT = 3;

export interface ComputeOptions {
  /** Topics of a feed item by its id (from the stored feed), for the "topics" list. */
  topicsOf?: (suggestionId: string) => readonly string[] | undefined;
  /**
   * Everything already known about older records (see summarizeSettled): `events` then holds
   * only the newer ones. The caller guarantees the settled records are all older than the
   * current month and the 12-week chart.
   */
  settled?: SettledSummary;
}

/** The counts every summary of share records carries (see Stats for what each means). */
export interface ShareCounts {
  total: number;
  fromSuggestion: number;
  madeOwn: number;
  ownPosts: number;
  reposts: number;
}
const NO_COUNTS: ShareCounts = { total: 0, fromSuggestion: 0, madeOwn: 0, ownPosts: 0, reposts: 0 };
const COUNT_NAMES = Object.keys(NO_COUNTS) as (keyof ShareCounts)[];

/** The counts of `a`, plus those of `b` when given (two disjoint sets of records). */
function sumCounts(a: ShareCounts, b?: ShareCounts): ShareCounts {
  const sum = { ...NO_COUNTS };
  for (const name of COUNT_NAMES) sum[name] = a[name] + (b?.[name] ?? 0);
  return sum;
}

/**
 * The time-independent part of the stats for a set of older records, plus the local Mondays
 * (day numbers, in the summary's time zone) of the weeks that had a share, for the streak.
 * Small (a few hundred numbers at most), so the background can keep it between openings.
 */
export interface SettledSummary extends ShareCounts {
  timeZone: string;
  campaigns: Record<string, number>;
  suggestions: Record<string, number>;
  weekMondays: number[];
  firstShareMs: number | null;
  lastShareMs: number | null;
  /** The newest few of these records, for "recent shares" when there are few newer ones. */
  recent: RecentShare[];
}

function httpsOnly(url: string | null): string | null {
  return url && /^https:\/\//i.test(url) ? url : null;
}

function top(counts: Map<string, number>): NamedCount[] {
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, TOP_LIMIT);
}

function toRecent(event: ShareEvent): RecentShare {
  return {
    id: event.id,
    at: event.at,
    kind: event.kind,
    title: event.suggestionTitle,
    campaign: event.campaign,
    postUrl: httpsOnly(event.postUrl),
    sourceUrl: httpsOnly(event.sourceUrl),
    madeOwn: isMadeOwn(event),
  };
}

function isMadeOwn(event: ShareEvent): boolean {
  return event.suggestionId !== null && (event.changedRatio ?? 0) >= MEANINGFUL_CHANGE;
}

interface Tally extends ShareCounts {
  campaigns: Map<string, number>;
  suggestions: Map<string, number>;
  /** Valid records with their parsed time, newest first. */
  valid: { event: ShareEvent; ms: number }[];
}

/** Counts what does not depend on the calendar; skips records from the future or unreadable. */
function tally(events: readonly ShareEvent[], nowMs: number): Tally {
  const result: Tally = {
    ...NO_COUNTS,
    campaigns: new Map(),
    suggestions: new Map(),
    valid: [],
  };
  for (const event of events) {
    const ms = Date.parse(event.at);
    // A record from the future (clock changed) or unparsable is not counted anywhere.
    if (!Number.isFinite(ms) || ms > nowMs) continue;
    result.valid.push({ event, ms });
    result.total++;
    if (event.kind === 'repost') result.reposts++;
    if (event.suggestionId !== null) {
      result.fromSuggestion++;
      if (isMadeOwn(event)) result.madeOwn++;
      result.suggestions.set(event.suggestionId, (result.suggestions.get(event.suggestionId) ?? 0) + 1);
    } else if (event.kind === 'post' || event.kind === 'own-link') {
      // A page the person shared with "Share this page" is their own post too.
      result.ownPosts++;
    }
    if (event.campaign) result.campaigns.set(event.campaign, (result.campaigns.get(event.campaign) ?? 0) + 1);
  }
  result.valid.sort((a, b) => b.ms - a.ms);
  return result;
}

/**
 * The local Mondays of the weeks with at least one share. Walks week boundaries (a few Intl
 * calls per week) rather than converting every record, so 10,000 records cost little.
 */
function weeksWithShares(timesNewestFirst: readonly number[], timeZone: string): number[] {
  const mondays: number[] = [];
  let cursor = 0;
  while (cursor < timesNewestFirst.length) {
    const monday = mondayOf(localDayNumber(timesNewestFirst[cursor]!, timeZone));
    mondays.push(monday);
    const weekStart = startOfLocalDay(monday, timeZone);
    while (cursor < timesNewestFirst.length && timesNewestFirst[cursor]! >= weekStart) cursor++;
  }
  return mondays;
}

/** Summarises older records once, so later openings need to read only the newer ones. */
export function summarizeSettled(events: readonly ShareEvent[], now: Date, timeZone: string): SettledSummary {
  const counted = tally(events, now.getTime());
  return {
    timeZone,
    ...sumCounts(counted),
    campaigns: Object.fromEntries(counted.campaigns),
    suggestions: Object.fromEntries(counted.suggestions),
    weekMondays: weeksWithShares(
      counted.valid.map((entry) => entry.ms),
      timeZone,
    ),
    firstShareMs: counted.valid.at(-1)?.ms ?? null,
    lastShareMs: counted.valid[0]?.ms ?? null,
    recent: counted.valid.slice(0, RECENT_LIMIT).map(({ event }) => toRecent(event)),
  };
}

/** Two summaries of disjoint sets of records, as one (for the weekly move of the cutoff). */
export function mergeSettled(a: SettledSummary, b: SettledSummary): SettledSummary {
  const add = (x: Record<string, number>, y: Record<string, number>) =>
    Object.fromEntries(merge(new Map(Object.entries(x)), y));
  const firsts = [a.firstShareMs, b.firstShareMs].filter((ms): ms is number => ms !== null);
  const lasts = [a.lastShareMs, b.lastShareMs].filter((ms): ms is number => ms !== null);
  return {
    timeZone: a.timeZone,
    ...sumCounts(a, b),
    campaigns: add(a.campaigns, b.campaigns),
    suggestions: add(a.suggestions, b.suggestions),
    weekMondays: [...new Set([...a.weekMondays, ...b.weekMondays])].sort((x, y) => y - x),
    firstShareMs: firsts.length ? Math.min(...firsts) : null,
    lastShareMs: lasts.length ? Math.max(...lasts) : null,
    recent: [...a.recent, ...b.recent].sort((x, y) => Date.parse(y.at) - Date.parse(x.at)).slice(0, RECENT_LIMIT),
  };
}

function merge(into: Map<string, number>, from: Record<string, number> | undefined): Map<string, number> {
  for (const [name, count] of Object.entries(from ?? {})) into.set(name, (into.get(name) ?? 0) + count);
  return into;
}

/** Computes the stats at `now` in `timeZone` (IANA). Events may come in any order. */
export function computeStats(
  events: readonly ShareEvent[],
  now: Date,
  timeZone: string,
  options: ComputeOptions = {},
): Stats {
  // The caller keeps the settled summary per time zone (its weeks are local weeks).
  const settled = options.settled;
  const nowMs = now.getTime();
  const today = localDayNumber(nowMs, timeZone);
  const thisMonday = mondayOf(today);
  const { year, month } = dateFromDayNumber(today);
  const monthStart = startOfLocalDay(dayNumberFromDate({ year, month, day: 1 }), timeZone);

  // Week boundaries as instants: weekStarts[i] is the Monday 00:00 of chart week i
  // (0 = eleven weeks ago … 11 = this week). Computed per week, not as "7 × 24 h", so a week
  // with a DST change has its 167 or 169 hours.
  const weekDays = Array.from({ length: WEEKS_IN_CHART }, (_, i) => thisMonday - 7 * (WEEKS_IN_CHART - 1 - i));
  const weekStarts = weekDays.map((day) => startOfLocalDay(day, timeZone));
  const weekCounts = new Array<number>(WEEKS_IN_CHART).fill(0);
  const thisWeekStart = weekStarts[WEEKS_IN_CHART - 1]!;
  const chartStart = weekStarts[0]!;

  const counted = tally(events, nowMs);
  let thisMonth = 0;
  for (const { ms } of counted.valid) {
    if (ms >= monthStart) thisMonth++;
    if (ms >= chartStart) {
      let index = WEEKS_IN_CHART - 1;
      while (ms < weekStarts[index]!) index--;
      weekCounts[index]!++;
    }
  }

  const weeks: WeekCount[] = weekDays.map((day, i) => ({
    ...isoWeekOf(day),
    start: isoDate(day),
    count: weekCounts[i]!,
  }));

  // Streak: walk back week by week from the current one while each week has a share,
  // from the newer records (times) or the settled summary's weeks.
  const times = counted.valid.map((entry) => entry.ms);
  const settledWeeks = new Set(settled?.weekMondays ?? []);
  const includesThisWeek = (times.length > 0 && times[0]! >= thisWeekStart) || settledWeeks.has(thisMonday);
  let streak = 0;
  let cursor = 0; // index into times (newest first)
  let weekEnd = includesThisWeek ? Number.POSITIVE_INFINITY : thisWeekStart;
  let monday = includesThisWeek ? thisMonday : thisMonday - 7;
  for (;;) {
    if (cursor >= times.length) {
      // Newer records used up: the settled weeks alone decide, no calendar work needed.
      if (!settledWeeks.has(monday)) break;
      streak++;
      monday -= 7;
      continue;
    }
    const weekStart = startOfLocalDay(monday, timeZone);
    while (cursor < times.length && times[cursor]! >= weekEnd) cursor++;
    const inTimes = cursor < times.length && times[cursor]! >= weekStart;
    if (!inTimes && !settledWeeks.has(monday)) break;
    streak++;
    while (cursor < times.length && times[cursor]! >= weekStart) cursor++;
    weekEnd = weekStart;
    monday -= 7;
  }

  const recentEntries = [
    ...counted.valid.slice(0, RECENT_LIMIT).map(({ event, ms }) => ({ share: toRecent(event), ms })),
    ...(settled?.recent ?? []).map((share) => ({ share, ms: Date.parse(share.at) })),
  ]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, RECENT_LIMIT);

  const suggestions = merge(new Map(counted.suggestions), settled?.suggestions);
  const topics = new Map<string, number>();
  if (options.topicsOf) {
    for (const [id, count] of suggestions) {
      for (const topic of options.topicsOf(id) ?? []) topics.set(topic, (topics.get(topic) ?? 0) + count);
    }
  }
  const firstCandidates = [counted.valid.at(-1)?.ms, settled?.firstShareMs ?? undefined].filter(
    (ms): ms is number => ms !== undefined,
  );
  const lastCandidates = [counted.valid[0]?.ms, settled?.lastShareMs ?? undefined].filter(
    (ms): ms is number => ms !== undefined,
  );

  return {
    timeZone,
    generatedAt: now.toISOString(),
    thisWeek: weekCounts[WEEKS_IN_CHART - 1]!,
    thisMonth,
    ...sumCounts(counted, settled),
    topCampaigns: top(merge(new Map(counted.campaigns), settled?.campaigns)),
    topTopics: top(topics),
    weeks,
    streak: { weeks: streak, includesThisWeek },
    recent: recentEntries.map((entry) => entry.share),
    firstShareAt: firstCandidates.length ? new Date(Math.min(...firstCandidates)).toISOString() : null,
    lastShareAt: lastCandidates.length ? new Date(Math.max(...lastCandidates)).toISOString() : null,
  };
}
