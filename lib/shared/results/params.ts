/**
 * The randomized response of programme results (README, "Programme results"): two layers as
 * in RAPPOR, one bit per question. The constants are fixed here, in code: a feed, a policy or
 * a collector cannot change them.
 *
 * - Permanent layer, drawn once per (question, true answer) and kept for as long as the
 *   extension is installed: B = the truth with probability 1 − f, otherwise a fair coin.
 *   So P(B = truth) = 1 − f/2.
 * - Instantaneous layer, drawn afresh for each report: P(report 1 | B = 0) = p,
 *   P(report 1 | B = 1) = q.
 *
 * Pure and framework-free: used by the extension's worker, the Feed studio and the collector.
 */

/** Permanent layer: the share of answers replaced by a fair coin. */
export const F = 0.25;
/** Instantaneous layer: P(report 1 | permanent answer 0). */
export const P = 0.25;
/** Instantaneous layer: P(report 1 | permanent answer 1). */
export const Q = 0.75;

/** P(permanent answer 1 | truth 1) = 1 − f/2. */
export const PERMANENT_KEEP = 1 - F / 2;

/** Effective probability of a reported 1 when the truth is 1: q* = (1 − f/2)·q + (f/2)·p. */
export const Q_STAR = PERMANENT_KEEP * Q + (F / 2) * P;
/** Effective probability of a reported 1 when the truth is 0: p* = (f/2)·q + (1 − f/2)·p. */
export const P_STAR = (F / 2) * Q + PERMANENT_KEEP * P;

/**
 * Lifetime ε per question: what an observer who sees every report of one install, forever,
 * can learn about one true answer. Averaged over many reports, the reports reveal the
 * permanent answer B and nothing more, so ε∞ = ln((1 − f/2) / (f/2)). With f = 0.25: ln 7.
 */
export const EPSILON_LIFETIME = Math.log(PERMANENT_KEEP / (F / 2));

/**
 * ε of one report, per question: the larger of the two likelihood ratios of one reported bit,
 * ε₁ = max(ln(q* ÷ p*), ln((1 − p*) ÷ (1 − q*))). With the constants above both are ln 2.2 ≈ 0.79.
 */
export const EPSILON_ONE_REPORT = Math.max(Math.log(Q_STAR / P_STAR), Math.log((1 - P_STAR) / (1 - Q_STAR)));

/** The smallest number of reports for which any figure is shown (the feed may ask for more). */
export const MIN_REPORTS_FLOOR = 20;
/** `_advocacy.results.min_reports` when the feed says nothing. */
export const MIN_REPORTS_DEFAULT = 20;
