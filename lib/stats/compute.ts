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
import type { NamedCount, RecentShare, Stats, WeekCount } from './types';

/**
 * A share counts as "made your own" when at least 30 % of the suggested text was changed
 * (changedRatio ≥ 0.3, from lib/text/similarity: 1 − word-bigram similarity to the inserted
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

/** Computes the stats at `now` in `timeZone` (IANA). Events may come in any order. */
export function computeStats(
  events: readonly ShareEvent[],
  now: Date,
  timeZone: string,
  options: ComputeOptions = {},
): Stats {
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

  let thisMonth = 0;
  let fromSuggestion = 0;
  let madeOwn = 0;
  let ownPosts = 0;
  let reposts = 0;
  const campaigns = new Map<string, number>();
  const topics = new Map<string, number>();
  // Parsed once; the same array serves the streak below.
  const times: number[] = [];
  const valid: { event: ShareEvent; ms: number }[] = [];

  for (const event of events) {
    const ms = Date.parse(event.at);
    // A record from the future (clock changed) or unparsable is not counted anywhere.
    if (!Number.isFinite(ms) || ms > nowMs) continue;
    valid.push({ event, ms });
    times.push(ms);
    if (ms >= monthStart) thisMonth++;
    if (ms >= chartStart) {
      let index = WEEKS_IN_CHART - 1;
      while (ms < weekStarts[index]!) index--;
      weekCounts[index]!++;
    }
    if (event.kind === 'repost') reposts++;
    if (event.suggestionId !== null) {
      fromSuggestion++;
      if ((event.changedRatio ?? 0) >= MEANINGFUL_CHANGE) madeOwn++;
      for (const topic of options.topicsOf?.(event.suggestionId) ?? []) {
        topics.set(topic, (topics.get(topic) ?? 0) + 1);
      }
    } else if (event.kind === 'post') {
      ownPosts++;
    }
    if (event.campaign) campaigns.set(event.campaign, (campaigns.get(event.campaign) ?? 0) + 1);
  }

  const weeks: WeekCount[] = weekDays.map((day, i) => ({
    ...isoWeekOf(day),
    start: isoDate(day),
    count: weekCounts[i]!,
  }));

  // Streak: walk back week by week from the current one while each week has a share.
  times.sort((a, b) => b - a);
  const includesThisWeek = times.length > 0 && times[0]! >= thisWeekStart;
  let streak = 0;
  let cursor = 0; // index into times (newest first)
  let weekEnd = includesThisWeek ? Number.POSITIVE_INFINITY : thisWeekStart;
  let monday = includesThisWeek ? thisMonday : thisMonday - 7;
  while (cursor < times.length) {
    const weekStart = startOfLocalDay(monday, timeZone);
    while (cursor < times.length && times[cursor]! >= weekEnd) cursor++;
    if (cursor >= times.length || times[cursor]! < weekStart) break;
    streak++;
    while (cursor < times.length && times[cursor]! >= weekStart) cursor++;
    weekEnd = weekStart;
    monday -= 7;
  }

  valid.sort((a, b) => b.ms - a.ms);
  const recent: RecentShare[] = valid.slice(0, RECENT_LIMIT).map(({ event }) => ({
    id: event.id,
    at: event.at,
    kind: event.kind,
    title: event.suggestionTitle,
    campaign: event.campaign,
    postUrl: httpsOnly(event.postUrl),
    sourceUrl: httpsOnly(event.sourceUrl),
    madeOwn: event.suggestionId !== null && (event.changedRatio ?? 0) >= MEANINGFUL_CHANGE,
  }));

  return {
    timeZone,
    generatedAt: now.toISOString(),
    thisWeek: weekCounts[WEEKS_IN_CHART - 1]!,
    thisMonth,
    total: valid.length,
    fromSuggestion,
    madeOwn,
    ownPosts,
    reposts,
    topCampaigns: top(campaigns),
    topTopics: top(topics),
    weeks,
    streak: { weeks: streak, includesThisWeek },
    recent,
    firstShareAt: valid.length ? new Date(valid[valid.length - 1]!.ms).toISOString() : null,
    lastShareAt: valid.length ? new Date(valid[0]!.ms).toISOString() : null,
  };
}
