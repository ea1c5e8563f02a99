/**
 * "Count my sharing anonymously for the programme" (issue 26), the extension's side: the
 * monthly randomized report (./run.ts), its plan and retries (./plan.ts), its content
 * (./answers.ts), the one request (./send.ts) and what is kept (lib/shared/counting/state.ts,
 * which the options page reads too). The run is the worker's: it reads the share record.
 */
import { browser } from 'wxt/browser';
import { getDb } from '../db';
import { readCurrentFeed } from '../feed/sync';
import { consentItem } from '../../shared/settings';
import { readManagedPolicy } from '../../shared/settings/managed';
import { COUNTING_ALARM, runCounting, type CountingDeps, type CountingOutcome } from './run';

export { COUNTING_ALARM, runCounting, countingAllowed } from './run';
export type { CountingDeps, CountingOutcome } from './run';

/** Where reports go: the organization's managed policy first, else the feed's `_advocacy.results`. */
export async function resolveCollector(): Promise<{
  url: string;
  campaigns?: string[];
  minReports: number;
  source: 'managed' | 'feed';
} | null> {
  const [managed, feed] = await Promise.all([readManagedPolicy(), readCurrentFeed({ db: getDb() })]);
  // The organization switched the counting off for everyone (issue 29): no collector, so nothing
  // prepared is kept and no report is sent, whatever the person's consent says.
  if (managed.off.resultsCounting) return null;
  const results = feed?.envelope._advocacy?.results;
  if (managed.resultsCollector) {
    return {
      url: managed.resultsCollector,
      campaigns: results?.campaigns,
      minReports: results?.min_reports ?? 20,
      source: 'managed',
    };
  }
  if (!results) return null;
  return { url: results.collector, campaigns: results.campaigns, minReports: results.min_reports, source: 'feed' };
}

/** The background's dependencies: its database, the current feed and the collector. */
export function backgroundCountingDeps(): CountingDeps {
  return {
    collector: resolveCollector,
    shares: async () => (await getDb().shares.toArray()).map((share) => ({ at: share.at, campaign: share.campaign })),
    items: async () =>
      (await getDb().feedItems.toArray()).map(({ en }) => ({
        datePublished: en.datePublished,
        expiresAt: en.expiresAt,
        campaign: en.campaign,
      })),
  };
}

/**
 * One run at a time in this worker and its pages (Web Locks): a worker start, the alarm and a
 * consent change at the same moment must not send the same report twice.
 */
export async function runCountingOnce(deps: CountingDeps = backgroundCountingDeps()): Promise<CountingOutcome> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (!locks) return runCounting(deps);
  return locks.request('advocacy:counting', () => runCounting(deps));
}

/** Wires the monthly report: on every worker start, on its alarm and when the consent changes. */
export function startCounting(): void {
  const run = () =>
    void runCountingOnce().catch((error: unknown) => console.warn('[advocacy] the monthly count could not run', error));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === COUNTING_ALARM) run();
  });
  consentItem.watch((next, previous) => {
    if (
      JSON.stringify(next.countResults) !== JSON.stringify(previous?.countResults) ||
      next.recordShares.granted !== previous?.recordShares.granted
    )
      run();
  });
  run();
}
