/**
 * The one network request the extension makes: GET the feed. HTTPS only (http://localhost
 * for development), no credentials, no identifying headers or query, 20 s timeout, 2 MB cap,
 * an allow-list of content types (R3, constraint 7).
 *
 * One request for everyone (S8, constraint 10): the headers are fixed, nothing the server chose
 * (ETag, exact Last-Modified) is echoed back, and the browser's HTTP cache is bypassed
 * (`cache: 'no-store'`) so it cannot revalidate with a per-person ETag for us. Bandwidth is still
 * saved: `If-Modified-Since` carries the hour (UTC, rounded down) of our own last download, so
 * everyone who synced in the same hour sends the same bytes, and an unchanged body is detected by
 * its hash after download (lib/worker/feed/sync.ts) so it writes nothing.
 *
 * The one fetcher: the worker's sync, the options page's "Test and save" (through the worker),
 * the studio's "Open from an address" and "Import", and feed:check all read a feed here, with
 * the same limits, content types, character-set decoding (lib/shared/feed/decode.ts) and problems.
 */
import { checkFeedUrl } from '../settings/feed-url';
import { decodeFeedBytes } from './decode';
import { discoverFeeds, looksLikeHtml, type DiscoveredFeed } from './discover';
import { LIMITS } from './limits';
import { problem, type FeedProblem } from './problems';

export const FETCH_TIMEOUT_MS = 20_000;

/** The fixed request headers, the same for every person (no Accept-Language of the browser). */
export const FEED_REQUEST_HEADERS: Readonly<Record<string, string>> = {
  Accept:
    'application/feed+json, application/json;q=0.9, application/rss+xml, application/atom+xml, application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1',
  'Accept-Language': 'da, en;q=0.8',
};

/**
 * Content types we read. The content decides the format (lib/shared/feed/validate.ts); these are the
 * types a feed is served with, plus the generic ones static hosts send for .json/.xml files
 * (GitHub Pages and S3 send text/plain or application/octet-stream). Anything else (text/html,
 * images, …) is refused with its name, before the body is read.
 */
export const FEED_CONTENT_TYPES: ReadonlySet<string> = new Set([
  'application/feed+json',
  'application/json',
  'text/json',
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'text/xml',
  'application/rdf+xml',
  'application/x-rss+xml',
  // Hints only: the content is sniffed.
  'text/plain',
  'application/octet-stream',
  'binary/octet-stream',
]);

/** Web pages: with `discover`, the feeds they link to are listed instead of refusing them. */
const PAGE_TYPES: ReadonlySet<string> = new Set(['text/html', 'application/xhtml+xml']);

export type FetchOutcome =
  | { kind: 'ok'; text: string; contentType: string | null; url: string; encoding: string }
  | { kind: 'not-modified' }
  /** With `discover`: the address was a web page; these are the feeds it links to (maybe none). */
  | { kind: 'page'; url: string; feeds: DiscoveredFeed[] }
  | { kind: 'error'; problem: FeedProblem; retryAfterMs: number | null; network: boolean };

/** True for https: links, and http://localhost for people developing a feed (lib/shared/settings/feed-url.ts). */
export function isAllowedFeedUrl(value: string): boolean {
  return checkFeedUrl(value).ok;
}

/** Why an address is refused (a problem code), or null when it is allowed: the one URL check. */
export function feedUrlProblem(value: string): FeedProblem | null {
  const check = checkFeedUrl(value);
  if (check.ok) return null;
  if (check.reason === 'loopback-ip') {
    const url = new URL(value.trim());
    return problem('address-loopback-ip', { port: url.port ? `:${url.port}` : '', host: url.hostname });
  }
  return problem(`address-${check.reason}`);
}

/** The media type without parameters, lower case ("text/plain; note=json" → "text/plain"). */
export function mediaType(header: string | null): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** If-Modified-Since for our own last download: its hour, rounded down, minus an hour for clock skew. */
export function ifModifiedSince(lastDownloadAt: string | null): string | null {
  const time = lastDownloadAt ? Date.parse(lastDownloadAt) : NaN;
  if (Number.isNaN(time)) return null;
  const hour = 3600_000;
  return new Date(Math.floor(time / hour) * hour - hour).toUTCString();
}

/** Retry-After as milliseconds (seconds or an HTTP date), null when absent or nonsense. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Math.min(Number(header.trim()) * 1000, 24 * 3600_000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.min(date - now, 24 * 3600_000));
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return null;
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength > maxBytes ? null : whole;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

export interface FetchFeedOptions {
  /** When we last downloaded this feed (our clock, not the server's); sent rounded to the hour. */
  lastDownloadAt?: string | null;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  now?: number;
  /**
   * The person typed this address (options page, studio): when it is a web page, list the feeds
   * it links to (`kind: 'page'`) instead of refusing it. The worker's sync never discovers.
   */
  discover?: boolean;
}

export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchOutcome> {
  const since = ifModifiedSince(options.lastDownloadAt ?? null);
  const outcome = await fetchOnce(url, options, since);
  // If-Modified-Since is not a CORS-safelisted header: without a host permission it needs a
  // preflight, which many static hosts do not answer. Then ask once more, unconditionally
  // (a "simple" request, the same for everyone).
  if (since && outcome.kind === 'error' && outcome.network) return fetchOnce(url, options, null);
  return outcome;
}

async function fetchOnce(url: string, options: FetchFeedOptions, since: string | null): Promise<FetchOutcome> {
  const refused = feedUrlProblem(url);
  if (refused) return { kind: 'error', problem: refused, retryAfterMs: null, network: false };
  const local = new URL(url).protocol === 'http:';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? FETCH_TIMEOUT_MS);
  const headers: Record<string, string> = { ...FEED_REQUEST_HEADERS };
  if (since) headers['If-Modified-Since'] = since;
  try {
    const response = await (options.fetchImpl ?? fetch)(url, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      headers,
      signal: controller.signal,
    });
    // The browser hides the hops of a redirect; the address it ended at must be https (or the
    // same local development server the person typed).
    const finalUrl = response.url || url;
    const finalOk = isAllowedFeedUrl(finalUrl) && (local || new URL(finalUrl).protocol === 'https:');
    if (!finalOk) {
      return { kind: 'error', problem: problem('redirect-not-https'), retryAfterMs: null, network: false };
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), options.now ?? Date.now());
      const reason =
        response.status === 404
          ? problem('http-404')
          : response.status === 429
            ? problem('http-429')
            : problem('http-status', { status: response.status });
      return { kind: 'error', problem: reason, retryAfterMs, network: false };
    }
    const contentType = response.headers.get('content-type');
    const type = mediaType(contentType);
    const page = PAGE_TYPES.has(type);
    if (type && !FEED_CONTENT_TYPES.has(type) && !(page && options.discover)) {
      await response.body?.cancel().catch(() => undefined);
      return {
        kind: 'error',
        problem: page ? problem('web-page', { type }) : problem('content-type', { type: type.slice(0, 80) }),
        retryAfterMs: null,
        network: false,
      };
    }
    const bytes = await readCapped(response, LIMITS.bytes);
    if (bytes === null) return { kind: 'error', problem: problem('too-large'), retryAfterMs: null, network: false };
    const decoded = decodeFeedBytes(bytes, contentType);
    if (!decoded.ok) return { kind: 'error', problem: decoded.problem, retryAfterMs: null, network: false };
    if (options.discover && (page || looksLikeHtml(decoded.text))) {
      return { kind: 'page', url: finalUrl, feeds: discoverFeeds(decoded.text, finalUrl) };
    }
    return { kind: 'ok', text: decoded.text, contentType, url: finalUrl, encoding: decoded.encoding };
  } catch (error) {
    const aborted = controller.signal.aborted;
    return {
      kind: 'error',
      problem: problem(aborted ? 'timeout' : 'unreachable'),
      retryAfterMs: null,
      network: !aborted && error instanceof TypeError,
    };
  } finally {
    clearTimeout(timer);
  }
}
