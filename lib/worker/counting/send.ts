/**
 * The one request of "Count my sharing anonymously" (issue 26): POST the report's fixed bytes
 * to `<collector>/reports`, with nothing that tells one install from another.
 *
 * What the browsers were seen to send (tests/e2e/results.e2e.ts checks it at the collector):
 * - A CORS request carries `Origin: moz-extension://<UUID>` in Firefox, and that UUID is made
 *   per install: the same for every report of one install, so months could be linked. With
 *   `mode: 'no-cors'` and `referrerPolicy: 'no-referrer'` Firefox sends `Origin: null`.
 *   Chromium sends `Origin: chrome-extension://<id>` in both modes; the id is the extension's
 *   (the same for everyone who installed it from the store).
 * - Both send the person's `Accept-Language` unless the request sets it: it is set to `en`.
 * - No cookies (`credentials: 'omit'`), no cache validators (`cache: 'no-store'`), no
 *   referrer; the content type is fixed (`text/plain`, so no preflight is needed either).
 *   No host permission is needed: a no-cors request goes out without one.
 * A no-cors answer is opaque: we learn that the collector answered, not its status. So a report
 * counts as delivered once any answer came; only a network failure or the timeout is retried.
 */
export const REPORT_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'text/plain;charset=UTF-8',
  accept: '*/*',
  'accept-language': 'en',
};
export const SEND_TIMEOUT_MS = 20_000;

/** Where reports go for a collector address (its base URL, with or without a trailing slash). */
export function reportsUrl(collector: string): string {
  return `${collector.replace(/\/+$/, '')}/reports`;
}

/** Sends the exact bytes; true when the collector answered. Never throws. */
export async function sendReport(collector: string, body: string, fetchImpl: typeof fetch = fetch): Promise<boolean> {
  try {
    await fetchImpl(reportsUrl(collector), {
      method: 'POST',
      mode: 'no-cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      headers: REPORT_HEADERS,
      body,
      signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
    });
    return true;
  } catch {
    return false;
  }
}
