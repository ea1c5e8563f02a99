/**
 * Validating a feed someone else wrote. Never throws: every problem becomes one plain line
 * with its JSON path. A bad envelope rejects the feed; a bad item is skipped with its reason (R5).
 */
import type { z } from '../zod';
import { feedEnvelopeSchema, feedItemSchema, LIMITS, type FeedEnvelope, type FeedItem } from './schema';

export interface SkippedItem {
  id: string | null;
  path: string;
  reason: string;
}

export interface ValidFeed {
  envelope: Omit<FeedEnvelope, 'items'>;
  items: FeedItem[];
}

export type ValidationResult =
  { ok: true; feed: ValidFeed; skipped: SkippedItem[] } | { ok: false; problems: string[]; skipped: SkippedItem[] };

/** `items[3].url` style paths. */
export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part);
  }
  return out || '(feed)';
}

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

/** Parses raw feed text (from a file or a response body). */
export function parseFeedText(raw: string): ValidationResult {
  if (raw.length > LIMITS.bytes) {
    return { ok: false, problems: [`The feed is too large (over ${LIMITS.bytes / 1024 / 1024} MB).`], skipped: [] };
  }
  const text = raw.replace(/^\uFEFF/, '');
  if (!text.trim()) return { ok: false, problems: ['The feed is empty.'], skipped: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^JSON\.parse: /, '') : '';
    return { ok: false, problems: [`The feed is not valid JSON (${detail}).`], skipped: [] };
  }
  return validateFeed(json);
}

/** Validates parsed JSON. */
export function validateFeed(json: unknown): ValidationResult {
  try {
    if (!json || typeof json !== 'object' || Array.isArray(json)) {
      return {
        ok: false,
        problems: ['(feed): should be a JSON object with "version", "title" and "items".'],
        skipped: [],
      };
    }
    const envelope = feedEnvelopeSchema.safeParse(json);
    if (!envelope.success) return { ok: false, problems: describeIssues(envelope.error), skipped: [] };
    const { items: rawItems, ...rest } = envelope.data;
    const items: FeedItem[] = [];
    const skipped: SkippedItem[] = [];
    const seen = new Set<string>();
    rawItems.forEach((raw, index) => {
      const rawId = raw && typeof raw === 'object' && 'id' in raw ? raw.id : null;
      const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId).slice(0, 200) : null;
      const parsed = feedItemSchema.safeParse(raw);
      if (!parsed.success) {
        const [first] = describeIssues(parsed.error, `items[${index}]`);
        const [path, ...reason] = (first ?? `items[${index}]: is invalid`).split(': ');
        skipped.push({ id, path: path!, reason: reason.join(': ') });
        return;
      }
      if (seen.has(parsed.data.id)) {
        skipped.push({ id: parsed.data.id, path: `items[${index}].id`, reason: 'is used by an earlier item' });
        return;
      }
      seen.add(parsed.data.id);
      items.push(parsed.data);
    });
    return { ok: true, feed: { envelope: rest, items }, skipped };
  } catch (error) {
    // Defensive: zod should not throw, but a feed must never crash the extension.
    return { ok: false, problems: [`The feed could not be read (${String(error).slice(0, 200)}).`], skipped: [] };
  }
}
