/**
 * The one network request the extension makes: GET the feed. HTTPS only (http://localhost
 * for development), no credentials, no identifying headers or query, 20 s timeout, 2 MB cap,
 * JSON content type, conditional GET (R3, R4, constraint 7). The request is identical for
 * every employee.
 */
import { LIMITS } from './schema';

export const FETCH_TIMEOUT_MS = 20_000;

export type FetchOutcome =
  | { kind: 'ok'; text: string; etag: string | null; lastModified: string | null }
  | { kind: 'not-modified' }
  | { kind: 'error'; message: string; retryAfterMs: number | null; network: boolean };

/** True for https: links, and http://localhost for people developing a feed. */
export function isAllowedFeedUrl(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.username || url.password) return false;
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1');
  } catch {
    return false;
  }
}

/** Retry-After as milliseconds (seconds or an HTTP date), null when absent or nonsense. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Math.min(Number(header.trim()) * 1000, 24 * 3600_000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.min(date - now, 24 * 3600_000));
}

async function readCapped(response: Response, maxBytes: number): Promise<string | null> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) return null;
  if (!response.body) return response.text();
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
  return new TextDecoder().decode(bytes);
}

export interface FetchFeedOptions {
  etag?: string | null;
  lastModified?: string | null;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  now?: number;
}

export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchOutcome> {
  if (!isAllowedFeedUrl(url)) {
    return { kind: 'error', message: 'The feed address must start with https://', retryAfterMs: null, network: false };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? FETCH_TIMEOUT_MS);
  const headers: Record<string, string> = { Accept: 'application/feed+json, application/json;q=0.9' };
  if (options.etag) headers['If-None-Match'] = options.etag;
  if (options.lastModified) headers['If-Modified-Since'] = options.lastModified;
  try {
    const response = await (options.fetchImpl ?? fetch)(url, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-cache',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      headers,
      signal: controller.signal,
    });
    if (response.url && !isAllowedFeedUrl(response.url)) {
      return {
        kind: 'error',
        message: 'The feed redirected to an address that is not https.',
        retryAfterMs: null,
        network: false,
      };
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), options.now ?? Date.now());
      const message =
        response.status === 404
          ? 'The feed was not found at this address (404).'
          : response.status === 429
            ? 'The feed server asked us to wait (429).'
            : `The feed server answered with an error (${response.status}).`;
      return { kind: 'error', message, retryAfterMs, network: false };
    }
    const type = response.headers.get('content-type') ?? '';
    if (type && !/json/i.test(type)) {
      return {
        kind: 'error',
        message: `The address did not return JSON (it returned ${type.split(';')[0]}).`,
        retryAfterMs: null,
        network: false,
      };
    }
    const text = await readCapped(response, LIMITS.bytes);
    if (text === null) {
      return { kind: 'error', message: 'The feed is too large (over 2 MB).', retryAfterMs: null, network: false };
    }
    return {
      kind: 'ok',
      text,
      etag: response.headers.get('etag'),
      lastModified: response.headers.get('last-modified'),
    };
  } catch (error) {
    const aborted = controller.signal.aborted;
    return {
      kind: 'error',
      message: aborted
        ? 'The feed server did not answer within 20 seconds.'
        : 'The feed could not be reached (no network, or the server does not allow extensions to read it).',
      retryAfterMs: null,
      network: !aborted && error instanceof TypeError,
    };
  } finally {
    clearTimeout(timer);
  }
}
