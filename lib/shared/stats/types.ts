/**
 * The person's own sharing stats, as the background computes them for the popup
 * (message `stats:get`). Plain types, safe to import anywhere; nothing here leaves the device.
 */

/** One ISO week (Monday to Sunday, as Danes count weeks) in the person's time zone. */
export interface WeekCount {
  /** ISO week-numbering year (the year of the week's Thursday): week 1 of 2027 can start in 2026. */
  isoYear: number;
  /** 1..53 */
  isoWeek: number;
  /** The local date of the week's Monday, YYYY-MM-DD. */
  start: string;
  count: number;
}

export interface NamedCount {
  name: string;
  count: number;
}

/** One recent share, as the popup lists it (never the post text: it is not stored). */
export interface RecentShare {
  id: string;
  /** ISO time of the share. */
  at: string;
  kind: 'post' | 'repost' | 'own-link';
  /** The suggestion's title, null for the person's own post. */
  title: string | null;
  campaign: string | null;
  /** LinkedIn's link to the post (https only), when the success toast had one. */
  postUrl: string | null;
  /** The suggestion's source article (https only). */
  sourceUrl: string | null;
  /** True when the person changed the suggestion meaningfully (see MEANINGFUL_CHANGE). */
  madeOwn: boolean;
}

export interface Stats {
  /** The IANA time zone the weeks and months were counted in. */
  timeZone: string;
  /** When these figures were computed (ISO). */
  generatedAt: string;
  /** Shares in the current ISO week, calendar month, and ever. */
  thisWeek: number;
  thisMonth: number;
  total: number;
  /** Shares that started from a suggestion of the company feed. */
  fromSuggestion: number;
  /** Of those, how many the person changed meaningfully (changedRatio ≥ MEANINGFUL_CHANGE). */
  madeOwn: number;
  /** Shares written without a suggestion (recorded only when the person chose so), and pages they shared themselves. */
  ownPosts: number;
  reposts: number;
  /** Campaigns shared most, most first (at most 3). */
  topCampaigns: NamedCount[];
  /** Feed topics shared most, most first (at most 3); empty when the feed has no topics. */
  topTopics: NamedCount[];
  /** The last 12 ISO weeks, oldest first; the last one is the current week. */
  weeks: WeekCount[];
  /**
   * Consecutive ISO weeks with at least one share, ending with the current week, or with the
   * previous week when nothing was shared yet this week (the week is not over). Information
   * only: the popup never sets targets with it.
   */
  streak: { weeks: number; includesThisWeek: boolean };
  /** The most recent shares, newest first (at most 10). */
  recent: RecentShare[];
  firstShareAt: string | null;
  lastShareAt: string | null;
}
