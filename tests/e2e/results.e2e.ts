/**
 * "Count my sharing anonymously" end to end in Chromium (issue 26): two profiles, one that
 * shared this month and one that did not, consent given, the clock of each one's worker moved
 * past the month's end from here (not from product code), and each sends exactly one report to
 * the real collector (lib/node/collector, the embedded SQLite store) on loopback. The two requests
 * have the same length and the same headers; the collector counts n = 2 and keeps no report.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCollector } from '../../lib/node/collector/server';
import { openSqliteStore } from '../../lib/node/collector/sqlite-store';
import type { CountStore } from '../../lib/node/collector/store';
import { addPeriods, parseReport, periodEnd, periodOf, REPORT_BYTES } from '../../lib/shared/results/report';
import { launch, screenshot, setConsent, type ExtensionSession } from './harness';
import { seedShares } from './popup-seed';

const FEED_URL = 'https://news.example.com/feed.json';
const CORS = { 'access-control-allow-origin': '*' };
const TOKEN = 'e2e-results-token-0123456789';
const ALARM = 'results-report';
const PERIOD = periodOf(Date.now());

interface Seen {
  method: string;
  url: string;
  headers: [string, string][];
}

let app: FastifyInstance;
let store: CountStore;
let dir: string;
let collector: string;
const seen: Seen[] = [];

function feedBody(): string {
  const published = new Date(Date.now() - 3600_000).toISOString();
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Havbro Vind news',
    items: [
      {
        id: 'green',
        url: 'https://news.example.com/green',
        title: 'Green energy for the harbour',
        date_published: published,
        _advocacy: { campaign: 'green-energy' },
      },
    ],
    _advocacy: {
      organization: { name: 'Havbro Vind' },
      results: { collector, campaigns: ['green-energy'], min_reports: 20 },
    },
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'advocacy-collector-'));
  store = openSqliteStore(join(dir, 'results.sqlite'));
  app = await buildCollector({ store, resultsToken: TOKEN });
  // What reaches the collector, as its HTTP server sees it (the test's own listener).
  app.server.on('request', (request: IncomingMessage) => {
    const headers: [string, string][] = [];
    for (let i = 0; i < request.rawHeaders.length; i += 2)
      headers.push([request.rawHeaders[i]!.toLowerCase(), request.rawHeaders[i + 1]!]);
    seen.push({ method: request.method ?? '', url: request.url ?? '', headers });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  collector = `http://localhost:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Reads storage.local keys in the worker. */
function stored<T>(session: ExtensionSession, key: string): Promise<T | undefined> {
  return session.worker.evaluate(async (name) => (await chrome.storage.local.get(name))[name] as T | undefined, key);
}

/** The feed the worker stored (its envelope), read from the extension's own database. */
function feedHasCollector(session: ExtensionSession): Promise<boolean> {
  return session.worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('advocacy');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
    });
    try {
      if (!db.objectStoreNames.contains('feedMeta')) return false;
      const meta = await new Promise<{ envelope?: { _advocacy?: { results?: unknown } } } | undefined>((resolve) => {
        const request = db.transaction('feedMeta').objectStore('feedMeta').get('current');
        request.onsuccess = () => resolve(request.result as never);
        request.onerror = () => resolve(undefined);
      });
      return Boolean(meta?.envelope?._advocacy?.results);
    } finally {
      db.close();
    }
  });
}

/**
 * Moves the worker's clock to `at` (its Date only; the browser's alarms keep real time) and
 * lets the report's alarm fire in a moment of real time, as it would at its planned moment.
 * A string, so nothing of the test's bundler reaches the worker.
 */
async function moveClockAndFireAlarm(session: ExtensionSession, at: number): Promise<void> {
  await session.worker.evaluate(`(() => {
    const Real = globalThis.__realDate ?? Date;
    globalThis.__realDate = Real;
    const offset = ${at} - Real.now();
    const Fake = class extends Real {
      constructor(...args) { if (args.length === 0) super(Real.now() + offset); else super(...args); }
      static now() { return Real.now() + offset; }
    };
    globalThis.Date = Fake;
    return chrome.alarms.create(${JSON.stringify(ALARM)}, { when: performance.timeOrigin + performance.now() + 200 });
  })()`);
}

async function runProfile(name: string, shared: boolean): Promise<{ body: string }> {
  const session = await launch({
    routes: { [FEED_URL]: { body: feedBody(), headers: CORS } },
    passThrough: [collector],
  });
  try {
    await session.worker.evaluate(async (url) => {
      await chrome.storage.local.set({ feedUrl: url });
    }, FEED_URL);
    await expect.poll(() => feedHasCollector(session), { timeout: 20_000 }).toBe(true);
    if (shared) {
      await seedShares(session, [
        {
          id: 'share_results_e2e_1',
          at: new Date(Date.now() - 60_000).toISOString(),
          kind: 'post',
          suggestionId: 'green',
          suggestionTitle: 'Green energy for the harbour',
          campaign: 'green-energy',
          language: 'en',
          changedRatio: 0.4,
          postUrl: null,
          sourceUrl: 'https://news.example.com/green',
        },
      ]);
    }

    if (shared) {
      // The person's own clicks: the record, then the fourth switch the feed's collector offers.
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.getByRole('switch', { name: 'Keep a private record of my shares' }).click();
      const count = options.getByRole('switch', { name: 'Count my sharing anonymously for the programme' });
      await expect.poll(() => count.count(), { timeout: 10_000 }).toBe(1);
      await count.click();
      await expect.poll(() => count.getAttribute('aria-checked')).toBe('true');
      await screenshot(options, `results-consent-${name}`);
      await options.close();
    } else {
      await setConsent(session, { panel: false, reminders: false, recordShares: true, countResults: true });
    }

    // The report about this month is planned for the first 3 days after it, with its alarm.
    await expect
      .poll(
        async () =>
          (await stored<{ pending: { period: string; sendAt: string } | null }>(session, 'countingState'))?.pending ??
          null,
        { timeout: 15_000 },
      )
      .toMatchObject({ period: PERIOD });
    const state = (await stored<{ pending: { sendAt: string } }>(session, 'countingState'))!;
    const sendAt = Date.parse(state.pending.sendAt);
    expect(sendAt).toBeGreaterThanOrEqual(periodEnd(PERIOD));
    expect(sendAt).toBeLessThan(periodEnd(PERIOD) + 3 * 24 * 3600_000);
    expect(await session.worker.evaluate((alarm) => chrome.alarms.get(alarm), ALARM)).toMatchObject({
      scheduledTime: sendAt,
    });
    expect(seen.filter((entry) => entry.method === 'POST')).toHaveLength(shared ? 0 : 1);

    // The month is over (past the 3-day window): the alarm fires and the report goes out once.
    await moveClockAndFireAlarm(session, periodEnd(PERIOD) + 3 * 24 * 3600_000 + 3600_000);
    await expect
      .poll(async () => ((await stored<unknown[]>(session, 'countingSent')) ?? []).length, { timeout: 15_000 })
      .toBe(1);
    // Firing again (a retry alarm, a worker start) sends nothing more for this month.
    await moveClockAndFireAlarm(session, periodEnd(PERIOD) + 3 * 24 * 3600_000 + 7200_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = (await stored<{ period: string; body: string }[]>(session, 'countingSent'))!;
    expect(sent).toHaveLength(1);
    expect(sent[0]!.period).toBe(PERIOD);

    // The person sees exactly what was sent.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const section = options.locator('section', { has: options.getByRole('heading', { name: 'What was sent' }) });
    await expect.poll(() => section.getByText(sent[0]!.body, { exact: true }).count(), { timeout: 10_000 }).toBe(1);
    await section.scrollIntoViewIfNeeded();
    await screenshot(options, `results-what-was-sent-${name}`);
    expect(session.errors).toEqual([]);
    return { body: sent[0]!.body };
  } finally {
    await session.close();
  }
}

describe('programme results, two profiles', () => {
  it('each sends exactly one report after the month ends: same length, same headers, counted n = 2, nothing raw kept', async () => {
    const first = await runProfile('shared', true);
    const second = await runProfile('not-shared', false);

    const posts = seen.filter((entry) => entry.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts.map((entry) => entry.url)).toEqual(['/reports', '/reports']);
    for (const body of [first.body, second.body]) {
      expect(body).toHaveLength(REPORT_BYTES);
      expect(parseReport(body)).toMatchObject({ ok: true, report: { period: PERIOD, campaign: 'green-energy' } });
    }
    // The same header set, with the same values: nothing tells the two installs apart.
    const [a, b] = posts.map((entry) => [...entry.headers].sort(([x], [y]) => x.localeCompare(y)));
    expect(a).toEqual(b);
    const headers = new Map(a);
    expect(headers.get('content-length')).toBe(String(REPORT_BYTES));
    expect(headers.get('accept-language')).toBe('en');
    expect(headers.has('cookie')).toBe(false);
    expect(headers.has('referer')).toBe(false);
    expect(headers.get('content-type')).toBe('text/plain;charset=UTF-8');
    // Chromium names the extension, not the install: the same id for every store install.
    expect(headers.get('origin')).toMatch(/^chrome-extension:\/\/[a-p]{32}$/);

    // The collector counted both, for "anything" and the campaign.
    const response = await fetch(`${collector}/results?period=${PERIOD}`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    const results = (await response.json()) as { questions: { question: string; n: number; too_few?: boolean }[] };
    expect(results.questions).toEqual([
      { question: 'any', n: 2, too_few: true },
      { question: 'campaign:green-energy', n: 2, too_few: true },
    ]);
    // No raw report: one table of counts, and neither body's bytes anywhere in its files.
    const db = new Database(join(dir, 'results.sqlite'), { readonly: true });
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    const columns = db.prepare('PRAGMA table_info(results_counts)').all() as { name: string }[];
    db.close();
    expect(tables.map((table) => table.name)).toEqual(['results_counts']);
    expect(columns.map((column) => column.name)).toEqual(['period', 'question', 'reports', 'ones']);
    for (const file of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, file)).toString('latin1');
      expect(bytes.includes('"pad"'), file).toBe(false);
      expect(bytes.includes('campaign_answer'), file).toBe(false);
    }
  });
});

describe('the Feed studio reads the results', () => {
  it('shows the range for "anything" and a campaign, says too few, and makes a highlight', async () => {
    // Last month, as 60 colleagues' randomized reports would have left it (counts only).
    const month = addPeriods(PERIOD, -1);
    for (let i = 0; i < 60; i++) {
      const anything: 0 | 1 = i % 2 === 0 ? 1 : 0;
      const campaign: 0 | 1 = i % 3 === 0 ? 1 : 0;
      await store.add(month, [
        { question: 'any', answer: anything },
        ...(i < 12 ? [{ question: 'campaign:green-energy', answer: campaign }] : []),
      ]);
    }
    const session = await launch({ passThrough: [collector] });
    try {
      const studio = await session.context.newPage();
      await studio.setViewportSize({ width: 1400, height: 1000 });
      await studio.goto(`chrome-extension://${session.extensionId}/studio.html`);
      await studio.getByRole('button', { name: 'New feed from the template' }).click();
      await studio.getByRole('button', { name: 'Feed settings', exact: true }).click();
      await studio.getByLabel('Collector address').fill(collector);
      await studio.getByRole('button', { name: 'Results', exact: true }).click();
      await studio.getByLabel('Results token').fill(TOKEN);
      await studio.getByRole('button', { name: 'Show results' }).click();
      const anything = studio.locator('li.result', { has: studio.getByRole('heading', { name: 'Shared anything' }) });
      await expect
        .poll(() => anything.getByText(/^Between \d+ % and \d+ % of the colleagues who count shared in /).count())
        .toBe(1);
      expect(await anything.getByRole('img', { name: /^Range \d+ % to \d+ %, best estimate \d+ %$/ }).count()).toBe(1);
      const campaign = studio.locator('li.result', {
        has: studio.getByRole('heading', { name: 'Campaign green-energy' }),
      });
      expect(await campaign.getByText(/^Too few reports \(12; a figure needs at least 20\)/).count()).toBe(1);
      await anything.getByRole('button', { name: 'Add as a highlight of the feed' }).click();
      await anything.getByRole('status').waitFor();
      await screenshot(studio, 'results-studio-tab');
      await studio.getByRole('button', { name: 'Feed settings', exact: true }).click();
      expect(await studio.getByRole('group', { name: 'Highlight 1' }).count()).toBe(1);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
