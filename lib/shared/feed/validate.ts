/**
 * Reading a feed someone else wrote. Never throws: every problem becomes one plain line with
 * its path. The format is recognised from the content (JSON Feed 1.0/1.1, RSS 2.0, Atom 1.0);
 * a content type is only a hint. A bad envelope rejects the feed; a bad item is skipped with
 * its reason; a feed with no usable item is rejected with the reason (R5, issue 12).
 */
import { formatPath } from './path-text';
import type { z } from '../zod';
import { baseOf, relaxEnvelope, relaxItem } from './lenient';
import { LIMITS } from './limits';
import { feedEnvelopeSchema, feedItemSchema, type FeedEnvelope, type FeedItem } from './schema';
import { englishProblem, problem, type FeedProblem, type FeedProblemCode } from './problems';
import { knownTalkingPoints, relaxEquipment, talkingPointIds } from './talking-points';
import { parseXmlFeed } from './xml-feed';

export interface SkippedItem {
  id: string | null;
  /** The item's field, as the feed's own path (`items[3].url`), for the people who write feeds. */
  path: string;
  /** The reason in English (feed:check); surfaces show the result's `skippedIssues` instead. */
  reason: string;
}

export interface ValidFeed {
  envelope: Omit<FeedEnvelope, 'items'>;
  items: FeedItem[];
}

/** The formats the extension reads. */
export type FeedFormat = 'JSON Feed 1.0' | 'JSON Feed 1.1' | 'RSS 2.0' | 'RSS 1.0' | 'Atom 1.0';

/**
 * The outcome of reading a feed. `format` is null when it was not recognised; `warnings` are
 * things that were ignored or shortened without losing an item (dropped envelope links, items
 * over the 500 limit). `problems` and `warnings` are the English lines of feed:check; `issues` and
 * `notes` are the same as problem codes, which every surface renders in the person's language.
 */
export type ValidationResult =
  | {
      ok: true;
      format: FeedFormat | null;
      feed: ValidFeed;
      skipped: SkippedItem[];
      /** Why each item was skipped, as problem codes with their paths (in `skipped`'s order). */
      skippedIssues: FeedProblem[];
      warnings: string[];
      notes: FeedProblem[];
    }
  | {
      ok: false;
      format: FeedFormat | null;
      problems: string[];
      issues: FeedProblem[];
      skipped: SkippedItem[];
      skippedIssues: FeedProblem[];
      warnings: string[];
      notes: FeedProblem[];
    };

export { formatPath };

/** zod's refine and regex messages of lib/shared/feed/schema.ts, as codes. */
const CUSTOM_MESSAGES: Readonly<Record<string, FeedProblemCode>> = {
  'must be an https: link': 'https',
  'needs "da" or "en" text': 'needs-text',
  'needs a title, summary, content_text or _advocacy.variants': 'needs-content',
  'must be a JSON Feed version URL': 'version',
  'must be a domain name like example.com': 'domain',
  'letters, digits, - _ . only': 'slug',
  'a hashtag is one word': 'hashtag',
};

function describeIssues(error: z.ZodError, prefix: (string | number)[] = []): FeedProblem[] {
  return error.issues
    .slice(0, 20)
    .map((issue) => ({ ...plain(issue), path: [...prefix, ...(issue.path as (string | number)[])] }));
}

/** A zod issue as a problem code (the path is added by the caller). */
export function plain(issue: z.core.$ZodIssue): FeedProblem {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message)
        ? problem('missing')
        : problem('wrong-type', { expected: String(issue.expected) });
    case 'too_big':
      return issue.origin === 'string'
        ? problem('too-long', { max: Number(issue.maximum) })
        : issue.origin === 'array'
          ? problem('too-many', { max: Number(issue.maximum) })
          : problem('too-big', { max: Number(issue.maximum) });
    case 'too_small':
      return issue.origin === 'string' ? problem('empty-text') : problem('too-small', { min: Number(issue.minimum) });
    case 'invalid_value':
      return problem('one-of', { values: issue.values.map((value) => JSON.stringify(value)).join(', ') });
    case 'invalid_format':
      if (issue.format === 'datetime') return problem('datetime');
      if (issue.format === 'email') return problem('email');
      break;
    default:
      break;
  }
  const custom = CUSTOM_MESSAGES[issue.message];
  return custom ? problem(custom) : problem('invalid', { detail: issue.message.slice(0, 200) });
}

function failure(
  issues: FeedProblem[],
  format: FeedFormat | null = null,
  skipped: SkippedItem[] = [],
  notes: FeedProblem[] = [],
  skippedIssues: FeedProblem[] = [],
): ValidationResult {
  return {
    ok: false,
    format,
    problems: issues.map(englishProblem),
    issues,
    skipped,
    skippedIssues,
    warnings: notes.map(englishProblem),
    notes,
  };
}

/** Options for {@link parseFeedDocument}. */
export interface ParseFeedOptions {
  /** The response's Content-Type, used only to explain a document that is not a feed. */
  contentType?: string | null;
  /** Where the feed came from: resolves relative item links. */
  url?: string | null;
}

/**
 * Reads feed text of any supported format into the one normalized feed: recognises JSON Feed
 * 1.0/1.1, RSS 2.0 and Atom 1.0 by content, skips unusable items with their reasons, and fails
 * with plain problems when nothing is usable. Never throws. This is the parser the background,
 * `npm run feed:check` and the feed studio share.
 */
export function parseFeedDocument(raw: string, options: ParseFeedOptions = {}): ValidationResult {
  try {
    if (raw.length > LIMITS.bytes) return failure([problem('too-large')]);
    const text = raw.replace(/^\uFEFF/, '');
    const start = text.trimStart();
    if (!start) return failure([problem('empty')]);
    if (start.startsWith('<')) {
      if (/^<!doctype html|^<html[\s>]/i.test(start)) return failure([problem('web-page', { type: 'HTML' })]);
      const xml = parseXmlFeed(start);
      if (!xml.ok) return failure([xml.problem]);
      return validateFeedObject(xml.json, xml.format, options.url ?? null, xml.warnings);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message.replace(/^JSON\.parse: /, '') : '';
      if (start.startsWith('{') || start.startsWith('[')) return failure([problem('json-invalid', { detail })]);
      const type = (options.contentType ?? '').split(';')[0]!.trim().toLowerCase();
      return failure([
        type
          ? problem('unknown-format-typed', { type: type.slice(0, 80), start: start.slice(0, 20) })
          : problem('unknown-format', { start: start.slice(0, 20) }),
      ]);
    }
    return validateFeed(json, options.url ?? null);
  } catch (error) {
    // Defensive: nothing here should throw, but a feed must never crash the extension.
    return failure([problem('unreadable', { detail: String(error).slice(0, 200) })]);
  }
}

/** Parses raw feed text (from a file or a response body); the same as {@link parseFeedDocument}. */
export function parseFeedText(raw: string, options: ParseFeedOptions = {}): ValidationResult {
  return parseFeedDocument(raw, options);
}

/**
 * Strict where a person shares: a suggestion needs an https link, unless the feed wrote the
 * post text itself (`_advocacy.variants`) for a post without a link. The feed studio asks the
 * same question of the item being edited, so "Ready to download" never means "skipped here".
 */
export function hasShareTarget(item: {
  url?: unknown;
  external_url?: unknown;
  _advocacy?: { variants?: unknown } | null;
}): boolean {
  const variants = item._advocacy?.variants;
  return !!item.url || !!item.external_url || (Array.isArray(variants) && variants.length > 0);
}

/** Validates parsed JSON as a JSON Feed. */
export function validateFeed(json: unknown, url: string | null = null): ValidationResult {
  try {
    if (!json || typeof json !== 'object' || Array.isArray(json)) {
      return failure([problem('not-object')]);
    }
    const version = (json as { version?: unknown }).version;
    const format: FeedFormat | null =
      typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\/1\.1\/?$/.test(version)
        ? 'JSON Feed 1.1'
        : typeof version === 'string' && /^https?:\/\/jsonfeed\.org\/version\/1\/?$/.test(version)
          ? 'JSON Feed 1.0'
          : null;
    return validateFeedObject(json as Record<string, unknown>, format, url, []);
  } catch (error) {
    return failure([problem('unreadable', { detail: String(error).slice(0, 200) })]);
  }
}

function timeOf(item: FeedItem): number {
  const time = item.date_published ? Date.parse(item.date_published) : NaN;
  return Number.isNaN(time) ? -Infinity : time;
}

function validateFeedObject(
  json: Record<string, unknown>,
  format: FeedFormat | null,
  url: string | null,
  initialWarnings: FeedProblem[],
): ValidationResult {
  const warnings = [...initialWarnings];
  const isXml = format === 'RSS 2.0' || format === 'RSS 1.0' || format === 'Atom 1.0';
  const relaxed = relaxEnvelope(json, warnings);
  // Talking points and tips (issue 27): a bad entry is skipped with a warning, never the feed.
  if (relaxed._advocacy !== undefined) relaxed._advocacy = relaxEquipment(relaxed._advocacy, warnings, plain);
  const rawItems = Array.isArray(relaxed.items) ? (relaxed.items as unknown[]) : null;
  // Our own envelope check, with the items counted below (more than 500 keeps the newest 500).
  const envelope = feedEnvelopeSchema.safeParse(
    isXml
      ? { ...relaxed, version: 'https://jsonfeed.org/version/1.1', items: [] }
      : { ...relaxed, items: rawItems ? [] : relaxed.items },
  );
  if (!envelope.success) return failure(describeIssues(envelope.error), format, [], warnings);
  const { items: _none, ...rest } = envelope.data;
  const base = baseOf(relaxed, url);
  // The feed's own language (RSS language or dc:language, Atom xml:lang, JSON Feed 1.1 language)
  // is the language of every item that does not state its own.
  const feedLanguage = rest.language && rest.language.length <= LIMITS.language ? rest.language : undefined;
  let items: FeedItem[] = [];
  const skipped: SkippedItem[] = [];
  const skippedIssues: FeedProblem[] = [];
  const skip = (id: string | null, issue: FeedProblem) => {
    const { path, ...reason } = issue;
    skipped.push({ id, path: formatPath(path ?? []), reason: englishProblem(reason) });
    skippedIssues.push(issue);
  };
  const seen = new Set<string>();
  const talkingPoints = talkingPointIds(rest._advocacy);
  (rawItems ?? []).forEach((raw, index) => {
    const rawId = raw && typeof raw === 'object' && 'id' in raw ? raw.id : null;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId).slice(0, 200) : null;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      skip(null, problem('not-an-object', undefined, ['items', index]));
      return;
    }
    const parsed = feedItemSchema.safeParse(relaxItem(raw as Record<string, unknown>, base));
    if (!parsed.success) {
      const [first] = describeIssues(parsed.error, ['items', index]);
      skip(id, first ?? problem('invalid', { detail: 'zod' }, ['items', index]));
      return;
    }
    // An id the feed has no talking point for is skipped with a warning; it never costs the item.
    const item = knownTalkingPoints(parsed.data, index, talkingPoints, warnings);
    if (!hasShareTarget(item)) {
      skip(item.id, problem('needs-link', undefined, ['items', index, 'url']));
      return;
    }
    if (seen.has(item.id)) {
      skip(item.id, problem('duplicate-id', undefined, ['items', index, 'id']));
      return;
    }
    seen.add(item.id);
    items.push(!item.language && feedLanguage ? { ...item, language: feedLanguage } : item);
  });
  if (items.length > LIMITS.items) {
    const keep = new Set(
      [...items]
        .sort((a, b) => timeOf(b) - timeOf(a))
        .slice(0, LIMITS.items)
        .map((item) => item.id),
    );
    warnings.push(problem('items-capped', { count: items.length, max: LIMITS.items }));
    items = items.filter((item) => keep.has(item.id));
  }
  if (items.length === 0) {
    const total = rawItems?.length ?? 0;
    if (total === 0) return failure([problem('no-items')], format, skipped, warnings, skippedIssues);
    const allLinks = skipped.length > 0 && skipped.every((entry) => entry.path.endsWith('.url'));
    const head = problem(allLinks ? 'no-https-link' : 'no-usable-item', { count: total });
    return failure([head, ...skippedIssues.slice(0, 3)], format, skipped, warnings, skippedIssues);
  }
  return {
    ok: true,
    format,
    feed: { envelope: rest, items },
    skipped,
    skippedIssues,
    warnings: warnings.map(englishProblem),
    notes: warnings,
  };
}
