/**
 * "Import from a feed address": the newsroom's items as studio items.
 *
 * ONE call site for the feed parser: lib/shared/feed's parseFeedDocument reads RSS 2.0, Atom 1.0 and
 * JSON Feed 1.0/1.1 (recognised from the content) into the same validated items the extension uses.
 */
import type { FeedProblem } from '../../shared/feed/problems';
import type { FeedItem } from '../../shared/feed/schema';
import { parseFeedDocument } from '../../shared/feed/validate';
import { fieldText, getIn, setIn, type JsonObject, type StudioFeed } from './path';
import { canonical } from './serialize';

/** What the newsroom's feed says about itself, for the fields the studio's feed still has empty. */
export interface NewsroomFacts {
  /** The channel's or feed's title: the organization's name until the team edits it. */
  name: string | null;
  /** Its website (the channel's link, or the page the feed was found on). */
  website: string | null;
  /** Its language as the studio offers it ('da', 'en'), null for any other. */
  language: 'da' | 'en' | null;
}

export type ImportResult =
  | { ok: true; items: JsonObject[]; skipped: number; alreadyThere: number; facts: NewsroomFacts }
  | { ok: false; problems: string[]; issues: FeedProblem[] };

/** 'da-DK' → 'da'; a language the studio does not offer stays as written. */
function studioLanguage(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return primary === 'da' || primary === 'en' ? primary : tag;
}

function parse(
  text: string,
  contentType?: string | null,
  url?: string | null,
):
  | { ok: true; items: FeedItem[]; language: string | undefined; skipped: number; facts: NewsroomFacts }
  | { ok: false; problems: string[]; issues: FeedProblem[] } {
  const result = parseFeedDocument(text, { contentType: contentType ?? null, url: url ?? null });
  if (!result.ok) return { ok: false, problems: result.problems, issues: result.issues };
  const { envelope } = result.feed;
  const language = studioLanguage(envelope.language);
  return {
    ok: true,
    items: result.feed.items,
    language: envelope.language,
    skipped: result.skipped.length,
    facts: {
      name: envelope._advocacy?.organization.name ?? (envelope.title.trim() || null),
      website: envelope.home_page_url ?? null,
      language: language === 'da' || language === 'en' ? language : null,
    },
  };
}

const isEmpty = (value: unknown) => value === undefined || value === null || fieldText(value).trim() === '';

/**
 * The studio's feed with what the newsroom already says filled in where the feed is still empty:
 * the organization's name (from the channel or feed title, editable), its website (the feed's home
 * page and, for campaign links, its web domain) and the language. Nothing the team wrote is replaced.
 */
export function fillFromNewsroom(feed: StudioFeed, facts: NewsroomFacts, foundOn: string | null = null): StudioFeed {
  let next = feed;
  const fill = (path: (string | number)[], value: unknown) => {
    if (value !== null && value !== undefined && isEmpty(getIn(next, path))) next = setIn(next, path, value);
  };
  fill(['_advocacy', 'organization', 'name'], facts.name?.slice(0, 100));
  const website = facts.website ?? (foundOn ? new URL(foundOn).origin + '/' : null);
  fill(['home_page_url'], website);
  const domains = getIn(next, ['_advocacy', 'organization', 'domains']);
  if (website && (!Array.isArray(domains) || domains.length === 0)) {
    const host = new URL(website).hostname.replace(/^www\./, '');
    if (/^([a-z0-9-]+\.)+[a-z]{2,}$/i.test(host)) next = setIn(next, ['_advocacy', 'organization', 'domains'], [host]);
  }
  fill(['language'], facts.language);
  return next;
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
    language: studioLanguage(item.language ?? feedLanguage),
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
  return {
    ok: true,
    items,
    skipped: parsed.skipped,
    alreadyThere: parsed.items.length - items.length,
    facts: parsed.facts,
  };
}
