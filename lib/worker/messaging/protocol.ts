/**
 * The one message protocol between the extension's parts. Each message names who may
 * send it, its request and its response, defined once with zod. The background validates
 * every request with `safeParse` (lib/worker/messaging/handle.ts); senders use the typed
 * `send()` (lib/shared/messaging/send.ts), which imports only the *types* of this file so the
 * LinkedIn watcher carries no zod.
 */
import { z } from '../../shared/zod';
import type { DataExport, DataSummary } from '../data/types';
import { LIMITS } from '../../shared/feed/limits';
import type { CommentData } from '../feed/comment-data';
import type { FeedOverview, FeedStatus, FeedTestResult, PanelData, PictureResult } from '../../shared/feed/types';
import { HEALTH_EVENTS } from '../../shared/settings';
import type { Stats } from '../../shared/stats/types';
import { isValidTimeZone } from '../stats/time';

/** Where a message may come from: an extension page (popup, options) or a script on linkedin.com. */
export type SenderKind = 'extension-page' | 'linkedin';

const boundedString = (max: number) => z.string().max(max);
const httpsUrl = z
  .string()
  .max(LIMITS.url)
  .refine((value) => /^https:\/\//.test(value), 'must be an https: link');

/** The share event as the watcher sends it; the background adds nothing about the person. */
export const shareEventSchema = z.strictObject({
  id: z
    .string()
    .min(8)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/),
  at: z.iso.datetime({ offset: true }),
  // 'own-link' (lib/worker/db/types.ts) is never accepted from a page: only the background sets it,
  // for the tab it opened for "Share this page" (lib/worker/this-page/own-link.ts).
  kind: z.enum(['post', 'repost']),
  // The same limits as the feed (lib/shared/feed/limits.ts): a suggestion the feed accepts can be recorded.
  suggestionId: boundedString(LIMITS.shortText).nullable(),
  suggestionTitle: boundedString(LIMITS.title).nullable(),
  campaign: boundedString(LIMITS.campaign).nullable(),
  language: boundedString(LIMITS.language).nullable(),
  changedRatio: z.number().min(0).max(1).nullable(),
  postUrl: httpsUrl.nullable(),
  sourceUrl: httpsUrl.nullable(),
});

const empty = z.strictObject({});

export const protocol = {
  /** The watcher (or panel) reports a health event of the LinkedIn integration (R8). */
  'health:report': {
    from: ['linkedin'],
    request: z.strictObject({ event: z.enum(HEALTH_EVENTS), detail: boundedString(200).optional() }),
    response: empty,
  },
  /** The popup reads the local health counters. */
  'health:get': {
    from: ['extension-page'],
    request: empty,
    response: z.object({
      counts: z.record(z.string(), z.number()),
      last: z.object({ event: z.string(), at: z.string(), detail: z.string().optional() }).nullable(),
    }),
  },
  /**
   * "Copy a report for the developers": the popup asks for the report text to show the person
   * before they copy it (layout signals, health counters; nothing about the person). The
   * background gathers fresh signals from an open LinkedIn tab on this request only.
   */
  'report:get': {
    from: ['extension-page'],
    request: empty,
    response: z.object({ text: z.string(), hasSignals: z.boolean() }),
  },
  /** The watcher saw a stable composer: inject the panel into this tab (if the person opted in). */
  'panel:open': {
    from: ['linkedin'],
    request: empty,
    response: z.object({ status: z.enum(['injected', 'already-open', 'no-consent', 'no-composer']) }),
  },
  /**
   * The watcher saw the person start writing a comment (issue 28): inject the comment helper into
   * this tab, if the comment help is on. Nothing about the comment travels.
   */
  'comment:open': {
    from: ['linkedin'],
    request: empty,
    response: z.object({ status: z.enum(['injected', 'already-open', 'no-consent']) }),
  },
  /** What the comment helper needs: the one decision, the organization, who answers criticism, the rules. */
  'comment:data': {
    from: ['linkedin'],
    request: empty,
    response: z.custom<CommentData>(),
  },
  /** A post or repost LinkedIn confirmed; recorded only with the recordShares consent. */
  'share:record': {
    from: ['linkedin'],
    request: shareEventSchema,
    response: z.object({ status: z.enum(['recorded', 'duplicate', 'no-consent', 'not-chosen']) }),
  },
  // --- linkedin ---
  /** An instant repost LinkedIn confirmed; kept only when the post is the organization's. */
  'share:repost': {
    from: ['linkedin'],
    request: z.strictObject({
      id: shareEventSchema.shape.id,
      at: shareEventSchema.shape.at,
      authorName: boundedString(200).nullable(),
      authorUrl: httpsUrl.nullable(),
      postUrl: httpsUrl.nullable(),
    }),
    response: z.object({ status: z.enum(['recorded', 'duplicate', 'no-consent', 'not-chosen', 'not-organization']) }),
  },
  // --- this page (lib/shared/this-page, lib/worker/this-page) ---
  /** "Share this page on LinkedIn": open LinkedIn's composer with the page's link, in a new tab. */
  'share:this-page': {
    from: ['extension-page'],
    request: z.strictObject({ url: z.string().max(2048) }),
    response: z.object({ status: z.enum(['opened', 'not-shareable']) }),
  },
  // --- feed (lib/shared/feed) ---
  /**
   * Everything the composer panel shows: suggestions for this person, policy, rules, switches,
   * and which cards get "Copy picture" (`copyablePictures`, decided at sync time).
   */
  'feed:panel-data': {
    from: ['linkedin'],
    request: empty,
    response: z.custom<PanelData>(),
  },
  /** One card's picture as a base64 PNG, for the clipboard (the address comes from the stored feed). */
  'feed:picture': {
    from: ['linkedin'],
    request: z.strictObject({ id: boundedString(LIMITS.shortText) }),
    response: z.custom<PictureResult>(),
  },
  /** The feed's sync status for the popup and options. */
  'feed:status': {
    from: ['extension-page'],
    request: empty,
    response: z.custom<FeedStatus>(),
  },
  /** Sync now (the person pressed "Sync now"); answers with the status afterwards. */
  'feed:sync-now': {
    from: ['extension-page'],
    request: empty,
    response: z.custom<FeedStatus>(),
  },
  /** Fetch and validate a feed URL without saving it ("Test and save" in options). */
  'feed:test-url': {
    from: ['extension-page'],
    request: z.strictObject({ url: z.string().max(LIMITS.url) }),
    response: z.custom<FeedTestResult>(),
  },
  /** Organization, highlights and current items for the popup and options. */
  'feed:overview': {
    from: ['extension-page'],
    request: empty,
    response: z.custom<FeedOverview>(),
  },
  // --- stats (lib/worker/stats) ---
  /** The person's own sharing stats, counted in the popup's time zone (IANA, e.g. "Europe/Copenhagen"). */
  'stats:get': {
    from: ['extension-page'],
    request: z.strictObject({
      timeZone: z
        .string()
        .max(64)
        .regex(/^[A-Za-z0-9_+\-/]+$/)
        .refine(isValidTimeZone, 'unknown time zone'),
    }),
    response: z.custom<Stats>(),
  },
  // --- options: the person's data (lib/worker/data) ---
  /** Everything stored about the person, as a JSON file and the share records as CSV. */
  'data:export': {
    from: ['extension-page'],
    request: empty,
    response: z.custom<DataExport>(),
  },
  /** How many share records are stored, and since when (options "Your data"). */
  'data:summary': {
    from: ['extension-page'],
    request: empty,
    response: z.custom<DataSummary>(),
  },
  /** Delete the share records only (offered when the record consent is withdrawn). */
  'data:delete-shares': {
    from: ['extension-page'],
    request: empty,
    response: z.object({ deleted: z.number() }),
  },
  /** Delete everything: database and settings; every consent is off afterwards. */
  'data:delete-all': {
    from: ['extension-page'],
    request: empty,
    response: z.object({ deleted: z.number() }),
  },
  // --- programme results (lib/worker/counting, issue 26) ---
  /** Where "Count my sharing anonymously" would send its monthly report (null: not offered). */
  'counting:collector': {
    from: ['extension-page'],
    request: empty,
    response: z.object({ url: z.string(), source: z.enum(['managed', 'feed']) }).nullable(),
  },
} as const satisfies Record<string, MessageDefinition>;

export interface MessageDefinition {
  from: readonly SenderKind[];
  request: z.ZodType;
  response: z.ZodType;
}

export type Protocol = typeof protocol;
export type MessageName = keyof Protocol;
export type RequestOf<N extends MessageName> = z.input<Protocol[N]['request']>;
export type ParsedRequestOf<N extends MessageName> = z.output<Protocol[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<Protocol[N]['response']>;

/** Why a message failed, as typed errors the caller can switch on. */
export type ErrorCode = 'unknown-message' | 'invalid-request' | 'forbidden-sender' | 'unreachable' | 'internal';

export type Result<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string } };

/** The wire format of a request. */
export interface Envelope<N extends MessageName = MessageName> {
  type: N;
  payload: RequestOf<N>;
}
