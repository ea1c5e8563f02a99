// @vitest-environment node
/**
 * The programme-results collector (lib/node/collector) against both real databases: the embedded
 * SQLite file and PostgreSQL (issue 26.4). PostgreSQL comes from COLLECTOR_TEST_DATABASE_URL
 * (`.ci/run` installs Debian's postgresql, starts it and sets it); without it the local cluster
 * is tried at postgres://collector:collector@127.0.0.1:5432/collector_test. Where neither answers
 * the PostgreSQL tests are skipped, except in CI (CI or COLLECTOR_REQUIRE_POSTGRES=1), where a
 * missing database fails the suite.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPostgresStore } from '@/lib/node/collector/postgres-store';
import { buildCollector, type CollectorOptions } from '@/lib/node/collector/server';
import { openSqliteStore } from '@/lib/node/collector/sqlite-store';
import { type CountStore, MAX_QUESTIONS_PER_PERIOD } from '@/lib/node/collector/store';
import { estimateYes } from '@/lib/node/results/estimate';
import type { Bit } from '@/lib/worker/results/randomize';
import { encodeReport, REPORT_BYTES, type Report } from '@/lib/shared/results/report';

const TOKEN = 'test-token-0123456789abcdef';
/** The collector's clock: 2 December 2026, so November is the month being reported. */
const NOW = Date.UTC(2026, 11, 2, 9, 30);
const PERIOD = '2026-11';

const PG_URL =
  process.env.COLLECTOR_TEST_DATABASE_URL ?? 'postgres://collector:collector@127.0.0.1:5432/collector_test';
const PG_REQUIRED = process.env.COLLECTOR_REQUIRE_POSTGRES === '1' || Boolean(process.env.CI);

async function postgresReachable(): Promise<string | null> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}
const pgProblem = await postgresReachable();

interface Backend {
  store: CountStore;
  /** Every table and column the collector created, and every stored row, as the database has them. */
  dump(): Promise<{ columns: string[]; rows: unknown[] }>;
  /** The bytes of everything the database wrote to disk (embedded store only). */
  files?(): Buffer;
  cleanup(): Promise<void>;
}

async function sqliteBackend(): Promise<Backend> {
  const dir = mkdtempSync(join(tmpdir(), 'collector-test-'));
  const path = join(dir, 'results.sqlite');
  const store = openSqliteStore(path);
  return {
    store,
    async dump() {
      const db = new Database(path, { readonly: true });
      const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
      const columns = tables.flatMap(({ name }) =>
        db
          .prepare<[], { name: string }>(`PRAGMA table_info(${name})`)
          .all()
          .map((column) => `${name}.${column.name}`),
      );
      const rows = tables.flatMap(({ name }) => db.prepare(`SELECT * FROM ${name}`).all());
      db.close();
      return { columns: columns.sort(), rows };
    },
    files: () => Buffer.concat(readdirSync(dir).map((name) => readFileSync(join(dir, name)))),
    async cleanup() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function postgresBackend(): Promise<Backend> {
  // A schema of its own for each test: runs never see each other's counts.
  const schema = `collector_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(PG_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  const store = await openPostgresStore(url.toString());
  return {
    store,
    async dump() {
      const columns = (
        await admin.query<{ name: string }>(
          `SELECT table_name || '.' || column_name AS name FROM information_schema.columns WHERE table_schema = $1`,
          [schema],
        )
      ).rows.map(({ name }) => name);
      const rows = (await admin.query(`SELECT * FROM ${schema}.results_counts`)).rows;
      return { columns: columns.sort(), rows };
    },
    async cleanup() {
      await store.close();
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.end();
    },
  };
}

const report = (over: Partial<Report> = {}): string =>
  encodeReport({ v: 1, period: PERIOD, any: 1, campaign: 'spring-launch', campaign_answer: 0, ...over });

async function post(
  app: FastifyInstance,
  body: string | undefined,
  remoteAddress = '203.0.113.7',
  type = 'text/plain',
) {
  return app.inject({
    method: 'POST',
    url: '/reports',
    remoteAddress,
    headers: { 'content-type': type, 'user-agent': 'Mozilla/5.0 (X11; Linux) TestAgent/26' },
    ...(body === undefined ? {} : { payload: body }),
  });
}

async function results(app: FastifyInstance, query = `period=${PERIOD}`, token = TOKEN) {
  return app.inject({ method: 'GET', url: `/results?${query}`, headers: { authorization: `Bearer ${token}` } });
}

if (pgProblem && PG_REQUIRED) {
  describe('collector on PostgreSQL', () => {
    it('has the PostgreSQL database CI provides (COLLECTOR_TEST_DATABASE_URL)', () => {
      expect.fail(`PostgreSQL is required in CI but ${PG_URL.replace(/\/\/[^@]*@/, '//…@')} fails: ${pgProblem}`);
    });
  });
}

const backends: [string, () => Promise<Backend>, boolean][] = [
  ['embedded SQLite', sqliteBackend, false],
  ['PostgreSQL', postgresBackend, pgProblem !== null],
];

describe.each(backends)('collector on %s', (_name, open, skip) => {
  let backend: Backend;
  let app: FastifyInstance;
  const build = async (options: Partial<CollectorOptions> = {}) => {
    app = await buildCollector({ store: backend.store, resultsToken: TOKEN, now: () => NOW, ...options });
    return app;
  };

  beforeEach(async (context) => {
    if (skip) return context.skip();
    backend = await open();
    await build();
  });
  afterEach(async () => {
    if (skip) return;
    await app.close();
    await backend.cleanup();
  });

  it(
    'counts reports per question and gives the estimate and its interval from the minimum on',
    { timeout: 30_000 },
    async () => {
      const answers: [Bit, Bit][] = Array.from({ length: 25 }, (_, i) => [i % 3 === 0 ? 1 : 0, (i % 2) as Bit]);
      for (const [any, campaignAnswer] of answers.slice(0, 19))
        expect((await post(app, report({ any, campaign_answer: campaignAnswer }))).statusCode).toBe(204);
      // 19 reports: no figure, not even one that could be worked back.
      const few = (await results(app)).json();
      expect(few).toEqual({
        period: PERIOD,
        min_reports: 20,
        questions: [
          { question: 'any', n: 19, too_few: true },
          { question: 'campaign:spring-launch', n: 19, too_few: true },
        ],
      });
      for (const [any, campaignAnswer] of answers.slice(19))
        expect((await post(app, report({ any, campaign_answer: campaignAnswer }))).statusCode).toBe(204);
      // A report for a period without campaigns counts only `any`.
      expect((await post(app, report({ any: 1, campaign: '' }))).statusCode).toBe(204);

      const body = (await results(app)).json();
      const anyOnes = answers.filter(([any]) => any === 1).length + 1;
      const campaignOnes = answers.filter(([, answer]) => answer === 1).length;
      const expected = (n: number, ones: number) => {
        const e = estimateYes(n, ones);
        if (e.tooFew) throw new Error('expected a figure');
        return { n, estimate: e.estimate, low: e.low, high: e.high };
      };
      expect(body.questions).toEqual([
        { question: 'any', ...expected(26, anyOnes) },
        { question: 'campaign:spring-launch', ...expected(25, campaignOnes) },
      ]);
      expect(body.questions[0].low).toBeGreaterThanOrEqual(0);
      expect(body.questions[0].high).toBeLessThanOrEqual(26);
      // The minimum is the caller's, but never below 20.
      expect((await results(app, `period=${PERIOD}&min=5`)).json().min_reports).toBe(20);
      const strict = (await results(app, `period=${PERIOD}&min=26`)).json();
      expect(strict.questions).toEqual([
        { question: 'any', ...expected(26, anyOnes) },
        { question: 'campaign:spring-launch', n: 25, too_few: true },
      ]);
      // Another period is counted apart.
      expect((await post(app, report({ period: '2026-10' }))).statusCode).toBe(204);
      expect((await results(app, 'period=2026-10')).json().questions[0]).toEqual({
        question: 'any',
        n: 1,
        too_few: true,
      });
    },
  );

  it('refuses bad input with a 4xx, counts none of it, and keeps serving', async () => {
    const good = report();
    const bad: [string, string | undefined, number][] = [
      ['malformed', '{"v":1,'.padEnd(REPORT_BYTES, ' '), 400],
      ['not JSON', 'x'.repeat(REPORT_BYTES), 400],
      ['oversized', good.repeat(40), 413],
      ['a byte short', good.slice(0, -1), 400],
      ['non-binary', good.replace('"any":1', '"any":2'), 400],
      ['unknown key', good.replace('"pad":"000000', '"x":1,"pad":"'), 400],
      ['unknown question (campaign id)', good.replace('spring-launch', 'spring/launc'), 400],
      ['unknown version', good.replace('"v":1', '"v":9'), 400],
      ['far future', report({ period: '2031-01' }), 422],
      ['next month', report({ period: '2027-01' }), 422],
      ['far past', report({ period: '2019-05' }), 422],
      ['three months back', report({ period: '2026-09' }), 422],
      ['no body', undefined, 400],
    ];
    for (const [name, body, status] of bad) expect((await post(app, body)).statusCode, name).toBe(status);
    expect((await app.inject({ method: 'PUT', url: '/reports', payload: good })).statusCode).toBe(404);
    expect((await results(app)).json().questions).toEqual([]);
    // Still serving, and counting what is right (JSON content type too).
    expect((await post(app, good, '203.0.113.8', 'application/json')).statusCode).toBe(204);
    expect((await results(app)).json().questions.map((q: { n: number }) => q.n)).toEqual([1, 1]);
  });

  it('keeps only counts: no report, address, user agent or time in the database', async () => {
    for (let i = 0; i < 3; i += 1)
      expect((await post(app, report({ any: (i % 2) as Bit }), `198.51.100.${i + 1}`)).statusCode).toBe(204);
    const { columns, rows } = await backend.dump();
    expect(columns).toEqual([
      'results_counts.ones',
      'results_counts.period',
      'results_counts.question',
      'results_counts.reports',
    ]);
    expect(rows).toEqual(
      expect.arrayContaining([
        { period: PERIOD, question: 'any', reports: 3, ones: 1 },
        { period: PERIOD, question: 'campaign:spring-launch', reports: 3, ones: 0 },
      ]),
    );
    expect(rows).toHaveLength(2);
    // Nothing of a request reached the disk: not its body, padding, address or user agent.
    const disk = backend.files?.().toString('latin1');
    if (disk !== undefined) {
      expect(disk).toContain('spring-launch');
      for (const trace of ['"pad"', '0000000000', '198.51.100', 'TestAgent', 'text/plain'])
        expect(disk, trace).not.toContain(trace);
    }
  });

  it('writes nothing to the console or the process output while it serves', async () => {
    const writes = [
      vi.spyOn(process.stdout, 'write'),
      vi.spyOn(process.stderr, 'write'),
      vi.spyOn(console, 'log'),
      vi.spyOn(console, 'error'),
      vi.spyOn(console, 'warn'),
      vi.spyOn(console, 'info'),
    ];
    await post(app, report());
    await post(app, 'garbage');
    await post(app, report().repeat(10));
    await results(app);
    await results(app, `period=${PERIOD}`, 'wrong-token');
    for (const write of writes) expect(write).not.toHaveBeenCalled();
  });

  it('limits reports per address, in memory, without counting the refused ones', async () => {
    await app.close();
    await build({ reportsPerMinute: 3 });
    for (let i = 0; i < 3; i += 1) expect((await post(app, report(), '192.0.2.1')).statusCode).toBe(204);
    const refused = await post(app, report(), '192.0.2.1');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toEqual({ error: 'too many requests from this address, try again in a minute' });
    // Another address is not held back.
    expect((await post(app, report(), '192.0.2.2')).statusCode).toBe(204);
    expect((await results(app, `period=${PERIOD}&min=20`)).json().questions[0]).toEqual({
      question: 'any',
      n: 4,
      too_few: true,
    });
  });

  it('gives results only for the bearer token, and only for a well-formed period', async () => {
    await post(app, report());
    expect((await app.inject({ method: 'GET', url: `/results?period=${PERIOD}` })).statusCode).toBe(401);
    expect((await results(app, `period=${PERIOD}`, 'not-the-token')).statusCode).toBe(401);
    expect((await results(app, 'period=2026-13')).statusCode).toBe(400);
    expect((await results(app, '')).statusCode).toBe(400);
    expect((await results(app, `period=${PERIOD}&min=lots`)).statusCode).toBe(400);
    const ok = await results(app);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    await app.close();
    await build({ resultsToken: undefined });
    expect((await results(app)).statusCode).toBe(503);
  });

  // 200 reports through the whole server: give it time on a busy machine.
  it(
    'stops a period from growing past the question cap, counting such a report not at all',
    { timeout: 60_000 },
    async () => {
      for (let i = 1; i < MAX_QUESTIONS_PER_PERIOD; i += 1)
        expect((await post(app, report({ campaign: `c${i}` }), `10.0.${i >> 8}.${i & 255}`)).statusCode).toBe(204);
      const refused = await post(app, report({ campaign: 'one-too-many' }), '10.1.0.1');
      expect(refused.statusCode).toBe(422);
      // A known campaign is still counted.
      expect((await post(app, report({ campaign: 'c1' }), '10.1.0.2')).statusCode).toBe(204);
      const questions = (await results(app, `period=${PERIOD}`)).json().questions as { question: string; n: number }[];
      expect(questions).toHaveLength(MAX_QUESTIONS_PER_PERIOD);
      expect(questions[0]).toMatchObject({ question: 'any', n: MAX_QUESTIONS_PER_PERIOD });
      expect(questions.find((q) => q.question === 'campaign:one-too-many')).toBeUndefined();
    },
  );

  it('answers CORS for the extension without credentials, and a health check', async () => {
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/results',
      headers: {
        origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/authorization/i);
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const sent = await app.inject({
      method: 'POST',
      url: '/reports',
      headers: { origin: 'moz-extension://0b1c2d3e', 'content-type': 'text/plain;charset=UTF-8' },
      payload: report(),
    });
    expect(sent.statusCode).toBe(204);
    expect(sent.headers['access-control-allow-origin']).toBe('*');
    const health = await app.inject({ method: 'GET', url: '/health' });
    expect(health.json()).toEqual({ ok: true, store: backend.store.kind });
  });
});

describe('collector health', () => {
  it('answers 503 when its database cannot be reached', async () => {
    const broken: CountStore = {
      kind: 'postgres',
      add: () => Promise.reject(new Error('down')),
      read: () => Promise.reject(new Error('down')),
      ping: () => Promise.reject(new Error('down')),
      close: () => Promise.resolve(),
    };
    const app = await buildCollector({ store: broken, resultsToken: TOKEN, now: () => NOW });
    expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(503);
    // A report that cannot be stored is a 5xx (the device retries the same bytes), not a 2xx.
    const sent = await post(app, report());
    expect(sent.statusCode).toBe(500);
    expect(sent.json()).toEqual({ error: 'internal error' });
    await app.close();
  });
});
