/**
 * When a monthly report is due, and what happens after a failed attempt (issue 26). Pure:
 * times in, times out, the random source injected.
 */
import { addPeriods, periodEnd, periodOf, previousPeriod } from '../../shared/results/report';

/** Reports go out at a random moment in the first 3 days after their month. */
export const SEND_WINDOW_MS = 3 * 24 * 3600_000;
/** Full-jitter backoff after a failed attempt: a random wait up to min(cap, base·2^(n−1)). */
export const RETRY_BASE_MS = 30 * 60_000;
export const RETRY_CAP_MS = 24 * 3600_000;
/** Never sooner than this after a failure (a browser just coming online). */
export const RETRY_MIN_MS = 60_000;

/**
 * The period to work on at `now`: the month that just ended while its report may still go
 * (until the next month ends), unless it was already sent or dropped or the consent came after
 * it; otherwise the month running now, whose report is planned for after it ends.
 */
export function targetPeriod(now: number, consentAt: number, lastPeriod: string | null): string {
  const ended = previousPeriod(now);
  const handled = lastPeriod !== null && lastPeriod >= ended;
  if (!handled && consentAt < periodEnd(ended)) return ended;
  return periodOf(now);
}

/** A fresh plan for a period: a random moment in the 3 days after it, dropped when the next month ends. */
export function planFor(period: string, random: () => number): { sendAt: number; dropAt: number } {
  const end = periodEnd(period);
  return { sendAt: end + Math.floor(random() * SEND_WINDOW_MS), dropAt: periodEnd(addPeriods(period, 1)) };
}

/** When to try again after `attempts` failed attempts; null when that is past `dropAt` (the report is dropped). */
export function nextAttempt(now: number, attempts: number, dropAt: number, random: () => number): number | null {
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
  const next = now + Math.max(RETRY_MIN_MS, Math.round(random() * ceiling));
  return next < dropAt ? next : null;
}
