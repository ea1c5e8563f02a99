/** From a validated feed to what the panel, popup and options show (lib/shared/feed/types.ts). */
import { DEFAULT_GUIDELINE_PARAMS, type GuidelineParams, type Localized, type Policy } from '../guidelines/types';
import type { FeedAdvocacy, FeedItem } from './schema';
import { LIMITS } from './limits';
import { truncateAtWord } from './text';
import type {
  CommunicationsContact,
  FeedFeatures,
  Highlight,
  Organization,
  Suggestion,
  SuggestionVariant,
} from './types';
import { withCampaignUtm, type CampaignUtm } from './utm';
import type { ValidFeed } from './validate';

type Lang = 'da' | 'en';

/** The feed-level answers need only the envelope: the validated feed or the stored one (lib/worker/feed/stored-feed.ts). */
export type FeedEnvelopeOf = Pick<ValidFeed, 'envelope'>;

/** How much of a plain item's text becomes its card summary and starting text. */
export const PLAIN_SUMMARY_CHARS = 280;

function pick(value: Localized | undefined, language: Lang): string | undefined {
  if (!value) return undefined;
  return value[language] ?? value.en ?? value.da;
}

function itemLanguage(item: FeedItem, feedLanguage: string | undefined): Lang | null {
  const tag = (item.language ?? feedLanguage ?? '').toLowerCase();
  if (tag.startsWith('da')) return 'da';
  if (tag.startsWith('en')) return 'en';
  return null;
}

export function campaignUtm(advocacy: FeedAdvocacy | undefined, campaign: string | null): CampaignUtm {
  return {
    source: advocacy?.utm?.source ?? DEFAULT_GUIDELINE_PARAMS.utm.source,
    medium: advocacy?.utm?.medium ?? DEFAULT_GUIDELINE_PARAMS.utm.medium,
    campaign: campaign ?? advocacy?.utm?.campaign ?? null,
  };
}

export function toSuggestion(item: FeedItem, feed: ValidFeed, language: Lang): Suggestion {
  const advocacy = item._advocacy;
  const lang = itemLanguage(item, feed.envelope.language);
  const url = item.url ?? item.external_url ?? null;
  const campaign = advocacy?.campaign ?? null;
  const title =
    pick(advocacy?.title, language) ??
    item.title ??
    truncateAtWord(item.summary ?? item.content_text ?? url ?? item.id, 80);
  const summary =
    pick(advocacy?.summary, language) ??
    item.summary ??
    (item.content_text ? truncateAtWord(item.content_text, PLAIN_SUMMARY_CHARS) : '');
  let variants: SuggestionVariant[] = (advocacy?.variants ?? []).map((variant, index) => ({
    id: `${item.id}#${index}`,
    language: variant.language,
    angle: variant.angle ?? null,
    text: variant.text,
  }));
  if (variants.length === 0) {
    // A plain feed item (RSS, Atom, JSON Feed without _advocacy, the common case on day one):
    // its title and a short summary as a starting point; the link is added on insert, and the
    // panel's own-words prompt asks the person to make it theirs.
    const short = truncateAtWord(item.summary ?? item.content_text ?? '', PLAIN_SUMMARY_CHARS);
    const text = [item.title, short === item.title ? '' : short].filter(Boolean).join('\n\n');
    variants = [
      { id: `${item.id}#0`, language: lang ?? language, angle: null, text: truncateAtWord(text, LIMITS.text) },
    ];
  }
  return {
    id: item.id,
    title,
    summary,
    url,
    trackedUrl: url ? withCampaignUtm(url, campaignUtm(feed.envelope._advocacy, campaign)) : null,
    datePublished: item.date_published ?? null,
    expiresAt: advocacy?.expires ?? null,
    campaign,
    topics: advocacy?.topics.length ? advocacy.topics : (item.tags ?? []),
    audiences: advocacy?.audiences ?? [],
    hashtags: (advocacy?.hashtags ?? []).map((tag) => (tag.startsWith('#') ? tag : `#${tag}`)),
    language: lang,
    variants,
    prompts: advocacy?.prompts ?? [],
    featured: advocacy?.featured === true,
    talkingPoints: advocacy?.talking_points ?? [],
    image: item.image ?? null,
  };
}

export function toOrganization(feed: FeedEnvelopeOf): Organization | null {
  const organization = feed.envelope._advocacy?.organization;
  if (!organization) return null;
  return { name: organization.name, linkedinUrl: organization.linkedin_url ?? null, domains: organization.domains };
}

/** The feed's address for "Suggest this page" (null when it declares none). */
export function toCommunicationsContact(feed: FeedEnvelopeOf): CommunicationsContact | null {
  const contact = feed.envelope._advocacy?.communications_contact;
  return contact ? { name: contact.name, email: contact.email } : null;
}

export function toPolicy(feed: FeedEnvelopeOf): Policy | null {
  const advocacy = feed.envelope._advocacy;
  if (!advocacy?.policy && !advocacy?.criticism_contact) return null;
  return {
    url: advocacy.policy?.url ?? null,
    purpose: advocacy.policy?.purpose ?? null,
    reminders: (advocacy.policy?.reminders ?? []).map((reminder, index) => ({
      id: reminder.id ?? `reminder-${index}`,
      topic: reminder.topic,
      text: reminder.text,
    })),
    criticismContact: advocacy.criticism_contact ?? null,
  };
}

/** A site's host as links are compared with it: lower case, without "www." (the schema allows both). */
function siteDomain(domain: string): string {
  return domain.toLowerCase().replace(/^www\./, '');
}

/**
 * The guideline rules' parameters, validated once here (with the schema's bounds) so every
 * rule in lib/shared/guidelines/rules can trust them: terms non-empty and bounded, the threshold
 * 0.5..1, the hashtag maximum a whole number 0..30, domains as plain lower-case host names.
 */
export function toRules(feed: FeedEnvelopeOf): GuidelineParams {
  const advocacy = feed.envelope._advocacy;
  const rules = advocacy?.rules;
  const organization = advocacy?.organization;
  return {
    confidentialTerms: rules?.confidential_terms ?? [],
    mentionTerms: rules?.mention_terms ?? (organization ? [organization.name] : []),
    disclosurePhrases: rules?.disclosure_phrases ?? [],
    trackedDomains: (organization?.domains ?? []).map(siteDomain),
    utm: campaignUtm(advocacy, null),
    similarityThreshold: rules?.similarity_threshold ?? DEFAULT_GUIDELINE_PARAMS.similarityThreshold,
    maxHashtags: rules?.max_hashtags ?? DEFAULT_GUIDELINE_PARAMS.maxHashtags,
    criticismKeywords: {
      da: rules?.criticism_keywords?.da ?? [],
      en: rules?.criticism_keywords?.en ?? [],
    },
  };
}

export function toFeatures(feed: FeedEnvelopeOf): FeedFeatures {
  const features = feed.envelope._advocacy?.features;
  return {
    panel: features?.panel ?? true,
    reminders: features?.reminders ?? true,
    draftChecks: features?.draft_checks ?? true,
  };
}

export function toHighlights(feed: FeedEnvelopeOf): Highlight[] {
  return (feed.envelope._advocacy?.highlights ?? []).map((highlight) => ({
    id: highlight.id,
    kind: highlight.kind,
    title: highlight.title,
    text: highlight.text,
    url: highlight.url ?? null,
    date: highlight.date ?? null,
  }));
}

/** Items still current at `now`: not expired. */
export function isCurrent(item: FeedItem, now: Date): boolean {
  const expires = item._advocacy?.expires;
  return !expires || new Date(expires).getTime() > now.getTime();
}

export function audiencesOf(feed: ValidFeed): string[] {
  return [...new Set(feed.items.flatMap((item) => item._advocacy?.audiences ?? []))].sort();
}
