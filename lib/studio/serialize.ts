/**
 * feed.json as the studio writes it: stable formatting, so a feed that is opened and
 * downloaded again is byte-identical. Keys come in a fixed order (the JSON Feed order, then
 * ours), unknown keys after them alphabetically; empty strings, lists and objects are left
 * out (the schema's defaults fill them in). Two-space indentation, one final newline.
 */
import type { JsonObject, StudioFeed } from './path';

const ORDER = [
  // JSON Feed 1.1, top level and items
  'version',
  'title',
  'home_page_url',
  'feed_url',
  'description',
  'id',
  'url',
  'external_url',
  'summary',
  'content_text',
  'content_html',
  'image',
  'date_published',
  'date_modified',
  'tags',
  'language',
  // _advocacy
  'organization',
  'name',
  'linkedin_url',
  'domains',
  'policy',
  'purpose',
  'reminders',
  'topic',
  'text',
  'criticism_contact',
  'contact',
  'rules',
  'confidential_terms',
  'mention_terms',
  'disclosure_phrases',
  'similarity_threshold',
  'max_hashtags',
  'criticism_keywords',
  'utm',
  'source',
  'medium',
  'campaign',
  'highlights',
  'kind',
  'date',
  'features',
  'panel',
  'draft_checks',
  'expires',
  'audiences',
  'hashtags',
  'topics',
  'variants',
  'angle',
  'prompts',
  'da',
  'en',
  '_advocacy',
  'items',
];
const RANK = new Map(ORDER.map((key, index) => [key, index]));

function compareKeys(a: string, b: string): number {
  const ra = RANK.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rb = RANK.get(b) ?? Number.MAX_SAFE_INTEGER;
  return ra - rb || (a < b ? -1 : a > b ? 1 : 0);
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return value !== null && typeof value === 'object' && Object.keys(value).length === 0;
}

/** The canonical form: ordered keys, no empty values. Idempotent. */
export function canonical(value: unknown, top = true): unknown {
  if (Array.isArray(value)) return value.map((entry) => canonical(entry, false)).filter((entry) => entry !== undefined);
  if (value === null || typeof value !== 'object') return value === '' ? undefined : value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort(compareKeys)) {
    const child = canonical((value as Record<string, unknown>)[key], false);
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
