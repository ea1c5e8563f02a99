/**
 * What an employee will get from one item: the suggestion exactly as the panel builds it
 * (lib/shared/feed/normalize, the same code the background runs), and the guideline findings the
 * panel shows right after Insert. Pure; the studio's preview renders it with the panel's own
 * card component.
 */
import { feedAdvocacySchema, feedItemSchema, talkingPointSchema, type FeedAdvocacy } from '../../shared/feed/schema';
import { talkingPointsOf, toTalkingPoints } from '../../shared/feed/talking-points';
import type { Suggestion, TalkingPoint } from '../../shared/feed/types';
import { toPolicy, toRules, toSuggestion } from '../../shared/feed/normalize';
import type { ValidFeed } from '../../shared/feed/validate';
import { checkDraft, foldPosition, type Finding } from '../../shared/guidelines/checks';
import type { GuidelineParams, Policy } from '../../shared/guidelines/types';
import { fieldText, getIn, type JsonObject, type StudioFeed } from './path';

export interface ItemPreview {
  suggestion: Suggestion;
  rules: GuidelineParams;
  policy: Policy | null;
  /** The item's talking points as the panel lists them under the card ("If someone asks…"). */
  talkingPoints: TalkingPoint[];
}

/** The feed's settings as the background would read them (invalid parts fall back to defaults). */
export function previewFeed(feed: StudioFeed): ValidFeed {
  const advocacy = feedAdvocacySchema.safeParse(feed._advocacy);
  return {
    envelope: {
      version: fieldText(feed.version),
      title: fieldText(feed.title),
      language: typeof feed.language === 'string' ? feed.language : undefined,
      _advocacy: advocacy.success ? advocacy.data : undefined,
    },
    items: [],
  };
}

/**
 * The feed's talking points the extension would keep, each read on its own: as the reader skips
 * a bad entry (lib/shared/feed/talking-points), the preview still shows the good ones while another
 * part of the feed's settings is being fixed.
 */
export function previewTalkingPoints(feed: StudioFeed): TalkingPoint[] {
  const entries = getIn(feed, ['_advocacy', 'talking_points']);
  const talking_points = (Array.isArray(entries) ? entries : []).flatMap((entry) => {
    const parsed = talkingPointSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
  // toTalkingPoints reads only `talking_points` of the feed's settings.
  return toTalkingPoints({ talking_points } as Pick<FeedAdvocacy, 'talking_points'> as FeedAdvocacy);
}

/** null while the item itself is invalid (its errors say why). */
export function previewItem(
  feed: StudioFeed,
  envelope: ValidFeed,
  item: JsonObject,
  language: 'da' | 'en',
): ItemPreview | null {
  const parsed = feedItemSchema.safeParse(item);
  if (!parsed.success) return null;
  const suggestion = toSuggestion(parsed.data, envelope, language);
  return {
    suggestion,
    talkingPoints: talkingPointsOf(suggestion.talkingPoints ?? [], previewTalkingPoints(feed)),
    rules: toRules(envelope),
    policy: toPolicy(envelope),
  };
}

export interface TextPreview {
  /** Where LinkedIn folds the post behind "…see more" (null: all of it shows). */
  fold: number | null;
  findings: Finding[];
}

/** The fold and the findings for the text Insert puts into the composer. */
export function previewText(
  text: string,
  preview: ItemPreview,
  language: 'da' | 'en',
  organizationName?: string,
): TextPreview {
  const suggestions = [text, ...preview.suggestion.variants.map((variant) => variant.text)];
  return {
    fold: foldPosition(text),
    findings: checkDraft(text, preview.rules, { language, suggestions, organizationName }),
  };
}
