/**
 * The feed format: JSON Feed 1.1 (https://jsonfeed.org/version/1.1) with our extension
 * objects `_advocacy` at the top level and per item (JSON Feed reserves `_` names for
 * extensions). This zod schema is the single definition: public/feed.schema.json is
 * generated from it (`npm run feed:schema`), and lib/shared/feed/validate.ts uses it.
 * Everything is bounded; links are https only. Unknown fields are ignored, as JSON Feed asks.
 */
import { z } from '../zod';
import { POLICY_TOPICS } from '../guidelines/types';
import { LIMITS } from './limits';

export { LIMITS } from './limits';

const text = (max: number) => z.string().trim().min(1).max(max);
const httpsUrl = z
  .string()
  .max(LIMITS.url)
  .refine((value) => {
    try {
      return new URL(value).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https: link');
/** An https address, or http://localhost for people developing a collector (as for the feed). */
const collectorUrl = z
  .string()
  .max(LIMITS.url)
  .refine((value) => {
    try {
      const url = new URL(value);
      if (url.search || url.hash || url.username || url.password) return false;
      return url.protocol === 'https:' || (url.protocol === 'http:' && url.hostname === 'localhost');
    } catch {
      return false;
    }
  }, 'must be an https: address (or http://localhost while developing), without ?query or #fragment');
const dateTime = z.iso.datetime({ offset: true });
const language = z.enum(['da', 'en']);
const hostname = z
  .string()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,}$/i, 'must be a domain name like example.com');

/** Text in Danish and/or English, each at most `max` characters. */
const localized = (max: number) =>
  z
    .object({ da: text(max).optional(), en: text(max).optional() })
    .refine((value) => value.da !== undefined || value.en !== undefined, 'needs "da" or "en" text');

/** Text in Danish and/or English. */
export const localizedSchema = localized(LIMITS.text);

const termList = z.array(text(100)).max(LIMITS.terms);

const idText = text(100);
const campaignSlug = text(LIMITS.campaign).regex(/^[\w.-]+$/, 'letters, digits, - _ . only');

/** What a tip is about (issue 27): the panel and the popup may group or label tips by it. */
export const TIP_SUBJECTS = ['pictures', 'comments', 'hashtags', 'tone'] as const;

/**
 * One talking point (issue 27): a question people may be asked about the company and a short
 * answer to put in their own words (≤ 600 characters), in Danish and/or English, with an optional
 * link and the topics or campaigns it belongs to. Items name the ones that go with them by id.
 */
export const talkingPointSchema = z.object({
  id: idText,
  question: localized(LIMITS.question),
  answer: localized(LIMITS.answer),
  url: httpsUrl.optional(),
  topics: z.array(text(50)).max(LIMITS.tags).default([]),
  campaigns: z.array(campaignSlug).max(LIMITS.tags).default([]),
});

/** One short social-media tip (issue 27), in Danish and/or English. */
export const tipSchema = z.object({
  id: idText,
  text: localized(LIMITS.question),
  url: httpsUrl.optional(),
  subject: z.enum(TIP_SUBJECTS).optional(),
});

export const feedAdvocacySchema = z.object({
  organization: z.object({
    name: text(100),
    linkedin_url: httpsUrl.optional(),
    domains: z.array(hostname).max(20).default([]),
  }),
  policy: z
    .object({
      url: httpsUrl.optional(),
      purpose: localizedSchema.optional(),
      reminders: z
        .array(z.object({ id: text(100).optional(), topic: z.enum(POLICY_TOPICS), text: localizedSchema }))
        .max(LIMITS.reminders)
        .default([]),
    })
    .optional(),
  criticism_contact: z.object({ name: text(100), contact: text(200) }).optional(),
  /** Who receives "Suggest this page" mail drafts (the popup opens a mailto: draft; nothing is sent by us). */
  communications_contact: z.object({ name: text(100), email: z.email().max(254) }).optional(),
  rules: z
    .object({
      confidential_terms: termList.optional(),
      mention_terms: termList.optional(),
      disclosure_phrases: termList.optional(),
      similarity_threshold: z.number().min(0.5).max(1).optional(),
      max_hashtags: z.int().min(0).max(30).optional(),
      criticism_keywords: z.object({ da: termList.optional(), en: termList.optional() }).optional(),
    })
    .optional(),
  utm: z
    .object({
      source: text(50)
        .regex(/^[\w.-]+$/, 'letters, digits, - _ . only')
        .optional(),
      medium: text(50)
        .regex(/^[\w.-]+$/, 'letters, digits, - _ . only')
        .optional(),
      campaign: text(100)
        .regex(/^[\w.-]+$/, 'letters, digits, - _ . only')
        .optional(),
    })
    .optional(),
  highlights: z
    .array(
      z.object({
        id: text(100),
        kind: z.enum(['success', 'lesson']),
        title: localizedSchema,
        text: localizedSchema,
        url: httpsUrl.optional(),
        date: dateTime.optional(),
      }),
    )
    .max(LIMITS.highlights)
    .default([]),
  features: z
    .object({ panel: z.boolean().optional(), reminders: z.boolean().optional(), draft_checks: z.boolean().optional() })
    .optional(),
  /**
   * Programme results (issue 26): where colleagues who chose "Count my sharing anonymously"
   * send one randomized report a month, which campaigns to count and the smallest number of
   * reports a figure is shown for. A feed without it changes nothing.
   */
  results: z
    .object({
      collector: collectorUrl,
      campaigns: z
        .array(text(LIMITS.campaign).regex(/^[\w.-]+$/, 'letters, digits, - _ . only'))
        .max(8)
        .optional(),
      min_reports: z.int().min(20).max(100_000).default(20),
    })
    .optional(),
  /** Questions colleagues may be asked, with short answers (issue 27); items point to them by id. */
  talking_points: z.array(talkingPointSchema).max(LIMITS.talkingPoints).default([]),
  /** Short social-media tips; the panel shows at most one per composer opening (issue 27). */
  tips: z.array(tipSchema).max(LIMITS.tips).default([]),
});

export const itemAdvocacySchema = z.object({
  title: localized(LIMITS.title).optional(),
  summary: localized(LIMITS.summary).optional(),
  campaign: text(LIMITS.campaign)
    .regex(/^[\w.-]+$/, 'letters, digits, - _ . only')
    .optional(),
  expires: dateTime.optional(),
  /** Shown first in the panel and the popup ("Featured by <organization>") until the item expires. */
  featured: z.boolean().optional(),
  audiences: z.array(text(50)).max(LIMITS.tags).default([]),
  hashtags: z
    .array(text(60).regex(/^#?[\p{L}\p{N}_]+$/u, 'a hashtag is one word'))
    .max(10)
    .default([]),
  topics: z.array(text(50)).max(LIMITS.tags).default([]),
  variants: z
    .array(z.object({ language, angle: text(100).nullish(), text: text(LIMITS.text) }))
    .max(LIMITS.variants)
    .default([]),
  prompts: z.array(localizedSchema).max(5).default([]),
  /** Ids of the feed's `_advocacy.talking_points` that go with this item (unknown ids: skipped, warned). */
  talking_points: z.array(idText).max(LIMITS.itemTalkingPoints).default([]),
});

export const feedItemSchema = z
  .object({
    id: z.union([text(LIMITS.shortText), z.number().transform(String)]),
    url: httpsUrl.optional(),
    external_url: httpsUrl.optional(),
    title: text(LIMITS.title).optional(),
    summary: text(LIMITS.summary).optional(),
    content_text: text(LIMITS.content).optional(),
    content_html: z.string().max(50_000).optional(),
    image: httpsUrl.optional(),
    date_published: dateTime.optional(),
    date_modified: dateTime.optional(),
    tags: z.array(text(50)).max(LIMITS.tags).optional(),
    language: z.string().max(LIMITS.language).optional(),
    _advocacy: itemAdvocacySchema.optional(),
  })
  .refine(
    (item) => item.title || item.summary || item.content_text || item._advocacy?.variants.length,
    'needs a title, summary, content_text or _advocacy.variants',
  );

/** The envelope; items are validated one by one so a bad item is skipped, not fatal. */
export const feedEnvelopeSchema = z.object({
  version: z
    .string()
    .max(100)
    .refine((value) => value.startsWith('https://jsonfeed.org/version/1'), 'must be a JSON Feed version URL'),
  title: text(LIMITS.shortText),
  home_page_url: httpsUrl.optional(),
  feed_url: httpsUrl.optional(),
  description: z.string().max(LIMITS.summary).optional(),
  language: z.string().max(20).optional(),
  // Before the items: the order feed.json is written in (lib/pages/studio/feed-key-order.ts).
  _advocacy: feedAdvocacySchema.optional(),
  items: z.array(z.unknown()).max(LIMITS.items),
});

/** The full feed, for the published JSON Schema (items with their own schema). */
export const feedSchema = feedEnvelopeSchema.extend({ items: z.array(feedItemSchema).max(LIMITS.items) });

/** feed.json as a person writes it (before defaults): the studio's field paths derive from it. */
export type FeedInput = z.input<typeof feedSchema>;
export type FeedEnvelope = z.output<typeof feedEnvelopeSchema>;
export type FeedItem = z.output<typeof feedItemSchema>;
export type FeedAdvocacy = z.output<typeof feedAdvocacySchema>;
export type FeedTalkingPoint = z.output<typeof talkingPointSchema>;
export type FeedTip = z.output<typeof tipSchema>;
