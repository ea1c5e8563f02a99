/**
 * The monthly report in the background worker (issue 26). One entry point, `runCounting`,
 * called on every worker start, on its alarm and when the consent changes. The worker may stop
 * at any await (R1): every step reads what is stored, does one thing, and stores the result in
 * one write, so running it again is harmless:
 *
 *  1. No consent (both "Count my sharing anonymously" and the private share record), or no
 *     collector named: the report being prepared is forgotten and the alarm removed. A
 *     withdrawal stops every later report at once (also one waiting for a retry).
 *  2. The period to work on (./plan.ts) gets a plan: a random moment in the first 3 days after
 *     it ends. The alarm is set for that moment.
 *  3. When the moment has come, the report is made once: true answers from the share record,
 *     one campaign drawn, the permanent answers from the memo (new ones stored in the same write
 *     as the report's bytes) and a fresh instantaneous layer.
 *  4. The stored bytes are sent (./send.ts). Sent: logged for the person, the period is done.
 *     Failed: the same bytes again later, with backoff, until the next month ends; then dropped.
 */
import { browser } from 'wxt/browser';
import { cryptoRandom } from '../results/randomize';
import { encodeReport } from '../../shared/results/report';
import { consentItem, hasConsent, setStoredValues, storedValue } from '../../shared/settings';
import { campaignsFor, drawCampaign, randomizedReport, truthsFor, type ItemFacts, type ShareFacts } from './answers';
import { nextAttempt, planFor, targetPeriod } from './plan';
import { sendReport } from './send';
import {
  countingMemoItem,
  countingSentItem,
  countingStateItem,
  MAX_SENT,
  type CountingState,
  type PendingReport,
} from '../../shared/counting/state';

export const COUNTING_ALARM = 'results-report';

/** What the run needs from the rest of the background (the database, the feed), injectable for tests. */
export interface CountingDeps {
  /** Where reports go (the managed policy's, else the feed's `_advocacy.results.collector`), or null. */
  collector(): Promise<{ url: string; campaigns?: string[] } | null>;
  /** The person's share records (time and campaign are all that is read). */
  shares(): Promise<ShareFacts[]>;
  /** The feed's items (for the campaigns current during a period). */
  items(): Promise<ItemFacts[]>;
  now?: () => number;
  random?: () => number;
  fetch?: typeof fetch;
}

export type CountingOutcome =
  'no-consent' | 'no-collector' | 'planned' | 'sent' | 'retry-later' | 'dropped' | 'consent-withdrawn';

/** True when both consents count now (read from storage, never from memory). */
export async function countingAllowed(): Promise<{ allowed: boolean; since: number }> {
  const consent = await consentItem.getValue();
  const allowed = hasConsent(consent, 'countResults') && hasConsent(consent, 'recordShares');
  return { allowed, since: allowed ? Date.parse(consent.countResults?.at ?? '') || 0 : 0 };
}

async function setAlarm(at: number | null): Promise<void> {
  if (at === null) {
    await browser.alarms.clear(COUNTING_ALARM);
    return;
  }
  await browser.alarms.create(COUNTING_ALARM, { when: at });
}

/** Does the next step of this month's report, as far as it is due (see the file's comment). */
export async function runCounting(deps: CountingDeps): Promise<CountingOutcome> {
  const now = (deps.now ?? Date.now)();
  const random = deps.random ?? cryptoRandom;
  const consent = await countingAllowed();
  const state = await countingStateItem.getValue();
  const collector = consent.allowed ? await deps.collector() : null;
  if (!consent.allowed || !collector) {
    // Withdrawn (or no collector any more): nothing prepared is kept and nothing is sent later.
    if (state.pending) await countingStateItem.setValue({ ...state, pending: null });
    await setAlarm(null);
    return consent.allowed ? 'no-collector' : 'no-consent';
  }

  let pending = state.pending;
  let lastPeriod = state.lastPeriod;
  if (pending && now >= Date.parse(pending.dropAt)) {
    // Not delivered by the end of the following month: dropped, never randomized again.
    lastPeriod = maxPeriod(lastPeriod, pending.period);
    pending = null;
    await countingStateItem.setValue({ pending, lastPeriod });
  }
  const period = targetPeriod(now, consent.since, lastPeriod);
  if (!pending || pending.period !== period) {
    const plan = planFor(period, random);
    pending = {
      period,
      sendAt: new Date(plan.sendAt).toISOString(),
      dropAt: new Date(plan.dropAt).toISOString(),
      body: null,
      attempts: 0,
      nextAttemptAt: null,
    };
    await countingStateItem.setValue({ pending, lastPeriod });
  }

  const dueAt = Date.parse(pending.nextAttemptAt ?? pending.sendAt);
  if (now < dueAt) {
    await setAlarm(dueAt);
    return 'planned';
  }
  if (pending.body === null) pending = await prepare(pending, collector.campaigns, deps, random);
  return attempt(pending, collector.url, deps, now, random);
}

function maxPeriod(a: string | null, b: string): string {
  return a !== null && a > b ? a : b;
}

/** Makes the report's bytes once, storing them with any new permanent answer in one write. */
async function prepare(
  pending: PendingReport,
  listed: string[] | undefined,
  deps: CountingDeps,
  random: () => number,
): Promise<PendingReport> {
  const [shares, items, memo] = await Promise.all([deps.shares(), deps.items(), countingMemoItem.getValue()]);
  const campaign = drawCampaign(campaignsFor(pending.period, listed, items), random);
  const truths = truthsFor(shares, pending.period, campaign);
  const made = randomizedReport(pending.period, campaign, truths, memo, random);
  const next: PendingReport = { ...pending, body: encodeReport(made.report) };
  // Read again right before the write: if another run prepared it meanwhile, theirs stands.
  const state = await countingStateItem.getValue();
  if (state.pending?.period === pending.period && state.pending.body !== null) return state.pending;
  await setStoredValues([
    storedValue(countingMemoItem, made.memo),
    storedValue(countingStateItem, { ...state, pending: next }),
  ]);
  return next;
}

async function attempt(
  pending: PendingReport,
  collector: string,
  deps: CountingDeps,
  now: number,
  random: () => number,
): Promise<CountingOutcome> {
  // The consent is read once more right before the request: a withdrawal a moment ago wins.
  if (!(await countingAllowed()).allowed) {
    const state = await countingStateItem.getValue();
    await countingStateItem.setValue({ ...state, pending: null });
    await setAlarm(null);
    return 'consent-withdrawn';
  }
  const delivered = await sendReport(collector, pending.body!, deps.fetch);
  const state = await countingStateItem.getValue();
  if (delivered) {
    const sent = await countingSentItem.getValue();
    const entry = {
      period: pending.period,
      sentAt: new Date((deps.now ?? Date.now)()).toISOString(),
      collector,
      body: pending.body!,
    };
    const next: CountingState = { pending: null, lastPeriod: maxPeriod(state.lastPeriod, pending.period) };
    await setStoredValues([
      storedValue(countingStateItem, next),
      storedValue(countingSentItem, [...sent, entry].slice(-MAX_SENT)),
    ]);
    // Plan the month running now (its alarm), as on every start.
    await runCounting(deps);
    return 'sent';
  }
  const attempts = pending.attempts + 1;
  const next = nextAttempt(now, attempts, Date.parse(pending.dropAt), random);
  if (next === null) {
    await countingStateItem.setValue({ pending: null, lastPeriod: maxPeriod(state.lastPeriod, pending.period) });
    await setAlarm(null);
    return 'dropped';
  }
  await countingStateItem.setValue({
    ...state,
    pending: { ...pending, attempts, nextAttemptAt: new Date(next).toISOString() },
  });
  await setAlarm(next);
  return 'retry-later';
}
