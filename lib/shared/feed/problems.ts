/**
 * Problems with a feed as codes with parameters, never sentences: the worker, the options page,
 * the popup and the studio share them, and each surface renders them in the person's language
 * (texts in lib/shared/i18n/locales/{da,en}/feed.ts, `problem.*`; `field.*` names the fields in words).
 * `npm run feed:check` renders them in English with the feed's own paths, for the people who
 * write feeds. tests/unit/feed-problems.test.ts fails when a code has no Danish or English text.
 *
 * No zod and no i18next here: the popup, the options page, the studio and Node import it.
 */
import { problems as english } from '../i18n/locales/en/problems';
import { formatPath } from './path-text';

export const FEED_PROBLEM_CODES = [
  // The address, before anything is fetched (lib/shared/settings/feed-url.ts).
  'address-empty',
  'address-invalid',
  'address-not-https',
  'address-loopback-ip',
  // The request (lib/shared/feed/fetch.ts).
  'redirect-not-https',
  'http-404',
  'http-429',
  'http-status',
  'web-page',
  'content-type',
  'too-large',
  'timeout',
  'unreachable',
  'encoding-unsupported',
  'encoding-invalid',
  'not-modified-fresh',
  'no-feed-on-page',
  // The document (lib/shared/feed/validate.ts, lib/shared/feed/xml-feed.ts).
  'empty',
  'json-invalid',
  'unknown-format',
  'unknown-format-typed',
  'xml-invalid',
  'xml-no-root',
  'rss-no-channel',
  'xml-not-feed',
  'not-object',
  'no-items',
  'no-https-link',
  'no-usable-item',
  'unreadable',
  'rejected',
  'sync-failed',
  // One field (with a path): the reason.
  'missing',
  'wrong-type',
  'too-long',
  'too-many',
  'too-big',
  'empty-text',
  'too-small',
  'one-of',
  'datetime',
  'email',
  'https',
  'needs-text',
  'needs-content',
  'version',
  'domain',
  'slug',
  'hashtag',
  'invalid',
  'not-an-object',
  'needs-link',
  'duplicate-id',
  // Warnings: something was ignored or shortened, nothing lost that a person shares.
  'link-ignored',
  'title-missing',
  'items-capped',
  'rss-version',
  // Talking points and tips (issue 27): skipped without costing the item or the feed.
  'entry-skipped',
  'unknown-talking-point',
] as const;

export type FeedProblemCode = (typeof FEED_PROBLEM_CODES)[number];

/** Codes whose text has a singular and a plural form (`_one` / `_other`, chosen by `count`). */
export const PLURAL_PROBLEM_CODES: ReadonlySet<FeedProblemCode> = new Set(['no-https-link', 'no-usable-item']);

export type ProblemParams = Record<string, string | number>;

/** One problem: a code, its parameters, the field it is about (if any) and what it consists of. */
export interface FeedProblem {
  code: FeedProblemCode;
  params?: ProblemParams;
  /** The field, as a path into the feed (`['items', 3, 'url']`); shown to people in words. */
  path?: (string | number)[];
  /** For `rejected`: the reasons (at most three). */
  details?: FeedProblem[];
}

/** A problem (a small constructor, so call sites read as codes). */
export function problem(code: FeedProblemCode, params?: ProblemParams, path?: (string | number)[]): FeedProblem {
  return { code, ...(params ? { params } : {}), ...(path ? { path } : {}) };
}

/** The texts one language gives the problems: `problem.<code>` (or `_one`/`_other`) and `field.<key>`. */
export interface ProblemTexts {
  problem: Record<string, string>;
  field: Record<string, string>;
}

function fill(template: string, params: ProblemParams): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** The text of a code alone (no field): plural forms chosen by `count`. */
function textOf(texts: ProblemTexts, code: string, params: ProblemParams): string {
  const plural = PLURAL_PROBLEM_CODES.has(code as FeedProblemCode)
    ? texts.problem[`${code}_${params.count === 1 ? 'one' : 'other'}`]
    : undefined;
  return fill(plural ?? texts.problem[code] ?? texts.problem['sync-failed'] ?? code, params);
}

/** A field as a person reads it: "Feed settings → Organization → Name", "Item 4 → Link". */
export function fieldInWords(path: readonly (string | number)[], texts: ProblemTexts): string {
  const words: string[] = [];
  path.forEach((part, index) => {
    if (part === '_advocacy') return;
    if (typeof part === 'number') {
      if (path[index - 1] === 'items')
        words[words.length - 1] = fill(texts.field.item ?? 'Item {{n}}', { n: part + 1 });
      else words.push(`#${part + 1}`);
      return;
    }
    words.push(texts.field[part] ?? part);
  });
  if (words.length === 0 || path[0] !== 'items') words.unshift(texts.field.feed ?? 'Feed');
  return words.join(' → ');
}

/**
 * A problem in one language. `paths: 'words'` names a field as people see it (the options page,
 * the popup, the studio); `paths: 'json'` keeps the feed's own path, for feed:check.
 */
export function renderProblem(value: FeedProblem, texts: ProblemTexts, paths: 'words' | 'json' = 'words'): string {
  const params = { ...value.params };
  if (typeof params.expected === 'string') params.expected = texts.field[`type-${params.expected}`] ?? params.expected;
  if (value.details?.length) {
    const [head, ...rest] = value.details.map((detail) => renderProblem(detail, texts, paths));
    params.details = rest.length ? `${head!.replace(/\.$/, '')} (${rest.join('; ')}).` : head!;
  }
  const text = textOf(texts, value.code, params);
  if (!value.path) return text;
  const where = paths === 'json' ? formatPath(value.path) : fieldInWords(value.path, texts);
  return `${where}: ${text}`;
}

const CODES: ReadonlySet<string> = new Set(FEED_PROBLEM_CODES);

/**
 * A problem read back from storage or a message: anything else (a sentence stored by an older
 * release, a wrong shape) becomes "the last sync failed" rather than English in a Danish screen.
 */
export function toProblem(value: unknown): FeedProblem | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'object' && CODES.has((value as { code?: unknown }).code as string)) {
    return value as FeedProblem;
  }
  return { code: 'sync-failed' };
}

/** A problem in English with the feed's own paths: feed:check, and the English lines tests read. */
export function englishProblem(value: FeedProblem): string {
  return renderProblem(value, english, 'json');
}
