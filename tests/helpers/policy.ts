/**
 * What the two policy-engine suites share (issue 29: tests/e2e/policy.e2e.ts in Chromium,
 * tests/e2e-firefox/policy.e2e.ts in Firefox ESR): the organization's feed, a throwaway signing
 * key, and a loopback server for the packages and update manifest the policies point at.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The feed address the policies set (served by request routing, or by the local https server in Firefox). */
export const POLICY_FEED_URL = 'https://feeds.fjordline.example/advocacy/feed.json';
/** The one item of the organization's feed: seen in the panel, it can only have come from the policy's address. */
export const POLICY_ITEM_TITLE = 'Our new harbour office opens in Aarhus';
export const POLICY_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Fjordline news',
  home_page_url: 'https://www.fjordline.example/',
  language: 'en',
  items: [
    {
      id: 'it-1',
      url: 'https://www.fjordline.example/news/harbour-office',
      title: POLICY_ITEM_TITLE,
      content_text: 'Forty colleagues move in on Monday.',
      date_published: new Date(Date.now() - 86_400_000).toISOString(),
    },
  ],
});

/** A throwaway RSA key for the test's own package (never the company's). Returns its path. */
export function throwawayKey(dir: string): string {
  const path = join(dir, 'throwaway.pem');
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  return path;
}

export interface FileServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Paths requested, in order (query strings cut off). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves a few files on 127.0.0.1 (an update manifest, a package): path → [content type, body]. */
export async function serveFiles(files: Record<string, () => [string, Buffer | string]>): Promise<FileServer> {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    requests.push(path);
    const file = files[path];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const [type, body] = file();
    response.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
