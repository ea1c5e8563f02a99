/**
 * What the rest of the extension sees of the feed, after lib/shared/feed validated and
 * normalised it in the background. Plain types (no zod), safe to import anywhere.
 */
import type { PickedReminder } from '../guidelines/reminders';
import type { GuidelineParams, Localized, Policy } from '../guidelines/types';
import type { ComposerHelp } from '../settings/composer-help';
import type { DiscoveredFeed } from './discover';
import type { FeedProblem } from './problems';

export type { Localized } from '../guidelines/types';

/** One way to say it: a suggested text in one language, from one angle. */
export interface SuggestionVariant {
  id: string;
  language: 'da' | 'en';
  /** e.g. "What I learned", "For recruiters"; null for the plain variant. */
  angle: string | null;
  text: string;
}

/** One suggested post, ready for the panel. */
export interface Suggestion {
  id: string;
  title: string;
  summary: string;
  /** The source article (https only), without tracking. */
  url: string | null;
  /** The same link with the campaign-level UTM values (identical for every employee). */
  trackedUrl: string | null;
  datePublished: string | null;
  expiresAt: string | null;
  campaign: string | null;
  topics: string[];
  audiences: string[];
  hashtags: string[];
  /** The item's language (JSON Feed `language`), null when unknown. */
  language: 'da' | 'en' | null;
  variants: SuggestionVariant[];
  /** Prompts that help the person add their own words ("What did you learn from this?"). */
  prompts: Localized[];
  /** The communications team features it: shown first until it expires (lib/shared/feed/featured.ts). */
  featured?: boolean;
  /** Ids of the feed's talking points for this item (issue 27; ids the feed lacks are left out). */
  talkingPoints?: string[];
  /** The item's picture (https), for "Copy picture"; null when it has none. */
  image?: string | null;
}

/**
 * A question colleagues may be asked about the company, with a short answer to put in their own
 * words (issue 27). Both languages as the feed wrote them; a surface picks with `localize`.
 */
export interface TalkingPoint {
  id: string;
  question: Localized;
  /** At most 600 characters per language. */
  answer: Localized;
  url: string | null;
  topics: string[];
  campaigns: string[];
}

/** What a social-media tip is about. */
export type TipSubject = 'pictures' | 'comments' | 'hashtags' | 'tone';

/** A short social-media tip (issue 27), both languages as the feed wrote them. */
export interface Tip {
  id: string;
  text: Localized;
  url: string | null;
  subject: TipSubject | null;
}

export interface Organization {
  name: string;
  linkedinUrl: string | null;
  domains: string[];
}

export interface Highlight {
  id: string;
  title: Localized;
  text: Localized;
  url: string | null;
  /** Success story or what did not work (the paper: share both). */
  kind: 'success' | 'lesson';
  date: string | null;
}

/** Feature switches the feed can turn OFF (a kill switch never adds behaviour). */
export interface FeedFeatures {
  panel: boolean;
  reminders: boolean;
  draftChecks: boolean;
}

/** Everything the composer panel needs, in one message answer. */
export interface PanelData {
  organization: Organization | null;
  policy: Policy | null;
  rules: GuidelineParams;
  features: FeedFeatures;
  suggestions: Suggestion[];
  /** Audience tags the feed offers (for the options page's audience choice). */
  audiences: string[];
  /** What this composer gets (cards, reminder, checks): consent plus the feed's switches. */
  help: ComposerHelp;
  /** This opening's reminder (chosen by the worker, shown once by the panel), or null. */
  reminder: PickedReminder | null;
  /** Why the suggestions could not be read (the database failed), null when they could. */
  unavailable?: string | null;
  /** The talking points the suggestions name (issue 27; `Suggestion.talkingPoints` holds the ids). */
  talkingPoints?: TalkingPoint[];
  /** This opening's social-media tip (chosen with the reminder, by the same frequency), or null. */
  tip?: PickedTip | null;
  /**
   * The ids of the suggestions whose picture the worker can read (issue 27: "Copy picture" only
   * for these), as checked when the feed was stored, so a card renders with its button at once.
   */
  copyablePictures?: string[];
}

/** What is remembered between composer openings about tips (stored locally, never sent). */
export interface TipState {
  /** ISO time a tip was last shown, null when never. */
  lastShownAt: string | null;
  /** How many tips were shown so far (the next one in the feed's order). */
  shownCount: number;
}

/** The tip for one composer opening, and the state to store once the panel shows it. */
export interface PickedTip {
  tip: Tip;
  next: TipState;
}

/** A suggestion's picture for the clipboard: a base64 PNG, or why not (issue 27). */
export type PictureResult = { ok: true; png: string } | { ok: false; reason: 'none' | 'unreadable' | 'undecodable' };

/** Where the feed comes from. */
export type FeedSource = 'demo' | 'custom' | 'managed';

/** The sync status shown in the popup and options (`lastError` as a problem code, rendered there). */
export interface FeedStatus {
  source: FeedSource;
  url: string;
  organizationName: string | null;
  itemCount: number;
  lastAttemptAt: string | null;
  lastSuccessAt: string | null;
  /** Why the last attempt failed (a problem code, shown in the person's language), null when it worked. */
  lastError: FeedProblem | null;
  /** Items skipped in the last good fetch, with where and why. */
  skipped: { id: string | null; path: string; reason: string }[];
  nextAttemptAt: string | null;
  /** The format of the last good feed ("RSS 2.0", "JSON Feed 1.1"), null before the first. */
  format?: string | null;
  /** What was ignored or shortened in the last good feed (e.g. "the newest 500 are kept"). */
  warnings?: FeedProblem[];
}

/** The answer to "Test and save" in the options page. */
export interface FeedTestResult {
  ok: boolean;
  title: string | null;
  /** The format that was recognised ("RSS 2.0"), null when none was. */
  format: string | null;
  itemCount: number;
  skippedCount: number;
  languages: string[];
  /** The problems (skipped items first, then the warnings), as codes the page renders. */
  problems: FeedProblem[];
  /** True when the feed's origin needs an optional host permission (no CORS headers). */
  needsPermission: boolean;
  /** The address was a web page: the feeds it links to (none: `problems` says so). */
  discovered?: DiscoveredFeed[];
  /** The page's address after redirects, when `discovered` is set. */
  pageUrl?: string;
}

/** What the popup and options need of the feed beyond the status. */
export interface FeedOverview {
  organization: Organization | null;
  highlights: Highlight[];
  items: {
    id: string;
    title: string;
    url: string | null;
    datePublished: string | null;
    campaign: string | null;
    featured?: boolean;
  }[];
  audiences: string[];
  /** Where "Suggest this page" mail drafts go (the feed's `_advocacy.communications_contact`). */
  communicationsContact?: CommunicationsContact | null;
  /** The feed's talking points and social-media tips, for the popup's "Talking points" (issue 27). */
  talkingPoints?: TalkingPoint[];
  tips?: Tip[];
}

/** The communications team's address for page suggestions (a mailto: draft, never sent by us). */
export interface CommunicationsContact {
  name: string;
  email: string;
}
