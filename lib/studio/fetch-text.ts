/**
 * Reading a feed from an address, in the studio page (an extension page: with CORS from the
 * server, or with the origin's host permission that the person grants from the click).
 * The same request shape as the extension's feed sync: no credentials, no referrer, HTTPS only.
 */
import { isAllowedFeedUrl } from '../feed/fetch';
import { LIMITS } from '../feed/limits';

export type FetchTextResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'address' | 'network' | 'timeout' | 'too-large'; status?: undefined }
  | { ok: false; reason: 'status'; status: number };

export async function fetchText(
  url: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 20_000,
): Promise<FetchTextResult> {
  if (!isAllowedFeedUrl(url)) return { ok: false, reason: 'address' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, {
      credentials: 'omit',
      cache: 'no-cache',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    if (!response.ok) return { ok: false, reason: 'status', status: response.status };
    if (Number(response.headers.get('content-length') ?? '0') > LIMITS.bytes) return { ok: false, reason: 'too-large' };
    const text = await response.text();
    if (text.length > LIMITS.bytes) return { ok: false, reason: 'too-large' };
    return { ok: true, text };
  } catch {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}
