/**
 * "Count my sharing anonymously" in Firefox ESR (issue 26): the fourth switch offered once the
 * feed names a collector and the record is on, the consent given by clicking it, and exactly one
 * report reaching the real collector (lib/node/collector, embedded store) on loopback once the month
 * is over (the background's clock moved from the test). Firefox names an extension by a
 * per-install UUID: the collector must not see it (Origin: null, see lib/worker/counting/send.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCollector } from '../../lib/node/collector/server';
import { openSqliteStore } from '../../lib/node/collector/sqlite-store';
import type { CountStore } from '../../lib/node/collector/store';
import { periodEnd, periodOf, REPORT_BYTES } from '../../lib/shared/results/report';
import {
  EXTENSION_ORIGIN,
  EXTENSION_UUID,
  installExtension,
  launchFirefox,
  saveScreenshot,
  waitFor,
  type FirefoxSession,
} from './harness';
import { consoleProblems, extensionPage, scriptErrors, switches } from './pages';

const TOKEN = 'e2e-results-token-0123456789';
const PERIOD = periodOf(Date.now());
const COUNT = 'Count my sharing anonymously for the programme';

describe.sequential('programme results in Firefox ESR', () => {
  let session: FirefoxSession;
  let app: FastifyInstance;
  let store: CountStore;
  let feedServer: Server;
  let dir: string;
  let collector: string;
  const posts: { headers: Record<string, string | string[] | undefined> }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'advocacy-collector-'));
    store = openSqliteStore(join(dir, 'results.sqlite'));
    app = await buildCollector({ store, resultsToken: TOKEN });
    app.server.on('request', (request: IncomingMessage) => {
      if (request.method === 'POST') posts.push({ headers: { ...request.headers } });
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    collector = `http://localhost:${(app.server.address() as AddressInfo).port}`;
    // The company's feed on loopback (http://localhost is allowed for development), naming the collector.
    feedServer = createServer((request, response) => {
      // The feed request's fixed headers (If-Modified-Since…) are asked for first (CORS preflight).
      if (request.method === 'OPTIONS') {
        response
          .writeHead(204, {
            'access-control-allow-origin': '*',
            'access-control-allow-headers': '*',
            'access-control-allow-methods': 'GET',
          })
          .end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/feed+json', 'access-control-allow-origin': '*' }).end(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Havbro Vind news',
          items: [
            {
              id: 'green',
              url: 'https://news.example.com/green',
              title: 'Green energy for the harbour',
              date_published: new Date(Date.now() - 3600_000).toISOString(),
              _advocacy: { campaign: 'green-energy' },
            },
          ],
          _advocacy: { organization: { name: 'Havbro Vind' }, results: { collector } },
        }),
      );
    });
    await new Promise<void>((resolve) => feedServer.listen(0, '127.0.0.1', resolve));
    session = await launchFirefox();
    await installExtension(session);
  });
  afterAll(async () => {
    await session?.close();
    await app?.close();
    await store?.close();
    feedServer?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('offers the switch once the feed names a collector and the record is on; the click gives consent', async () => {
    await extensionPage(session, 'options.html');
    const feedUrl = `http://localhost:${(feedServer.address() as AddressInfo).port}/feed.json`;
    await session.marionette.executeAsync('return browser.storage.local.set({ feedUrl: arguments[0] })', [feedUrl]);
    // Reopen the page until the background has the feed (it answers where reports would go).
    await waitFor(
      'the collector known to the options page',
      () =>
        session.marionette.executeAsync<unknown>(
          'return browser.runtime.sendMessage({ type: "counting:collector", payload: {} })',
        ),
      (answer) => (answer as { ok?: boolean; data?: { url?: string } | null })?.data?.url === collector,
      20_000,
    ).catch(async (error: unknown) => {
      const status = await session.marionette.executeAsync<unknown>(
        'return browser.runtime.sendMessage({ type: "feed:status", payload: {} })',
      );
      const probe = await session.marionette.executeAsync<unknown>(
        'return Promise.all([arguments[0], arguments[1]].map((u) => fetch(u).then((r) => "ok " + r.status, (e) => String(e))))',
        [feedUrl, feedUrl.replace('localhost', '127.0.0.1')],
      );
      throw new Error(`${String(error)}; feed status: ${JSON.stringify(status)}; probe ${JSON.stringify(probe)}`);
    });
    await extensionPage(session, 'options.html');
    const click = async (label: string) => {
      const element = await session.marionette.execute<Record<string, string> | null>(
        `return [...document.querySelectorAll('[role=switch]')].find((node) =>
          document.getElementById(node.getAttribute('aria-labelledby'))?.textContent === arguments[0]) ?? null`,
        [label],
      );
      if (!element) throw new Error(`no switch “${label}”`);
      await session.marionette.execute('arguments[0].scrollIntoView({ block: "center" })', [element]);
      await session.marionette.send('WebDriver:ElementClick', { id: Object.values(element)[0] });
    };
    const before = await waitFor(
      'the consent switches',
      () => switches(session),
      (value) => value.length >= 3,
    );
    expect(before.map((entry) => entry.label)).not.toContain(COUNT);
    await click('Keep a private record of my shares');
    await waitFor(
      'the fourth switch',
      () => switches(session),
      (value) => value.some((entry) => entry.label === COUNT),
    );

    // The month is over: the background's clock (its Date only) is moved past the 3-day window
    // before the click, so the run the consent starts sends the report at once.
    const at = periodEnd(PERIOD) + 3 * 24 * 3600_000 + 3600_000;
    await session.marionette.executeAsync(
      `return browser.runtime.getBackgroundPage().then((background) => {
        const Real = background.Date;
        const offset = arguments[0] - Real.now();
        background.Date = class extends Real {
          constructor(...args) { if (args.length === 0) super(Real.now() + offset); else super(...args); }
          static now() { return Real.now() + offset; }
        };
        return true;
      })`,
      [at],
    );
    await click(COUNT);
    const states = await waitFor(
      'the switch on',
      () => switches(session),
      (value) => value.some((entry) => entry.label === COUNT && entry.checked),
    );
    expect(states.find((entry) => entry.label === COUNT)?.checked).toBe(true);
    saveScreenshot('results-consent', await session.marionette.screenshot());
  });

  it('sends exactly one report, without the per-install origin, and the collector counts it', async () => {
    await waitFor(
      'one report at the collector',
      async () => posts.length,
      (count) => count === 1,
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(posts).toHaveLength(1);
    const headers = posts[0]!.headers;
    expect(headers['content-length']).toBe(String(REPORT_BYTES));
    expect(headers.origin).toBe('null');
    expect(JSON.stringify(headers)).not.toContain(EXTENSION_UUID);
    expect(headers['accept-language']).toBe('en');
    expect(headers.cookie).toBeUndefined();
    expect(headers.referer).toBeUndefined();

    const results = (await (
      await fetch(`${collector}/results?period=${PERIOD}`, { headers: { authorization: `Bearer ${TOKEN}` } })
    ).json()) as { questions: { question: string; n: number }[] };
    expect(results.questions.find((entry) => entry.question === 'any')?.n).toBe(1);

    // The person sees it under "What was sent", exactly as it left.
    await extensionPage(session, 'options.html');
    const sent = await session.marionette.executeAsync<{ body: string }[]>(
      'return browser.storage.local.get("countingSent").then((values) => values.countingSent)',
    );
    expect(sent).toHaveLength(1);
    const shown = await waitFor(
      'the report on the page',
      () =>
        session.marionette.execute<string>('return document.querySelector(".sent-reports code")?.textContent ?? ""'),
      (text) => text.length > 0,
    );
    expect(shown).toBe(sent[0]!.body);
    await session.marionette.execute('document.querySelector(".sent-reports").scrollIntoView()');
    saveScreenshot('results-what-was-sent', await session.marionette.screenshot());
    const errors = await scriptErrors(session);
    expect(errors.filter((line) => /Content-Security-Policy|CSP/i.test(line))).toEqual([]);
    expect(errors.filter((line) => line.includes(EXTENSION_ORIGIN))).toEqual([]);
    expect(consoleProblems(session)).toEqual([]);
  });
});
