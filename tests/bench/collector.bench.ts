/**
 * Bench row C1 (README, "Programme results › Collector"), not a timed test: 100,000 reports to
 * the collector on loopback with the embedded store; target ≥ 2,000 reports/s, p99 ≤ 50 ms, and
 * none lost (the count the collector gives equals the reports sent).
 *
 *   npm run bench:collector                        C1 on the chosen embedded store (SQLite)
 *   npm run bench:collector -- --compare           the same load on SQLite and on PGlite, and
 *                                                  each store alone (no HTTP): how the store was chosen
 *   COLLECTOR_BENCH_REPORTS=20000, COLLECTOR_BENCH_CONCURRENCY=32 change the load.
 *
 * The collector runs in a process of its own (tests/bench/collector-server.ts), the sender in
 * this one, as the two cores of a small server would share them. Run it under
 * `flock /tmp/bench.lock`, and quote it with the machine's load.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPgliteStore } from '../../lib/node/collector/postgres-store';
import { openSqliteStore } from '../../lib/node/collector/sqlite-store';
import type { CountStore } from '../../lib/node/collector/store';
import { encodeReport, periodOf, reportAnswers } from '../../lib/shared/results/report';

const REPORTS = Number(process.env.COLLECTOR_BENCH_REPORTS ?? 100_000);
const CONCURRENCY = Number(process.env.COLLECTOR_BENCH_CONCURRENCY ?? 32);
const COMPARE = process.argv.includes('--compare');
const TOKEN = 'bench-token-0123456789';
const CAMPAIGNS = ['spring-launch', 'hiring.2026', 'climate_report', 'summit', 'product-x', 'webinar', 'award', ''];

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

function reportFor(i: number, period: string): string {
  // Deterministic variety: both answers and every campaign (and none) occur.
  return encodeReport({
    v: 1,
    period,
    any: (i * 7) % 3 === 0 ? 1 : 0,
    campaign: CAMPAIGNS[i % CAMPAIGNS.length]!,
    campaign_answer: (i * 11) % 5 < 2 ? 1 : 0,
  });
}

interface Server {
  child: ChildProcess;
  port: number;
  /** Waits for the next line of the collector's output that matches. */
  line(pattern: RegExp): Promise<RegExpExecArray>;
}

async function startServer(kind: 'sqlite' | 'pglite', path: string): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/collector-server.ts', kind, path], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const waiting: { pattern: RegExp; resolve: (match: RegExpExecArray) => void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (const waiter of [...waiting]) {
      const match = waiter.pattern.exec(out);
      if (match) {
        out = out.slice(match.index + match[0].length);
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  });
  const line = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      waiting.push({ pattern, resolve });
      child.once('exit', (code) => reject(new Error(`collector exited (${code})`)));
      child.stdout.emit('data', Buffer.alloc(0));
    });
  const port = Number((await line(/PORT (\d+)/))[1]);
  return { child, port, line };
}

function send(agent: Agent, port: number, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/reports',
        headers: { 'Content-Type': 'text/plain;charset=UTF-8', 'Content-Length': body.length },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function results(port: number, period: string): Promise<{ questions: { question: string; n: number }[] }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: `/results?period=${period}`, headers: { Authorization: `Bearer ${TOKEN}` } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve(JSON.parse(text)));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

interface HttpRun {
  store: string;
  reports: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  counted: number;
  failed: number;
  /** CPU time the collector process spent per report (µs): its cost, whatever else loads the machine. */
  collectorUs: number;
  /** CPU time the sender spent per report (µs). */
  senderUs: number;
}

async function httpRun(kind: 'sqlite' | 'pglite', reports: number): Promise<HttpRun> {
  const dir = mkdtempSync(join(tmpdir(), 'collector-bench-'));
  const server = await startServer(kind, join(dir, kind === 'sqlite' ? 'results.sqlite' : 'pgdata'));
  const { child, port } = server;
  const period = periodOf(Date.now());
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  // Warm-up, not counted in the times (but counted by the collector: the total below includes it).
  const warm = 500;
  for (let i = 0; i < warm; i += 1) await send(agent, port, reportFor(i, period));
  child.kill('SIGUSR2');
  await server.line(/CPU reset/);
  const senderCpu = process.cpuUsage();
  const started = performance.now();
  const worker = async () => {
    while (next < reports) {
      const i = next++;
      const t0 = performance.now();
      const status = await send(agent, port, reportFor(i, period));
      latencies.push(performance.now() - t0);
      if (status !== 204) failed += 1;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  const sender = process.cpuUsage(senderCpu);
  child.kill('SIGUSR1');
  const collectorCpu = Number((await server.line(/CPU (\d+)/))[1]);
  const counted = (await results(port, period)).questions.find((q) => q.question === 'any')?.n ?? 0;
  agent.destroy();
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
  latencies.sort((a, b) => a - b);
  return {
    store: kind,
    reports,
    seconds,
    perSecond: reports / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    counted: counted - warm,
    failed,
    collectorUs: collectorCpu / reports,
    senderUs: (sender.user + sender.system) / reports,
  };
}

/** The store alone: how many reports a second it counts, one after another. */
async function storeRun(kind: 'sqlite' | 'pglite', reports: number) {
  const dir = mkdtempSync(join(tmpdir(), 'collector-store-'));
  const store: CountStore =
    kind === 'sqlite' ? openSqliteStore(join(dir, 'results.sqlite')) : await openPgliteStore(join(dir, 'pgdata'));
  const period = periodOf(Date.now());
  const started = performance.now();
  for (let i = 0; i < reports; i += 1) {
    const text = reportFor(i, period);
    await store.add(period, reportAnswers(JSON.parse(text)));
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  rmSync(dir, { recursive: true, force: true });
  return { store: kind, reports, perSecond: reports / seconds, usPerReport: (seconds * 1e6) / reports };
}

const fmt = (x: number, digits = 1) => x.toFixed(digits);
console.log(
  `Collector bench: load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}, concurrency ${CONCURRENCY}`,
);
if (COMPARE) {
  const n = Number(process.env.COLLECTOR_BENCH_REPORTS ?? 20_000);
  for (const kind of ['sqlite', 'pglite'] as const) {
    const s = await storeRun(kind, n);
    console.log(
      `store alone  ${kind.padEnd(7)} ${fmt(s.perSecond, 0)} reports/s (${fmt(s.usPerReport)} µs each, ${n} reports)`,
    );
  }
  for (const kind of ['sqlite', 'pglite'] as const) {
    const r = await httpRun(kind, n);
    console.log(
      `over HTTP    ${kind.padEnd(7)} ${fmt(r.perSecond, 0)} reports/s, p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms, counted ${r.counted}/${r.reports}, failed ${r.failed}, collector CPU ${fmt(r.collectorUs)} µs/report`,
    );
  }
} else {
  const r = await httpRun('sqlite', REPORTS);
  const ok = r.perSecond >= 2000 && r.p99 <= 50 && r.counted === r.reports && r.failed === 0;
  console.log(
    `C1 collector (SQLite): ${r.reports} reports in ${fmt(r.seconds)} s = ${fmt(r.perSecond, 0)} reports/s (target ≥ 2,000), p50 ${fmt(r.p50)} ms, p99 ${fmt(r.p99)} ms (target ≤ 50), counted ${r.counted} of ${r.reports} sent, ${r.failed} refused: ${ok ? 'met' : 'NOT met'}`,
  );
  console.log(
    `   CPU per report: collector ${fmt(r.collectorUs)} µs (one core would count ${fmt(1e6 / r.collectorUs, 0)} reports/s), sender ${fmt(r.senderUs)} µs`,
  );
  if (!ok) process.exitCode = 1;
}
