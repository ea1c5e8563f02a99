/**
 * feed.json as the studio writes it: stable formatting, so a feed that is opened and
 * downloaded again is byte-identical. In each object the keys come in the order the feed
 * schema declares them (lib/pages/studio/feed-key-order.ts, generated from lib/shared/feed/schema.ts, so a
 * new field needs no change here), unknown keys after them alphabetically; empty strings, lists
 * and objects are left out (the schema's defaults fill them in). Two-space indentation, one
 * final newline.
 */
import type { KeyOrder } from '../../node/feed/key-order';
import { FEED_KEY_ORDER } from './feed-key-order';
import type { JsonObject, StudioFeed } from './path';

const ranks = new WeakMap<KeyOrder, Map<string, number>>();

function rankOf(order: KeyOrder | undefined): Map<string, number> {
  if (!order) return new Map();
  let rank = ranks.get(order);
  if (!rank) {
    rank = new Map((order.keys ?? []).map((key, index) => [key, index]));
    ranks.set(order, rank);
  }
  return rank;
}

function compareKeys(rank: Map<string, number>, a: string, b: string): number {
  const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return value !== null && typeof value === 'object' && Object.keys(value).length === 0;
}

/** The canonical form: ordered keys, no empty values. Idempotent. */
export function canonical(value: unknown, top = true, order: KeyOrder | undefined = FEED_KEY_ORDER): unknown {
  if (Array.isArray(value))
    return value.map((entry) => canonical(entry, false, order?.entries)).filter((entry) => entry !== undefined);
  if (value === null || typeof value !== 'object') return value === '' ? undefined : value;
  const rank = rankOf(order);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort((a, b) => compareKeys(rank, a, b))) {
    const child = canonical((value as Record<string, unknown>)[key], false, order?.props?.[key]);
    // A feed always has its items list, even an empty one.
    if (top && key === 'items') out[key] = child ?? [];
    else if (!isEmpty(child)) out[key] = child;
  }
  return out;
}

/** The text of feed.json. */
export function serializeFeed(feed: StudioFeed): string {
  return `${JSON.stringify(canonical(feed), null, 2)}\n`;
}

export type OpenResult = { ok: true; feed: StudioFeed } | { ok: false; problem: 'json' | 'not-feed'; detail: string };

/**
 * Reads a feed.json someone has (from disk or an address) into the studio. Only the shape
 * "an object with an items list" is required: invalid fields are kept and shown as errors,
 * so opening never loses anything.
 */
export function openFeedText(text: string): OpenResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: 'json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return { ok: false, problem: 'not-feed', detail: '' };
  const object = json as Record<string, unknown>;
  if (!Array.isArray(object.items)) return { ok: false, problem: 'not-feed', detail: '' };
  const items = object.items.filter(
    (item): item is JsonObject => !!item && typeof item === 'object' && !Array.isArray(item),
  );
  return { ok: true, feed: canonical({ ...object, items }) as StudioFeed };
}
