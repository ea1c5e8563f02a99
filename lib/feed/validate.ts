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
import { parseXmlFeed } from './xml-feed';

export interface SkippedItem {
  id: string | null;
  path: string;
  reason: string;
}

export interface ValidFeed {
  envelope: Omit<FeedEnvelope, 'items'>;
  items: FeedItem[];
}

/** The formats the extension reads. */
export type FeedFormat = 'JSON Feed 1.0' | 'JSON Feed 1.1' | 'RSS 2.0' | 'Atom 1.0';

/**
 * The outcome of reading a feed. `format` is null when it was not recognised; `warnings` are
 * things that were ignored or shortened without losing an item (dropped envelope links, items
 * over the 500 limit).
 */
export type ValidationResult =
  | { ok: true; format: FeedFormat | null; feed: ValidFeed; skipped: SkippedItem[]; warnings: string[] }
  | { ok: false; format: FeedFormat | null; problems: string[]; skipped: SkippedItem[]; warnings: string[] };

export { formatPath };

function describeIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.slice(0, 20).map((issue) => `${formatPath(issue.path, prefix)}: ${plain(issue)}`);
}

function plain(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message) ? 'is missing' : `should be ${article(issue.expected)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `is too long (at most ${issue.maximum as number} characters)`
        : issue.origin === 'array'
          ? `has too many entries (at most ${issue.maximum as number})`
          : `is too large (at most ${issue.maximum as number})`;
    case 'too_small':
      return issue.origin === 'string' ? 'is empty' : `is too small (at least ${issue.minimum as number})`;
    case 'invalid_value':
      return `should be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'datetime' ? 'should be a date and time like 2026-11-26T09:00:00Z' : issue.message;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function failure(
  problems: string[],
  format: FeedFormat | null = null,
  skipped: SkippedItem[] = [],
  warnings: string[] = [],
): ValidationResult {
  return { ok: false, format, problems, skipped, warnings };
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
    if (raw.length > LIMITS.bytes) return failure([`The feed is too large (over ${LIMITS.bytes / 1024 / 1024} MB).`]);
    const text = raw.replace(/^\uFEFF/, '');
    const start = text.trimStart();
    if (!start) return failure(['The feed is empty.']);
    if (start.startsWith('<')) {
      if (/^<!doctype html|^<html[\s>]/i.test(start))
        return failure(['The address returned a web page (HTML), not a feed.']);
      const xml = parseXmlFeed(start);
      if (!xml.ok) return failure([xml.problem]);
      return validateFeedObject(xml.json, xml.format, options.url ?? null, xml.warnings);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      const detail = error instanceof Error ? error.message.replace(/^JSON\.parse: /, '') : '';
      if (start.startsWith('{') || start.startsWith('[')) return failure([`The feed is not valid JSON (${detail}).`]);
      const type = (options.contentType ?? '').split(';')[0]!.trim().toLowerCase();
      return failure([
        `The feed is not valid JSON, RSS or Atom${type ? ` (the server called it ${type.slice(0, 80)})` : ''}: it starts with "${start.slice(0, 20)}".`,
      ]);
    }
    return validateFeed(json, options.url ?? null);
  } catch (error) {
    // Defensive: nothing here should throw, but a feed must never crash the extension.
    return failure([`The feed could not be read (${String(error).slice(0, 200)}).`]);
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
      return failure(['(feed): should be a JSON object with "version", "title" and "items".']);
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
    return failure([`The feed could not be read (${String(error).slice(0, 200)}).`]);
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
  initialWarnings: string[],
): ValidationResult {
  const warnings = [...initialWarnings];
  const isXml = format === 'RSS 2.0' || format === 'Atom 1.0';
  const relaxed = relaxEnvelope(json, warnings);
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
  let items: FeedItem[] = [];
  const skipped: SkippedItem[] = [];
  const seen = new Set<string>();
  (rawItems ?? []).forEach((raw, index) => {
    const rawId = raw && typeof raw === 'object' && 'id' in raw ? raw.id : null;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId).slice(0, 200) : null;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      skipped.push({ id: null, path: `items[${index}]`, reason: 'should be an object' });
      return;
    }
    const parsed = feedItemSchema.safeParse(relaxItem(raw as Record<string, unknown>, base));
    if (!parsed.success) {
      const [first] = describeIssues(parsed.error, `items[${index}]`);
      const [path, ...reason] = (first ?? `items[${index}]: is invalid`).split(': ');
      skipped.push({ id, path: path!, reason: reason.join(': ') });
      return;
    }
    const item = parsed.data;
    if (!hasShareTarget(item)) {
      skipped.push({ id: item.id, path: `items[${index}].url`, reason: 'is missing (an item needs an https link)' });
      return;
    }
    if (seen.has(item.id)) {
      skipped.push({ id: item.id, path: `items[${index}].id`, reason: 'is used by an earlier item' });
      return;
    }
    seen.add(item.id);
    items.push(item);
  });
  if (items.length > LIMITS.items) {
    const keep = new Set(
      [...items]
        .sort((a, b) => timeOf(b) - timeOf(a))
        .slice(0, LIMITS.items)
        .map((item) => item.id),
    );
    warnings.push(`The feed has ${items.length} usable items; the newest ${LIMITS.items} are kept.`);
    items = items.filter((item) => keep.has(item.id));
  }
  if (items.length === 0) {
    const total = rawItems?.length ?? 0;
    if (total === 0) return failure(['The feed has no items.'], format, skipped, warnings);
    const allLinks = skipped.length > 0 && skipped.every((skip) => skip.path.endsWith('.url'));
    const first = skipped.slice(0, 3).map((skip) => `${skip.path}: ${skip.reason}`);
    const noun = total === 1 ? 'item' : 'items';
    const head = allLinks
      ? total === 1
        ? 'The feed’s only item has no https link.'
        : `None of the ${total} ${noun} has an https link.`
      : total === 1
        ? 'The feed’s only item cannot be used.'
        : `None of the ${total} ${noun} can be used.`;
    return failure([head, ...first], format, skipped, warnings);
  }
  return { ok: true, format, feed: { envelope: rest, items }, skipped, warnings };
}
