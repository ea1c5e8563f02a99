/**
 * "Count my sharing anonymously" (issue 26), the worker's side: no report without both consents,
 * one report per install and month, the same bytes on every retry, the permanent answers kept
 * across worker restarts and retries, and a withdrawal that stops every later report.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { campaignsFor, drawCampaign, truthsFor } from '@/lib/worker/counting/answers';
import { nextAttempt, planFor, SEND_WINDOW_MS, targetPeriod } from '@/lib/worker/counting/plan';
import { COUNTING_ALARM, runCounting, type CountingDeps } from '@/lib/worker/counting/run';
import { REPORT_HEADERS, reportsUrl } from '@/lib/worker/counting/send';
import { countingMemoItem, countingSentItem, countingStateItem } from '@/lib/shared/counting/state';
import { parseReport, periodEnd, REPORT_BYTES } from '@/lib/shared/results/report';
import { setConsent } from '@/lib/shared/settings';

const COLLECTOR = 'https://results.example.com/';
const CONSENT_AT = new Date('2026-11-10T09:00:00Z');
const DAY = 24 * 3600_000;

/** A seeded generator (mulberry32), so a run's draws are known. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Sent {
  url: string;
  init: RequestInit;
}

function deps(
  now: () => number,
  options: { fail?: () => boolean; shares?: { at: string; campaign: string | null }[]; random?: () => number } = {},
) {
  const sent: Sent[] = [];
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if (options.fail?.()) throw new TypeError('Failed to fetch');
    sent.push({ url, init: init! });
    return new Response(null, { status: 200 });
  });
  const value: CountingDeps = {
    collector: async () => ({ url: COLLECTOR }),
    shares: async () => options.shares ?? [],
    items: async () => [
      { datePublished: '2026-11-02T08:00:00Z', expiresAt: null, campaign: 'winter-hiring' },
      { datePublished: '2026-11-05T08:00:00Z', expiresAt: '2026-12-31T00:00:00Z', campaign: 'green-energy' },
      { datePublished: '2026-01-05T08:00:00Z', expiresAt: '2026-03-01T00:00:00Z', campaign: 'old-news' },
    ],
    now,
    random: options.random ?? seeded(7),
    fetch: fetchMock as unknown as typeof fetch,
  };
  return { deps: value, sent, fetchMock };
}

async function consentBoth(at = CONSENT_AT) {
  await setConsent('recordShares', true, at);
  await setConsent('countResults', true, at);
}

describe('the plan', () => {
  it('is a random moment in the first 3 days after the month, dropped when the next month ends', () => {
    const end = Date.UTC(2026, 11, 1);
    for (const r of [0, 0.5, 0.999999]) {
      const plan = planFor('2026-11', () => r);
      expect(plan.sendAt).toBeGreaterThanOrEqual(end);
      expect(plan.sendAt).toBeLessThan(end + SEND_WINDOW_MS);
      expect(plan.dropAt).toBe(Date.UTC(2027, 0, 1));
    }
  });

  it('works on the month that ended only when the consent came before its end', () => {
    const now = Date.UTC(2026, 11, 2);
    expect(targetPeriod(now, Date.UTC(2026, 10, 10), null)).toBe('2026-11');
    expect(targetPeriod(now, Date.UTC(2026, 11, 1, 12), null)).toBe('2026-12');
    expect(targetPeriod(now, Date.UTC(2026, 10, 10), '2026-11')).toBe('2026-12');
  });

  it('backs off with jitter and gives up when the next month ends', () => {
    const now = Date.UTC(2026, 11, 2);
    const dropAt = Date.UTC(2027, 0, 1);
    expect(nextAttempt(now, 1, dropAt, () => 0)).toBe(now + 60_000);
    expect(nextAttempt(now, 1, dropAt, () => 0.999)! - now).toBeLessThanOrEqual(30 * 60_000);
    expect(nextAttempt(now, 20, dropAt, () => 0.999)! - now).toBeLessThanOrEqual(DAY);
    expect(nextAttempt(dropAt - 1000, 3, dropAt, () => 0.5)).toBeNull();
  });
});

describe('the answers', () => {
  it('come from the share record of that month only', () => {
    const shares = [
      { at: '2026-11-30T23:59:59Z', campaign: 'green-energy' },
      { at: '2026-12-01T00:00:00Z', campaign: 'winter-hiring' },
    ];
    expect(truthsFor(shares, '2026-11', 'green-energy')).toEqual({ any: true, campaign: true });
    expect(truthsFor(shares, '2026-11', 'winter-hiring')).toEqual({ any: true, campaign: false });
    expect(truthsFor(shares, '2026-10', 'green-energy')).toEqual({ any: false, campaign: false });
  });

  it("count the feed's list, or else the campaigns of the items current in the month, the same for everyone", () => {
    const items = [
      { datePublished: '2026-11-02T08:00:00Z', expiresAt: null, campaign: 'b' },
      { datePublished: '2026-10-02T08:00:00Z', expiresAt: '2026-11-03T00:00:00Z', campaign: 'a' },
      { datePublished: '2026-12-02T08:00:00Z', expiresAt: null, campaign: 'later' },
      { datePublished: null, expiresAt: '2026-10-01T00:00:00Z', campaign: 'expired' },
    ];
    expect(campaignsFor('2026-11', undefined, items)).toEqual(['a', 'b']);
    expect(campaignsFor('2026-11', ['x', 'y'], items)).toEqual(['x', 'y']);
    expect(drawCampaign([], () => 0.3)).toBe('');
    expect(drawCampaign(['a', 'b'], () => 0.99)).toBe('b');
  });
});

describe('the monthly report', () => {
  it('sends nothing without both consents', async () => {
    let now = Date.UTC(2026, 11, 5);
    const { deps: d, fetchMock } = deps(() => now);
    expect(await runCounting(d)).toBe('no-consent');
    await setConsent('countResults', true, CONSENT_AT);
    expect(await runCounting(d)).toBe('no-consent');
    await setConsent('countResults', false, CONSENT_AT);
    await setConsent('recordShares', true, CONSENT_AT);
    expect(await runCounting(d)).toBe('no-consent');
    now = Date.UTC(2027, 0, 5);
    expect(await runCounting(d)).toBe('no-consent');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(await countingSentItem.getValue()).toEqual([]);
    expect(await fakeBrowser.alarms.get(COUNTING_ALARM)).toBeUndefined();
  });

  it('sends one report per month, also when nothing was shared, at the planned moment, with fixed headers', async () => {
    await consentBoth();
    let now = Date.UTC(2026, 10, 20);
    const { deps: d, sent } = deps(() => now);
    expect(await runCounting(d)).toBe('planned');
    const { pending } = await countingStateItem.getValue();
    expect(pending).toMatchObject({ period: '2026-11', body: null });
    const sendAt = Date.parse(pending!.sendAt);
    expect((await fakeBrowser.alarms.get(COUNTING_ALARM))?.scheduledTime).toBe(sendAt);

    now = sendAt - 1;
    expect(await runCounting(d)).toBe('planned');
    expect(sent).toHaveLength(0);
    now = sendAt;
    expect(await runCounting(d)).toBe('sent');
    for (let run = 0; run < 5; run++) {
      now += 3600_000;
      await runCounting(d);
    }
    expect(sent).toHaveLength(1);
    const [request] = sent;
    expect(request!.url).toBe('https://results.example.com/reports');
    expect(request!.init).toMatchObject({
      method: 'POST',
      mode: 'no-cors',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      cache: 'no-store',
      headers: REPORT_HEADERS,
    });
    const body = request!.init.body as string;
    expect(body).toHaveLength(REPORT_BYTES);
    const parsed = parseReport(body);
    expect(parsed).toMatchObject({ ok: true, report: { period: '2026-11' } });
    expect(['green-energy', 'winter-hiring']).toContain(parsed.ok && parsed.report.campaign);
    // Shown to the person, exactly as sent.
    expect(await countingSentItem.getValue()).toEqual([
      { period: '2026-11', sentAt: new Date(sendAt).toISOString(), collector: COLLECTOR, body },
    ]);
    // December's report is planned at once.
    expect((await countingStateItem.getValue()).pending?.period).toBe('2026-12');

    now = periodEnd('2026-12') + 3 * DAY;
    expect(await runCounting(d)).toBe('sent');
    await runCounting(d);
    expect(
      sent.map((entry) => parseReport(entry.init.body as string).ok && (entry.init.body as string).length),
    ).toEqual([REPORT_BYTES, REPORT_BYTES]);
    expect((await countingSentItem.getValue()).map((entry) => entry.period)).toEqual(['2026-11', '2026-12']);
  });

  it('resends the exact same bytes on retry and after a worker restart, and keeps the permanent answers', async () => {
    await consentBoth();
    let now = Date.UTC(2026, 11, 4);
    let down = true;
    const first = deps(() => now, { fail: () => down, shares: [{ at: '2026-11-12T10:00:00Z', campaign: null }] });
    expect(await runCounting(first.deps)).toBe('retry-later');
    const waiting = (await countingStateItem.getValue()).pending!;
    expect(waiting).toMatchObject({ period: '2026-11', attempts: 1 });
    expect(waiting.body).toHaveLength(REPORT_BYTES);
    const memo = await countingMemoItem.getValue();
    expect(Object.keys(memo)).toContain('any=1');
    expect((await fakeBrowser.alarms.get(COUNTING_ALARM))?.scheduledTime).toBe(Date.parse(waiting.nextAttemptAt!));

    // Still down at the next attempt: the same bytes wait, not randomized again.
    now = Date.parse(waiting.nextAttemptAt!);
    expect(await runCounting(first.deps)).toBe('retry-later');
    expect((await countingStateItem.getValue()).pending).toMatchObject({ body: waiting.body, attempts: 2 });

    // A new worker (nothing in memory, another random source) once the collector is back.
    down = false;
    now = Date.parse((await countingStateItem.getValue()).pending!.nextAttemptAt!);
    const restarted = deps(() => now, { random: seeded(99), shares: [{ at: '2026-11-12T10:00:00Z', campaign: null }] });
    expect(await runCounting(restarted.deps)).toBe('sent');
    expect(restarted.sent.map((entry) => entry.init.body)).toEqual([waiting.body]);
    expect(await countingMemoItem.getValue()).toMatchObject(memo);
  });

  it('uses the permanent answer kept for a (question, true answer), never a new one', async () => {
    await consentBoth();
    // Kept from an earlier month: "shared anything = yes" is permanently answered 0.
    await countingMemoItem.setValue({ 'any=1': 0 });
    const now = Date.UTC(2026, 11, 4);
    // 0.5 keeps the truth in a fresh permanent draw (0.5 ≥ f) and reports 1 for a permanent 1
    // (0.5 < q) but 0 for a permanent 0 (0.5 ≥ p): the kept 0 must win.
    const run = deps(() => now, { random: () => 0.5, shares: [{ at: '2026-11-12T10:00:00Z', campaign: null }] });
    expect(await runCounting(run.deps)).toBe('sent');
    const parsed = parseReport(run.sent[0]!.init.body as string);
    expect(parsed.ok && parsed.report.any).toBe(0);
    expect((await countingMemoItem.getValue())['any=1']).toBe(0);
  });

  it('drops a report not delivered by the end of the next month, without a new randomization', async () => {
    await consentBoth();
    let now = Date.UTC(2026, 11, 4);
    const run = deps(() => now, { fail: () => true });
    expect(await runCounting(run.deps)).toBe('retry-later');
    now = Date.UTC(2027, 0, 1);
    await runCounting(run.deps);
    const state = await countingStateItem.getValue();
    expect(state.lastPeriod).toBe('2026-11');
    expect(state.pending?.period).toBe('2026-12');
    expect(run.fetchMock).toHaveBeenCalledTimes(1);
    expect(await countingSentItem.getValue()).toEqual([]);
  });

  it('stops every later report at once when the consent is withdrawn (also the private record)', async () => {
    await consentBoth();
    let now = Date.UTC(2026, 11, 4);
    let down = true;
    const run = deps(() => now, { fail: () => down });
    expect(await runCounting(run.deps)).toBe('retry-later');
    await setConsent('countResults', false, new Date(now));
    expect(await runCounting(run.deps)).toBe('no-consent');
    expect((await countingStateItem.getValue()).pending).toBeNull();
    expect(await fakeBrowser.alarms.get(COUNTING_ALARM)).toBeUndefined();
    down = false;
    now = Date.UTC(2027, 0, 4);
    expect(await runCounting(run.deps)).toBe('no-consent');

    await setConsent('countResults', true, new Date(Date.UTC(2026, 11, 20)));
    await setConsent('recordShares', false, new Date(Date.UTC(2026, 11, 21)));
    expect(await runCounting(run.deps)).toBe('no-consent');
    expect(run.sent).toHaveLength(0);
  });

  it('reads the consent again right before sending', async () => {
    await consentBoth();
    const now = Date.UTC(2026, 11, 4);
    const run = deps(() => now);
    // Withdrawn while the report was being made (between the first read and the request).
    run.deps.shares = async () => {
      await setConsent('countResults', false, new Date(now));
      return [];
    };
    expect(await runCounting(run.deps)).toBe('consent-withdrawn');
    expect(run.fetchMock).not.toHaveBeenCalled();
    expect((await countingStateItem.getValue()).pending).toBeNull();
  });

  it('posts to <collector>/reports whatever the trailing slash', () => {
    expect(reportsUrl('https://r.example.com')).toBe('https://r.example.com/reports');
    expect(reportsUrl('https://r.example.com/programme/')).toBe('https://r.example.com/programme/reports');
  });
});

describe('managed policy', () => {
  it('may name the collector, never switch the count on', async () => {
    const { resetManagedPolicyCache, readManagedPolicy } = await import('@/lib/shared/settings/managed');
    const { resolveCollector } = await import('@/lib/worker/counting');
    const { consentItem, feedUrlItem } = await import('@/lib/shared/settings');
    // A company feed not fetched yet (no results block): the collector can only come from the policy.
    await feedUrlItem.setValue('https://news.example.com/feed.json');
    resetManagedPolicyCache();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
      resultsCollector: 'https://results.corp.example',
      countResults: true,
      consent: { countResults: { granted: true } },
    } as never);
    // Issue 29: the policy also says what is switched off and names keys it cannot use (nothing here turns anything on).
    expect(await readManagedPolicy()).toMatchObject({
      feedUrl: null,
      resultsCollector: 'https://results.corp.example',
    });
    expect((await readManagedPolicy()).off.resultsCounting).toBe(false);
    expect((await readManagedPolicy()).problems.map((problem) => problem.key)).toEqual(['countResults', 'consent']);
    expect(await resolveCollector()).toMatchObject({ url: 'https://results.corp.example', source: 'managed' });
    expect((await consentItem.getValue()).countResults?.granted).toBe(false);
    const run = deps(() => Date.UTC(2027, 0, 4));
    run.deps.collector = resolveCollector;
    expect(await runCounting(run.deps)).toBe('no-consent');
    expect(run.fetchMock).not.toHaveBeenCalled();
    resetManagedPolicyCache();
  });

  it('is refused when it names a collector that is not https', async () => {
    const { resetManagedPolicyCache, readManagedPolicy } = await import('@/lib/shared/settings/managed');
    resetManagedPolicyCache();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
      resultsCollector: 'http://results.corp.example',
    } as never);
    // Issue 29: no collector, and the options page names why.
    expect(await readManagedPolicy()).toMatchObject({ feedUrl: null, resultsCollector: null });
    expect((await readManagedPolicy()).problems).toEqual([{ key: 'resultsCollector', reason: 'not-https' }]);
    resetManagedPolicyCache();
  });

  it('sends nothing when the organization switches the counting off, whatever the consent', async () => {
    const { resetManagedPolicyCache } = await import('@/lib/shared/settings/managed');
    const { resolveCollector } = await import('@/lib/worker/counting');
    const { feedUrlItem } = await import('@/lib/shared/settings');
    await feedUrlItem.setValue('https://news.example.com/feed.json');
    resetManagedPolicyCache();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({
      resultsCollector: 'https://results.corp.example',
      resultsCountingAllowed: false,
    } as never);
    expect(await resolveCollector()).toBeNull();
    resetManagedPolicyCache();
  });
});
