/**
 * One programme-results report: its schema and its wire format (README, "Programme results").
 *
 * A report is one line of JSON, always in the same key order, with no whitespace, padded with
 * "0"s so that every encoded report has exactly REPORT_BYTES bytes (all of it ASCII):
 *
 *   {"v":1,"period":"2026-11","any":1,"campaign":"spring-launch","campaign_answer":0,"pad":"000…"}
 *
 * - `period`: the calendar month the answers are about (UTC), `YYYY-MM`.
 * - `any`: the randomized answer to "shared anything this month" (question `any`).
 * - `campaign`: the one campaign drawn at random for this report (question `campaign:<id>`),
 *   or "" when the period had no campaign to count; then `campaign_answer` is still a
 *   randomized bit (of "no"), so the shape and length stay the same, and nobody counts it.
 * - `campaign_answer`: the randomized answer for that campaign.
 *
 * `parseReport` accepts only the exact bytes `encodeReport` produces: anything else (another
 * key order, whitespace, another length, a non-binary answer, an unknown key) is refused.
 * Pure: no Node or browser API, zod through lib/shared/zod.ts.
 */
import { z } from '../zod';
import type { Bit } from '../../worker/results/randomize';

export const REPORT_VERSION = 1;
/** The length, in bytes, of every encoded report. */
export const REPORT_BYTES = 256;
/** Feed campaign ids (`_advocacy.campaign`): letters, digits, - _ . and at most 100 of them. */
export const CAMPAIGN_ID = /^[\w.-]{1,100}$/;
export const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The question ids results are counted under. */
export const QUESTION_ANY = 'any';
export const campaignQuestion = (campaign: string): string => `campaign:${campaign}`;
export const QUESTION = /^(any|campaign:[\w.-]{1,100})$/;

const bit = z.union([z.literal(0), z.literal(1)]);

export const reportSchema = z.strictObject({
  v: z.literal(REPORT_VERSION),
  period: z.string().regex(PERIOD, 'a calendar month, YYYY-MM'),
  any: bit,
  campaign: z.string().regex(/^(?:[\w.-]{1,100})?$/, 'a feed campaign id, or "" for none'),
  campaign_answer: bit,
  pad: z.string().regex(/^0*$/, 'only "0"s'),
});

/** A report's content, without its padding. */
export interface Report {
  v: typeof REPORT_VERSION;
  period: string;
  any: Bit;
  /** The feed campaign id, or "" when the period had no campaign. */
  campaign: string;
  campaign_answer: Bit;
}

function unpadded(report: Report): string {
  return `{"v":${report.v},"period":${JSON.stringify(report.period)},"any":${report.any},"campaign":${JSON.stringify(report.campaign)},"campaign_answer":${report.campaign_answer},"pad":"`;
}

const fieldsSchema = reportSchema.omit({ pad: true });

/** The encoding of content already checked. */
function encodeChecked(report: Report): string {
  const head = unpadded(report);
  const padding = REPORT_BYTES - head.length - 2;
  // Cannot happen with the limits above (a 100-character campaign leaves 78 bytes); kept loud.
  if (padding < 0) throw new Error(`report longer than ${REPORT_BYTES} bytes`);
  return `${head}${'0'.repeat(padding)}"}`;
}

/** The exact text (ASCII, so also the bytes) sent for a report: always REPORT_BYTES long. */
export function encodeReport(report: Report): string {
  return encodeChecked(fieldsSchema.parse(report));
}

export type ParsedReport = { ok: true; report: Report } | { ok: false; error: string };

/** Reads a report as sent, refusing anything but the exact encoding of a valid report. */
export function parseReport(text: string): ParsedReport {
  if (text.length !== REPORT_BYTES) return { ok: false, error: `a report has exactly ${REPORT_BYTES} bytes` };
  if (!/^[\x20-\x7e]*$/.test(text)) return { ok: false, error: 'a report is printable ASCII' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  const parsed = reportSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') || 'report'}: ${issue?.message ?? 'invalid'}` };
  }
  const { pad: _pad, ...report } = parsed.data;
  if (encodeChecked(report) !== text) return { ok: false, error: 'not in the one encoding a report has' };
  return { ok: true, report };
}

/** The (question, answer) pairs a report counts: `any` always, its campaign when it names one. */
export function reportAnswers(report: Report): { question: string; answer: Bit }[] {
  const answers = [{ question: QUESTION_ANY, answer: report.any }];
  if (report.campaign) answers.push({ question: campaignQuestion(report.campaign), answer: report.campaign_answer });
  return answers;
}

/** The calendar month (UTC) a moment falls in, `YYYY-MM`. */
export function periodOf(date: Date | number): string {
  const d = new Date(date);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The first instant (UTC, ms) of a period. */
export function periodStart(period: string): number {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return Date.UTC(year, month - 1, 1);
}

/** The first instant (UTC, ms) after a period: the moment it ends. */
export function periodEnd(period: string): number {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return Date.UTC(year, month, 1);
}

/** The period `months` calendar months after (negative: before) the given one. */
export function addPeriods(period: string, months: number): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  return periodOf(Date.UTC(year, month - 1 + months, 1));
}

/** The period before the one `date` falls in: the month a report sent at `date` is about. */
export const previousPeriod = (date: Date | number): string => addPeriods(periodOf(date), -1);

/**
 * The periods a collector accepts reports for at `now`: the current month (a device clock a
 * little ahead at the turn of the month) and the two before it (a report is sent in the first
 * days after its month ends and retried until the next month ends). Further in the past or the
 * future is refused.
 */
export function isAcceptedPeriod(period: string, now: Date | number): boolean {
  if (!PERIOD.test(period)) return false;
  const current = periodOf(now);
  return period <= current && period >= addPeriods(current, -2);
}
