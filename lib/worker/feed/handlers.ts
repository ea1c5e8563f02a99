/** The background's answers to the feed:* messages. */
import { getDb } from '../db';
import { DEFAULT_GUIDELINE_PARAMS } from '../../shared/guidelines/types';
import { resolveLanguage } from '../../shared/i18n/language';
import { preferencesItem } from '../../shared/settings';
import { ALL_SWITCHES_ON } from '../../shared/settings/composer-help';
import { readManagedPolicy, type ManagedPolicy } from '../../shared/settings/managed';
import { composerDecision } from './composer-decision';
import { feedUrlProblem, fetchFeed } from '../../shared/feed/fetch';
import {
  toCommunicationsContact,
  toFeatures,
  toHighlights,
  toOrganization,
  toPolicy,
  toRules,
} from '../../shared/feed/normalize';
import { copyablePictures, imagesOf, pictureAsPng, type PictureResult } from './picture';
import { problem } from '../../shared/feed/problems';
import { isCurrentAt } from './stored-feed';
import { readCurrentFeed, readStatus, syncFeed } from './sync';
import { talkingPointsOf, toTalkingPoints, toTips } from '../../shared/feed/talking-points';
import type { FeedFeatures, FeedOverview, FeedTestResult, PanelData } from '../../shared/feed/types';
import { parseFeedText, type ValidFeed } from '../../shared/feed/validate';

/** The organization's policy can switch the panel or the reminders off for everyone, as the feed can. */
function allowedBy(managed: ManagedPolicy, features: FeedFeatures): FeedFeatures {
  return {
    ...features,
    panel: features.panel && !managed.off.panel,
    reminders: features.reminders && !managed.off.reminders,
  };
}

/**
 * The panel-data answer: the cards for this person, and the one decision of what this composer
 * gets (cards, reminder, checks: lib/shared/settings/composer-help.ts) with the reminder chosen for
 * this opening, and which cards get "Copy picture" (decided at sync time, read from the database:
 * no request leaves the device here). A database that cannot be read still gets the reminder and
 * the checks (built-in texts, R7); the cards then say why they are missing.
 */
export async function panelData(now = new Date()): Promise<PanelData> {
  const [{ feed, unavailable }, preferences, managed] = await Promise.all([
    readCurrentFeed({ db: getDb() }).then(
      (found) => ({ feed: found, unavailable: null }),
      (error: unknown) => ({ feed: null, unavailable: error instanceof Error ? error.message : String(error) }),
    ),
    preferencesItem.getValue(),
    readManagedPolicy(),
  ]);
  const features = allowedBy(managed, feed ? toFeatures(feed) : ALL_SWITCHES_ON);
  const policy = feed ? toPolicy(feed) : null;
  const tips = feed ? toTips(feed.envelope._advocacy) : [];
  const { help, reminder, tip } = await composerDecision(features, policy, now, tips);
  if (!feed) {
    return {
      organization: null,
      policy,
      rules: DEFAULT_GUIDELINE_PARAMS,
      features,
      suggestions: [],
      audiences: [],
      help,
      reminder,
      unavailable,
      talkingPoints: [],
      tip,
      copyablePictures: [],
    };
  }
  const language = resolveLanguage(preferences.uiLanguage, navigator.language);
  const languages = preferences.suggestionLanguages;
  const audiences = preferences.audiences;
  // Normalized and ranked at sync time (lib/worker/feed/stored-feed.ts): only this person's filters here.
  const suggestions = feed.items
    .map((row) => row[language])
    .filter((suggestion) => isCurrentAt(suggestion.expiresAt, now))
    .filter((suggestion) => {
      // Items for everyone ("all" or no audience) always show; others only for chosen audiences.
      const open = suggestion.audiences.length === 0 || suggestion.audiences.includes('all');
      return open || audiences.length === 0 || suggestion.audiences.some((tag) => audiences.includes(tag));
    })
    .map((suggestion) =>
      languages.length
        ? { ...suggestion, variants: suggestion.variants.filter((v) => languages.includes(v.language)) }
        : suggestion,
    )
    .filter((suggestion) => suggestion.variants.length > 0);
  return {
    organization: toOrganization(feed),
    policy,
    rules: toRules(feed),
    features,
    suggestions,
    audiences: feed.audiences,
    help,
    reminder,
    unavailable: null,
    // Only the talking points the cards name (issue 27), once each; a card holds their ids.
    talkingPoints: talkingPointsOf(
      [...new Set(suggestions.flatMap((suggestion) => suggestion.talkingPoints ?? []))],
      toTalkingPoints(feed.envelope._advocacy),
    ),
    tip,
    copyablePictures: copyablePictures(suggestions, feed.readablePictures),
  };
}

export async function overview(now = new Date()): Promise<FeedOverview> {
  const feed = await readCurrentFeed({ db: getDb() });
  if (!feed) return { organization: null, highlights: [], items: [], audiences: [] };
  return {
    organization: toOrganization(feed),
    highlights: toHighlights(feed),
    // In the stored order; what is listed does not depend on the reader's language (`en` for both).
    items: feed.items
      .filter((row) => isCurrentAt(row.en.expiresAt, now))
      .map(({ id, listTitle, en }) => ({
        id,
        title: listTitle,
        url: en.url,
        datePublished: en.datePublished,
        campaign: en.campaign,
        featured: en.featured === true,
      })),
    audiences: feed.audiences,
    communicationsContact: toCommunicationsContact(feed),
    ...equipmentOf(feed),
  };
}

/** The popup's talking points and tips (issue 27): the feed-level lists, read in this one place. */
function equipmentOf(feed: Pick<ValidFeed, 'envelope'>): Pick<FeedOverview, 'talkingPoints' | 'tips'> {
  return { talkingPoints: toTalkingPoints(feed.envelope._advocacy), tips: toTips(feed.envelope._advocacy) };
}

/**
 * "Test and save": fetch and validate without storing anything. The address may be the company's
 * website or newsroom page: then the answer lists the feeds the page links to (`discovered`), and
 * the options page tests the one the person picks (it saves the feed's address, not the page's).
 */
export async function testFeedUrl(url: string, fetchImpl?: typeof fetch): Promise<FeedTestResult> {
  const base: FeedTestResult = {
    ok: false,
    title: null,
    format: null,
    itemCount: 0,
    skippedCount: 0,
    languages: [],
    problems: [],
    needsPermission: false,
  };
  const refused = feedUrlProblem(url);
  if (refused) return { ...base, problems: [refused] };
  const outcome = await fetchFeed(url, { fetchImpl, discover: true });
  if (outcome.kind === 'not-modified') return { ...base, problems: [problem('not-modified-fresh')] };
  if (outcome.kind === 'error') return { ...base, problems: [outcome.problem], needsPermission: outcome.network };
  if (outcome.kind === 'page') {
    return {
      ...base,
      discovered: outcome.feeds,
      pageUrl: outcome.url,
      problems: outcome.feeds.length ? [] : [problem('no-feed-on-page')],
    };
  }
  const result = parseFeedText(outcome.text, { contentType: outcome.contentType, url: outcome.url });
  if (!result.ok) return { ...base, format: result.format, problems: result.issues };
  const languages = new Set<string>();
  for (const item of result.feed.items) {
    for (const variant of item._advocacy?.variants ?? []) languages.add(variant.language);
    if (item.language) languages.add(item.language.slice(0, 2));
  }
  return {
    ...base,
    ok: true,
    title: result.feed.envelope.title,
    format: result.format,
    itemCount: result.feed.items.length,
    skippedCount: result.skipped.length,
    languages: [...languages].sort(),
    problems: [...result.skippedIssues, ...result.notes],
  };
}

/** Each stored item's picture (normalized at sync time; the same in both languages). */
function picturesOf(feed: Awaited<ReturnType<typeof readCurrentFeed>>): { id: string; image?: string | null }[] {
  return (feed?.items ?? []).map((row) => ({ id: row.id, image: row.en.image }));
}

/** One suggestion's picture as a base64 PNG, for the person's "Copy picture". */
export async function pictureOf(id: string, fetchImpl?: typeof fetch): Promise<PictureResult> {
  const feed = await readCurrentFeed({ db: getDb() });
  return pictureAsPng(imagesOf(picturesOf(feed), [id]).get(id), fetchImpl);
}

export function createFeedHandlers() {
  return {
    'feed:panel-data': () => panelData(),
    'feed:status': () => readStatus(getDb()),
    'feed:sync-now': async () => {
      await syncFeed({ db: getDb() }, 'manual');
      return readStatus(getDb());
    },
    'feed:test-url': ({ url }: { url: string }) => testFeedUrl(url),
    'feed:overview': () => overview(),
    'feed:picture': ({ id }: { id: string }) => pictureOf(id),
  } as const;
}
