/**
 * "Import from a feed address": the newsroom's items as studio items.
 *
 * ONE call site for the feed parser: lib/feed's parseFeedDocument reads RSS 2.0, Atom 1.0 and
 * JSON Feed 1.0/1.1 (recognised from the content) into the same validated items the extension uses.
 */
import type { FeedItem } from '../feed/schema';
import { parseFeedDocument } from '../feed/validate';
import { fieldText, type JsonObject, type StudioFeed } from './path';
import { canonical } from './serialize';

export type ImportResult =
  { ok: true; items: JsonObject[]; skipped: number; alreadyThere: number } | { ok: false; problems: string[] };

function parse(
  text: string,
  contentType?: string | null,
  url?: string | null,
): { ok: true; items: FeedItem[]; language: string | undefined; skipped: number } | { ok: false; problems: string[] } {
  const result = parseFeedDocument(text, { contentType: contentType ?? null, url: url ?? null });
  if (!result.ok) return { ok: false, problems: result.problems };
  return {
    ok: true,
    items: result.feed.items,
    language: result.feed.envelope.language,
    skipped: result.skipped.length,
  };
}

/** Only what a newsroom item says; the team adds texts, campaign and variants. */
function toStudioItem(item: FeedItem, feedLanguage: string | undefined): JsonObject {
  return canonical({
    id: item.id,
    url: item.url,
    external_url: item.external_url,
    title: item.title,
    summary: item.summary ?? item.content_text?.slice(0, 1000),
    image: item.image,
    date_published: item.date_published,
    tags: item.tags,
    // The newsroom's language, kept per item: the studio's feed may mix languages.
    language: item.language ?? feedLanguage,
    _advocacy: item._advocacy,
  }) as JsonObject;
}

/** Items of the newsroom feed at `text` that `feed` does not have yet (by id). */
export function importItems(
  text: string,
  feed: StudioFeed,
  source: { contentType?: string | null; url?: string | null } = {},
): ImportResult {
  const parsed = parse(text, source.contentType, source.url);
  if (!parsed.ok) return parsed;
  const ids = new Set(feed.items.map((item) => fieldText(item.id)));
  const items = parsed.items.filter((item) => !ids.has(item.id)).map((item) => toStudioItem(item, parsed.language));
  return { ok: true, items, skipped: parsed.skipped, alreadyThere: parsed.items.length - items.length };
}
