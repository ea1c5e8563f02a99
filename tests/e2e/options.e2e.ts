/// <reference types="chrome" />
/**
 * The options page in real Chromium: onboarding on install, consent gating of the panel in an
 * open LinkedIn tab, keyboard use, export files and delete-everything.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { inWorker, launch, ROOT, screenshot, type ExtensionSession } from './harness';
import { panelIn } from './panel-view';
import { useExtension } from './use-extension';
import { setUiLanguage } from '../helpers/chromium-steps';

const PANEL = "Show suggested posts in LinkedIn's composer";
const RECORD = 'Keep a private record of my shares';

async function openOptions(session: ExtensionSession, hash = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html${hash}`);
  await page.getByRole('switch', { name: PANEL }).waitFor();
  return page;
}

function storedConsent(session: ExtensionSession) {
  return inWorker(session, async () => {
    const { consent } = await chrome.storage.local.get('consent');
    return consent as Record<string, { granted: boolean; policyVersion: number | null }> | undefined;
  });
}

/** Share rows written straight into the background's IndexedDB (as recordShare would). */
function seedShares(session: ExtensionSession, rows: object[]) {
  return session.worker.evaluate(async (shares) => {
    const open = () =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('advocacy');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
    // The background creates the database on its first sync; wait for the table.
    let db = await open();
    for (let i = 0; i < 50 && !db.objectStoreNames.contains('shares'); i++) {
      db.close();
      await new Promise((r) => setTimeout(r, 100));
      db = await open();
    }
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('shares', 'readwrite');
      for (const share of shares) tx.objectStore('shares').put(share);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(new Error(String(tx.error)));
    });
    db.close();
  }, rows);
}

function countShares(session: ExtensionSession) {
  return session.worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('advocacy');
        request.onsuccess = () => {
          const db = request.result;
          const count = db.transaction('shares').objectStore('shares').count();
          count.onsuccess = () => {
            resolve(count.result);
            db.close();
          };
          count.onerror = () => reject(new Error(String(count.error)));
        };
        request.onerror = () => reject(new Error(String(request.error)));
      }),
  );
}

const share = (id: string, at: string, title: string) => ({
  id,
  at,
  kind: 'post',
  suggestionId: 'item-1',
  suggestionTitle: title,
  campaign: 'launch',
  language: 'en',
  changedRatio: 0.25,
  postUrl: null,
  sourceUrl: 'https://example.com/news',
});

describe('feed source in Chromium', () => {
  it('tests and saves a company feed URL, and says plainly what is wrong with a bad one', async () => {
    const feed = readFileSync(`${ROOT}/public/demo-feed.json`, 'utf8');
    const cors = { 'access-control-allow-origin': '*' };
    const session = await launch({
      routes: {
        'https://news.example.com/feed.json': { body: feed, headers: cors },
        'https://news.example.com/broken.json': { body: '{"version":"nope"}', headers: cors },
      },
    });
    try {
      const page = await openOptions(session);
      const field = page.getByLabel('Feed URL');
      await field.fill('https://news.example.com/broken.json');
      await page.getByRole('button', { name: 'Test and save' }).click();
      await page.getByText('Not saved. The feed has a problem:').waitFor();
      await field.fill('https://news.example.com/feed.json');
      await page.getByRole('button', { name: 'Test and save' }).click();
      await page.getByText(/^Saved\. Found \d+ suggestions in “Nordvind Energi/).waitFor();
      await expect
        .poll(() => inWorker(session, async () => (await chrome.storage.local.get('feedUrl')).feedUrl))
        .toBe('https://news.example.com/feed.json');
      // Saving the URL makes the background sync that feed (the only network request it makes).
      await expect
        .poll(async () => {
          const answer = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'feed:status', payload: {} }));
          const status = (answer as { data?: { source: string; itemCount: number; lastError: string | null } }).data;
          return status && { source: status.source, synced: status.itemCount > 0, error: status.lastError };
        })
        .toEqual({ source: 'custom', synced: true, error: null });
      await page.setViewportSize({ width: 1100, height: 1400 });
      await page.getByRole('heading', { name: 'Where suggestions come from' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'options-feed-saved');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});

describe('options page in Chromium', () => {
  const session = useExtension();

  it('opens the onboarding on install, in English and Danish, all switches off', async () => {
    await expect
      .poll(() => session.context.pages().some((page) => page.url().endsWith('/options.html#onboarding')))
      .toBe(true);
    const page = session.context.pages().find((p) => p.url().endsWith('/options.html#onboarding'))!;
    await page.getByRole('switch', { name: PANEL }).waitFor();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('You decide');
    for (const name of [PANEL, 'Show guideline reminders while I write', RECORD]) {
      expect(await page.getByRole('switch', { name }).getAttribute('aria-checked')).toBe('false');
    }
    expect(await page.getByText('Report to your employer.', { exact: false }).count()).toBe(1);
    await page.setViewportSize({ width: 1100, height: 1500 });
    await screenshot(page, 'options-onboarding-en');

    // The interface language switches live (no reload) when the preference changes.
    await setUiLanguage(session, 'da');
    await page.getByRole('switch', { name: 'Vis forslag til opslag i LinkedIns opslagsboks' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('da');
    await screenshot(page, 'options-onboarding-da');

    await page.getByRole('button', { name: 'Færdig, gå til indstillingerne' }).click();
    await page.getByRole('heading', { name: 'Dine data' }).waitFor();
    await page.setViewportSize({ width: 1100, height: 2600 });
    await screenshot(page, 'options-settings-da');
    expect(session.errors).toEqual([]);
  });

  it('works with the keyboard: Tab to a switch, Space turns it on, with a visible focus', async () => {
    const page = await openOptions(session);
    await page.setViewportSize({ width: 1100, height: 2600 });
    await screenshot(page, 'options-settings-en');
    let name = '';
    for (let i = 0; i < 10 && name !== PANEL; i++) {
      await page.keyboard.press('Tab');
      name = await page.evaluate(() => {
        const active = document.activeElement;
        const label = active?.getAttribute('aria-labelledby');
        return label ? (document.getElementById(label)?.textContent ?? '') : '';
      });
    }
    expect(name).toBe(PANEL);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await storedConsent(session))?.panel?.granted).toBe(true);
    expect(await page.getByRole('switch', { name: PANEL }).getAttribute('aria-checked')).toBe('true');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await storedConsent(session))?.panel?.granted).toBe(false);
  });

  it('gates the panel: on in options → it appears on LinkedIn; off → it leaves the open tab', async () => {
    const options = await openOptions(session);
    const linkedin = await session.context.newPage();
    await linkedin.goto('https://www.linkedin.com/feed/');

    await options.bringToFront();
    await options.getByRole('switch', { name: PANEL }).click();
    await expect.poll(async () => (await storedConsent(session))?.panel?.granted).toBe(true);

    await linkedin.bringToFront();
    await linkedin.getByText('Start a post').click();
    const panel = panelIn(session, linkedin);
    await expect.poll(() => panel.mounted()).toBe(1);
    await screenshot(linkedin, 'options-gating-panel-on');

    await options.bringToFront();
    await options.getByRole('switch', { name: PANEL }).click();
    // No reload of the LinkedIn tab: the panel removes itself when the consent goes.
    await expect.poll(() => panel.mounted()).toBe(0);
    await screenshot(linkedin, 'options-gating-panel-off');
    expect(session.errors).toEqual([]);
  });

  it('exports JSON and CSV files with the stored shares, then deletes everything', async () => {
    const page = await openOptions(session);
    await page.getByRole('switch', { name: RECORD }).click();
    await expect.poll(async () => (await storedConsent(session))?.recordShares?.granted).toBe(true);
    await seedShares(session, [
      share('share_aaaaaaaa1', '2026-11-20T09:00:00.000Z', 'Plain title'),
      share('share_aaaaaaaa2', '2026-11-21T09:00:00.000Z', 'Title, with "quotes"'),
    ]);
    await page.reload();
    await page.getByText('2 shares are recorded on this device.').waitFor();

    const [jsonDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export everything (JSON)' }).click(),
    ]);
    expect(jsonDownload.suggestedFilename()).toMatch(/^advocacy-export-\d{4}-\d{2}-\d{2}\.json$/);
    const bundle = JSON.parse(readFileSync(await jsonDownload.path(), 'utf8'));
    expect(bundle.format).toBe('advocacy-export');
    expect(bundle.settings.consent.recordShares.granted).toBe(true);
    expect(bundle.consentHistory).toEqual([expect.objectContaining({ kind: 'recordShares', granted: true })]);
    expect(bundle.shares.map((s: { id: string }) => s.id)).toEqual(['share_aaaaaaaa1', 'share_aaaaaaaa2']);

    const [csvDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export share records (CSV)' }).click(),
    ]);
    const csv = readFileSync(await csvDownload.path(), 'utf8')
      .trimEnd()
      .split('\r\n');
    expect(csv[0]).toBe('id,at,kind,suggestionId,suggestionTitle,campaign,language,changedRatio,postUrl,sourceUrl');
    expect(csv).toHaveLength(3);
    expect(csv[2]).toContain('"Title, with ""quotes"""');

    await page.getByRole('button', { name: 'Delete everything' }).click();
    await page.getByRole('alertdialog', { name: 'Delete everything?' }).waitFor();
    await screenshot(page, 'options-delete-confirm');
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText('Everything was deleted. Every switch is off.').waitFor();
    expect(await countShares(session)).toBe(0);
    const left = await inWorker(session, () => chrome.storage.local.get(['consent', 'consentHistory', 'preferences']));
    expect(left).toEqual({});
    expect(await page.getByRole('switch', { name: RECORD }).getAttribute('aria-checked')).toBe('false');
    expect(session.errors).toEqual([]);
  });
});

/**
 * Everything the extension keeps, listed: every key of storage.local and storage.session, and
 * every table of the database with its row count (the feed's tables hold company content; a
 * fresh install has the demo feed there too).
 */
function storageListing(session: ExtensionSession) {
  return session.worker.evaluate(async () => {
    const local = Object.keys(await chrome.storage.local.get(null)).sort();
    const session = Object.keys(await chrome.storage.session.get(null)).sort();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('advocacy');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const tables: Record<string, number> = {};
    for (const name of [...db.objectStoreNames].sort()) {
      tables[name] = await new Promise<number>((resolve, reject) => {
        const count = db.transaction(name).objectStore(name).count();
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => reject(new Error(String(count.error)));
      });
    }
    db.close();
    const databases = (await indexedDB.databases()).map((info) => info.name).sort();
    return { local, session, tables, databases };
  });
}

/**
 * The listing once nothing changes any more: a fresh install's writes come over seconds (the
 * first sync, Chromium's first managed-storage read of 1.5–4 s, whose answer is kept).
 */
async function settledListing(session: ExtensionSession) {
  const started = Date.now();
  let last = JSON.stringify(await storageListing(session));
  let same = 0;
  while (same < 4 || Date.now() - started < 6000) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = JSON.stringify(await storageListing(session));
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return JSON.parse(last) as Awaited<ReturnType<typeof storageListing>>;
}

describe('delete everything in Chromium (issue 31)', () => {
  it('leaves exactly what a fresh install has: no seen suggestions, outbox, session key or share left', async () => {
    const session = await launch();
    try {
      const page = await openOptions(session);
      // A fresh install, settled: the demo feed synced and the options page open.
      await expect
        .poll(() => storageListing(session).then((listing) => listing.tables.feedItems ?? 0), { timeout: 15_000 })
        .toBeGreaterThan(0);
      const fresh = await settledListing(session);
      expect(fresh.local).not.toContain('seenSuggestions');

      // The person uses it: consent, the popup (a look at the suggestions), shares, a share
      // waiting in the outbox, a page being shared (storage.session), a health count, a setting.
      await page.getByRole('switch', { name: RECORD }).click();
      await expect.poll(async () => (await storedConsent(session))?.recordShares?.granted).toBe(true);
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await expect
        .poll(() => inWorker(session, async () => Object.keys(await chrome.storage.local.get('seenSuggestions'))))
        .toEqual(['seenSuggestions']);
      await popup.close();
      await seedShares(session, [share('share_aaaaaaaa1', '2026-11-20T09:00:00.000Z', 'Plain title')]);
      await inWorker(session, async () => {
        await chrome.storage.local.set({
          'outbox.share_bbbbbbbb1': { type: 'share:record', payload: { id: 'share_bbbbbbbb1' }, at: Date.now() },
          badge: { enabled: false },
        });
        await chrome.storage.session.set({ pendingOwnLinks: [{ tabId: 1, url: 'https://example.com/', at: 1 }] });
      });
      await page.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'health:report', payload: { event: 'composer-not-found' } }),
      );
      const used = await storageListing(session);
      expect(used.local).toEqual(expect.arrayContaining(['seenSuggestions', 'outbox.share_bbbbbbbb1', 'consent']));
      expect(used.session).toContain('pendingOwnLinks');
      expect(used.tables.shares).toBe(1);

      await page.reload();
      await page.getByRole('button', { name: 'Delete everything' }).click();
      await page.getByRole('button', { name: 'Yes, delete everything' }).click();
      await page.getByText('Everything was deleted. Every switch is off.').waitFor();
      // The company content comes back as at install (the demo feed syncs again); nothing of the
      // person does: the listing is the fresh install's.
      await expect.poll(() => storageListing(session), { timeout: 15_000 }).toEqual(fresh);
      await page.waitForTimeout(1000);
      expect(await storageListing(session)).toEqual(fresh);
      expect(await inWorker(session, () => chrome.action.getBadgeText({}))).toBe('');
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
