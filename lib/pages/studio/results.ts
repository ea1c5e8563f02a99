/**
 * The Feed studio's Results tab (issue 26): reading the collector's `GET /results` and turning
 * a figure into a highlight of the feed. Pure apart from the one request; no zod (the studio's
 * first chunk carries none): the answer is read field by field and anything else is refused.
 */
import type { JsonObject } from './path';

// The period helpers of lib/shared/results/report.ts, repeated here: that module builds the report's
// zod schema, which the studio's first chunk must not carry (tests/unit/boundaries.test.ts).
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const periodOf = (date: Date | number) => new Date(date).toISOString().slice(0, 7);
const periodStart = (period: string) => Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1, 1);
const addPeriods = (period: string, months: number) =>
  periodOf(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1 + months, 1));

/** One question's figure as the collector gives it (lib/node/collector/server.ts). */
export type QuestionFigure =
  | { question: string; n: number; tooFew: true }
  | { question: string; n: number; tooFew: false; estimate: number; low: number; high: number };

export interface ResultsAnswer {
  period: string;
  minReports: number;
  questions: QuestionFigure[];
}

export type ReadResults =
  | { ok: true; results: ResultsAnswer }
  | {
      ok: false;
      reason: 'address' | 'token' | 'no-token-set' | 'network' | 'timeout' | 'status' | 'answer';
      status?: number;
    };

const count = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** The collector's answer, or null when it is not one. */
export function readResultsAnswer(value: unknown): ResultsAnswer | null {
  if (typeof value !== 'object' || value === null) return null;
  const source = value as Record<string, unknown>;
  if (typeof source.period !== 'string' || !PERIOD.test(source.period) || !Array.isArray(source.questions)) return null;
  const questions: QuestionFigure[] = [];
  for (const entry of source.questions.slice(0, 100)) {
    if (typeof entry !== 'object' || entry === null) return null;
    const q = entry as Record<string, unknown>;
    if (typeof q.question !== 'string' || !/^(any|campaign:[\w.-]{1,100})$/.test(q.question) || !count(q.n))
      return null;
    const n = q.n as number;
    if (q.too_few === true) questions.push({ question: q.question, n, tooFew: true });
    else if (typeof q.estimate === 'number' && count(q.low) && count(q.high))
      questions.push({
        question: q.question,
        n,
        tooFew: false,
        estimate: q.estimate,
        low: q.low as number,
        high: q.high as number,
      });
    else return null;
  }
  const minReports = count(source.min_reports) ? (source.min_reports as number) : 20;
  return { period: source.period, minReports, questions };
}

/** `<collector>/results?period=…&min=…`. */
export function resultsUrl(collector: string, period: string, minReports: number): string {
  return `${collector.replace(/\/+$/, '')}/results?period=${encodeURIComponent(period)}&min=${Math.max(20, Math.round(minReports))}`;
}

/** Reads one period's results with the bearer token; never throws. */
export async function fetchResults(
  collector: string,
  period: string,
  minReports: number,
  token: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 20_000,
): Promise<ReadResults> {
  let url: string;
  try {
    url = resultsUrl(collector, period, minReports);
    const parsed = new URL(url);
    if (!(parsed.protocol === 'https:' || (parsed.protocol === 'http:' && parsed.hostname === 'localhost')))
      return { ok: false, reason: 'address' };
  } catch {
    return { ok: false, reason: 'address' };
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, {
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      headers: { authorization: `Bearer ${token}` },
      signal: controller.signal,
    });
    if (response.status === 401) return { ok: false, reason: 'token' };
    if (response.status === 503) return { ok: false, reason: 'no-token-set' };
    if (!response.ok) return { ok: false, reason: 'status', status: response.status };
    const results = readResultsAnswer(await response.json());
    return results ? { ok: true, results } : { ok: false, reason: 'answer' };
  } catch {
    return { ok: false, reason: controller.signal.aborted ? 'timeout' : 'network' };
  } finally {
    clearTimeout(timer);
  }
}

/** Percent of the n colleagues who count, whole numbers, within 0..100. */
export function asPercents(figure: Extract<QuestionFigure, { tooFew: false }>): {
  low: number;
  high: number;
  estimate: number;
} {
  const pct = (value: number) => (figure.n > 0 ? Math.min(100, Math.max(0, Math.round((value / figure.n) * 100))) : 0);
  return { low: pct(figure.low), high: pct(figure.high), estimate: pct(figure.estimate) };
}

/** The last `count` months before the one `now` is in, newest first (a month's report comes after it). */
export function recentPeriods(now: Date | number, count = 12): string[] {
  const current = periodOf(now);
  return Array.from({ length: count }, (_, index) => addPeriods(current, -1 - index));
}

/** The month's name in a language ("November 2026"). */
export function monthName(period: string, language: 'da' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(periodStart(period)));
}

/** A highlight of the feed (`_advocacy.highlights`) that says one figure, in both languages. */
export function resultHighlight(
  period: string,
  figure: Extract<QuestionFigure, { tooFew: false }>,
  now: Date,
): JsonObject {
  const { low, high } = asPercents(figure);
  const campaign = figure.question.startsWith('campaign:') ? figure.question.slice('campaign:'.length) : null;
  const en = monthName(period, 'en');
  const da = monthName(period, 'da');
  const slug = campaign ?? 'anything';
  return {
    id: `results-${period}-${slug}`.slice(0, 100),
    kind: 'success',
    title: campaign
      ? { da: `${da}: kampagnen ${campaign}`, en: `${en}: the ${campaign} campaign` }
      : { da: `${da}: hvor mange delte`, en: `${en}: how many shared` },
    text: campaign
      ? {
          da: `Mellem ${low} % og ${high} % af de kolleger, der tæller med, delte kampagnen ${campaign} i ${da} (${figure.n} anonyme rapporter, 95 % sikkerhed).`,
          en: `Between ${low} % and ${high} % of the colleagues who count shared the ${campaign} campaign in ${en} (${figure.n} anonymous reports, 95 % interval).`,
        }
      : {
          da: `Mellem ${low} % og ${high} % af de kolleger, der tæller med, delte noget i ${da} (${figure.n} anonyme rapporter, 95 % sikkerhed).`,
          en: `Between ${low} % and ${high} % of the colleagues who count shared something in ${en} (${figure.n} anonymous reports, 95 % interval).`,
        },
    date: now.toISOString(),
  };
}
