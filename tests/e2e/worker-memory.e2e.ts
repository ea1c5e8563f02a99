/// <reference types="chrome" />
/**
 * The background worker over a long day (issue 25, P11): its memory, read through the worker's
 * own CDP target after a forced garbage collection, does not grow with what it handled — 1,000
 * recorded shares and 50 syncs of a changed 500-item feed — and 50 openings of the popup leave
 * nothing in it. Growth is compared between two equal halves after a warm-up, never with an
 * absolute figure: what a half may add is a small constant, not something per share or per sync.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { ROOT, setConsent, storedShares, type ExtensionSession } from './harness';
import { panelIn } from './panel-view';
import { useExtension } from './use-extension';

const FEED_URL = 'https://feed.workday.example/feed.json';
const FEED_ITEMS = 500;

/** A 500-item feed built from the demo feed; `version` changes its text, so every sync stores it afresh. */
function feed(version: number): string {
  const demo = JSON.parse(readFileSync(join(ROOT, 'public/demo-feed.json'), 'utf8')) as {
    title?: string;
    items: Record<string, unknown>[];
  };
  const items = Array.from({ length: FEED_ITEMS }, (_, i) => {
    const item = structuredClone(demo.items[i % demo.items.length]!);
    item.id = `workday-${i}-${String(item.id)}`.slice(0, 200);
    if (typeof item.url === 'string') item.url = `${item.url}?n=${i}`;
    return item;
  });
  return JSON.stringify({ ...demo, title: `${demo.title ?? 'Feed'} (edition ${version})`, items });
}

/** The service worker's own DevTools target (Playwright's CDP sessions open pages, not workers). */
async function workerTarget(session: ExtensionSession) {
  const browser = session.context.browser();
  if (!browser) throw new Error('no browser behind this context');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(session.extensionId));
  if (!target) throw new Error('the extension has no service worker target');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let next = 0;
  const pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  const send = <T>(method: string, params: object = {}) =>
    new Promise<T>((resolve, reject) => {
      next += 1;
      const id = next;
      pending.set(id, (message) => {
        pending.delete(id);
        if (message.error) reject(new Error(`${method}: ${message.error.message}`));
        else resolve(message.result as T);
      });
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  return {
    /**
     * The worker's JS heap after a full garbage collection, in KB, and when it started. The least
     * of three readings 300 ms apart: about 1.7 MB that is alive just after a sync answers and
     * gone moments later (seen since database version 2 stores 500 items in two languages; which
     * object it is was not traced) is not counted, while anything kept shows in every reading.
     */
    async heap(): Promise<{ kb: number; started: number }> {
      let usedSize = Infinity;
      for (let reading = 0; reading < 3; reading += 1) {
        if (reading > 0) await new Promise((resolve) => setTimeout(resolve, 300));
        for (let i = 0; i < 3; i += 1) await send('HeapProfiler.collectGarbage');
        usedSize = Math.min(usedSize, (await send<{ usedSize: number }>('Runtime.getHeapUsage')).usedSize);
      }
      const { result } = await send<{ result: { value: number } }>('Runtime.evaluate', {
        expression: 'performance.timeOrigin',
        returnByValue: true,
      });
      return { kb: Math.round(usedSize / 1024), started: result.value };
    },
    detach: () => cdp.detach(),
  };
}

/** Shares recorded as the watcher records them: a message from our script world in the LinkedIn tab. */
function recordShares(session: ExtensionSession, page: Page, from: number, count: number) {
  return panelIn(session, page).evaluate<string[]>(`(async () => {
    const statuses = [];
    for (let i = ${from}; i < ${from + count}; i++) {
      const r = await chrome.runtime.sendMessage({ type: 'share:record', payload: {
        id: 'workday_' + i.toString(36).padStart(6, '0'), at: new Date(Date.now() - i * 60000).toISOString(), kind: 'post',
        suggestionId: 'workday-suggestion', suggestionTitle: 'A suggested post', campaign: 'workday', language: 'en',
        changedRatio: 0.3, postUrl: null, sourceUrl: null } });
      if (!r || !r.ok) statuses.push(r?.error?.code ?? 'no answer');
    }
    return statuses;
  })()`);
}

describe('the background worker over a long day', () => {
  const session = useExtension();

  it('does not grow with 1,000 recorded shares and 50 syncs of a 500-item feed', async () => {
    await setConsent(session);
    let edition = 0;
    let served = 0;
    await session.context.route(FEED_URL, async (route) => {
      // Without the optional host permission (it needs a click) the worker's fetch is a CORS
      // request: answer the preflight like a feed server.
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' };
      if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
      served += 1;
      return route.fulfill({ status: 200, contentType: 'application/feed+json', headers: cors, body: feed(edition) });
    });
    await session.worker.evaluate((url) => chrome.storage.local.set({ feedUrl: url }), FEED_URL);
    // A new feed address is synced at once by the worker itself.
    await expect.poll(() => served, { timeout: 15_000 }).toBeGreaterThan(0);

    const linkedin = await session.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await expect.poll(() => panelIn(session, linkedin).evaluate<number>('1'), { timeout: 10_000 }).toBe(1);
    const extensionPage = await session.context.newPage();
    await extensionPage.goto(`chrome-extension://${session.extensionId}/privacy.html`);
    const sync = async () => {
      edition += 1;
      const before = served;
      const answer = await extensionPage.evaluate(() =>
        chrome.runtime.sendMessage<unknown, { ok: boolean; error?: { code: string } }>({
          type: 'feed:sync-now',
          payload: {},
        }),
      );
      expect(answer.ok, JSON.stringify(answer)).toBe(true);
      expect(served, 'the sync downloaded the feed').toBeGreaterThan(before);
    };
    const worker = await workerTarget(session);

    let shares = 0;
    /** One half: 500 shares and 25 syncs, interleaved as a day would have them. */
    const half = async () => {
      for (let round = 0; round < 25; round += 1) {
        expect(await recordShares(session, linkedin, shares, 20)).toEqual([]);
        shares += 20;
        await sync();
      }
    };
    // Warm-up: the database opened, every handler's code compiled, Dexie's caches filled.
    expect(await recordShares(session, linkedin, 100_000, 50)).toEqual([]);
    for (let i = 0; i < 3; i += 1) await sync();
    const start = await worker.heap();
    await half();
    const middle = await worker.heap();
    await half();
    const end = await worker.heap();
    expect(end.started, 'the worker was not restarted meanwhile').toBe(start.started);
    expect((await storedShares(session)).length).toBe(1050);
    const first = middle.kb - start.kb;
    const second = end.kb - middle.kb;
    console.info('worker heap (KB) over 500 shares and 25 syncs of 500 items, per half', { first, second });
    // 500 shares and 25 syncs may leave a small constant (measured: 200–240 KB in the first half
    // while code warms up, −11 to +26 KB in the second). Growing with them shows at once: a
    // worker that kept just 20 parsed items of every synced feed gained 926 KB in the second half.
    expect(second, 'worker heap kept by the second half').toBeLessThanOrEqual(256);

    await worker.detach();
    expect(session.errors).toEqual([]);
  }, 120_000);

  it('keeps nothing of the popup opened and closed 50 times', async () => {
    await setConsent(session);
    const linkedin = await session.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');
    await expect.poll(() => panelIn(session, linkedin).evaluate<number>('1'), { timeout: 10_000 }).toBe(1);
    // The person's figures are computed from their shares each time the popup opens.
    expect(await recordShares(session, linkedin, 0, 200)).toEqual([]);
    const worker = await workerTarget(session);
    const openPopup = async () => {
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await expect.poll(() => popup.locator('.pp-tiles, .pp-empty').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      await popup.close();
    };
    for (let i = 0; i < 5; i += 1) await openPopup();
    const popupStart = await worker.heap();
    for (let i = 0; i < 25; i += 1) await openPopup();
    const popupMiddle = await worker.heap();
    for (let i = 0; i < 25; i += 1) await openPopup();
    const popupEnd = await worker.heap();
    expect(popupEnd.started, 'the worker was not restarted meanwhile').toBe(popupStart.started);
    const popupFirst = popupMiddle.kb - popupStart.kb;
    const popupSecond = popupEnd.kb - popupMiddle.kb;
    console.info('worker heap (KB) over 25 popup openings, per half', { first: popupFirst, second: popupSecond });
    expect(popupSecond, 'worker heap kept by 25 popup openings').toBeLessThanOrEqual(128);
    await worker.detach();
    expect(session.errors).toEqual([]);
  });
});
