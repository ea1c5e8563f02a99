/**
 * The programme-results collector (README, "Programme results › Collector"): a fastify server
 * that counts randomized reports and gives the estimates to whoever holds RESULTS_TOKEN.
 *
 * What it never keeps or logs: the report itself, the sender's address, user agent or any
 * header, or a time finer than the report's period. The rate limit keys on the address, in
 * memory only, and forgets it when its minute is over. There is no request log at all.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { clampMinReports, estimateYes } from '../results/estimate';
import { isAcceptedPeriod, parseReport, PERIOD, REPORT_BYTES, reportAnswers } from '../../shared/results/report';
import type { CountStore } from './store';

/** The largest body read at all: a report is REPORT_BYTES; anything much larger is refused unread. */
export const BODY_LIMIT = 4 * REPORT_BYTES;
/** Default reports per address and minute (a whole office behind one NAT address still fits). */
export const REPORTS_PER_MINUTE = 120;
/** Result reads per address and minute: enough for a person, too few to guess a token. */
export const RESULT_READS_PER_MINUTE = 30;

export interface CollectorOptions {
  store: CountStore;
  /** The bearer token GET /results requires; without one, results cannot be read at all. */
  resultsToken?: string | undefined;
  reportsPerMinute?: number;
  /** The clock that decides which periods are accepted (tests move it). */
  now?: () => number;
  /** Behind a reverse proxy: which proxies to trust for the client address (fastify's trustProxy). */
  trustProxy?: FastifyServerOptions['trustProxy'];
}

export interface QuestionResult {
  question: string;
  n: number;
  too_few?: true;
  estimate?: number;
  low?: number;
  high?: number;
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(header ?? '')?.[1];
  return given !== undefined && timingSafeEqual(digest(given), digest(token));
}

export async function buildCollector(options: CollectorOptions): Promise<FastifyInstance> {
  const { store, resultsToken } = options;
  const now = options.now ?? Date.now;
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    trustProxy: options.trustProxy ?? false,
    // No request id in any answer.
    requestIdHeader: false,
  });

  await app.register(cors, {
    origin: '*',
    credentials: false,
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'Authorization'],
    maxAge: 86_400,
  });
  // In memory only (the plugin's default store); applied per route below.
  await app.register(rateLimit, { global: false });

  // Every body is read as text, whatever its type: the extension sends text/plain (no preflight).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: { statusCode?: number; code?: string }, _request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    const message =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? `a report has ${REPORT_BYTES} bytes`
        : status === 429
          ? 'too many requests from this address, try again in a minute'
          : status < 500
            ? 'bad request'
            : 'internal error';
    return reply.code(status).send({ error: message });
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not found' }));

  app.post(
    '/reports',
    { config: { rateLimit: { max: options.reportsPerMinute ?? REPORTS_PER_MINUTE, timeWindow: 60_000 } } },
    async (request, reply) => {
      if (typeof request.body !== 'string') return reply.code(400).send({ error: 'no report' });
      const parsed = parseReport(request.body);
      if (!parsed.ok) return reply.code(400).send({ error: parsed.error });
      if (!isAcceptedPeriod(parsed.report.period, now()))
        return reply.code(422).send({ error: 'period not accepted: this month and the two before it only' });
      const result = await store.add(parsed.report.period, reportAnswers(parsed.report));
      if (result === 'too-many-questions') return reply.code(422).send({ error: 'too many campaigns this period' });
      return reply.code(204).send();
    },
  );

  app.get(
    '/results',
    { config: { rateLimit: { max: RESULT_READS_PER_MINUTE, timeWindow: 60_000 } } },
    async (request, reply) => {
      void reply.header('Cache-Control', 'no-store');
      if (!resultsToken) return reply.code(503).send({ error: 'RESULTS_TOKEN is not set on the collector' });
      if (!tokenMatches(request.headers.authorization, resultsToken))
        return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ error: 'a valid bearer token is required' });
      const query = request.query as Record<string, unknown>;
      const period = typeof query.period === 'string' ? query.period : '';
      if (!PERIOD.test(period)) return reply.code(400).send({ error: 'period=YYYY-MM is required' });
      const rawMin = typeof query.min === 'string' && /^\d{1,9}$/.test(query.min) ? Number(query.min) : undefined;
      if (query.min !== undefined && rawMin === undefined)
        return reply.code(400).send({ error: 'min must be a whole number' });
      const minReports = clampMinReports(rawMin);
      const questions: QuestionResult[] = (await store.read(period)).map(({ question, reports, ones }) => {
        const result = estimateYes(reports, ones, minReports);
        return result.tooFew
          ? { question, n: reports, too_few: true }
          : { question, n: reports, estimate: result.estimate, low: result.low, high: result.high };
      });
      return { period, min_reports: minReports, questions };
    },
  );

  app.get('/health', async (_request, reply) => {
    try {
      await store.ping();
      return { ok: true, store: store.kind };
    } catch {
      return reply.code(503).send({ ok: false, store: store.kind });
    }
  });

  return app;
}
