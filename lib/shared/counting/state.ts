/**
 * What "Count my sharing anonymously" keeps on the device (issue 26), each a stored item read
 * through a reader with defaults (R10): the permanent randomized answers, the report being
 * sent, and every report that was sent (shown under "What was sent" and exported).
 * Plain readers, no zod: the options page reads the log too.
 */
import { checkedFromVersion1, defineStoredItem } from '../settings';
import { intIn, isRecord, listOf, object, textOrNull, timeOrNull, type Reader } from '../settings/read';

export type Bit = 0 | 1;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const period: Reader<string | null> = (value) => (typeof value === 'string' && PERIOD.test(value) ? value : null);

/**
 * The permanent randomized answer per (question, true answer), key `<question>=<0|1>`: drawn
 * once and kept for as long as the extension is installed, so reports averaged over a year
 * converge on it and not on the truth (RAPPOR's permanent layer).
 */
export type CountingMemo = Record<string, Bit>;
/**
 * The most entries read back: two per question, so about 1,000 questions, over ten years of 8
 * campaigns a month. Past it, later questions would be drawn afresh at each report (weaker
 * privacy for those), which is why the bound is far beyond any real programme.
 */
export const MAX_MEMO = 2000;
const readMemo: Reader<CountingMemo> = (value) => {
  const out: CountingMemo = {};
  if (!isRecord(value)) return out;
  for (const [key, bit] of Object.entries(value).slice(0, MAX_MEMO)) {
    if (key.length <= 120 && /=[01]$/.test(key) && (bit === 0 || bit === 1)) out[key] = bit;
  }
  return out;
};
export const countingMemoItem = /* @__PURE__ */ defineStoredItem<CountingMemo>('local:countingMemo', {
  fallback: {},
  read: readMemo,
  version: 2,
  migrations: checkedFromVersion1(readMemo),
});

/** The report of one period, from its plan to its last attempt. */
export interface PendingReport {
  period: string;
  /** The random moment in the first 3 days after the period, when it is first sent. */
  sendAt: string;
  /** The end of the following month: not sent by then, it is dropped. */
  dropAt: string;
  /** The exact bytes, once made: every retry sends these, never a new randomization. */
  body: string | null;
  attempts: number;
  /** After a failed attempt: when the next one is. */
  nextAttemptAt: string | null;
}
export interface CountingState {
  pending: PendingReport | null;
  /** The last period that was sent or dropped: never one more report for it. */
  lastPeriod: string | null;
}
const readPending: Reader<PendingReport | null> = (value) => {
  if (!isRecord(value)) return null;
  const read = {
    period: period(value.period),
    sendAt: timeOrNull(value.sendAt),
    dropAt: timeOrNull(value.dropAt),
    body: textOrNull(1024)(value.body),
    attempts: intIn(0, 1000, 0)(value.attempts),
    nextAttemptAt: timeOrNull(value.nextAttemptAt),
  };
  return read.period && read.sendAt && read.dropAt
    ? { ...read, period: read.period, sendAt: read.sendAt, dropAt: read.dropAt }
    : null;
};
const readState: Reader<CountingState> = object<CountingState>({ pending: readPending, lastPeriod: period });
export const countingStateItem = /* @__PURE__ */ defineStoredItem<CountingState>('local:countingState', {
  fallback: { pending: null, lastPeriod: null },
  read: readState,
  version: 2,
  migrations: checkedFromVersion1(readState),
});

/** One report as it left the device: when, where to, and its exact content. */
export interface SentReport {
  period: string;
  sentAt: string;
  collector: string;
  body: string;
}
/** Ten years of monthly reports. */
export const MAX_SENT = 120;
const readSent: Reader<SentReport[]> = listOf((value) => {
  if (!isRecord(value)) return undefined;
  const entry = {
    period: period(value.period),
    sentAt: timeOrNull(value.sentAt),
    collector: textOrNull(2048)(value.collector),
    body: textOrNull(1024)(value.body),
  };
  return entry.period && entry.sentAt && entry.collector && entry.body ? (entry as SentReport) : undefined;
}, MAX_SENT);
export const countingSentItem = /* @__PURE__ */ defineStoredItem<SentReport[]>('local:countingSent', {
  fallback: [],
  read: readSent,
  version: 2,
  migrations: checkedFromVersion1(readSent),
});
