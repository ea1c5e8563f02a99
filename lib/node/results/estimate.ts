/**
 * How many answered yes, from randomized reports (README, "Programme results").
 *
 * Of n reports for one (period, question), c say 1. Each true yes reports 1 with probability
 * q*, each true no with p* (lib/shared/results/params.ts), so E[c] = N·q* + (n − N)·p* for N true
 * yeses, and the unbiased estimate is
 *
 *   N̂ = (c − n·p*) / (q* − p*).
 *
 * c is a sum of independent bits, Var(c) = N·q*(1 − q*) + (n − N)·p*(1 − p*); with N̂ (clipped
 * to [0, n]) in place of N, Var(N̂) = Var(c) / (q* − p*)². The 95 % interval is the normal
 * approximation N̂ ± 1.96·√Var(N̂), clipped to [0, n] (no programme has fewer than 0 or more than
 * n yeses). N̂ itself is left unclipped, since clipping would bias it: by chance it can fall a
 * little below 0 or above n, and whoever shows it clips it for display.
 *
 * Below the minimum number of reports (at least MIN_REPORTS_FLOOR) no figure is given at all.
 */
import { MIN_REPORTS_DEFAULT, MIN_REPORTS_FLOOR, P_STAR, Q_STAR } from '../../shared/results/params';

/** The 97.5th percentile of the standard normal distribution. */
const Z_95 = 1.959963984540054;

export type Estimate =
  | {
      /** The number of reports. */
      n: number;
      tooFew: false;
      /** Unbiased estimate of how many of the n answered yes (may fall slightly outside [0, n]). */
      estimate: number;
      /** The 95 % interval of that number, within [0, n]. */
      low: number;
      high: number;
    }
  | { n: number; tooFew: true; minReports: number };

/** The minimum actually applied: whole, and never below MIN_REPORTS_FLOOR. */
export function clampMinReports(min: number | undefined): number {
  if (min === undefined || !Number.isFinite(min)) return MIN_REPORTS_DEFAULT;
  return Math.max(MIN_REPORTS_FLOOR, Math.ceil(min));
}

/** The estimate for `n` reports of which `ones` say 1. */
export function estimateYes(n: number, ones: number, minReports = MIN_REPORTS_DEFAULT): Estimate {
  if (!Number.isInteger(n) || !Number.isInteger(ones) || n < 0 || ones < 0 || ones > n)
    throw new RangeError(`counts must be whole, with 0 ≤ ones (${ones}) ≤ n (${n})`);
  const min = clampMinReports(minReports);
  if (n < min) return { n, tooFew: true, minReports: min };
  const spread = Q_STAR - P_STAR;
  const estimate = (ones - n * P_STAR) / spread;
  const yes = Math.min(n, Math.max(0, estimate));
  const variance = (yes * Q_STAR * (1 - Q_STAR) + (n - yes) * P_STAR * (1 - P_STAR)) / spread ** 2;
  const half = Z_95 * Math.sqrt(variance);
  return {
    n,
    tooFew: false,
    estimate,
    low: Math.min(n, Math.max(0, estimate - half)),
    high: Math.min(n, Math.max(0, estimate + half)),
  };
}
